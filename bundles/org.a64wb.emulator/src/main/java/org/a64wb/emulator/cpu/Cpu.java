package org.a64wb.emulator.cpu;

/**
 * The architectural state of one PE as the interpreter needs it fast: general registers, the two
 * stack pointers, PC, PSTATE pieces, the 128-bit SIMD&FP registers, FPCR/FPSR, thread registers,
 * the local exclusive monitor and an instruction counter. System registers beyond these live in
 * {@link SystemRegisterStore}, described by one table (see the system semantics).
 *
 * Register 31 means ZR or SP depending on the instruction: use {@link #x}/{@link #setX} for the
 * zero-register forms and {@link #xsp}/{@link #setXsp} for the stack-pointer forms.
 */
public final class Cpu {

    /** X0..X30; index 31 is unused. */
    public final long[] x = new long[32];
    /** V0..V31 as low/high halves: V[n] = v[2n] | v[2n+1] << 64. */
    public final long[] v = new long[64];

    public long pc;
    /** Where execution continues after the current instruction; branches set it. */
    public long nextPc;

    /** PSTATE.{N,Z,C,V} in bits 31..28, as MRS NZCV reads them. */
    public int nzcv;
    /** PSTATE.{D,A,I,F} in bits 9..6, as MRS DAIF reads them. */
    public int daif = 0x3c0;
    /** PSTATE.SS, the software step state (Arm ARM D2.12): 1 active-not-pending, 0 active-pending, while step is active. */
    public boolean softwareStep;
    /**
     * The ISS bits (ISV, EX) of the Software Step exception the active-pending state would take: set when a stepped
     * instruction completes, cleared by exception entry and return.
     */
    public long stepSyndrome;
    /**
     * Some instruction could raise a debug exception (breakpoints or watchpoints enabled with MDSCR_EL1.MDE, or
     * MDSCR_EL1.SS, and no OS lock): the interpreter then checks every instruction and access and runs no compiled
     * block. Recomputed when a debug register is written (SelfHostedDebug.update); false costs one test per block.
     */
    public boolean debugArmed;

    /** Current exception level, 0 or 1. */
    public int el;
    /** PSTATE.SP: 0 uses SP_EL0, 1 uses SP_ELx. */
    public int spsel;

    public long spEl0;
    public long spEl1;

    public long fpcr;
    public long fpsr;
    public long tpidrEl0;
    public long tpidrroEl0;

    /** Local exclusive monitor (Arm ARM B2.9): armed by load-exclusive, checked by store-exclusive. */
    public boolean exclusiveArmed;
    public long exclusiveAddress;
    public int exclusiveSize;
    /**
     * What the load-exclusive read: the store-exclusive succeeds only if memory still holds it,
     * compared and replaced atomically, which is how a global monitor behaves for guest threads that
     * share RAM (another thread's store of a different value fails the store-exclusive).
     */
    public long exclusiveValue;
    public long exclusiveValue2;

    /** MPIDR_EL1 of this PE (RES1 bit 31, affinity set by the machine builder). */
    public long mpidr = 0x80000000L;

    /** Instructions retired. */
    public long instructions;

    /** A data access of the current instruction that no RAM backs, recorded rather than thrown (see PendingAbort). */
    public final org.a64wb.emulator.memory.PendingAbort pendingAbort = new org.a64wb.emulator.memory.PendingAbort();

    public final SystemRegisterStore sysregs = new SystemRegisterStore();

    /** This PE's stage-1 MMU, null where nothing translates (user mode). */
    public org.a64wb.emulator.mmu.Mmu mmu;
    /**
     * {@link #mmu} while SCTLR_EL1.M is 1, else null: what loads, stores and fetches test, so that memory
     * without translation costs one null check.
     */
    public org.a64wb.emulator.mmu.Mmu translation;

    /** {@link #interruptLines} bits: the PE's IRQ, FIQ and SError inputs (Arm ARM D1.3 "Asynchronous exceptions"). */
    public static final int LINE_IRQ = 1;
    public static final int LINE_FIQ = 2;
    public static final int LINE_SERROR = 4;
    /**
     * The asynchronous exception inputs, driven by an interrupt controller on another thread; the
     * interpreter looks at them between blocks and takes what PSTATE.DAIF does not mask.
     */
    public volatile int interruptLines;

    /** This PE's EL1 physical and virtual timers. */
    public final org.a64wb.emulator.timer.GenericTimer timer = new org.a64wb.emulator.timer.GenericTimer();

    /** The Event Register WFE consumes (Arm ARM D1.16.1); set by SEV, SEVL and by whoever hosts the PE. */
    public volatile boolean eventRegister;
    /** What SEV does beyond setting this PE's Event Register: signals the other PEs (null: a single PE). */
    public Runnable sendEvent;

