package org.a64wb.isa.access;

/**
 * Executes loads and stores from their {@link AccessOp} over a {@link RegisterPort} and a
 * {@link MemoryPort}: the one implementation of A64 load/store semantics (Arm ARM C6.2 and C7.2), run by
 * the emulator (CPU and RAM) and by the ISV=0 data-abort handler (lazy vCPU registers, RAM and MMIO bus).
 *
 * <p>Rules shared by every form:
 * <ul>
 * <li>Base register 31 is SP; transfer and offset register 31 is ZR (a load to it is discarded, a store of it stores 0).
 * <li>All memory accesses complete before any register is written, and the base is written back last,
 * so a fault raised by the memory port leaves the registers unchanged (a store whose second element
 * faults may have written the first: memory order is architectural order). A port that records an abort
 * instead of throwing ({@link MemoryPort#aborted}) gets the same: the executor returns at once.
 * <li>W-register results zero bits 63:32 of the X register; SIMD&FP scalar loads zero the rest of V[t];
 * LD1..LD4 (multiple) and LD1R..LD4R write V[t] at datasize (a 64-bit form zeroes bits 127:64); a lane
 * load keeps the other lanes.
 * <li>Exclusives, atomics and acquire/release forms must be aligned to their total size
 * ({@link MemoryPort#alignmentFault}); the others are not checked (SCTLR.A = 0, SA = 0).
 * <li>Ordering (acquire, release, RCpc, non-temporal) and unprivileged (LDTR/STTR) forms access memory
 * like the plain forms: ordering is the port's business, and no translation regime differs here.
 * </ul>
 *
 * <p>CONSTRAINED UNPREDICTABLE choices (Arm ARM appendix "Architectural Constraints on UNPREDICTABLE
 * behaviors"), chosen to match qemu so that traces compare:
 * <ul>
 * <li>Load with writeback and Rt == Rn (Rn != 31), single or pair: the register ends up holding the new base.
 * <li>Store with writeback and Rt == Rn: the value stored is the original register.
 * <li>LDP/LDNP/LDPSW/LDXP/LDAXP with Rt == Rt2: the first element remains; SIMD&FP LDP with Rt == Rt2: the second.
 * <li>Store-exclusive with Rs == Rt or Rs == Rn: the original Rt and Rn are used.
 * <li>Post-index of a structure access by Rm = 31 is the immediate form (the spec gives its amount).
 * </ul>
 *
 * <p>The general-purpose forms and whole SIMD&FP registers have straight-line paths (they are the hot ones: a
 * JIT that holds the {@link AccessOp} as a constant folds everything but the accesses); LD1..LD4/ST1..ST4 run
 * element by element from {@link Elements}. The paths are public so that a code generator that knows the
 * shape calls the path directly ({@link #path}): small methods that the JVM's JIT inlines where one big switch
 * would not be.
 */
public final class LoadStoreExecutor {

    private LoadStoreExecutor() {
    }

    /** Executes {@code op}. */
    public static void execute(AccessOp op, RegisterPort regs, MemoryPort memory) {
        switch (op.shape()) {
            case AccessOp.LOAD -> load(op, regs, memory);
            case AccessOp.STORE -> store(op, regs, memory);
            case AccessOp.LOAD_PAIR -> loadPair(op, regs, memory);
            case AccessOp.STORE_PAIR -> storePair(op, regs, memory);
            case AccessOp.LOAD_EXCLUSIVE -> loadExclusive(op, regs, memory);
            case AccessOp.STORE_EXCLUSIVE -> storeExclusive(op, regs, memory);
            case AccessOp.ATOMIC -> atomic(op, regs, memory);
            case AccessOp.CAS -> compareAndSwap(op, regs, memory);
            case AccessOp.CASP -> compareAndSwapPair(op, regs, memory);
            case AccessOp.ELEMENTS -> elements(op, regs, memory);
            case AccessOp.SIMD_FP_LOAD -> loadSimdFp(op, regs, memory);
            case AccessOp.SIMD_FP_STORE -> storeSimdFp(op, regs, memory);
            default -> { } // PRFM/PRFUM: a hint without architectural effect (C6.2 PRFM); never aborts
        }
    }

