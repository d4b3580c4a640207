package org.a64wb.emulator.mmu;

import java.util.Arrays;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.semantics.SystemRegisters;

/**
 * One vCPU's stage-1 MMU for the EL1&0 regime: the {@link PageTableWalker}, a software TLB, TLBI and AT.
 * While SCTLR_EL1.M is 1 the CPU's {@link Cpu#translation} is this MMU and every data access and every
 * fetch of a new code page goes through it; while M is 0 the field is null and memory is reached directly,
 * so an MMU that is off costs one null check.
 *
 * <p>The TLB is direct-mapped on the VA's 4K page ({@link #ENTRIES} entries). A tag is the VA with its page
 * offset bits replaced by the accesses the mapping does NOT allow; the lookup of an access is one AND with the
 * check mask of the current mode (EL0, EL1, EL1 with PAN, unprivileged) and one compare with the VA's page,
 * plus a compare of the ASID kept in the top bits of the data word. Entries stay tagged with the ASID they were
 * filled under: switching ASIDs flushes nothing (global mappings are refilled per ASID, a cheap walk). Pages
 * that are not RAM, and accesses that fault, always take the slow path, which walks again and so reports the
 * exact fault (faults are never cached, as the architecture requires of translation and access flag faults).
 *
 * <p>Larger blocks and 16K/64K pages are cached as 4K pieces; a TLBI by VA then scans for the pieces of the
 * same block, which is rare enough (a counter tells whether any such piece exists).
 */
public final class Mmu {

    public static final int ENTRIES = 1024;
    private static final long PAGE = ~0xfffL;
    private static final long PA_BITS = 0x0000_ffff_ffff_f000L;

    // Tag bits 11:1: the accesses an entry does not allow, and its kind.
    static final long DENY_EL1_READ = 1L << 1;
    static final long DENY_EL1_WRITE = 1L << 2;
    static final long DENY_EL0_READ = 1L << 3;
    static final long DENY_EL0_WRITE = 1L << 4;
    static final long DENY_EL1_EXECUTE = 1L << 5;
    static final long DENY_EL0_EXECUTE = 1L << 6;
    /** EL0 may read the page: a privileged data access faults while PSTATE.PAN is 1 (D8.4.2 "Privileged access never"). */
    static final long DENY_PAN = 1L << 7;
    static final long NOT_RAM = 1L << 8;
    static final long GLOBAL = 1L << 9;
    /** Fails every check: each check mask holds at least one of these deny bits. */
    static final long INVALID = 0x1feL;

    /** Broadcasts inner-shareable TLB maintenance to every vCPU of the machine (this one included). */
    public interface Broadcast {
        void invalidate(int operation, long operand);
    }

    private static final int READ = 0;
    private static final int WRITE = 1;
    private static final int FETCH = 2;

    private static final int TTBR0_EL1_KEY = SystemRegisters.lookup("TTBR0_EL1").key;
    private static final int TTBR1_EL1_KEY = SystemRegisters.lookup("TTBR1_EL1").key;
    private static final int MAIR_EL1_KEY = SystemRegisters.lookup("MAIR_EL1").key;
    private static final SystemRegisters.Register PAR_EL1 = SystemRegisters.lookup("PAR_EL1");

    private final Cpu cpu;
    private final Memory memory;
    /** {@link #memory} when it is RAM slots, whose bytes a TLB hit reaches directly; null otherwise. */
    private final PhysicalMemory physicalMemory;
    private final long[] tags = new long[ENTRIES];
    /** Per entry, the RAM slot of the page (null when {@link #physicalMemory} is null): a hit skips the slot lookup. */
    private final PhysicalMemory.Slot[] slots = new PhysicalMemory.Slot[ENTRIES];
    private final long[] data = new long[ENTRIES];
    private final byte[] shifts = new byte[ENTRIES];
    private boolean largeEntries;

    private int asid;
    private long readCheck;
    private long writeCheck;
    private long execCheck;
    private boolean unprivileged;

    /** SCTLR_EL1 and TCR_EL1 bits the cached translations depend on, as last seen. */
    private long sctlrSeen = -1;
    private long tcrSeen = -1;

    private Runnable listener = () -> { };
    private Broadcast broadcast;
    /**
     * Counts invalidations, which another vCPU's broadcast may make while this one walks: a walk that read a
     * descriptor before an invalidation must not leave its entry behind (the fill is dropped again).
     */
    private volatile int invalidations;

