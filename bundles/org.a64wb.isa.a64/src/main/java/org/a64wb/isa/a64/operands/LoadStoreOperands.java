package org.a64wb.isa.a64.operands;

/** Operands of the A64 loads and stores spelled as llvm-mc prints them. */
public final class LoadStoreOperands {

    private LoadStoreOperands() {
    }

    private static final String[] PREFETCH_TYPES = {"pld", "pli", "pst"};
    private static final String[] PREFETCH_TARGETS = {"l1", "l2", "l3"};

    /**
     * The prefetch operation of PRFM/PRFUM, Rt = type:target:policy (Arm ARM C6.2 PRFM (immediate),
     * "prfop"); combinations without a name (type or target 0b11) print as {@code #imm}.
     */
    public static String prfop(long rt) {
        int type = (int) (rt >> 3) & 3;
        int target = (int) (rt >> 1) & 3;
        if (type == 3 || target == 3) {
            return "#" + rt;
        }
        return PREFETCH_TYPES[type] + PREFETCH_TARGETS[target] + ((rt & 1) != 0 ? "strm" : "keep");
    }

    /**
     * The index register of a register-offset load or store and its extend, e.g. {@code x2, lsl #3} or
     * {@code w2, sxtw}: option<0> selects the X or W index (Arm ARM C6.2 LDR (register)); LSL
     * (option 011) with S=0 prints no extend, and S=1 prints the access size's shift even when it is 0.
     */
    public static String regOffset(long rm, long option, long s, long amount) {
        boolean x = (option & 1) != 0;
        String reg = rm == 31 ? (x ? "xzr" : "wzr") : (x ? "x" : "w") + rm;
        String extend = switch ((int) option) {
            case 2 -> "uxtw";
            case 3 -> "lsl";
            case 6 -> "sxtw";
            default -> "sxtx";
        };
        if (s == 0) {
            return option == 3 ? reg : reg + ", " + extend;
        }
        return reg + ", " + extend + " #" + amount;
    }
}
