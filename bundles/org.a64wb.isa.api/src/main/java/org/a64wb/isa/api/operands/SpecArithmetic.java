package org.a64wb.isa.api.operands;

/** Integer helpers with the Arm ARM pseudocode's meaning (all values are 64-bit). */
public final class SpecArithmetic {

    private SpecArithmetic() {
    }

    /** Division rounding toward zero; division by zero gives zero rather than a Java exception. */
    public static long div(long a, long b) {
        return b == 0 ? 0 : a / b;
    }

    /** Non-negative remainder (pseudocode's MOD); modulo zero gives zero. */
    public static long mod(long a, long b) {
        return b == 0 ? 0 : Math.floorMod(a, b);
    }

    /** SignExtend(value<bits-1:0>). */
    public static long sext(long value, long bits) {
        int shift = 64 - (int) bits;
        return (value << shift) >> shift;
    }

    /** ZeroExtend of the low {@code bits}. */
    public static long zext(long value, long bits) {
        return bits >= 64 ? value : value & ((1L << bits) - 1);
    }

    /** Number of leading zero bits in the low {@code bits} bits (HighestSetBit's complement). */
    public static long highestSetBit(long value, long bits) {
        for (int i = (int) bits - 1; i >= 0; i--) {
            if ((value & (1L << i)) != 0) {
                return i;
            }
        }
        return -1;
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    /** Rotate the low {@code width} bits of {@code value} right by {@code amount}. */
    public static long ror(long value, long amount, long width) {
        int w = (int) width;
        long mask = w == 64 ? -1L : (1L << w) - 1;
        long v = value & mask;
        int r = (int) Math.floorMod(amount, width);
        if (r == 0) {
            return v;
        }
        return ((v >>> r) | (v << (w - r))) & mask;
    }

    /** Replicate the low {@code esize} bits of {@code value} across {@code width} bits. */
    public static long replicate(long value, long esize, long width) {
        long result = 0;
        long element = esize == 64 ? value : value & ((1L << esize) - 1);
        for (int i = 0; i < width; i += (int) esize) {
            result |= element << i;
        }
        return result;
    }

    /**
     * DecodeBitMasks(N, imms, immr, immediate=TRUE) of the Arm ARM (shared/functions/bitmasks): the
     * value of a logical immediate, or 0 when the combination is reserved (callers exclude those
     * with {@link #validBitMask}).
     */
    public static long bitMask(long n, long immr, long imms, long width) {
        long len = highestSetBit((n << 6) | (~imms & 0x3f), 7);
        if (len < 1) {
            return 0;
        }
        long levels = (1L << len) - 1;
        long s = imms & levels;
        long r = immr & levels;
        long esize = 1L << len;
        if (s == levels) {
            return 0;
        }
        long welem = (1L << (s + 1)) - 1;
        long element = ror(welem, r, esize);
        return replicate(element, esize, width);
    }

    /** Whether (N, imms) is an allocated logical immediate for the given register width. */
    public static boolean validBitMask(long n, long imms, long width) {
        if (width == 32 && n != 0) {
            return false;
        }
        long len = highestSetBit((n << 6) | (~imms & 0x3f), 7);
        if (len < 1) {
            return false;
        }
        long levels = (1L << len) - 1;
        return (imms & levels) != levels;
    }

    /** 1 when the arguments are all equal, for readable spec conditions. */
    public static boolean bitCountIs(long value, long count) {
        return Long.bitCount(value) == count;
    }

    public static long bitCount(long value) {
        return Long.bitCount(value);
    }
}