    /** Creates the MMU of {@code cpu} and attaches it ({@code cpu.mmu}); {@code memory} is physical. */
    public Mmu(Cpu cpu, Memory memory) {
        this.cpu = cpu;
        this.memory = memory;
        this.physicalMemory = memory instanceof PhysicalMemory p ? p : null;
        Arrays.fill(tags, INVALID);
        cpu.mmu = this;
        sync();
    }

    /** Told when cached translations or the mode change: whoever caches a translated code page drops it. */
    public void setListener(Runnable listener) {
        this.listener = listener;
    }

    /** Where inner-shareable TLBIs go (null: this vCPU only, a machine with one vCPU). */
    public void setBroadcast(Broadcast broadcast) {
        this.broadcast = broadcast;
    }

    // ---- Hot paths: inlined into the interpreter's and the compiled blocks' loads and stores ----

    private static int index(long va) {
        return (int) (va >>> 12) & ENTRIES - 1;
    }

    /**
     * A data read of {@code size} bytes (1, 2, 4, 8) at {@code va}. A page that is not RAM is recorded in the CPU's
     * {@link Cpu#pendingAbort} (0 is returned), a stage-1 fault is thrown ({@link GuestException}).
     */
    public long read(long va, int size) {
        int i = index(va);
        long d = data[i];
        if ((tags[i] & readCheck) == (va & PAGE) && (int) (d >>> 48) == asid && (va & 0xfff) <= 4096 - size) {
            PhysicalMemory.Slot slot = slots[i];
            long pa = d & PA_BITS | va & 0xfff;
            return slot != null ? PhysicalMemory.readSlot(slot, pa, size) : memory.read(pa, size);
        }
        return readSlow(va, size);
    }

    public void write(long va, int size, long value) {
        int i = index(va);
        long d = data[i];
        if ((tags[i] & writeCheck) == (va & PAGE) && (int) (d >>> 48) == asid && (va & 0xfff) <= 4096 - size) {
            PhysicalMemory.Slot slot = slots[i];
            long pa = d & PA_BITS | va & 0xfff;
            if (slot != null) {
                physicalMemory.writeSlot(slot, pa, size, value);
            } else {
                memory.write(pa, size, value);
            }
            return;
        }
        writeSlow(va, size, value);
    }

    /** Aligned (never crosses a page): translated and checked as a write, which needs read access too. */
    public long compareAndExchange(long va, int size, long expected, long replacement) {
        return memory.compareAndExchange(physical(va, size, true), size, expected, replacement);
    }

    /** The physical address of an access within one page that is RAM; MemoryAbort (with the VA) when it is not. */
    public long physical(long va, int size, boolean write) {
        long pa = dataPage(va, write);
        if (pa < 0) {
            pa = translate(va, write ? WRITE : READ);
            if (!memory.isRam(pa, size)) {
                throw new MemoryAbort(pa, size, write, va);
            }
        }
        return pa;
    }

    /** {@link #physical}, but a page that is not RAM is recorded in the CPU's pending abort and -1 returned. */
    private long dataAddress(long va, int size, boolean write) {
        long pa = dataPage(va, write);
        if (pa >= 0) {
            return pa;
        }
        pa = devicePage(va, write);
        if (pa < 0) {
            pa = translate(va, write ? WRITE : READ);
        }
        if (!memory.isRam(pa, size)) {
            cpu.pendingAbort.record(pa, size, write, va);
            return -1;
        }
        return pa;
    }

    /**
     * The physical address of a data access from a TLB entry of a page that is not RAM (a device's), which the
     * access is allowed to, or -1. Such an entry never hits on the fast path, so that the MMIO exit is taken, but it
     * holds a translation that succeeded like any other: a guest that talks to a device through the MMU would
     * otherwise walk the tables again on every access.
     */
    private long devicePage(long va, boolean write) {
        int i = index(va);
        long d = data[i];
        if ((tags[i] & (write ? writeCheck : readCheck) & ~NOT_RAM) == (va & PAGE) && (tags[i] & NOT_RAM) != 0 && (int) (d >>> 48) == asid) {
            return d & PA_BITS | va & 0xfff;
        }
        return -1;
    }

    /** The physical address of a data access from the TLB (a RAM page the access is allowed to), or -1. */
    private long dataPage(long va, boolean write) {
        int i = index(va);
        long d = data[i];
        if ((tags[i] & (write ? writeCheck : readCheck)) == (va & PAGE) && (int) (d >>> 48) == asid) {
            return d & PA_BITS | va & 0xfff;
        }
        return -1;
    }

