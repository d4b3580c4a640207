package org.a64wb.emulator.semantics;

import static org.a64wb.emulator.semantics.LoadStoreAddressing.ADD;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.CLR;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.EOR;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.OFFSET;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.POST;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.PRE;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.SET;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.SMAX;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.SMIN;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.SWP;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.UMAX;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.UMIN;
import static org.a64wb.emulator.semantics.LoadStoreAddressing.extendReg;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.isa.a64.A64LoadsStoresSemantics;

/**
 * Semantics of the general-purpose loads and stores (isa-spec/loads-stores.a64; Arm ARM C6.2).
 *
 * <p>Rules shared by every form:
 * <ul>
 * <li>Base register 31 is SP, transfer register 31 is ZR (a load to it is discarded, a store of it stores 0).
 * <li>All memory accesses complete before any register is written, and the base is written back
 * last, so a {@link org.a64wb.emulator.memory.MemoryAbort} or alignment fault leaves the registers
 * unchanged (a pair store whose second access aborts may have written the first: memory order is
 * the first register's address, then the second's).
 * <li>W-register results zero the upper half of the X register (Arm ARM, "Registers in AArch64
 * state": a write to a W register sets bits 63:32 of the X register to zero).
 * <li>Unprivileged forms (LDTR/STTR) access memory like the normal forms: this engine has no
 * translation regime whose EL0 permissions could differ.
 * <li>Ordering (acquire, release, RCpc, non-temporal hints) is trivially satisfied by a
 * single-threaded interpreter; what remains of those forms is their alignment requirement.
 * <li>SP alignment checking (SCTLR_ELx.SA/SA0) is not performed: the engine behaves as if SA is 0.
 * </ul>
 *
 * <p>CONSTRAINED UNPREDICTABLE choices (Arm ARM appendix "Architectural Constraints on
 * UNPREDICTABLE behaviors", and the Unpredictable_WBOVERLAPLD/ST, LDPOVERLAP cases of each instruction's
 * pseudocode), chosen to match qemu so that traces compare (the single-register and LDP cases are
 * checked against qemu by src/test/resources/qemu/loads-stores/tricky.c):
 * <ul>
 * <li>Load with writeback and Rt == Rn (Rn != 31), single or pair: Constraint_UNKNOWN with the
 * written-back address as the UNKNOWN value, i.e. the register ends up holding the new base.
 * <li>Store with writeback and Rt == Rn: Constraint_NONE, the value stored is the original register.
 * <li>LDP/LDNP/LDPSW/LDXP/LDAXP with Rt == Rt2: Constraint_UNKNOWN with the first element as the
 * UNKNOWN value.
 * <li>Store-exclusive with Rs == Rt or Rs == Rn: Constraint_NONE, the original Rt and Rn are used.
 * </ul>
 */
public interface LoadsStoresExecution extends A64LoadsStoresSemantics, Execution {

    // ---------------------------------------------------------------- shared helpers

    /** X[r] = value (x64) or W[r] = value&lt;31:0&gt; with the upper half zeroed. */
    private static void setRegister(Cpu cpu, int r, long value, boolean x64) {
        if (x64) {
            cpu.setX(r, value);
        } else {
            cpu.setW(r, (int) value);
        }
    }

    /** A zero-extended memory value, sign-extended first when {@code signed}. */
    private static long extendLoaded(long data, int size, boolean signed) {
        return signed ? LoadStoreAddressing.signExtend(data, size) : data;
    }

    /**
     * LDR/LDUR/LDTR and their B/H/SB/SH/SW forms (C6.2 LDR (immediate), LDR (register)): the access is
     * at base + offset, or at base for post-index; pre- and post-index write base + offset back.
     */
    private void load(int Rn, int Rt, long offset, int index, int size, boolean signed, boolean x64) {
        Cpu cpu = cpu();
        long base = cpu.xsp(Rn);
        long address = index == POST ? base : base + offset;
        long data = LoadStoreAddressing.read(memory(), address, size);
        setRegister(cpu, Rt, extendLoaded(data, size, signed), x64);
        if (index != OFFSET) {
            // After Rt: with Rt == Rn the written-back address wins (see the interface comment).
            cpu.setXsp(Rn, base + offset);
        }
    }

    /** STR/STUR/STTR and their B/H forms; Rt is read before the base is written back. */
    private void store(int Rn, int Rt, long offset, int index, int size) {
        Cpu cpu = cpu();
        long base = cpu.xsp(Rn);
        long address = index == POST ? base : base + offset;
        LoadStoreAddressing.write(memory(), address, size, cpu.x(Rt));
        if (index != OFFSET) {
            cpu.setXsp(Rn, base + offset);
        }
    }

    /** LDP/LDNP/LDPSW (C6.2 LDP): both elements are read (first address first) before any register is written. */
    private void loadPair(int Rn, int Rt, int Rt2, long offset, int index, int size, boolean signed, boolean x64) {
        Cpu cpu = cpu();
        Memory memory = memory();
        long base = cpu.xsp(Rn);
        long address = index == POST ? base : base + offset;
        long first = LoadStoreAddressing.read(memory, address, size);
        long second = LoadStoreAddressing.read(memory, address + size, size);
        // Rt2 before Rt: with Rt == Rt2 the first element wins (see the interface comment).
        setRegister(cpu, Rt2, extendLoaded(second, size, signed), x64);
        setRegister(cpu, Rt, extendLoaded(first, size, signed), x64);
        if (index != OFFSET) {
            cpu.setXsp(Rn, base + offset);
        }
    }

    /** STP/STNP (C6.2 STP): Rt at the address, then Rt2 at address + size. */
    private void storePair(int Rn, int Rt, int Rt2, long offset, int index, int size) {
        Cpu cpu = cpu();
        Memory memory = memory();
        long base = cpu.xsp(Rn);
        long address = index == POST ? base : base + offset;
        long first = cpu.x(Rt);
        long second = cpu.x(Rt2);
        LoadStoreAddressing.write(memory, address, size, first);
        LoadStoreAddressing.write(memory, address + size, size, second);
        if (index != OFFSET) {
            cpu.setXsp(Rn, base + offset);
        }
    }

