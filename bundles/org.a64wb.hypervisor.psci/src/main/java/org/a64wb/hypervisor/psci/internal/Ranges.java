package org.a64wb.hypervisor.psci.internal;

/** Registration metadata shared by the handlers (compile-time constants for the component annotations). */
final class Ranges {

    private Ranges() {
    }

    /** SMCCC ids the PSCI handlers serve: the Arm Architecture calls, and the 32- and 64-bit PSCI blocks. */
    static final String SERVED = "0x80000000-0x8000FFFF,0x84000000-0x8400001F,0xC4000000-0xC400001F";

    /** The fallbacks' priority: below anything a contribution would choose. */
    static final int FALLBACK_PRIORITY = -1_000_000;

}