    /** Registers beyond the engine's table (a GIC CPU interface), or null. */
    public SystemRegisterExtension systemRegisterExtension;

    public long x(int r) {
        return r == 31 ? 0 : x[r];
    }

    public int w(int r) {
        return r == 31 ? 0 : (int) x[r];
    }

    public void setX(int r, long value) {
        if (r != 31) {
            x[r] = value;
        }
    }

    /** Writes a W register: the upper 32 bits of the X register become zero. */
    public void setW(int r, int value) {
        if (r != 31) {
            x[r] = value & 0xffffffffL;
        }
    }

    public long sp() {
        return spsel == 0 || el == 0 ? spEl0 : spEl1;
    }

    public void setSp(long value) {
        if (spsel == 0 || el == 0) {
            spEl0 = value;
        } else {
            spEl1 = value;
        }
    }

    public long xsp(int r) {
        return r == 31 ? sp() : x[r];
    }

    public void setXsp(int r, long value) {
        if (r == 31) {
            setSp(value);
        } else {
            x[r] = value;
        }
    }

    public void setWsp(int r, int value) {
        setXsp(r, value & 0xffffffffL);
    }

    public boolean n() {
        return (nzcv & 0x80000000) != 0;
    }

    public boolean z() {
        return (nzcv & 0x40000000) != 0;
    }

    public boolean c() {
        return (nzcv & 0x20000000) != 0;
    }

    public boolean v() {
        return (nzcv & 0x10000000) != 0;
    }

    public void setNzcv(boolean n, boolean z, boolean c, boolean v) {
        nzcv = (n ? 0x80000000 : 0) | (z ? 0x40000000 : 0) | (c ? 0x20000000 : 0) | (v ? 0x10000000 : 0);
    }

    /** Sets NZCV from a 4-bit value (nzcv immediate of CCMP, RMIF ...). */
    public void setNzcvBits(int bits) {
        nzcv = (bits & 0xf) << 28;
    }

    /** ConditionHolds() of the Arm ARM (shared/functions/system/ConditionHolds), by table: NZCV x cond. */
    public boolean conditionHolds(int cond) {
        return CONDITIONS[(nzcv >>> 24 & 0xf0) | cond];
    }

    private static final boolean[] CONDITIONS = new boolean[256];

    static {
        for (int flags = 0; flags < 16; flags++) {
            boolean n = (flags & 8) != 0;
            boolean z = (flags & 4) != 0;
            boolean c = (flags & 2) != 0;
            boolean v = (flags & 1) != 0;
            for (int cond = 0; cond < 16; cond++) {
                boolean result = switch (cond >>> 1) {
                    case 0 -> z;
                    case 1 -> c;
                    case 2 -> n;
                    case 3 -> v;
                    case 4 -> c && !z;
                    case 5 -> n == v;
                    case 6 -> n == v && !z;
                    default -> true;
                };
                CONDITIONS[flags << 4 | cond] = (cond & 1) != 0 && cond != 15 ? !result : result;
            }
        }
    }

    public long vLow(int r) {
        return v[2 * r];
    }

    public long vHigh(int r) {
        return v[2 * r + 1];
    }

    /** Writes a whole V register (scalar writes clear the bits above the scalar). */
    public void setV(int r, long low, long high) {
        v[2 * r] = low;
        v[2 * r + 1] = high;
    }

    /**
     * Writes a vector result of {@code datasize} bits (8 to 128) held in two halves: V[r] gets the low
     * datasize bits, zero-extended to 128 (Arm ARM: scalar and 64-bit vector writes clear the rest).
     */
    public void writeV(int r, int datasize, long lo, long hi) {
        if (datasize >= 128) {
            setV(r, lo, hi);
        } else {
            setV(r, datasize >= 64 ? lo : lo & (1L << datasize) - 1, 0);
        }
    }

    /** Elem[V[r], index, esize] (Arm ARM shared/functions/vector/Elem), zero-extended; esize 8, 16, 32 or 64. */
    public long element(int r, int index, int esize) {
        int bit = index * esize;
        long half = v[2 * r + (bit >>> 6)];
        return esize == 64 ? half : half >>> (bit & 63) & (1L << esize) - 1;
    }

    /** Sets one element, leaving the rest of the register as it is. */
    public void setElement(int r, int index, int esize, long value) {
        int bit = index * esize;
        int at = 2 * r + (bit >>> 6);
        if (esize == 64) {
            v[at] = value;
        } else {
            long mask = ((1L << esize) - 1) << (bit & 63);
            v[at] = v[at] & ~mask | value << (bit & 63) & mask;
        }
    }

    /** FPSR.QC (bit 27), the cumulative saturation flag of the Advanced SIMD saturating instructions. */
    public void setSaturated() {
        fpsr |= 1L << 27;
    }

    public void branchTo(long target) {
        nextPc = target;
    }
}
