package org.a64wb.isa.a64.operands;

import java.util.Locale;

/**
 * Operands of the Advanced SIMD two-register, modified-immediate, shift-by-immediate, copy and permute
 * classes, spelled as llvm-mc prints them.
 */
public final class AdvSimdTwoRegisterOperands {

    private AdvSimdTwoRegisterOperands() {
    }

    private static final String[] ELEMENT = {"b", "h", "s", "d"};

    /** Index of the highest set bit (the element size of a shift's immh: 0 b, 1 h, 2 s, 3 d); -1 for 0. */
    public static long highestSetBit(long value) {
        return 63 - Long.numberOfLeadingZeros(value);
    }

    /** Index of the lowest set bit (the element size of a copy's imm5); 64 for 0. */
    public static long lowestSetBit(long value) {
        return Long.numberOfTrailingZeros(value);
    }

    /** One vector element such as {@code v1.b[3]}; size 0 b, 1 h, 2 s, 3 d. */
    public static String element(long r, long size, long index) {
        return "v" + r + "." + ELEMENT[(int) (size & 3)] + "[" + index + "]";
    }

    /**
     * The 64-bit pattern of a modified immediate (Arm ARM AdvSIMDExpandImm): the element value replicated
     * over 64 bits. cmode 1111 (FMOV) gives the expanded single (op = 0) or double (op = 1) bits.
     */
    public static long expandImm(long op, long cmode, long imm8) {
        long imm = imm8 & 0xff;
        long element;
        switch ((int) (cmode >> 1) & 7) {
            case 0, 1, 2, 3 -> element = rep32(imm << (8 * ((cmode >> 1) & 3)));
            case 4, 5 -> element = rep16(imm << (8 * ((cmode >> 1) & 1)));
            case 6 -> element = (cmode & 1) == 0 ? rep32((imm << 8) | 0xff) : rep32((imm << 16) | 0xffff);
            default -> {
                if ((cmode & 1) == 0) {
                    if (op == 0) {
                        element = imm * 0x0101010101010101L;
                    } else {
                        element = 0;
                        for (int i = 0; i < 8; i++) {
                            if ((imm & (1L << i)) != 0) {
                                element |= 0xffL << (8 * i);
                            }
                        }
                    }
                } else if (op == 0) {
                    element = rep32(Float.floatToRawIntBits((float) fpImm(imm)) & 0xffffffffL);
                } else {
                    element = Double.doubleToRawLongBits(fpImm(imm));
                }
            }
        }
        return element;
    }

    private static long rep32(long v) {
        v &= 0xffffffffL;
        return v | (v << 32);
    }

    private static long rep16(long v) {
        v &= 0xffff;
        return rep32(v | (v << 16));
    }

    /** The value of an 8-bit floating-point immediate (Arm ARM VFPExpandImm). */
    public static double fpImm(long imm8) {
        int sign = (int) (imm8 >> 7) & 1;
        int b = (int) (imm8 >> 6) & 1;
        int cd = (int) (imm8 >> 4) & 3;
        int frac = (int) imm8 & 15;
        int e = b == 0 ? 1 + cd : cd - 3; // unbiased exponent -3..4
        double value = (16 + frac) / 16.0 * Math.pow(2, e);
        return sign != 0 ? -value : value;
    }

    /** An 8-bit floating-point immediate as llvm-mc prints it: {@code 2.00000000}. */
    public static String fpImmText(long imm8) {
        return String.format(Locale.ROOT, "%.8f", fpImm(imm8));
    }

    /** A 64-bit MOVI immediate as llvm-mc prints it (C's {@code %#016llx}: no 0x for zero). */
    public static String movi64(long value) {
        if (value == 0) {
            return "0000000000000000";
        }
        String hex = Long.toHexString(value);
        StringBuilder out = new StringBuilder("0x");
        for (int i = hex.length() + 2; i < 16; i++) {
            out.append('0');
        }
        return out.append(hex).toString();
    }

    /**
     * The operands of MOVI/MVNI/ORR/BIC (vector, immediate) other than 64-bit MOVI and FMOV: the
     * arrangement chosen by cmode, the 8-bit immediate in decimal and its LSL/MSL shift.
     */
    public static String modImm(long rd, long q, long cmode, long imm8) {
        String v = "v" + rd + ".";
        int c = (int) cmode & 15;
        if (c < 8) {
            int shift = 8 * ((c >> 1) & 3);
            return v + (q != 0 ? "4s" : "2s") + ", #" + imm8 + (shift != 0 ? ", lsl #" + shift : "");
        }
        if (c < 12) {
            int shift = 8 * ((c >> 1) & 1);
            return v + (q != 0 ? "8h" : "4h") + ", #" + imm8 + (shift != 0 ? ", lsl #" + shift : "");
        }
        if (c < 14) {
            return v + (q != 0 ? "4s" : "2s") + ", #" + imm8 + ", msl #" + ((c & 1) != 0 ? 16 : 8);
        }
        return v + (q != 0 ? "16b" : "8b") + ", #" + imm8;
    }
}
