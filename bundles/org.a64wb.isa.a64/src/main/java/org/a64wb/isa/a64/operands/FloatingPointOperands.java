package org.a64wb.isa.a64.operands;

import java.util.Locale;

/** Operands of the A64 scalar floating-point instructions spelled as llvm-mc prints them. */
public final class FloatingPointOperands {

    private FloatingPointOperands() {
    }

    /**
     * Element size in bits of a scalar FP "ftype" field (bits 23:22): 00 single (32), 01 double (64),
     * 11 half (16); 10 is unallocated for arithmetic and answers 0 here.
     */
    public static long esize(long ftype) {
        return switch ((int) (ftype & 3)) {
            case 0 -> 32;
            case 1 -> 64;
            case 3 -> 16;
            default -> 0;
        };
    }

    /** The scalar register named by an ftype field: 00 s, 01 d, 11 h (10 prints as q, never decoded). */
    public static String reg(long r, long ftype) {
        return switch ((int) (ftype & 3)) {
            case 0 -> "s" + r;
            case 1 -> "d" + r;
            case 3 -> "h" + r;
            default -> "q" + r;
        };
    }

    /**
     * The value of an 8-bit FP immediate (Arm ARM VFPExpandImm): imm8 = a:b:cdefgh is
     * (-1)^a * 2^(NOT(b):c:d - 3) * (1 + efgh/16), i.e. 0.125 .. 31 in magnitude.
     */
    public static double imm8Value(long imm8) {
        int sign = (int) (imm8 >> 7) & 1;
        int b = (int) (imm8 >> 6) & 1;
        int cd = (int) (imm8 >> 4) & 3;
        int efgh = (int) imm8 & 15;
        int exponent = ((b ^ 1) << 2 | cd) - 3;
        double value = Math.scalb(1.0 + efgh / 16.0, exponent);
        return sign != 0 ? -value : value;
    }

    /** An 8-bit FP immediate as llvm-mc prints it: eight decimals, e.g. {@code #-1.25000000}. */
    public static String imm8(long imm8) {
        return "#" + String.format(Locale.ROOT, "%.8f", imm8Value(imm8));
    }

    /**
     * Arm ARM VFPExpandImm(imm8, N): the raw bits of the esize-bit (16, 32 or 64) value of an 8-bit FP
     * immediate: sign imm8&lt;7&gt;, exponent NOT(imm8&lt;6&gt;):Replicate(imm8&lt;6&gt;, E-3):imm8&lt;5:4&gt;,
     * fraction imm8&lt;3:0&gt;:Zeros(F-4).
     */
    public static long expandImm8(long imm8, long esize) {
        int n = (int) esize;
        int e = n == 16 ? 5 : n == 32 ? 8 : 11;
        int f = n - e - 1;
        long sign = imm8 >> 7 & 1;
        long b = imm8 >> 6 & 1;
        long exp = (b ^ 1) << (e - 1) | (b == 0 ? 0 : (1L << (e - 3)) - 1) << 2 | (imm8 >> 4 & 3);
        long frac = (imm8 & 15) << (f - 4);
        return sign << (n - 1) | exp << f | frac;
    }
}
