package org.a64wb.emulator.cpu;

/**
 * Values of the system registers that have no dedicated field in {@link Cpu}, keyed by their
 * packed encoding ({@link org.a64wb.isa.api.sysreg.SysregEncoding#pack()}).
 * Which registers exist, their reset values and access rules are described by one table in the
 * system semantics; this class only stores. Flat arrays rather than a map: MRS/MSR, ERET and EL0
 * counter reads hit this on the hot path and must not box.
 */
public final class SystemRegisterStore {

    private static final int KEYS = 1 << 16;

    private final long[] values = new long[KEYS];
    private final long[] written = new long[KEYS / 64];

    public long get(int key, long resetValue) {
        return (written[key >>> 6] & (1L << key)) != 0 ? values[key] : resetValue;
    }

    public void set(int key, long value) {
        values[key] = value;
        written[key >>> 6] |= 1L << key;
    }
}
