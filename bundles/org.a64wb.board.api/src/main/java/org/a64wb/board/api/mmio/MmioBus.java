package org.a64wb.board.api.mmio;

/** The board's MMIO address map: guest physical ranges to devices. */
public interface MmioBus {

    void map(long base, long size, String name, MmioDevice device);

    /** Whether a device claims the access. */
    boolean claims(long address, int size);

    /** Reads from the device at {@code address}; an unclaimed access throws {@link IllegalArgumentException}. */
    long read(long address, int size);

    void write(long address, int size, long value);
}
