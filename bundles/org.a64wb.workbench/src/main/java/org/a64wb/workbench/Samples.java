package org.a64wb.workbench;

/** What the parts show before the user does anything (and what the --screenshot picture shows). */
public final class Samples {

    /** {@code stp x29, x30, [sp, #-16]!}, a function prologue: a store pair with writeback, ISV=0 on an MMIO abort. */
    public static final int WORD = 0xa9bf7bfd;

    /** The decoder playground's first text: words and assembly, one per line. */
    public static final String PLAYGROUND = String.join("\n",
            "// hex words (0x... or 8 digits) or assembly, one per line",
            "0xa9bf7bfd",
            "d503201f",
            "ldp q0, q1, [x2], #32",
            "add x0, x1, #4095",
            "0x4cdf7000",
            "");

    private Samples() {
    }
}