    /** The public path (a static method taking AccessOp, RegisterPort, MemoryPort) that {@link #execute} takes for a shape, null for none. */
    public static String path(int shape) {
        return switch (shape) {
            case AccessOp.LOAD -> "load";
            case AccessOp.STORE -> "store";
            case AccessOp.LOAD_PAIR -> "loadPair";
            case AccessOp.STORE_PAIR -> "storePair";
            case AccessOp.LOAD_EXCLUSIVE -> "loadExclusive";
            case AccessOp.STORE_EXCLUSIVE -> "storeExclusive";
            case AccessOp.ATOMIC -> "atomic";
            case AccessOp.CAS -> "compareAndSwap";
            case AccessOp.CASP -> "compareAndSwapPair";
            case AccessOp.ELEMENTS -> "elements";
            case AccessOp.SIMD_FP_LOAD -> "loadSimdFp";
            case AccessOp.SIMD_FP_STORE -> "storeSimdFp";
            default -> null;
        };
    }

    // ---------------------------------------------------------------- addressing

    static long base(AccessOp op, RegisterPort regs) {
        int n = op.base();
        return n < 0 ? regs.pc() : n == 31 ? regs.sp() : regs.x(n);
    }

    static long address(AccessOp op, RegisterPort regs, long base) {
        return switch (op.offset()) {
            case AccessOp.OFFSET_IMMEDIATE, AccessOp.OFFSET_LITERAL -> base + op.imm();
            case AccessOp.OFFSET_REGISTER -> base + extendReg(regs.x(op.rm()), op.extend(), op.shift());
            default -> base;
        };
    }

    /** Pre-index: the address; post-index: base + the immediate, or + Xm (structure forms' register post-index). */
    static long newBase(AccessOp op, RegisterPort regs, long base, long address) {
        if (op.writeback() == AccessOp.PRE) {
            return address;
        }
        return base + (op.offset() == AccessOp.OFFSET_NONE && op.rm() >= 0 ? regs.x(op.rm()) : op.offset() == AccessOp.OFFSET_NONE ? op.imm() : 0);
    }

    private static void writeBack(AccessOp op, RegisterPort regs, long base, long address) {
        if (op.writeback() != AccessOp.NO_WRITEBACK) {
            setBase(op, regs, newBase(op, regs, base, address));
        }
    }

    private static void setBase(AccessOp op, RegisterPort regs, long value) {
        if (op.base() == 31) {
            regs.setSp(value);
        } else {
            regs.setX(op.base(), value);
        }
    }

    /** ExtendReg(m, option, shift) (Arm ARM shared/functions/registers/ExtendReg): 2 UXTW, 3 LSL/UXTX, 6 SXTW, 7 SXTX. */
    public static long extendReg(long value, int option, int shift) {
        long extended = switch (option) {
            case 2 -> value & 0xffffffffL;
            case 6 -> (long) (int) value;
            default -> value;
        };
        return extended << shift;
    }

    private static void checkAlignment(MemoryPort memory, long address, int size) {
        if ((address & (size - 1)) != 0) {
            memory.alignmentFault(address, size);
        }
    }

    static long mask(int size) {
        return size == 8 ? -1L : (1L << 8 * size) - 1;
    }

    static long signExtend(long value, int size) {
        int shift = 64 - 8 * size;
        return value << shift >> shift;
    }

    /** The register value of a loaded (zero-extended) element: sign-extended when signed, W forms zero bits 63:32. */
    private static long result(AccessOp op, long data) {
        long value = op.signed() ? signExtend(data, op.size()) : data;
        return op.w32() ? value & 0xffffffffL : value;
    }

    // ---------------------------------------------------------------- general-purpose registers

    public static void load(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long base = base(op, regs);
        long address = address(op, regs, base);
        if (op.aligned()) {
            checkAlignment(memory, address, op.size());
        }
        long data = memory.read(address, op.size());
        if (memory.aborted()) {
            return;
        }
        regs.setX(op.rt(), result(op, data));
        // After Rt: with Rt == Rn the written-back address wins.
        writeBack(op, regs, base, address);
    }

    public static void store(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long base = base(op, regs);
        long address = address(op, regs, base);
        if (op.aligned()) {
            checkAlignment(memory, address, op.size());
        }
        memory.write(address, op.size(), regs.x(op.rt()));
        if (memory.aborted()) {
            return;
        }
        writeBack(op, regs, base, address);
    }

    public static void loadPair(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long base = base(op, regs);
        long address = address(op, regs, base);
        int size = op.size();
        long first = memory.read(address, size);
        if (memory.aborted()) {
            return;
        }
        long second = memory.read(address + size, size);
        if (memory.aborted()) {
            return;
        }
        // Rt2 before Rt: with Rt == Rt2 the first element wins.
        regs.setX(op.rt2(), result(op, second));
        regs.setX(op.rt(), result(op, first));
        writeBack(op, regs, base, address);
    }