    /** The physical page of the code page at {@code va} (an instruction abort when it cannot be fetched). */
    public long fetchPage(long va) {
        int i = index(va);
        long d = data[i];
        if ((tags[i] & execCheck) == (va & PAGE) && (int) (d >>> 48) == asid) {
            return d & PA_BITS;
        }
        return translate(va, FETCH) & PAGE;
    }

    private long readSlow(long va, int size) {
        if ((va & 0xfff) > 4096 - size) {
            long value = 0;
            for (int k = 0; k < size; k++) {
                value |= (read(va + k, 1) & 0xffL) << 8 * k;
                if (cpu.pendingAbort.pending) {
                    return 0;
                }
            }
            return value;
        }
        long pa = dataAddress(va, size, false);
        return pa < 0 ? 0 : memory.read(pa, size);
    }

    private void writeSlow(long va, int size, long value) {
        if ((va & 0xfff) > 4096 - size) {
            // Both pages are checked before any byte is written: a fault leaves memory as it was.
            if (dataAddress(va, 1, true) < 0 || dataAddress(va + size - 1, 1, true) < 0) {
                return;
            }
            for (int k = 0; k < size; k++) {
                write(va + k, 1, value >>> 8 * k);
            }
            return;
        }
        long pa = dataAddress(va, size, true);
        if (pa >= 0) {
            memory.write(pa, size, value);
        }
    }

    // ---- Slow path: walk, fill, check ----

    private long translate(long va, int access) {
        int seen = invalidations;
        PageTableWalker.Result r = walk(va, access == FETCH);
        if (r.fault >= 0) {
            throw abort(va, r.fault, access);
        }
        long deny = deny(r.permissions);
        PhysicalMemory.Slot slot = null;
        if (physicalMemory != null) {
            slot = physicalMemory.slotFor(r.page, 4096);
            if (slot == null) {
                deny |= NOT_RAM;
            }
        } else if (!memory.isRam(r.page, 4096)) {
            deny |= NOT_RAM;
        }
        int i = index(va);
        slots[i] = slot;
        tags[i] = va & PAGE | deny | (r.global ? GLOBAL : 0);
        data[i] = (long) asid << 48 | r.page;
        shifts[i] = (byte) r.shift;
        largeEntries |= r.shift > 12;
        if (invalidations != seen) {
            tags[i] = INVALID;
        }
        long check = access == READ ? readCheck : access == WRITE ? writeCheck : execCheck;
        if ((deny & check & ~NOT_RAM) != 0) {
            throw abort(va, PageTableWalker.PERMISSION | r.level, access);
        }
        return r.page | va & 0xfff;
    }

    private PageTableWalker.Result walk(long va, boolean fetch) {
        long sctlr = SystemRegisters.sctlrEl1(cpu);
        return PageTableWalker.walk(memory, va, fetch, SystemRegisters.tcrEl1(cpu), cpu.sysregs.get(TTBR0_EL1_KEY, 0),
                cpu.sysregs.get(TTBR1_EL1_KEY, 0), (sctlr & SCTLR_WXN) != 0);
    }

    private static long deny(int permissions) {
        long deny = 0;
        if ((permissions & PageTableWalker.EL1_READ) == 0) {
            deny |= DENY_EL1_READ;
        }
        if ((permissions & PageTableWalker.EL1_WRITE) == 0) {
            deny |= DENY_EL1_WRITE;
        }
        if ((permissions & PageTableWalker.EL0_READ) == 0) {
            deny |= DENY_EL0_READ;
        } else {
            deny |= DENY_PAN;
        }
        if ((permissions & PageTableWalker.EL0_WRITE) == 0) {
            deny |= DENY_EL0_WRITE;
        }
        if ((permissions & PageTableWalker.EL1_EXECUTE) == 0) {
            deny |= DENY_EL1_EXECUTE;
        }
        if ((permissions & PageTableWalker.EL0_EXECUTE) == 0) {
            deny |= DENY_EL0_EXECUTE;
        }
        return deny;
    }

    /**
     * The abort of a faulting translation, taken to EL1 by the accelerator: ISS = xFSC, WnR for writes.
     * S1PTW stays 0: there is no stage 2 whose fault on a stage-1 walk it would report, and FnV is 0 (FAR valid).
     */
    private GuestException abort(long va, int status, int access) {
        long iss = status | (access == WRITE ? 1L << 6 : 0);
        GuestException.Kind kind = access == FETCH ? GuestException.Kind.INSTRUCTION_ABORT : GuestException.Kind.DATA_ABORT;
        return new GuestException(kind, cpu.pc, 0, iss, va, cpu.pc, String.format("stage-1 %s fault at level %d on %s of 0x%x",
                faultName(status), status & 3, access == FETCH ? "fetch" : access == WRITE ? "write" : "read", va));
    }