    /** LDR/LDRSW (literal): PC-relative, imm19 words from this instruction. */
    private void loadLiteral(int imm19, int Rt, int size, boolean signed, boolean x64) {
        Cpu cpu = cpu();
        long data = LoadStoreAddressing.read(memory(), cpu.pc + imm19 * 4L, size);
        setRegister(cpu, Rt, extendLoaded(data, size, signed), x64);
    }

    /**
     * LDAR/LDLAR/LDAPR/LDAPUR*: ordered accesses must be aligned to their size without FEAT_LSE2
     * (Arm ARM AArch64.CheckAlignment: AccType_ORDERED and AccType_LIMITEDORDERED are checked).
     */
    private void loadOrdered(int Rn, long offset, int Rt, int size, boolean signed, boolean x64) {
        Cpu cpu = cpu();
        long address = cpu.xsp(Rn) + offset;
        requireAlignment(address, size);
        long data = LoadStoreAddressing.read(memory(), address, size);
        setRegister(cpu, Rt, extendLoaded(data, size, signed), x64);
    }

    /** STLR/STLLR/STLUR*: aligned like the ordered loads. */
    private void storeOrdered(int Rn, long offset, int Rt, int size) {
        Cpu cpu = cpu();
        long address = cpu.xsp(Rn) + offset;
        requireAlignment(address, size);
        LoadStoreAddressing.write(memory(), address, size, cpu.x(Rt));
    }

    // ---------------------------------------------------------------- exclusives

    /**
     * LDXR/LDAXR (C6.2 LDXR): an aligned (AccType_ATOMIC) load that marks {@code address, size} in the
     * local monitor. The monitor is armed only once the load has succeeded, so an aborted load-exclusive
     * can simply be restarted.
     */
    private void loadExclusive(int Rn, int Rt, int size) {
        Cpu cpu = cpu();
        long address = cpu.xsp(Rn);
        requireAlignment(address, size);
        long data = LoadStoreAddressing.read(memory(), address, size);
        arm(cpu, address, size);
        cpu.exclusiveValue = data;
        setRegister(cpu, Rt, data, size == 8);
    }

    /**
     * LDXP/LDAXP: the pair is one access of 2 * size bytes, aligned to its total size (C6.2 LDXP:
     * "if address != Align(address, dbytes) then alignment fault"); for 32-bit elements Rt gets the
     * low word (little-endian), for 64-bit elements the two doublewords are read in address order.
     */
    private void loadExclusivePair(int Rn, int Rt, int Rt2, int size) {
        Cpu cpu = cpu();
        Memory memory = memory();
        long address = cpu.xsp(Rn);
        requireAlignment(address, 2 * size);
        long first;
        long second;
        if (size == 4) {
            long data = memory.read64(address);
            first = data & 0xffffffffL;
            second = data >>> 32;
        } else {
            first = memory.read64(address);
            second = memory.read64(address + 8);
        }
        arm(cpu, address, 2 * size);
        cpu.exclusiveValue = size == 4 ? first | second << 32 : first;
        cpu.exclusiveValue2 = second;
        setRegister(cpu, Rt2, second, size == 8);
        setRegister(cpu, Rt, first, size == 8);
    }

    private static void arm(Cpu cpu, long address, int size) {
        cpu.exclusiveArmed = true;
        cpu.exclusiveAddress = address;
        cpu.exclusiveSize = size;
    }

    /**
     * AArch64.ExclusiveMonitorsPass: the alignment check comes first and faults whatever the monitor
     * state; then the local monitor passes only if it was armed by a load-exclusive of the same
     * address and size (a different size is CONSTRAINED UNPREDICTABLE; this engine fails it).
     */
    private boolean exclusiveMonitorsPass(Cpu cpu, long address, int size) {
        requireAlignment(address, size);
        return cpu.exclusiveArmed && cpu.exclusiveAddress == address && cpu.exclusiveSize == size;
    }

    /**
     * STXR/STLXR (C6.2 STXR): stores and writes status 0 to W[Rs] when the monitor passes, else
     * writes 1 and stores nothing. A store-exclusive always returns the local monitor to Open Access
     * (Arm ARM "Synchronization and semaphores": local monitor state machine) - after the store, so an aborted one is restartable.
     */
    private void storeExclusive(int Rs, int Rn, int Rt, int size) {
        Cpu cpu = cpu();
        long address = cpu.xsp(Rn);
        long data = cpu.x(Rt);
        int status = 1;
        if (exclusiveMonitorsPass(cpu, address, size)
                && memory().compareAndExchange(address, size, cpu.exclusiveValue, data) == cpu.exclusiveValue) {
            status = 0;
        }
        cpu.exclusiveArmed = false;
        cpu.setW(Rs, status);
    }

    /** STXP/STLXP: one access of 2 * size bytes; 32-bit elements are packed Rt low, Rt2 high. */
    private void storeExclusivePair(int Rs, int Rn, int Rt, int Rt2, int size) {
        Cpu cpu = cpu();
        Memory memory = memory();
        long address = cpu.xsp(Rn);
        long first = cpu.x(Rt);
        long second = cpu.x(Rt2);
        int status = 1;
        if (exclusiveMonitorsPass(cpu, address, 2 * size)) {
            if (size == 4) {
                long pair = (first & 0xffffffffL) | second << 32;
                status = memory.compareAndExchange(address, 8, cpu.exclusiveValue, pair) == cpu.exclusiveValue ? 0 : 1;
            } else {
                synchronized (Memory.class) {
                    // No 128-bit compare-and-exchange on the host: pairs of doublewords serialise here.
                    if (memory.read64(address) == cpu.exclusiveValue && memory.read64(address + 8) == cpu.exclusiveValue2) {
                        memory.write64(address, first);
                        memory.write64(address + 8, second);
                        status = 0;
                    }
                }
            }
        }
        cpu.exclusiveArmed = false;
        cpu.setW(Rs, status);
    }

    // ---------------------------------------------------------------- FEAT_LSE atomics

