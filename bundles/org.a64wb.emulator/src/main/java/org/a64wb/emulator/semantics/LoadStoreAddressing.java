package org.a64wb.emulator.semantics;

import org.a64wb.emulator.memory.Memory;

/**
 * Pure helpers of the general-purpose loads and stores: sized little-endian accesses, sign
 * extension and the register-offset ExtendReg() of the Arm ARM. Static and allocation-free so the
 * JIT inlines them into the per-encoding default methods of {@link LoadsStoresExecution}.
 */
final class LoadStoreAddressing {

    /** Addressing modes of the single-register and pair forms. */
    static final int OFFSET = 0;
    /** Pre-index and post-index both write back base + offset; they differ in the access address. */
    static final int PRE = 1;
    static final int POST = 2;

    /** LD&lt;op&gt; / SWP operations (Arm ARM C6.2 LDADD ... SWP, MemAtomicOp). */
    static final int ADD = 0;
    static final int CLR = 1;
    static final int EOR = 2;
    static final int SET = 3;
    static final int SMAX = 4;
    static final int SMIN = 5;
    static final int UMAX = 6;
    static final int UMIN = 7;
    static final int SWP = 8;

    private LoadStoreAddressing() {
    }

    /** Reads {@code size} (1, 2, 4, 8) bytes, zero-extended. */
    static long read(Memory memory, long address, int size) {
        switch (size) {
            case 1:
                return memory.read8(address) & 0xffL;
            case 2:
                return memory.read16(address) & 0xffffL;
            case 4:
                return memory.read32(address) & 0xffffffffL;
            default:
                return memory.read64(address);
        }
    }

    /** Writes the low {@code size} (1, 2, 4, 8) bytes of {@code value}. */
    static void write(Memory memory, long address, int size, long value) {
        switch (size) {
            case 1:
                memory.write8(address, (byte) value);
                break;
            case 2:
                memory.write16(address, (short) value);
                break;
            case 4:
                memory.write32(address, (int) value);
                break;
            default:
                memory.write64(address, value);
                break;
        }
    }

    /** SignExtend(value<8*size-1:0>, 64). */
    static long signExtend(long value, int size) {
        int shift = 64 - 8 * size;
        return value << shift >> shift;
    }

    /** value<8*size-1:0>, zero-extended. */
    static long truncate(long value, int size) {
        return size == 8 ? value : value & ((1L << (8 * size)) - 1);
    }

    /**
     * ExtendReg(m, option, shift) of the Arm ARM (shared/functions/extendreg): option 010 UXTW,
     * 011 LSL (UXTX), 110 SXTW, 111 SXTX; the decoder has already rejected option&lt;1&gt; == 0.
     */
    static long extendReg(long value, int option, int shift) {
        long extended = switch (option) {
            case 2 -> value & 0xffffffffL;
            case 6 -> (long) (int) value;
            default -> value;
        };
        return extended << shift;
    }

    /** The LD&lt;op&gt;/SWP result to store, given the old memory value and Rs, both zero-extended to size. */
    static long atomicResult(int op, long data, long value, int size) {
        switch (op) {
            case ADD:
                return data + value;
            case CLR:
                return data & ~value;
            case EOR:
                return data ^ value;
            case SET:
                return data | value;
            case SMAX:
                return signExtend(data, size) > signExtend(value, size) ? data : value;
            case SMIN:
                return signExtend(data, size) > signExtend(value, size) ? value : data;
            case UMAX:
                return Long.compareUnsigned(data, value) > 0 ? data : value;
            case UMIN:
                return Long.compareUnsigned(data, value) > 0 ? value : data;
            default:
                return value;
        }
    }
}