    private static String faultName(int status) {
        return switch (status & ~3) {
            case PageTableWalker.ADDRESS_SIZE -> "address size";
            case PageTableWalker.TRANSLATION -> "translation";
            case PageTableWalker.ACCESS_FLAG -> "access flag";
            case PageTableWalker.PERMISSION -> "permission";
            default -> "external abort on walk";
        };
    }

    // ---- State changes ----

    static final long SCTLR_M = 1L;
    static final long SCTLR_WXN = 1L << 19;

    /**
     * Re-reads SCTLR_EL1, TCR_EL1 and the TTBRs' ASID after a write to one of them (or a VMM register write):
     * the MMU switching on or off, WXN or any TCR field changing drops every cached translation; a new ASID
     * drops nothing (entries are ASID-tagged, and a new BADDR needs the guest's own TLBI, D8.13 "TLB maintenance").
     */
    public void sync() {
        long sctlr = SystemRegisters.sctlrEl1(cpu) & (SCTLR_M | SCTLR_WXN);
        long tcr = SystemRegisters.tcrEl1(cpu);
        if (sctlr != sctlrSeen || tcr != tcrSeen) {
            sctlrSeen = sctlr;
            tcrSeen = tcr;
            flushLocal();
        }
        long ttbr = cpu.sysregs.get((tcr & 1L << 22) != 0 ? TTBR1_EL1_KEY : TTBR0_EL1_KEY, 0);
        asid = (int) (ttbr >>> 48) & ((tcr & 1L << 36) != 0 ? 0xffff : 0xff);
        cpu.translation = (sctlr & SCTLR_M) != 0 ? this : null;
        modeChanged();
    }

    /** The EL, PSTATE.PAN or PSTATE.UAO changed: recomputes which deny bits each kind of access checks. */
    public void modeChanged() {
        boolean el0 = cpu.el == 0 || unprivileged;
        boolean pan = !el0 && SystemRegisters.pstateBit(cpu, SystemRegisters.PAN_KEY) != 0;
        readCheck = PAGE | NOT_RAM | (el0 ? DENY_EL0_READ : DENY_EL1_READ | (pan ? DENY_PAN : 0));
        writeCheck = PAGE | NOT_RAM | (el0 ? DENY_EL0_WRITE : DENY_EL1_WRITE | (pan ? DENY_PAN : 0));
        execCheck = PAGE | (cpu.el == 0 ? DENY_EL0_EXECUTE : DENY_EL1_EXECUTE);
        listener.run();
    }

    /**
     * LDTR/STTR and the other unprivileged forms: at EL1 with PSTATE.UAO = 0 they are checked as EL0 accesses
     * (and PAN does not apply to them); {@code false} ends the access.
     */
    public void unprivileged(boolean on) {
        boolean effective = on && cpu.el == 1 && SystemRegisters.pstateBit(cpu, SystemRegisters.UAO_KEY) == 0;
        if (effective != unprivileged) {
            unprivileged = effective;
            boolean el0 = cpu.el == 0 || unprivileged;
            boolean pan = !el0 && SystemRegisters.pstateBit(cpu, SystemRegisters.PAN_KEY) != 0;
            readCheck = PAGE | NOT_RAM | (el0 ? DENY_EL0_READ : DENY_EL1_READ | (pan ? DENY_PAN : 0));
            writeCheck = PAGE | NOT_RAM | (el0 ? DENY_EL0_WRITE : DENY_EL1_WRITE | (pan ? DENY_PAN : 0));
        }
    }

    // ---- TLB maintenance (C5.5 "A64 system instructions for TLB maintenance") ----

    /**
     * TLBI at EL1 with op1 = 0, CRn = 8: {@code crm} 3 is inner shareable (broadcast), 7 this PE only;
     * {@code op2} 0 VMALLE1, 1 VAE1, 2 ASIDE1, 3 VAAE1, 5 VALE1, 7 VAALE1 (the last-level forms invalidate
     * what the plain forms do: more than required is allowed).
     */
    public void tlbi(int crm, int op2, long operand) {
        if (crm == 3 && broadcast != null) {
            broadcast.invalidate(op2, operand);
        } else {
            invalidate(op2, operand);
        }
    }

