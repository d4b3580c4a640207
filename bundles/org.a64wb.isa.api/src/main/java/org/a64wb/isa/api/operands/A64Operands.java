package org.a64wb.isa.api.operands;

import java.util.Locale;

/** A64 operands spelled the way llvm-mc prints them (the project's disassembly reference). */
public final class A64Operands {

    private A64Operands() {
    }

    private static final String[] CONDITIONS = {
        "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"};
    private static final String[] SHIFTS = {"lsl", "lsr", "asr", "ror"};
    private static final String[] EXTENDS = {"uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"};

    /** X register, 31 = XZR. */
    public static String x(long r) {
        return r == 31 ? "xzr" : "x" + r;
    }

    /** X register, 31 = SP. */
    public static String xsp(long r) {
        return r == 31 ? "sp" : "x" + r;
    }

    /** W register, 31 = WZR. */
    public static String w(long r) {
        return r == 31 ? "wzr" : "w" + r;
    }

    /** W register, 31 = WSP. */
    public static String wsp(long r) {
        return r == 31 ? "wsp" : "w" + r;
    }

    /** X or W by the sf bit, 31 = zero register. */
    public static String xw(long r, long sf) {
        return sf != 0 ? x(r) : w(r);
    }

    /** X or W by the sf bit, 31 = stack pointer. */
    public static String xwsp(long r, long sf) {
        return sf != 0 ? xsp(r) : wsp(r);
    }

    public static String b(long r) {
        return "b" + r;
    }

    public static String h(long r) {
        return "h" + r;
    }

    public static String s(long r) {
        return "s" + r;
    }

    public static String d(long r) {
        return "d" + r;
    }

    public static String q(long r) {
        return "q" + r;
    }

    /** Scalar SIMD&FP register by access size in bytes: 1 b, 2 h, 4 s, 8 d, 16 q. */
    public static String fpreg(long r, long bytes) {
        return switch ((int) bytes) {
            case 1 -> "b" + r;
            case 2 -> "h" + r;
            case 4 -> "s" + r;
            case 8 -> "d" + r;
            default -> "q" + r;
        };
    }

    /** Vector arrangement from element size (0 b, 1 h, 2 s, 3 d) and Q: 8b 16b 4h 8h 2s 4s 1d 2d. */
    public static String arrangement(long size, long q) {
        return switch ((int) size) {
            case 0 -> q != 0 ? "16b" : "8b";
            case 1 -> q != 0 ? "8h" : "4h";
            case 2 -> q != 0 ? "4s" : "2s";
            default -> q != 0 ? "2d" : "1d";
        };
    }

    public static String vreg(long r, long size, long q) {
        return "v" + r + "." + arrangement(size, q);
    }

    /** A register list such as { v0.16b, v1.16b }; numbers wrap at 32. */
    public static String vlist(long first, long count, long size, long q) {
        StringBuilder out = new StringBuilder("{ ");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append('v').append((first + i) % 32).append('.').append(arrangement(size, q));
        }
        return out.append(" }").toString();
    }

    /** A register list with an element index such as { v0.s, v1.s }[1]. */
    public static String vlane(long first, long count, long size, long index) {
        StringBuilder out = new StringBuilder("{ ");
        String suffix = switch ((int) size) {
            case 0 -> "b";
            case 1 -> "h";
            case 2 -> "s";
            default -> "d";
        };
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append('v').append((first + i) % 32).append('.').append(suffix);
        }
        return out.append(" }[").append(index).append(']').toString();
    }

    public static String cond(long c) {
        return CONDITIONS[(int) (c & 15)];
    }

    public static String shift(long type) {
        return SHIFTS[(int) (type & 3)];
    }

    public static String extend(long option) {
        return EXTENDS[(int) (option & 7)];
    }

    /** Lower-case hex with 0x, as llvm-mc prints logical immediates and masks. */
    public static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** Hex of a 32-bit value (a W-register logical immediate). */
    public static String hex32(long value) {
        return "0x" + Long.toHexString(value & 0xffffffffL);
    }

    /** Upper-case hex without prefix (used in system-register encodings). */
    public static String hexUpper(long value) {
        return Long.toHexString(value).toUpperCase(Locale.ROOT);
    }
}
