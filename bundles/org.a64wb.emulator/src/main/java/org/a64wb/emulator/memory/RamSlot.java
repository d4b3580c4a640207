package org.a64wb.emulator.memory;

/** One contiguous RAM region: guest physical base, size and the host bytes behind it. */
public record RamSlot(long base, byte[] data) {

    public long size() {
        return data.length;
    }

    public long end() {
        return base + data.length;
    }

    public boolean contains(long address, int bytes) {
        return address >= base && address - base <= data.length - bytes;
    }
}