    public static void storePair(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long base = base(op, regs);
        long address = address(op, regs, base);
        int size = op.size();
        long first = regs.x(op.rt());
        long second = regs.x(op.rt2());
        memory.write(address, size, first);
        if (memory.aborted()) {
            return;
        }
        memory.write(address + size, size, second);
        if (memory.aborted()) {
            return;
        }
        writeBack(op, regs, base, address);
    }

    // ---------------------------------------------------------------- exclusives

    /**
     * LDXR/LDAXR/LDXP/LDAXP (C6.2 LDXR, LDXP): aligned to the total size; a pair of 32-bit elements is one
     * 64-bit access (Rt the low word), a pair of 64-bit elements two in address order. The monitor is armed
     * only once the load succeeded, so an aborted load-exclusive can simply be restarted.
     */
    public static void loadExclusive(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long address = base(op, regs);
        int size = op.size();
        if (op.rt2() < 0) {
            checkAlignment(memory, address, size);
            long data = memory.read(address, size);
            if (memory.aborted()) {
                return;
            }
            memory.markExclusive(address, size, data, 0);
            regs.setX(op.rt(), data);
            return;
        }
        checkAlignment(memory, address, 2 * size);
        long first;
        long second;
        if (size == 4) {
            long data = memory.read(address, 8);
            first = data & 0xffffffffL;
            second = data >>> 32;
        } else {
            first = memory.read(address, 8);
            if (memory.aborted()) {
                return;
            }
            second = memory.read(address + 8, 8);
        }
        if (memory.aborted()) {
            return;
        }
        memory.markExclusive(address, 2 * size, size == 4 ? first | second << 32 : first, second);
        regs.setX(op.rt2(), second);
        regs.setX(op.rt(), first);
    }

    /**
     * STXR/STLXR/STXP/STLXP (C6.2 STXR): the alignment check comes first and faults whatever the monitor
     * state (AArch64.ExclusiveMonitorsPass); stores and writes status 0 to W[Rs] when the monitor passes,
     * else writes 1 and stores nothing. The local monitor then returns to Open Access (after the store,
     * so an aborted one is restartable). The store is a compare-and-exchange against what the
     * load-exclusive read: another thread's store of a different value in between fails it, which is
     * the global monitor as QEMU models it for threads that share RAM.
     */
    public static void storeExclusive(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long address = base(op, regs);
        int size = op.size();
        boolean pair = op.rt2() >= 0;
        int total = pair ? 2 * size : size;
        long first = regs.x(op.rt());
        long second = pair ? regs.x(op.rt2()) : 0;
        checkAlignment(memory, address, total);
        int status = 1;
        if (memory.exclusivePass(address, total)) {
            long expected = memory.exclusiveValue(false);
            if (!pair) {
                status = memory.compareAndExchange(address, size, expected, first) == expected ? 0 : 1;
            } else if (size == 4) {
                status = memory.compareAndExchange(address, 8, expected, (first & 0xffffffffL) | second << 32) == expected ? 0 : 1;
            } else {
                long expected2 = memory.exclusiveValue(true);
                synchronized (MemoryPort.class) {
                    // No 128-bit compare-and-exchange on the host: 16-byte exclusives serialise here.
                    long found = memory.read(address, 8);
                    long found2 = memory.aborted() ? 0 : memory.read(address + 8, 8);
                    if (memory.aborted()) {
                        return;
                    }
                    if (found == expected && found2 == expected2) {
                        memory.write(address, 8, first);
                        if (memory.aborted()) {
                            return;
                        }
                        memory.write(address + 8, 8, second);
                        if (memory.aborted()) {
                            return;
                        }
                        status = 0;
                    }
                }
            }
        }
        if (memory.aborted()) {
            return;
        }
        memory.clearExclusive();
        regs.setX(op.rs(), status);
    }

    // ---------------------------------------------------------------- FEAT_LSE atomics

    /**
     * LD&lt;op&gt;, ST&lt;op&gt; and SWP (C6.2 LDADD ... SWP): an aligned read-modify-write; Rt receives the
     * old value zero-extended, Rt = 31 discards it.
     */
    public static void atomic(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long address = base(op, regs);
        int size = op.size();
        checkAlignment(memory, address, size);
        long value = regs.x(op.rs()) & mask(size);
        long data;
        do {
            data = memory.read(address, size);
            if (memory.aborted()) {
                return;
            }
        } while (memory.compareAndExchange(address, size, data, atomicResult(op.atomic(), data, value, size) & mask(size)) != data
                && !memory.aborted());
        if (memory.aborted()) {
            return;
        }
        regs.setX(op.rt(), data);
    }

