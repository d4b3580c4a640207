package org.a64wb.hypervisor.api;

/** What a handler did with an exit. */
public enum Outcome {
    /** The exit is dealt with; the vCPU resumes. */
    RESUME,
    /** Not this handler's business: the next matching handler is asked. */
    DECLINE,
    /** The vCPU stops (PSCI CPU_OFF); other vCPUs go on. */
    STOP_VCPU,
    /** The whole machine powers off (PSCI SYSTEM_OFF). */
    POWER_OFF,
    /** The whole machine resets (PSCI SYSTEM_RESET). */
    RESET
}
