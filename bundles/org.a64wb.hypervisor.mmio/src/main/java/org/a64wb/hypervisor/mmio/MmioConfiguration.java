package org.a64wb.hypervisor.mmio;

/**
 * Configuration (PID {@value #PID}) of the data-abort handler components: {@code notAllowed} and
 * {@code unmapped} are STOP or INJECT, {@code burst} the emulation-burst bound (0 = off).
 */
public @interface MmioConfiguration {

    String PID = "org.a64wb.hypervisor.mmio";

    String notAllowed() default "INJECT";

    String unmapped() default "INJECT";

    int burst() default 0;
}