    /** The LD&lt;op&gt;/SWP result to store, given the old memory value and Rs, both zero-extended to size. */
    static long atomicResult(int op, long data, long value, int size) {
        return switch (op) {
            case AccessOp.ADD -> data + value;
            case AccessOp.CLR -> data & ~value;
            case AccessOp.EOR -> data ^ value;
            case AccessOp.SET -> data | value;
            case AccessOp.SMAX -> signExtend(data, size) > signExtend(value, size) ? data : value;
            case AccessOp.SMIN -> signExtend(data, size) > signExtend(value, size) ? value : data;
            case AccessOp.UMAX -> Long.compareUnsigned(data, value) > 0 ? data : value;
            case AccessOp.UMIN -> Long.compareUnsigned(data, value) > 0 ? value : data;
            default -> value;
        };
    }

    /** CAS (C6.2 CAS): stores Rt only when memory equals Rs (no write otherwise); Rs always gets the old value. */
    public static void compareAndSwap(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long address = base(op, regs);
        int size = op.size();
        checkAlignment(memory, address, size);
        long compare = regs.x(op.rs()) & mask(size);
        long replacement = regs.x(op.rt()) & mask(size);
        long data = memory.compareAndExchange(address, size, compare, replacement);
        if (memory.aborted()) {
            return;
        }
        regs.setX(op.rs(), data);
    }

    /**
     * CASP (C6.2 CASP): the pairs &lt;Rs, Rs+1&gt; and &lt;Rt, Rt+1&gt; against one access of twice the element
     * size, aligned to it; the first register of each pair holds the lower-addressed element.
     */
    public static void compareAndSwapPair(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long address = base(op, regs);
        int rs = op.rs();
        int rt = op.rt();
        if (op.size() == 8) {
            checkAlignment(memory, address, 16);
            long compare0 = regs.x(rs);
            long compare1 = regs.x(rs + 1);
            long new0 = regs.x(rt);
            long new1 = regs.x(rt + 1);
            long data0;
            long data1;
            synchronized (MemoryPort.class) {
                data0 = memory.read(address, 8);
                data1 = memory.aborted() ? 0 : memory.read(address + 8, 8);
                if (memory.aborted()) {
                    return;
                }
                if (data0 == compare0 && data1 == compare1) {
                    memory.write(address, 8, new0);
                    if (!memory.aborted()) {
                        memory.write(address + 8, 8, new1);
                    }
                }
            }
            if (memory.aborted()) {
                return;
            }
            regs.setX(rs, data0);
            regs.setX(rs + 1, data1);
        } else {
            checkAlignment(memory, address, 8);
            long compare = (regs.x(rs) & 0xffffffffL) | regs.x(rs + 1) << 32;
            long replacement = (regs.x(rt) & 0xffffffffL) | regs.x(rt + 1) << 32;
            long data = memory.compareAndExchange(address, 8, compare, replacement);
            if (memory.aborted()) {
                return;
            }
            regs.setX(rs, data & 0xffffffffL);
            regs.setX(rs + 1, data >>> 32);
        }
    }

    // ---------------------------------------------------------------- SIMD&FP registers, whole

    /**
     * SIMD&FP LDR/LDUR/LDP/LDNP and literal (C7.2 LDR (immediate, SIMD&FP), LDP (SIMD&FP)): V[t] =
     * ZeroExtend(data). Every element is read, in address order, before a register is written, so with
     * Rt == Rt2 the second remains. A Q register is two 64-bit accesses, low doubleword first (B2.2.1).
     * Straight-line (no {@link Elements}): these are the SIMD&FP accesses compiled code runs most.
     */
    public static void loadSimdFp(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long base = base(op, regs);
        long address = address(op, regs, base);
        int size = op.size();
        boolean pair = op.rt2() >= 0;
        long low;
        long high = 0;
        long low2 = 0;
        long high2 = 0;
        if (size == 16) {
            low = memory.read(address, 8);
            high = memory.aborted() ? 0 : memory.read(address + 8, 8);
            if (pair && !memory.aborted()) {
                low2 = memory.read(address + 16, 8);
                high2 = memory.aborted() ? 0 : memory.read(address + 24, 8);
            }
        } else {
            low = memory.read(address, size);
            if (pair && !memory.aborted()) {
                low2 = memory.read(address + size, size);
            }
        }
        if (memory.aborted()) {
            return;
        }
        regs.setV(op.rt(), low, high);
        if (pair) {
            regs.setV(op.rt2(), low2, high2);
        }
        writeBack(op, regs, base, address);
    }

