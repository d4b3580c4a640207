package org.a64wb.emulator.fp;

/** The Arm ARM {@code FPRounding} enumeration: the four FPCR.RMode values plus ties-away and round-to-odd. */
public enum FpRounding {
    /** FPCR.RMode 0b00, RN: round to nearest, ties to even. */
    TIEEVEN,
    /** FPCR.RMode 0b01, RP: towards plus infinity. */
    POSINF,
    /** FPCR.RMode 0b10, RM: towards minus infinity. */
    NEGINF,
    /** FPCR.RMode 0b11, RZ: towards zero. */
    ZERO,
    /** Round to nearest, ties away from zero (FCVTA*, FRINTA); only for integer rounding. */
    TIEAWAY,
    /** Round to odd (FCVTXN). */
    ODD;

    private static final FpRounding[] BY_RMODE = {TIEEVEN, POSINF, NEGINF, ZERO};

    /** {@code FPDecodeRounding}: the mode selected by a 2-bit RMode field. */
    public static FpRounding fromRMode(int rmode) {
        return BY_RMODE[rmode & 3];
    }

    /** {@code FPRoundingMode(fpcr)}: the mode selected by FPCR.RMode (bits 23:22). */
    public static FpRounding fromFpcr(int fpcr) {
        return BY_RMODE[(fpcr >>> 22) & 3];
    }
}
