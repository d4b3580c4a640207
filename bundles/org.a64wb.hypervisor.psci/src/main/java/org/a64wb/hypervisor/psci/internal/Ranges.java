package org.a64wb.hypervisor.psci.internal;

/** Registration metadata shared by the handlers (compile-time constants for the component annotations). */
final class Ranges {

    private Ranges() {
    }

    /** SMCCC ids the PSCI handlers serve: SMCCC_VERSION (0x80000000) up to the last 64-bit PSCI id. */
    static final String SERVED = "0x80000000-0xC400001F";

    /**
     * The fallbacks' priority: below anything a contribution would choose. Not Integer.MIN_VALUE, whose
     * negation (the registry sorts by -priority) overflows and would sort it first.
     */
    static final String FALLBACK_PRIORITY = "-1000000";

}