    /** SIMD&FP STR/STUR/STP/STNP: the low size bytes of V[t] (then of V[t2]), in address order. */
    public static void storeSimdFp(AccessOp op, RegisterPort regs, MemoryPort memory) {
        long base = base(op, regs);
        long address = address(op, regs, base);
        int size = op.size();
        storeSimdFpRegister(memory, address, size, regs, op.rt());
        if (op.rt2() >= 0 && !memory.aborted()) {
            storeSimdFpRegister(memory, address + size, size, regs, op.rt2());
        }
        if (memory.aborted()) {
            return;
        }
        writeBack(op, regs, base, address);
    }

    private static void storeSimdFpRegister(MemoryPort memory, long address, int size, RegisterPort regs, int t) {
        if (size == 16) {
            memory.write(address, 8, regs.vLow(t));
            if (!memory.aborted()) {
                memory.write(address + 8, 8, regs.vHigh(t));
            }
        } else {
            memory.write(address, size, regs.vLow(t) & mask(size));
        }
    }

    // ---------------------------------------------------------------- SIMD&FP structures, element by element

    public static void elements(AccessOp op, RegisterPort regs, MemoryPort memory) {
        Elements plan = Elements.of(op, regs);
        int n = plan.count;
        if (op.access().direction() == org.a64wb.isa.api.MemoryAccess.Direction.STORE) {
            for (int i = 0; i < n; i++) {
                int bit = plan.bits[i];
                int r = plan.registers[i];
                long word = bit >= 64 ? regs.vHigh(r) : regs.vLow(r);
                memory.write(plan.addresses[i], plan.sizes[i], word >>> (bit & 63) & mask(plan.sizes[i]));
                if (memory.aborted()) {
                    return;
                }
            }
        } else {
            long[] data = new long[n];
            for (int i = 0; i < n; i++) {
                data[i] = memory.read(plan.addresses[i], plan.sizes[i]) & mask(plan.sizes[i]);
                if (memory.aborted()) {
                    return;
                }
            }
            loadVector(op, plan, data, regs);
        }
        if (plan.writeback) {
            setBase(op, regs, plan.newBase);
        }
    }

    private static void loadVector(AccessOp op, Elements plan, long[] data, RegisterPort regs) {
        int[] list = op.registers();
        long[] lo = new long[list.length];
        long[] hi = new long[list.length];
        boolean lane = op.access().lane() >= 0;
        if (lane) {
            // A single-lane load keeps the other lanes (V[t] is read and written at 128 bits).
            for (int k = 0; k < list.length; k++) {
                lo[k] = regs.vLow(list[k]);
                hi[k] = regs.vHigh(list[k]);
            }
        }
        for (int i = 0; i < plan.count; i++) {
            int k = indexOf(list, plan.registers[i]);
            int size = plan.sizes[i];
            long v = data[i];
            if (plan.bits[i] == Elements.REPLICATE) {
                long pattern = switch (size) {
                    case 1 -> v * 0x0101010101010101L;
                    case 2 -> v * 0x0001000100010001L;
                    case 4 -> v | v << 32;
                    default -> v;
                };
                lo[k] = pattern;
                hi[k] = op.access().vectorBytes() == 16 ? pattern : 0;
                continue;
            }
            int bit = plan.bits[i];
            int shift = bit & 63;
            long fieldMask = mask(size) << shift;
            if (bit >= 64) {
                hi[k] = hi[k] & ~fieldMask | v << shift;
            } else {
                lo[k] = lo[k] & ~fieldMask | v << shift;
            }
        }
        for (int k = 0; k < list.length; k++) {
            // Multiple structures write V[t] at datasize, so a 64-bit form zeroes bits 127:64 (hi stays 0).
            regs.setV(list[k], lo[k], hi[k]);
        }
    }

    private static int indexOf(int[] regs, int r) {
        for (int k = 0; k < regs.length; k++) {
            if (regs[k] == r) {
                return k;
            }
        }
        throw new IllegalStateException("v" + r + " is not a transfer register");
    }
}