    /**
     * LD&lt;op&gt;, ST&lt;op&gt; (their Rt = 31 aliases) and SWP (C6.2 LDADD ... SWP): an aligned
     * (AccType_ATOMICRW) read-modify-write; Rt receives the old value zero-extended to the register
     * size, Rt = 31 discards it. The acquire/release bits only order, which is trivial here.
     */
    private void atomic(int op, int Rs, int Rn, int Rt, int size) {
        Cpu cpu = cpu();
        Memory memory = memory();
        long address = cpu.xsp(Rn);
        requireAlignment(address, size);
        long value = LoadStoreAddressing.truncate(cpu.x(Rs), size);
        long data;
        while (true) {
            data = LoadStoreAddressing.read(memory, address, size);
            long result = LoadStoreAddressing.atomicResult(op, data, value, size);
            if (memory.compareAndExchange(address, size, data, result) == data) {
                break;
            }
        }
        setRegister(cpu, Rt, data, size == 8);
    }

    /**
     * CAS/CASA/CASL/CASAL and B/H (C6.2 CAS): compares memory with Rs, stores Rt only when equal (no
     * write otherwise), and always returns the old memory value in Rs.
     */
    private void compareAndSwap(int Rs, int Rn, int Rt, int size) {
        Cpu cpu = cpu();
        Memory memory = memory();
        long address = cpu.xsp(Rn);
        requireAlignment(address, size);
        long compare = LoadStoreAddressing.truncate(cpu.x(Rs), size);
        long replacement = cpu.x(Rt);
        long data = memory.compareAndExchange(address, size, compare, replacement);
        setRegister(cpu, Rs, data, size == 8);
    }

    /**
     * CASP (C6.2 CASP): the pairs &lt;Rs, Rs+1&gt; and &lt;Rt, Rt+1&gt; (even registers, checked by the
     * decoder) against one access of twice the element size, aligned to that size; the first register
     * of each pair holds the lower-addressed element (little-endian).
     */
    private void compareAndSwapPair(int Rs, int Rn, int Rt, boolean x64) {
        Cpu cpu = cpu();
        Memory memory = memory();
        long address = cpu.xsp(Rn);
        if (x64) {
            requireAlignment(address, 16);
            long compare0 = cpu.x(Rs);
            long compare1 = cpu.x(Rs + 1);
            long new0 = cpu.x(Rt);
            long new1 = cpu.x(Rt + 1);
            long data0;
            long data1;
            synchronized (Memory.class) {
                data0 = memory.read64(address);
                data1 = memory.read64(address + 8);
                if (data0 == compare0 && data1 == compare1) {
                    memory.write64(address, new0);
                    memory.write64(address + 8, new1);
                }
            }
            cpu.setX(Rs, data0);
            cpu.setX(Rs + 1, data1);
        } else {
            requireAlignment(address, 8);
            long compare = (cpu.x(Rs) & 0xffffffffL) | cpu.x(Rs + 1) << 32;
            long replacement = (cpu.x(Rt) & 0xffffffffL) | cpu.x(Rt + 1) << 32;
            long data = memory.compareAndExchange(address, 8, compare, replacement);
            cpu.setW(Rs, (int) data);
            cpu.setW(Rs + 1, (int) (data >>> 32));
        }
    }

    // ---------------------------------------------------------------- the encodings

    /** STXRB (loads-stores.a64:16) */
    @Override
    default void STXRB(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusive(Rs, Rn, Rt, 1);
    }

    /** STLXRB (loads-stores.a64:19) */
    @Override
    default void STLXRB(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusive(Rs, Rn, Rt, 1);
    }

    /** LDXRB (loads-stores.a64:22) */
    @Override
    default void LDXRB(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusive(Rn, Rt, 1);
    }

    /** LDAXRB (loads-stores.a64:25) */
    @Override
    default void LDAXRB(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusive(Rn, Rt, 1);
    }

    /** STLLRB (loads-stores.a64:28) */
    @Override
    default void STLLRB(int Rs, int Rt2, int Rn, int Rt) {
        storeOrdered(Rn, 0, Rt, 1);
    }

    /** STLRB (loads-stores.a64:32) */
    @Override
    default void STLRB(int Rs, int Rt2, int Rn, int Rt) {
        storeOrdered(Rn, 0, Rt, 1);
    }