    /** One TLBI operation on this vCPU's TLB (what a broadcast delivers, possibly from another vCPU's thread). */
    public void invalidate(int op2, long operand) {
        invalidations++;
        switch (op2) {
            case 0 -> flushLocal();
            case 2 -> {
                int target = operandAsid(operand);
                for (int i = 0; i < ENTRIES; i++) {
                    if ((tags[i] & GLOBAL) == 0 && (int) (data[i] >>> 48) == target) {
                        tags[i] = INVALID;
                    }
                }
                listener.run();
            }
            default -> invalidateAddress(operand << 20 >> 8 & ~0xfffL, op2 == 3 || op2 == 7 ? -1 : operandAsid(operand));
        }
    }

    private int operandAsid(long operand) {
        return (int) (operand >>> 48) & ((SystemRegisters.tcrEl1(cpu) & 1L << 36) != 0 ? 0xffff : 0xff);
    }

    /** Drops the entries that translate {@code va} (bits 55:12, sign-extended), for one ASID ({@code -1}: all) and globals. */
    private void invalidateAddress(long va, int asidOrAll) {
        if (largeEntries) {
            for (int i = 0; i < ENTRIES; i++) {
                invalidateIfMaps(i, va, asidOrAll);
            }
        } else {
            invalidateIfMaps(index(va), va, asidOrAll);
        }
        listener.run();
    }

    private void invalidateIfMaps(int i, long va, int asidOrAll) {
        long tag = tags[i];
        long span = -(1L << Math.max(12, shifts[i]));
        // Bits 55:shift: a tagged VA (top-byte-ignore) cached under its tag maps the same page.
        if (((tag ^ va) & span & 0x00ff_ffff_ffff_ffffL) == 0
                && (asidOrAll < 0 || (tag & GLOBAL) != 0 || (int) (data[i] >>> 48) == asidOrAll)) {
            tags[i] = INVALID;
        }
    }

    private void flushLocal() {
        invalidations++;
        Arrays.fill(tags, INVALID);
        largeEntries = false;
        listener.run();
    }

    // ---- Address translation instructions (C5.5 "AT S1E1R" ...) ----

    /**
     * AT S1E1R (op2 0), S1E1W (1), S1E0R (2), S1E0W (3): translates as a read or write at EL1 or EL0, without PAN
     * (no FEAT_PAN2), and writes PAR_EL1: on a fault F = 1 and FST; else the PA, the MAIR attribute and the
     * descriptor's SH. Bit 11 is RES1 and NS is 1 (a Non-secure translation). With the MMU off the PA is the VA,
     * attribute 0 (Device-nGnRnE) and SH 0. Where the Arm ARM leaves SH for Device memory open, this reports what
     * QEMU 7.2 reports (examples/guests/mmu.S checks it against QEMU).
     */
    public void at(int op2, long va) {
        long par;
        if ((SystemRegisters.sctlrEl1(cpu) & SCTLR_M) == 0) {
            par = va & PA_BITS | 1L << 9 | 1L << 11;
        } else {
            PageTableWalker.Result r = walk(va, false);
            int fault = r.fault;
            if (fault < 0) {
                int need = switch (op2) {
                    case 0 -> PageTableWalker.EL1_READ;
                    case 1 -> PageTableWalker.EL1_WRITE;
                    case 2 -> PageTableWalker.EL0_READ;
                    default -> PageTableWalker.EL0_WRITE;
                };
                if ((r.permissions & need) == 0) {
                    fault = PageTableWalker.PERMISSION | r.level;
                }
            }
            if (fault >= 0) {
                par = 1L | (long) fault << 1 | 1L << 11;
            } else {
                long attr = cpu.sysregs.get(MAIR_EL1_KEY, 0) >>> 8 * r.attrIndex & 0xff;
                par = attr << 56 | r.page | (long) r.shareability << 7 | 1L << 9 | 1L << 11;
            }
        }
        SystemRegisters.write(cpu, PAR_EL1, par);
    }

    /**
     * The physical address a debugger or VMM would see at {@code va} (as an EL1 read, no permission or PAN
     * check, no TLB fill), or -1 when it does not translate.
     */
    public long peek(long va) {
        if ((SystemRegisters.sctlrEl1(cpu) & SCTLR_M) == 0) {
            return va;
        }
        PageTableWalker.Result r = walk(va, false);
        return r.fault >= 0 ? -1 : r.page | va & 0xfff;
    }
}
