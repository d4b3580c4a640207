package org.a64wb.emulator.semantics.simd;

/**
 * Element arithmetic on a 128-bit vector held as two longs (bits 63:0 and 127:64), for the Advanced SIMD
 * immediate, shift-by-immediate and permute semantics. Elements are 8, 16, 32 or 64 bits; element {@code e}
 * of {@code esize} bits lies at bits {@code e * esize} up. Values returned are zero-extended unless the
 * method says otherwise; nothing allocates.
 */
public final class Lanes128 {

    private Lanes128() {
    }

    /** Ones(esize) as a long: the mask of one element. */
    public static long ones(int esize) {
        return esize == 64 ? -1L : (1L << esize) - 1;
    }

    /** Elem[lo:hi, e, esize], zero-extended. */
    public static long elem(long lo, long hi, int e, int esize) {
        int bit = e * esize;
        long word = bit < 64 ? lo : hi;
        return esize == 64 ? word : (word >>> (bit & 63)) & ((1L << esize) - 1);
    }

    /** Elem[value, e, esize] of a 64-bit value, zero-extended. */
    public static long elem(long value, int e, int esize) {
        return esize == 64 ? value : (value >>> (e * esize)) & ((1L << esize) - 1);
    }

    /** The element placed at its position in a 64-bit half: value's low esize bits shifted to (e * esize) MOD 64. */
    public static long place(long value, int e, int esize) {
        return esize == 64 ? value : (value & ((1L << esize) - 1)) << ((e * esize) & 63);
    }

    /** Int(x, unsigned) of an esize-bit element: sign- or zero-extended to 64 bits. */
    public static long extend(long x, int esize, boolean unsigned) {
        if (esize == 64) {
            return x;
        }
        return unsigned ? x & ((1L << esize) - 1) : (x << (64 - esize)) >> (64 - esize);
    }

    /** Replicate(element, 64 DIV esize): an esize-bit element copied over 64 bits. */
    public static long replicate(long element, int esize) {
        return switch (esize) {
            case 8 -> (element & 0xffL) * 0x0101010101010101L;
            case 16 -> (element & 0xffffL) * 0x0001000100010001L;
            case 32 -> (element & 0xffffffffL) | element << 32;
            default -> element;
        };
    }

    /**
     * {@code x >> shift} of a 64-bit integer (signed or unsigned) for shift 0..64: the Arm ARM's shifts of
     * unbounded integers, where a right shift by 64 leaves the sign (0 or -1), resp. 0.
     */
    public static long shiftRight(long x, int shift, boolean unsigned) {
        if (shift >= 64) {
            return unsigned ? 0 : x >> 63;
        }
        return unsigned ? x >>> shift : x >> shift;
    }

    /**
     * {@code (x + (1 << (shift - 1))) >> shift} of the unbounded integer Int(x, unsigned), shift 1..64, without
     * overflow: the rounding constant carries into the quotient exactly when bit shift-1 of x is set. The
     * result of an unsigned 64-bit x and shift 1 can be 2^63 (as an unsigned long).
     */
    public static long roundingShiftRight(long x, int shift, boolean unsigned) {
        return shiftRight(x, shift, unsigned) + ((x >>> (shift - 1)) & 1);
    }

    /**
     * The clamping of SatQ(i, esize, unsigned) for esize &lt; 64, of a 64-bit integer i (signed when
     * {@code valueUnsigned} is false, else unsigned): i clamped to the range of an esize-bit result, not
     * masked. It saturated exactly when the returned value differs from i.
     */
    public static long clamp(long i, boolean valueUnsigned, int esize, boolean unsigned) {
        if (unsigned) {
            long max = (1L << esize) - 1;
            if (!valueUnsigned && i < 0) {
                return 0;
            }
            return Long.compareUnsigned(i, max) > 0 ? max : i;
        }
        long max = (1L << (esize - 1)) - 1;
        if (valueUnsigned) {
            return Long.compareUnsigned(i, max) > 0 ? max : i;
        }
        long min = -max - 1;
        return i > max ? max : i < min ? min : i;
    }
}
