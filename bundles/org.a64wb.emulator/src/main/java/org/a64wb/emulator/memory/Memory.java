package org.a64wb.emulator.memory;

/**
 * Little-endian guest memory as the execution engine sees it. Reads and writes outside RAM throw
 * {@link MemoryAbort}; alignment is the instruction's business (see the semantics).
 */
public interface Memory {

    byte read8(long address);

    short read16(long address);

    int read32(long address);

    long read64(long address);

    void write8(long address, byte value);

    void write16(long address, short value);

    void write32(long address, int value);

    void write64(long address, long value);

    /** Reads {@code size} (1, 2, 4, 8) bytes, zero-extended. */
    default long read(long address, int size) {
        return switch (size) {
            case 1 -> read8(address) & 0xffL;
            case 2 -> read16(address) & 0xffffL;
            case 4 -> read32(address) & 0xffffffffL;
            default -> read64(address);
        };
    }

    /** Writes the low {@code size} (1, 2, 4, 8) bytes of {@code value}. */
    default void write(long address, int size, long value) {
        switch (size) {
            case 1 -> write8(address, (byte) value);
            case 2 -> write16(address, (short) value);
            case 4 -> write32(address, (int) value);
            default -> write64(address, value);
        }
    }

    /** Whether {@code size} bytes at {@code address} are RAM. */
    boolean isRam(long address, int size);

    /**
     * Atomically replaces the naturally aligned {@code size}-byte value at {@code address} (1, 2, 4 or
     * 8 bytes) with {@code replacement} if it equals {@code expected}; returns the value found. This
     * default is atomic only for a single accessor; RAM that several vCPUs share overrides it.
     */
    default long compareAndExchange(long address, int size, long expected, long replacement) {
        long mask = size == 8 ? -1L : (1L << (8 * size)) - 1;
        long found = switch (size) {
            case 1 -> read8(address) & 0xffL;
            case 2 -> read16(address) & 0xffffL;
            case 4 -> read32(address) & 0xffffffffL;
            default -> read64(address);
        };
        if (found == (expected & mask)) {
            switch (size) {
                case 1 -> write8(address, (byte) replacement);
                case 2 -> write16(address, (short) replacement);
                case 4 -> write32(address, (int) replacement);
                default -> write64(address, replacement);
            }
        }
        return found;
    }
}