    /** LDLARB (loads-stores.a64:35) */
    @Override
    default void LDLARB(int Rs, int Rt2, int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 1, false, false);
    }

    /** LDARB (loads-stores.a64:39) */
    @Override
    default void LDARB(int Rs, int Rt2, int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 1, false, false);
    }

    /** CASB (loads-stores.a64:42) */
    @Override
    default void CASB(int L, int Rs, int o0, int Rn, int Rt) {
        compareAndSwap(Rs, Rn, Rt, 1);
    }

    /** CASP_w (loads-stores.a64:47) */
    @Override
    default void CASP_w(int L, int Rs, int o0, int Rn, int Rt) {
        compareAndSwapPair(Rs, Rn, Rt, false);
    }

    /** STXRH (loads-stores.a64:53) */
    @Override
    default void STXRH(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusive(Rs, Rn, Rt, 2);
    }

    /** STLXRH (loads-stores.a64:56) */
    @Override
    default void STLXRH(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusive(Rs, Rn, Rt, 2);
    }

    /** LDXRH (loads-stores.a64:59) */
    @Override
    default void LDXRH(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusive(Rn, Rt, 2);
    }

    /** LDAXRH (loads-stores.a64:62) */
    @Override
    default void LDAXRH(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusive(Rn, Rt, 2);
    }

    /** STLLRH (loads-stores.a64:65) */
    @Override
    default void STLLRH(int Rs, int Rt2, int Rn, int Rt) {
        storeOrdered(Rn, 0, Rt, 2);
    }

    /** STLRH (loads-stores.a64:69) */
    @Override
    default void STLRH(int Rs, int Rt2, int Rn, int Rt) {
        storeOrdered(Rn, 0, Rt, 2);
    }

    /** LDLARH (loads-stores.a64:72) */
    @Override
    default void LDLARH(int Rs, int Rt2, int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 2, false, false);
    }

    /** LDARH (loads-stores.a64:76) */
    @Override
    default void LDARH(int Rs, int Rt2, int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 2, false, false);
    }

    /** CASH (loads-stores.a64:79) */
    @Override
    default void CASH(int L, int Rs, int o0, int Rn, int Rt) {
        compareAndSwap(Rs, Rn, Rt, 2);
    }

    /** CASP_x (loads-stores.a64:84) */
    @Override
    default void CASP_x(int L, int Rs, int o0, int Rn, int Rt) {
        compareAndSwapPair(Rs, Rn, Rt, true);
    }

    /** STXR_w (loads-stores.a64:90) */
    @Override
    default void STXR_w(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusive(Rs, Rn, Rt, 4);
    }

    /** STLXR_w (loads-stores.a64:93) */
    @Override
    default void STLXR_w(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusive(Rs, Rn, Rt, 4);
    }

    /** LDXR_w (loads-stores.a64:96) */
    @Override
    default void LDXR_w(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusive(Rn, Rt, 4);
    }

    /** LDAXR_w (loads-stores.a64:99) */
    @Override
    default void LDAXR_w(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusive(Rn, Rt, 4);
    }

    /** STLLR_w (loads-stores.a64:102) */
    @Override
    default void STLLR_w(int Rs, int Rt2, int Rn, int Rt) {
        storeOrdered(Rn, 0, Rt, 4);
    }

    /** STLR_w (loads-stores.a64:106) */
    @Override
    default void STLR_w(int Rs, int Rt2, int Rn, int Rt) {
        storeOrdered(Rn, 0, Rt, 4);
    }

    /** LDLAR_w (loads-stores.a64:109) */
    @Override
    default void LDLAR_w(int Rs, int Rt2, int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 4, false, false);
    }

    /** LDAR_w (loads-stores.a64:113) */
    @Override
    default void LDAR_w(int Rs, int Rt2, int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 4, false, false);
    }

    /** CAS_w (loads-stores.a64:116) */
    @Override
    default void CAS_w(int L, int Rs, int o0, int Rn, int Rt) {
        compareAndSwap(Rs, Rn, Rt, 4);
    }

    /** STXP_w (loads-stores.a64:120) */
    @Override
    default void STXP_w(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusivePair(Rs, Rn, Rt, Rt2, 4);
    }

    /** STLXP_w (loads-stores.a64:123) */
    @Override
    default void STLXP_w(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusivePair(Rs, Rn, Rt, Rt2, 4);
    }

    /** LDXP_w (loads-stores.a64:126) */
    @Override
    default void LDXP_w(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusivePair(Rn, Rt, Rt2, 4);
    }

    /** LDAXP_w (loads-stores.a64:129) */
    @Override
    default void LDAXP_w(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusivePair(Rn, Rt, Rt2, 4);
    }

    /** STXR_x (loads-stores.a64:133) */
    @Override
    default void STXR_x(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusive(Rs, Rn, Rt, 8);
    }

    /** STLXR_x (loads-stores.a64:136) */
    @Override
    default void STLXR_x(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusive(Rs, Rn, Rt, 8);
    }

    /** LDXR_x (loads-stores.a64:139) */
    @Override
    default void LDXR_x(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusive(Rn, Rt, 8);
    }

    /** LDAXR_x (loads-stores.a64:142) */
    @Override
    default void LDAXR_x(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusive(Rn, Rt, 8);
    }

    /** STLLR_x (loads-stores.a64:145) */
    @Override
    default void STLLR_x(int Rs, int Rt2, int Rn, int Rt) {
        storeOrdered(Rn, 0, Rt, 8);
    }

    /** STLR_x (loads-stores.a64:149) */
    @Override
    default void STLR_x(int Rs, int Rt2, int Rn, int Rt) {
        storeOrdered(Rn, 0, Rt, 8);
    }

    /** LDLAR_x (loads-stores.a64:152) */
    @Override
    default void LDLAR_x(int Rs, int Rt2, int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 8, false, true);
    }

    /** LDAR_x (loads-stores.a64:156) */
    @Override
    default void LDAR_x(int Rs, int Rt2, int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 8, false, true);
    }

    /** CAS_x (loads-stores.a64:159) */
    @Override
    default void CAS_x(int L, int Rs, int o0, int Rn, int Rt) {
        compareAndSwap(Rs, Rn, Rt, 8);
    }

    /** STXP_x (loads-stores.a64:163) */
    @Override
    default void STXP_x(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusivePair(Rs, Rn, Rt, Rt2, 8);
    }

    /** STLXP_x (loads-stores.a64:166) */
    @Override
    default void STLXP_x(int Rs, int Rt2, int Rn, int Rt) {
        storeExclusivePair(Rs, Rn, Rt, Rt2, 8);
    }

    /** LDXP_x (loads-stores.a64:169) */
    @Override
    default void LDXP_x(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusivePair(Rn, Rt, Rt2, 8);
    }

    /** LDAXP_x (loads-stores.a64:172) */
    @Override
    default void LDAXP_x(int Rs, int Rt2, int Rn, int Rt) {
        loadExclusivePair(Rn, Rt, Rt2, 8);
    }

    /** STLURB (loads-stores.a64:180) */
    @Override
    default void STLURB(int imm9, int Rn, int Rt) {
        storeOrdered(Rn, imm9, Rt, 1);
    }

    /** LDAPURB (loads-stores.a64:185) */
    @Override
    default void LDAPURB(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 1, false, false);
    }

    /** LDAPURSB_x (loads-stores.a64:190) */
    @Override
    default void LDAPURSB_x(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 1, true, true);
    }

    /** LDAPURSB_w (loads-stores.a64:195) */
    @Override
    default void LDAPURSB_w(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 1, true, false);
    }

    /** STLURH (loads-stores.a64:200) */
    @Override
    default void STLURH(int imm9, int Rn, int Rt) {
        storeOrdered(Rn, imm9, Rt, 2);
    }

    /** LDAPURH (loads-stores.a64:205) */
    @Override
    default void LDAPURH(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 2, false, false);
    }

    /** LDAPURSH_x (loads-stores.a64:210) */
    @Override
    default void LDAPURSH_x(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 2, true, true);
    }

    /** LDAPURSH_w (loads-stores.a64:215) */
    @Override
    default void LDAPURSH_w(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 2, true, false);
    }

    /** STLUR_w (loads-stores.a64:220) */
    @Override
    default void STLUR_w(int imm9, int Rn, int Rt) {
        storeOrdered(Rn, imm9, Rt, 4);
    }

    /** LDAPUR_w (loads-stores.a64:225) */
    @Override
    default void LDAPUR_w(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 4, false, false);
    }

    /** LDAPURSW (loads-stores.a64:230) */
    @Override
    default void LDAPURSW(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 4, true, true);
    }

    /** STLUR_x (loads-stores.a64:235) */
    @Override
    default void STLUR_x(int imm9, int Rn, int Rt) {
        storeOrdered(Rn, imm9, Rt, 8);
    }

    /** LDAPUR_x (loads-stores.a64:240) */
    @Override
    default void LDAPUR_x(int imm9, int Rn, int Rt) {
        loadOrdered(Rn, imm9, Rt, 8, false, true);
    }

    /** LDR_lit_w (loads-stores.a64:250) */
    @Override
    default void LDR_lit_w(int imm19, int Rt) {
        loadLiteral(imm19, Rt, 4, false, false);
    }

    /** LDR_lit_x (loads-stores.a64:253) */
    @Override
    default void LDR_lit_x(int imm19, int Rt) {
        loadLiteral(imm19, Rt, 8, false, true);
    }

    /** LDRSW_lit (loads-stores.a64:256) */
    @Override
    default void LDRSW_lit(int imm19, int Rt) {
        loadLiteral(imm19, Rt, 4, true, true);
    }

    /** PRFM_lit (loads-stores.a64:259) */
    @Override
    default void PRFM_lit(int imm19, int Rt) {
        // Prefetch memory: a hint without architectural effect (C6.2 PRFM); never aborts.
    }

    /** STNP_w (loads-stores.a64:268) */
    @Override
    default void STNP_w(int imm7, int Rt2, int Rn, int Rt) {
        storePair(Rn, Rt, Rt2, imm7 * 4L, OFFSET, 4);
    }

    /** LDNP_w (loads-stores.a64:271) */
    @Override
    default void LDNP_w(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 4L, OFFSET, 4, false, false);
    }

    /** STNP_x (loads-stores.a64:274) */
    @Override
    default void STNP_x(int imm7, int Rt2, int Rn, int Rt) {
        storePair(Rn, Rt, Rt2, imm7 * 8L, OFFSET, 8);
    }

    /** LDNP_x (loads-stores.a64:277) */
    @Override
    default void LDNP_x(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 8L, OFFSET, 8, false, true);
    }

    /** STP_post_w (loads-stores.a64:281) */
    @Override
    default void STP_post_w(int imm7, int Rt2, int Rn, int Rt) {
        storePair(Rn, Rt, Rt2, imm7 * 4L, POST, 4);
    }

    /** LDP_post_w (loads-stores.a64:284) */
    @Override
    default void LDP_post_w(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 4L, POST, 4, false, false);
    }

    /** LDPSW_post (loads-stores.a64:287) */
    @Override
    default void LDPSW_post(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 4L, POST, 4, true, true);
    }

    /** STP_post_x (loads-stores.a64:290) */
    @Override
    default void STP_post_x(int imm7, int Rt2, int Rn, int Rt) {
        storePair(Rn, Rt, Rt2, imm7 * 8L, POST, 8);
    }

    /** LDP_post_x (loads-stores.a64:293) */
    @Override
    default void LDP_post_x(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 8L, POST, 8, false, true);
    }

    /** STP_off_w (loads-stores.a64:297) */
    @Override
    default void STP_off_w(int imm7, int Rt2, int Rn, int Rt) {
        storePair(Rn, Rt, Rt2, imm7 * 4L, OFFSET, 4);
    }

    /** LDP_off_w (loads-stores.a64:300) */
    @Override
    default void LDP_off_w(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 4L, OFFSET, 4, false, false);
    }

    /** LDPSW_off (loads-stores.a64:303) */
    @Override
    default void LDPSW_off(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 4L, OFFSET, 4, true, true);
    }

    /** STP_off_x (loads-stores.a64:306) */
    @Override
    default void STP_off_x(int imm7, int Rt2, int Rn, int Rt) {
        storePair(Rn, Rt, Rt2, imm7 * 8L, OFFSET, 8);
    }

    /** LDP_off_x (loads-stores.a64:309) */
    @Override
    default void LDP_off_x(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 8L, OFFSET, 8, false, true);
    }

    /** STP_pre_w (loads-stores.a64:313) */
    @Override
    default void STP_pre_w(int imm7, int Rt2, int Rn, int Rt) {
        storePair(Rn, Rt, Rt2, imm7 * 4L, PRE, 4);
    }

    /** LDP_pre_w (loads-stores.a64:316) */
    @Override
    default void LDP_pre_w(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 4L, PRE, 4, false, false);
    }

    /** LDPSW_pre (loads-stores.a64:319) */
    @Override
    default void LDPSW_pre(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 4L, PRE, 4, true, true);
    }

    /** STP_pre_x (loads-stores.a64:322) */
    @Override
    default void STP_pre_x(int imm7, int Rt2, int Rn, int Rt) {
        storePair(Rn, Rt, Rt2, imm7 * 8L, PRE, 8);
    }

    /** LDP_pre_x (loads-stores.a64:325) */
    @Override
    default void LDP_pre_x(int imm7, int Rt2, int Rn, int Rt) {
        loadPair(Rn, Rt, Rt2, imm7 * 8L, PRE, 8, false, true);
    }

    /** STURB (loads-stores.a64:334) */
    @Override
    default void STURB(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, OFFSET, 1);
    }

    /** LDURB (loads-stores.a64:338) */
    @Override
    default void LDURB(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 1, false, false);
    }

    /** LDURSB_x (loads-stores.a64:342) */
    @Override
    default void LDURSB_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 1, true, true);
    }

    /** LDURSB_w (loads-stores.a64:346) */
    @Override
    default void LDURSB_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 1, true, false);
    }

    /** STURH (loads-stores.a64:350) */
    @Override
    default void STURH(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, OFFSET, 2);
    }

    /** LDURH (loads-stores.a64:354) */
    @Override
    default void LDURH(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 2, false, false);
    }

    /** LDURSH_x (loads-stores.a64:358) */
    @Override
    default void LDURSH_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 2, true, true);
    }

    /** LDURSH_w (loads-stores.a64:362) */
    @Override
    default void LDURSH_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 2, true, false);
    }

    /** STUR_w (loads-stores.a64:366) */
    @Override
    default void STUR_w(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, OFFSET, 4);
    }

    /** LDUR_w (loads-stores.a64:370) */
    @Override
    default void LDUR_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 4, false, false);
    }

    /** LDURSW (loads-stores.a64:374) */
    @Override
    default void LDURSW(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 4, true, true);
    }

    /** STUR_x (loads-stores.a64:378) */
    @Override
    default void STUR_x(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, OFFSET, 8);
    }

    /** LDUR_x (loads-stores.a64:382) */
    @Override
    default void LDUR_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 8, false, true);
    }

    /** PRFUM (loads-stores.a64:386) */
    @Override
    default void PRFUM(int imm9, int Rn, int Rt) {
        // Prefetch memory: a hint without architectural effect (C6.2 PRFM); never aborts.
    }

    /** STRB_post (loads-stores.a64:390) */
    @Override
    default void STRB_post(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, POST, 1);
    }

    /** LDRB_post (loads-stores.a64:394) */
    @Override
    default void LDRB_post(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 1, false, false);
    }

    /** LDRSB_post_x (loads-stores.a64:398) */
    @Override
    default void LDRSB_post_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 1, true, true);
    }

    /** LDRSB_post_w (loads-stores.a64:402) */
    @Override
    default void LDRSB_post_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 1, true, false);
    }

    /** STRH_post (loads-stores.a64:406) */
    @Override
    default void STRH_post(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, POST, 2);
    }

    /** LDRH_post (loads-stores.a64:410) */
    @Override
    default void LDRH_post(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 2, false, false);
    }

    /** LDRSH_post_x (loads-stores.a64:414) */
    @Override
    default void LDRSH_post_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 2, true, true);
    }

    /** LDRSH_post_w (loads-stores.a64:418) */
    @Override
    default void LDRSH_post_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 2, true, false);
    }

    /** STR_post_w (loads-stores.a64:422) */
    @Override
    default void STR_post_w(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, POST, 4);
    }

    /** LDR_post_w (loads-stores.a64:426) */
    @Override
    default void LDR_post_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 4, false, false);
    }

    /** LDRSW_post (loads-stores.a64:430) */
    @Override
    default void LDRSW_post(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 4, true, true);
    }

    /** STR_post_x (loads-stores.a64:434) */
    @Override
    default void STR_post_x(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, POST, 8);
    }

    /** LDR_post_x (loads-stores.a64:438) */
    @Override
    default void LDR_post_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, POST, 8, false, true);
    }

    /** STTRB (loads-stores.a64:442) */
    @Override
    default void STTRB(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, OFFSET, 1);
    }

    /** LDTRB (loads-stores.a64:446) */
    @Override
    default void LDTRB(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 1, false, false);
    }

    /** LDTRSB_x (loads-stores.a64:450) */
    @Override
    default void LDTRSB_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 1, true, true);
    }

    /** LDTRSB_w (loads-stores.a64:454) */
    @Override
    default void LDTRSB_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 1, true, false);
    }

    /** STTRH (loads-stores.a64:458) */
    @Override
    default void STTRH(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, OFFSET, 2);
    }

    /** LDTRH (loads-stores.a64:462) */
    @Override
    default void LDTRH(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 2, false, false);
    }

    /** LDTRSH_x (loads-stores.a64:466) */
    @Override
    default void LDTRSH_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 2, true, true);
    }

    /** LDTRSH_w (loads-stores.a64:470) */
    @Override
    default void LDTRSH_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 2, true, false);
    }

    /** STTR_w (loads-stores.a64:474) */
    @Override
    default void STTR_w(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, OFFSET, 4);
    }

    /** LDTR_w (loads-stores.a64:478) */
    @Override
    default void LDTR_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 4, false, false);
    }

    /** LDTRSW (loads-stores.a64:482) */
    @Override
    default void LDTRSW(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 4, true, true);
    }

    /** STTR_x (loads-stores.a64:486) */
    @Override
    default void STTR_x(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, OFFSET, 8);
    }

    /** LDTR_x (loads-stores.a64:490) */
    @Override
    default void LDTR_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, OFFSET, 8, false, true);
    }

    /** STRB_pre (loads-stores.a64:494) */
    @Override
    default void STRB_pre(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, PRE, 1);
    }

    /** LDRB_pre (loads-stores.a64:498) */
    @Override
    default void LDRB_pre(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 1, false, false);
    }

    /** LDRSB_pre_x (loads-stores.a64:502) */
    @Override
    default void LDRSB_pre_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 1, true, true);
    }

    /** LDRSB_pre_w (loads-stores.a64:506) */
    @Override
    default void LDRSB_pre_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 1, true, false);
    }

    /** STRH_pre (loads-stores.a64:510) */
    @Override
    default void STRH_pre(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, PRE, 2);
    }

    /** LDRH_pre (loads-stores.a64:514) */
    @Override
    default void LDRH_pre(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 2, false, false);
    }

    /** LDRSH_pre_x (loads-stores.a64:518) */
    @Override
    default void LDRSH_pre_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 2, true, true);
    }

    /** LDRSH_pre_w (loads-stores.a64:522) */
    @Override
    default void LDRSH_pre_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 2, true, false);
    }

    /** STR_pre_w (loads-stores.a64:526) */
    @Override
    default void STR_pre_w(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, PRE, 4);
    }

    /** LDR_pre_w (loads-stores.a64:530) */
    @Override
    default void LDR_pre_w(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 4, false, false);
    }

    /** LDRSW_pre (loads-stores.a64:534) */
    @Override
    default void LDRSW_pre(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 4, true, true);
    }

    /** STR_pre_x (loads-stores.a64:538) */
    @Override
    default void STR_pre_x(int imm9, int Rn, int Rt) {
        store(Rn, Rt, imm9, PRE, 8);
    }

    /** LDR_pre_x (loads-stores.a64:542) */
    @Override
    default void LDR_pre_x(int imm9, int Rn, int Rt) {
        load(Rn, Rt, imm9, PRE, 8, false, true);
    }

    /** STRB_uoff (loads-stores.a64:550) */
    @Override
    default void STRB_uoff(int imm12, int Rn, int Rt) {
        store(Rn, Rt, imm12, OFFSET, 1);
    }

    /** LDRB_uoff (loads-stores.a64:554) */
    @Override
    default void LDRB_uoff(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12, OFFSET, 1, false, false);
    }

    /** LDRSB_uoff_x (loads-stores.a64:558) */
    @Override
    default void LDRSB_uoff_x(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12, OFFSET, 1, true, true);
    }

    /** LDRSB_uoff_w (loads-stores.a64:562) */
    @Override
    default void LDRSB_uoff_w(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12, OFFSET, 1, true, false);
    }

    /** STRH_uoff (loads-stores.a64:566) */
    @Override
    default void STRH_uoff(int imm12, int Rn, int Rt) {
        store(Rn, Rt, imm12 * 2L, OFFSET, 2);
    }

    /** LDRH_uoff (loads-stores.a64:570) */
    @Override
    default void LDRH_uoff(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12 * 2L, OFFSET, 2, false, false);
    }

    /** LDRSH_uoff_x (loads-stores.a64:574) */
    @Override
    default void LDRSH_uoff_x(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12 * 2L, OFFSET, 2, true, true);
    }

    /** LDRSH_uoff_w (loads-stores.a64:578) */
    @Override
    default void LDRSH_uoff_w(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12 * 2L, OFFSET, 2, true, false);
    }

    /** STR_uoff_w (loads-stores.a64:582) */
    @Override
    default void STR_uoff_w(int imm12, int Rn, int Rt) {
        store(Rn, Rt, imm12 * 4L, OFFSET, 4);
    }

    /** LDR_uoff_w (loads-stores.a64:586) */
    @Override
    default void LDR_uoff_w(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12 * 4L, OFFSET, 4, false, false);
    }

    /** LDRSW_uoff (loads-stores.a64:590) */
    @Override
    default void LDRSW_uoff(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12 * 4L, OFFSET, 4, true, true);
    }

    /** STR_uoff_x (loads-stores.a64:594) */
    @Override
    default void STR_uoff_x(int imm12, int Rn, int Rt) {
        store(Rn, Rt, imm12 * 8L, OFFSET, 8);
    }

    /** LDR_uoff_x (loads-stores.a64:598) */
    @Override
    default void LDR_uoff_x(int imm12, int Rn, int Rt) {
        load(Rn, Rt, imm12 * 8L, OFFSET, 8, false, true);
    }

    /** PRFM_uoff (loads-stores.a64:602) */
    @Override
    default void PRFM_uoff(int imm12, int Rn, int Rt) {
        // Prefetch memory: a hint without architectural effect (C6.2 PRFM); never aborts.
    }

    /** STRB_reg (loads-stores.a64:612) */
    @Override
    default void STRB_reg(int Rm, int option, int S, int Rn, int Rt) {
        store(Rn, Rt, extendReg(cpu().x(Rm), option, 0), OFFSET, 1);
    }

    /** LDRB_reg (loads-stores.a64:616) */
    @Override
    default void LDRB_reg(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, 0), OFFSET, 1, false, false);
    }

    /** LDRSB_reg_x (loads-stores.a64:620) */
    @Override
    default void LDRSB_reg_x(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, 0), OFFSET, 1, true, true);
    }

    /** LDRSB_reg_w (loads-stores.a64:624) */
    @Override
    default void LDRSB_reg_w(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, 0), OFFSET, 1, true, false);
    }

    /** STRH_reg (loads-stores.a64:628) */
    @Override
    default void STRH_reg(int Rm, int option, int S, int Rn, int Rt) {
        store(Rn, Rt, extendReg(cpu().x(Rm), option, S), OFFSET, 2);
    }

    /** LDRH_reg (loads-stores.a64:632) */
    @Override
    default void LDRH_reg(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, S), OFFSET, 2, false, false);
    }

    /** LDRSH_reg_x (loads-stores.a64:636) */
    @Override
    default void LDRSH_reg_x(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, S), OFFSET, 2, true, true);
    }

    /** LDRSH_reg_w (loads-stores.a64:640) */
    @Override
    default void LDRSH_reg_w(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, S), OFFSET, 2, true, false);
    }

    /** STR_reg_w (loads-stores.a64:644) */
    @Override
    default void STR_reg_w(int Rm, int option, int S, int Rn, int Rt) {
        store(Rn, Rt, extendReg(cpu().x(Rm), option, S * 2), OFFSET, 4);
    }

    /** LDR_reg_w (loads-stores.a64:648) */
    @Override
    default void LDR_reg_w(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, S * 2), OFFSET, 4, false, false);
    }

    /** LDRSW_reg (loads-stores.a64:652) */
    @Override
    default void LDRSW_reg(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, S * 2), OFFSET, 4, true, true);
    }

    /** STR_reg_x (loads-stores.a64:656) */
    @Override
    default void STR_reg_x(int Rm, int option, int S, int Rn, int Rt) {
        store(Rn, Rt, extendReg(cpu().x(Rm), option, S * 3), OFFSET, 8);
    }

    /** LDR_reg_x (loads-stores.a64:660) */
    @Override
    default void LDR_reg_x(int Rm, int option, int S, int Rn, int Rt) {
        load(Rn, Rt, extendReg(cpu().x(Rm), option, S * 3), OFFSET, 8, false, true);
    }

    /** PRFM_reg (loads-stores.a64:664) */
    @Override
    default void PRFM_reg(int Rm, int option, int S, int Rn, int Rt) {
        // Prefetch memory: a hint without architectural effect (C6.2 PRFM); never aborts.
    }

    /** LDADDB (loads-stores.a64:674) */
    @Override
    default void LDADDB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(ADD, Rs, Rn, Rt, 1);
    }

    /** LDCLRB (loads-stores.a64:679) */
    @Override
    default void LDCLRB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(CLR, Rs, Rn, Rt, 1);
    }

    /** LDEORB (loads-stores.a64:684) */
    @Override
    default void LDEORB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(EOR, Rs, Rn, Rt, 1);
    }

    /** LDSETB (loads-stores.a64:689) */
    @Override
    default void LDSETB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SET, Rs, Rn, Rt, 1);
    }

    /** LDSMAXB (loads-stores.a64:694) */
    @Override
    default void LDSMAXB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SMAX, Rs, Rn, Rt, 1);
    }

    /** LDSMINB (loads-stores.a64:699) */
    @Override
    default void LDSMINB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SMIN, Rs, Rn, Rt, 1);
    }

    /** LDUMAXB (loads-stores.a64:704) */
    @Override
    default void LDUMAXB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(UMAX, Rs, Rn, Rt, 1);
    }

    /** LDUMINB (loads-stores.a64:709) */
    @Override
    default void LDUMINB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(UMIN, Rs, Rn, Rt, 1);
    }

    /** SWPB (loads-stores.a64:714) */
    @Override
    default void SWPB(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SWP, Rs, Rn, Rt, 1);
    }

    /** LDAPRB (loads-stores.a64:718) */
    @Override
    default void LDAPRB(int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 1, false, false);
    }

    /** LDADDH (loads-stores.a64:723) */
    @Override
    default void LDADDH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(ADD, Rs, Rn, Rt, 2);
    }

    /** LDCLRH (loads-stores.a64:728) */
    @Override
    default void LDCLRH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(CLR, Rs, Rn, Rt, 2);
    }

    /** LDEORH (loads-stores.a64:733) */
    @Override
    default void LDEORH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(EOR, Rs, Rn, Rt, 2);
    }

    /** LDSETH (loads-stores.a64:738) */
    @Override
    default void LDSETH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SET, Rs, Rn, Rt, 2);
    }

    /** LDSMAXH (loads-stores.a64:743) */
    @Override
    default void LDSMAXH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SMAX, Rs, Rn, Rt, 2);
    }

    /** LDSMINH (loads-stores.a64:748) */
    @Override
    default void LDSMINH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SMIN, Rs, Rn, Rt, 2);
    }

    /** LDUMAXH (loads-stores.a64:753) */
    @Override
    default void LDUMAXH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(UMAX, Rs, Rn, Rt, 2);
    }

    /** LDUMINH (loads-stores.a64:758) */
    @Override
    default void LDUMINH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(UMIN, Rs, Rn, Rt, 2);
    }

    /** SWPH (loads-stores.a64:763) */
    @Override
    default void SWPH(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SWP, Rs, Rn, Rt, 2);
    }

    /** LDAPRH (loads-stores.a64:767) */
    @Override
    default void LDAPRH(int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 2, false, false);
    }

    /** LDADD_w (loads-stores.a64:772) */
    @Override
    default void LDADD_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(ADD, Rs, Rn, Rt, 4);
    }

    /** LDCLR_w (loads-stores.a64:777) */
    @Override
    default void LDCLR_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(CLR, Rs, Rn, Rt, 4);
    }

    /** LDEOR_w (loads-stores.a64:782) */
    @Override
    default void LDEOR_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(EOR, Rs, Rn, Rt, 4);
    }

    /** LDSET_w (loads-stores.a64:787) */
    @Override
    default void LDSET_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SET, Rs, Rn, Rt, 4);
    }

    /** LDSMAX_w (loads-stores.a64:792) */
    @Override
    default void LDSMAX_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SMAX, Rs, Rn, Rt, 4);
    }

    /** LDSMIN_w (loads-stores.a64:797) */
    @Override
    default void LDSMIN_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SMIN, Rs, Rn, Rt, 4);
    }

    /** LDUMAX_w (loads-stores.a64:802) */
    @Override
    default void LDUMAX_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(UMAX, Rs, Rn, Rt, 4);
    }

    /** LDUMIN_w (loads-stores.a64:807) */
    @Override
    default void LDUMIN_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(UMIN, Rs, Rn, Rt, 4);
    }

    /** SWP_w (loads-stores.a64:812) */
    @Override
    default void SWP_w(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SWP, Rs, Rn, Rt, 4);
    }

    /** LDAPR_w (loads-stores.a64:816) */
    @Override
    default void LDAPR_w(int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 4, false, false);
    }

    /** LDADD_x (loads-stores.a64:821) */
    @Override
    default void LDADD_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(ADD, Rs, Rn, Rt, 8);
    }

    /** LDCLR_x (loads-stores.a64:826) */
    @Override
    default void LDCLR_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(CLR, Rs, Rn, Rt, 8);
    }

    /** LDEOR_x (loads-stores.a64:831) */
    @Override
    default void LDEOR_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(EOR, Rs, Rn, Rt, 8);
    }

    /** LDSET_x (loads-stores.a64:836) */
    @Override
    default void LDSET_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SET, Rs, Rn, Rt, 8);
    }

    /** LDSMAX_x (loads-stores.a64:841) */
    @Override
    default void LDSMAX_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SMAX, Rs, Rn, Rt, 8);
    }

    /** LDSMIN_x (loads-stores.a64:846) */
    @Override
    default void LDSMIN_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SMIN, Rs, Rn, Rt, 8);
    }

    /** LDUMAX_x (loads-stores.a64:851) */
    @Override
    default void LDUMAX_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(UMAX, Rs, Rn, Rt, 8);
    }

    /** LDUMIN_x (loads-stores.a64:856) */
    @Override
    default void LDUMIN_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(UMIN, Rs, Rn, Rt, 8);
    }

    /** SWP_x (loads-stores.a64:861) */
    @Override
    default void SWP_x(int A, int R, int Rs, int Rn, int Rt) {
        atomic(SWP, Rs, Rn, Rt, 8);
    }

    /** LDAPR_x (loads-stores.a64:865) */
    @Override
    default void LDAPR_x(int Rn, int Rt) {
        loadOrdered(Rn, 0, Rt, 8, false, true);
    }

    /** LDRAA_off (loads-stores.a64:876) */
    @Override
    default void LDRAA_off(int S, int imm9, int Rn, int Rt) {
        throw undefined("LDRAA needs FEAT_PAuth, which this PE does not implement");
    }

    /** LDRAA_pre (loads-stores.a64:879) */
    @Override
    default void LDRAA_pre(int S, int imm9, int Rn, int Rt) {
        throw undefined("LDRAA needs FEAT_PAuth, which this PE does not implement");
    }

    /** LDRAB_off (loads-stores.a64:882) */
    @Override
    default void LDRAB_off(int S, int imm9, int Rn, int Rt) {
        throw undefined("LDRAB needs FEAT_PAuth, which this PE does not implement");
    }

    /** LDRAB_pre (loads-stores.a64:885) */
    @Override
    default void LDRAB_pre(int S, int imm9, int Rn, int Rt) {
        throw undefined("LDRAB needs FEAT_PAuth, which this PE does not implement");
    }
}
