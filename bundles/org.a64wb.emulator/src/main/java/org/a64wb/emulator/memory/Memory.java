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

    /** Whether {@code size} bytes at {@code address} are RAM. */
    boolean isRam(long address, int size);
}
