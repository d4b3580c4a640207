package org.a64wb.hypervisor.mmio;

/**
 * Policies of the data-abort handlers.
 *
 * @param notAllowed what an ISV=0 abort gets when the instruction is not on the allowlist (or cannot be emulated)
 * @param unmapped   what an access gets when an element is neither RAM nor claimed by one device (no device, or
 *                   an element straddling RAM and MMIO or two devices); checked for every element before the first
 *                   one is performed, so a refused instruction has no side effect
 * @param burst      emulation burst: after an emulated ISV=0 access, up to this many following allowlisted loads
 *                   and stores that hit only MMIO are emulated too, without returning to the accelerator (0 = off)
 */
public record MmioSettings(Policy notAllowed, Policy unmapped, int burst) {

    /** STOP: decline with a report (the machine stops on the unhandled exit). INJECT: synchronous external abort into the guest (KVM's answer). */
    public enum Policy { STOP, INJECT }

    public static final MmioSettings DEFAULT = new MmioSettings(Policy.INJECT, Policy.INJECT, 0);

    public MmioSettings {
        if (burst < 0 || burst > 1_000_000) {
            throw new IllegalArgumentException("burst must be 0 (off) to 1000000 instructions, not " + burst);
        }
    }

    public MmioSettings withBurst(int instructions) {
        return new MmioSettings(notAllowed, unmapped, instructions);
    }

    public MmioSettings withNotAllowed(Policy policy) {
        return new MmioSettings(policy, unmapped, burst);
    }

    public MmioSettings withUnmapped(Policy policy) {
        return new MmioSettings(notAllowed, policy, burst);
    }

    /** System property that sets the burst when no configuration says otherwise. */
    public static final String BURST_PROPERTY = "a64.mmio.burst";

    /** The settings, with a bad value reported and replaced by its default (a typo must not take the handler down). */
    public static MmioSettings of(MmioConfiguration config, Reports reports) {
        MmioSettings d = MmioSettings.DEFAULT;
        MmioSettings.Policy notAllowed = policy(config.notAllowed(), "notAllowed", d.notAllowed(), reports);
        MmioSettings.Policy unmapped = policy(config.unmapped(), "unmapped", d.unmapped(), reports);
        // Without Configuration Admin (the headless runtime), -Da64.mmio.burst=N sets the burst.
        int burst = Integer.getInteger(BURST_PROPERTY, config.burst());
        if (burst < 0 || burst > 1_000_000) {
            reports.report(MmioConfiguration.PID + ": burst = " + burst + " is not 0..1000000; using 0 (off)");
            burst = 0;
        }
        return new MmioSettings(notAllowed, unmapped, burst);
    }

    private static MmioSettings.Policy policy(String value, String name, MmioSettings.Policy fallback, Reports reports) {
        try {
            return MmioSettings.Policy.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            reports.report(MmioConfiguration.PID + ": " + name + " = '" + value + "' is not STOP or INJECT; using " + fallback);
            return fallback;
        }
    }
}
