package org.a64wb.emulator.semantics.simd;

/**
 * The AES primitives of the Arm ARM ({@code shared/functions/crypto}: AESSubBytes, AESInvSubBytes, AESShiftRows,
 * AESInvShiftRows, AESMixColumns, AESInvMixColumns) on a 128-bit state held as two longs, byte i of the state
 * being bits 8i+7:8i (byte 0 of V[n] in the low long). The S-boxes are computed from their definition (the
 * multiplicative inverse in GF(2^8) modulo x^8+x^4+x^3+x+1 followed by the affine map) when the class loads.
 */
public final class AesState {

    private static final int[] SBOX = new int[256];
    private static final int[] INV_SBOX = new int[256];

    static {
        // p runs through the multiplicative group by 3 (a generator), q through the inverses by 3^-1.
        int p = 1, q = 1;
        do {
            p = p ^ (p << 1) ^ ((p & 0x80) != 0 ? 0x11b : 0);
            p &= 0xff;
            q ^= q << 1;
            q ^= q << 2;
            q ^= q << 4;
            q &= 0xff;
            if ((q & 0x80) != 0) {
                q ^= 0x09;
            }
            int x = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4);
            SBOX[p] = (x ^ 0x63) & 0xff;
        } while (p != 1);
        SBOX[0] = 0x63;
        for (int i = 0; i < 256; i++) {
            INV_SBOX[SBOX[i]] = i;
        }
    }

    private AesState() {
    }

    private static int rotl8(int x, int shift) {
        return ((x << shift) | (x >>> (8 - shift))) & 0xff;
    }

    private static int byteOf(long lo, long hi, int i) {
        return (int) ((i < 8 ? lo : hi) >>> ((i & 7) * 8)) & 0xff;
    }

    /** Multiplication in GF(2^8) (FFmul). */
    private static int mul(int a, int b) {
        int r = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                r ^= a;
            }
            a = (a << 1) ^ ((a & 0x80) != 0 ? 0x11b : 0);
            b >>>= 1;
        }
        return r;
    }

    /**
     * AESSubBytes(AESShiftRows(state)) (decrypt: AESInvSubBytes(AESInvShiftRows(state))); writes the low and
     * high halves of the result to {@code out[0]} and {@code out[1]}.
     */
    public static void round(long lo, long hi, boolean decrypt, long[] out) {
        long r0 = 0, r1 = 0;
        for (int i = 0; i < 16; i++) {
            int row = i & 3;
            int from = decrypt ? (i - 4 * row) & 15 : (i + 4 * row) & 15;
            int b = byteOf(lo, hi, from);
            long s = decrypt ? INV_SBOX[b] : SBOX[b];
            if (i < 8) {
                r0 |= s << (i * 8);
            } else {
                r1 |= s << ((i - 8) * 8);
            }
        }
        out[0] = r0;
        out[1] = r1;
    }

    /** AESMixColumns (decrypt: AESInvMixColumns) of state; the result halves to out[0], out[1]. */
    public static void mixColumns(long lo, long hi, boolean decrypt, long[] out) {
        long r0 = 0, r1 = 0;
        int c0 = decrypt ? 14 : 2, c1 = decrypt ? 11 : 3, c2 = decrypt ? 13 : 1, c3 = decrypt ? 9 : 1;
        for (int c = 0; c < 4; c++) {
            int a0 = byteOf(lo, hi, 4 * c), a1 = byteOf(lo, hi, 4 * c + 1);
            int a2 = byteOf(lo, hi, 4 * c + 2), a3 = byteOf(lo, hi, 4 * c + 3);
            int[] column = {
                mul(a0, c0) ^ mul(a1, c1) ^ mul(a2, c2) ^ mul(a3, c3),
                mul(a0, c3) ^ mul(a1, c0) ^ mul(a2, c1) ^ mul(a3, c2),
                mul(a0, c2) ^ mul(a1, c3) ^ mul(a2, c0) ^ mul(a3, c1),
                mul(a0, c1) ^ mul(a1, c2) ^ mul(a2, c3) ^ mul(a3, c0),
            };
            for (int r = 0; r < 4; r++) {
                int i = 4 * c + r;
                long v = column[r] & 0xffL;
                if (i < 8) {
                    r0 |= v << (i * 8);
                } else {
                    r1 |= v << ((i - 8) * 8);
                }
            }
        }
        out[0] = r0;
        out[1] = r1;
    }
}
