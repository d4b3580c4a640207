package org.a64wb.isa.a64.operands;

/** Operands of the Advanced SIMD scalar and by-element encodings spelled as llvm-mc prints them. */
public final class AdvSimdScalarOperands {

    private AdvSimdScalarOperands() {
    }

    private static final char[] SUFFIXES = {'b', 'h', 's', 'd'};

    /** One vector element such as {@code v3.s[1]}: size 0 b, 1 h, 2 s, 3 d. */
    public static String element(long r, long size, long index) {
        return "v" + r + "." + SUFFIXES[(int) (size & 3)] + "[" + index + "]";
    }
}
