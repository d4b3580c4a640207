package org.a64wb.emulator.semantics;

/**
 * Integer ALU helpers shared by the data-processing semantics: AddWithCarry with its NZCV, logical
 * operations, shifts and extends, and CRC32 (the spec decodes bitmask immediates and bitfield
 * masks). Everything is a static method on primitives so the JIT inlines it; NZCV values are in PSTATE layout (bits 31..28), as
 * {@code Cpu.nzcv} holds them.
 */
final class Alu {

    static final int N = 0x80000000;
    static final int Z = 0x40000000;
    static final int C = 0x20000000;
    static final int V = 0x10000000;

    /** CRC-32 (polynomial 0x04C11DB7) and CRC-32C (0x1EDC6F41) byte tables, bit-reflected. */
    private static final int[] CRC32_TABLE = crcTable(0xEDB88320);
    private static final int[] CRC32C_TABLE = crcTable(0x82F63B78);

    private Alu() {
    }

    // ---- AddWithCarry (Arm ARM shared/functions/integer/AddWithCarry) ----

    /** NZCV of AddWithCarry(x, y, carryIn) on 64 bits, given the already computed {@code sum}. */
    static int addFlags64(long x, long y, long sum) {
        int flags = (int) (sum >>> 32) & N;
        if (sum == 0) {
            flags |= Z;
        }
        // Carry out of bit 63: (x AND y) OR ((x OR y) AND NOT sum), valid with any carry in.
        if (((x & y) | ((x | y) & ~sum)) < 0) {
            flags |= C;
        }
        // Signed overflow: both operands have the same sign and the sum has the other one.
        if (((x ^ sum) & (y ^ sum)) < 0) {
            flags |= V;
        }
        return flags;
    }

    /** NZCV of AddWithCarry(x, y, carryIn) on 32 bits, given the already computed {@code sum}. */
    static int addFlags32(int x, int y, int sum) {
        int flags = sum & N;
        if (sum == 0) {
            flags |= Z;
        }
        if (((x & y) | ((x | y) & ~sum)) < 0) {
            flags |= C;
        }
        if (((x ^ sum) & (y ^ sum)) < 0) {
            flags |= V;
        }
        return flags;
    }

    /** NZCV of a logical result (ANDS, BICS): N and Z from the result, C = V = 0. */
    static int logicFlags64(long result) {
        return (int) (result >>> 32) & N | (result == 0 ? Z : 0);
    }

    static int logicFlags32(int result) {
        return result & N | (result == 0 ? Z : 0);
    }

    // ---- Shifts and extends ----

    /** ShiftReg() of the Arm ARM: shift 0 LSL, 1 LSR, 2 ASR, 3 ROR; amount below 64. */
    static long shift64(long value, int shift, int amount) {
        switch (shift) {
            case 0:
                return value << amount;
            case 1:
                return value >>> amount;
            case 2:
                return value >> amount;
            default:
                return Long.rotateRight(value, amount);
        }
    }

    /** ShiftReg() on 32 bits; amount below 32. */
    static int shift32(int value, int shift, int amount) {
        switch (shift) {
            case 0:
                return value << amount;
            case 1:
                return value >>> amount;
            case 2:
                return value >> amount;
            default:
                return Integer.rotateRight(value, amount);
        }
    }

    /**
     * ExtendReg() of the Arm ARM: option 0..3 UXTB/UXTH/UXTW/UXTX, 4..7 SXTB/SXTH/SXTW/SXTX, then
     * a left shift by {@code amount} (0..4). A W form uses the low word of the result.
     */
    static long extend(long value, int option, int amount) {
        long extended;
        switch (option) {
            case 0:
                extended = value & 0xffL;
                break;
            case 1:
                extended = value & 0xffffL;
                break;
            case 2:
                extended = value & 0xffffffffL;
                break;
            case 4:
                extended = (byte) value;
                break;
            case 5:
                extended = (short) value;
                break;
            case 6:
                extended = (int) value;
                break;
            default:
                extended = value;
                break;
        }
        return extended << amount;
    }

    // ---- Logical operations ----

    /** LogicalOp of the Arm ARM: 0 AND, 1 ORR, 2 EOR. */
    static long logical64(int op, long x, long y) {
        switch (op) {
            case 1:
                return x | y;
            case 2:
                return x ^ y;
            default:
                return x & y;
        }
    }

    /** LogicalOp on 32 bits: 0 AND, 1 ORR, 2 EOR. */
    static int logical32(int op, int x, int y) {
        switch (op) {
            case 1:
                return x | y;
            case 2:
                return x ^ y;
            default:
                return x & y;
        }
    }

    // ---- CRC32 (Arm ARM C6.2 CRC32B ..., CRC32CB ...) ----

    /**
     * CRC32{B,H,W,X} and CRC32C{B,H,W,X}: the pseudocode's BitReverse(Poly32Mod2(BitReverse(acc):Zeros
     * EOR BitReverse(val):Zeros, poly)) is the bit-reflected CRC update without pre- or
     * post-inversion, processing the {@code bytes} low bytes of {@code value}, least significant first.
     */
    static int crc32(boolean castagnoli, int acc, long value, int bytes) {
        int[] table = castagnoli ? CRC32C_TABLE : CRC32_TABLE;
        int crc = acc;
        for (int i = 0; i < bytes; i++) {
            crc = table[(crc ^ (int) value) & 0xff] ^ (crc >>> 8);
            value >>>= 8;
        }
        return crc;
    }

    private static int[] crcTable(int reflectedPoly) {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc >>> 1) ^ (reflectedPoly & -(crc & 1));
            }
            table[i] = crc;
        }
        return table;
    }

    // ---- Multiplication ----

    /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh is Java 18). */
    static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }
}
