package org.a64wb.device.virtio;

import org.a64wb.board.api.GuestMemory;
import org.a64wb.board.api.GuestMemoryFault;

/** Guest RAM for tests: one block at {@code base}, with a bump allocator for the driver's rings and buffers. */
public final class TestRam implements GuestMemory {

    private final long base;
    private final byte[] bytes;
    private long next;

    public TestRam(long base, int size) {
        this.base = base;
        this.bytes = new byte[size];
        this.next = base;
    }

    public long base() {
        return base;
    }

    public long end() {
        return base + bytes.length;
    }

    /** {@code size} zeroed bytes aligned to {@code alignment}. */
    public long allocate(int size, int alignment) {
        long at = (next + alignment - 1) & -(long) alignment;
        if (at + size > end()) {
            throw new IllegalStateException("test RAM exhausted");
        }
        next = at + size;
        return at;
    }

    @Override
    public boolean isRam(long address, long length) {
        return length >= 0 && address >= base && address - base <= bytes.length - length;
    }

    @Override
    public void read(long address, byte[] into, int offset, int length) {
        if (!isRam(address, length)) {
            throw new GuestMemoryFault(address, length);
        }
        System.arraycopy(bytes, (int) (address - base), into, offset, length);
    }

    @Override
    public void write(long address, byte[] from, int offset, int length) {
        if (!isRam(address, length)) {
            throw new GuestMemoryFault(address, length);
        }
        System.arraycopy(from, offset, bytes, (int) (address - base), length);
    }

    public byte[] bytes(long address, int length) {
        byte[] b = new byte[length];
        read(address, b, 0, length);
        return b;
    }
}
