package org.a64wb.emulator.semantics.simd;

/**
 * Element access on a 128-bit value held as two longs (bits 63:0 and 127:64), as the Advanced SIMD
 * two-register and across-lanes semantics use it: {@code Elem[]} reads and the building of results without
 * allocating. Element sizes are 8, 16, 32 or 64 bits; an element never straddles the two halves.
 */
public final class TwoRegisterLanes {

    private TwoRegisterLanes() {
    }

    /** The mask of the low {@code esize} bits (esize 1..64). */
    public static long mask(int esize) {
        return esize == 64 ? -1L : (1L << esize) - 1;
    }

    /** Elem[value, e, esize], zero-extended. */
    public static long get(long lo, long hi, int e, int esize) {
        int bit = e * esize;
        long half = bit < 64 ? lo : hi;
        return esize == 64 ? half : half >>> (bit & 63) & (1L << esize) - 1;
    }

    /** Elem[value, e, esize], sign-extended. */
    public static long getSigned(long lo, long hi, int e, int esize) {
        int bit = e * esize;
        long half = bit < 64 ? lo : hi;
        int up = 64 - esize - (bit & 63);
        return half << up >> (64 - esize);
    }

    /** Sign-extends the low {@code esize} bits. */
    public static long signExtend(long value, int esize) {
        return value << (64 - esize) >> (64 - esize);
    }

    /**
     * The contribution of element e of value {@code value} to the half {@code half} (0 low, 1 high) of a result:
     * OR it into that half. Zero when the element lies in the other half.
     */
    public static long put(int half, long value, int e, int esize) {
        int bit = e * esize;
        if ((bit >>> 6) != half) {
            return 0;
        }
        return esize == 64 ? value : (value & (1L << esize) - 1) << (bit & 63);
    }

    /**
     * SatQ(value, esize, unsigned) for esize &lt; 64: the value clamped to the signed or unsigned esize-bit range
     * (saturation happened when the result differs from the value).
     */
    public static long clamp(long value, int esize, boolean unsigned) {
        long min = unsigned ? 0 : -(1L << (esize - 1));
        long max = unsigned ? (1L << esize) - 1 : (1L << (esize - 1)) - 1;
        return value < min ? min : value > max ? max : value;
    }
}
