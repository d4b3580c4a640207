package org.a64wb.board.api;

/**
 * The guest's physical RAM as a device doing DMA sees it (virtio rings and buffers, a disk's data). Every
 * access is checked: a range that is not wholly RAM is a {@link GuestMemoryFault}, never a partial copy, so
 * a device can turn a wild guest address into its own error state. Callable from any thread; the device
 * orders its accesses against the guest's with its own protocol (e.g. a virtqueue's index updates).
 */
public interface GuestMemory {

    /** Whether {@code [address, address + length)} is all RAM (false for a negative length or a wrapping range). */
    boolean isRam(long address, long length);

    /** Copies {@code length} bytes of guest RAM at {@code address} into {@code into[offset..]}. */
    void read(long address, byte[] into, int offset, int length);

    /** Copies {@code from[offset..offset+length)} into guest RAM at {@code address}. */
    void write(long address, byte[] from, int offset, int length);

    /** A little-endian value of 1, 2, 4 or 8 bytes (zero-extended). */
    default long readLittleEndian(long address, int size) {
        byte[] b = new byte[size];
        read(address, b, 0, size);
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = value << 8 | (b[i] & 0xffL);
        }
        return value;
    }

    /** Writes the low {@code size} bytes of {@code value}, little-endian. */
    default void writeLittleEndian(long address, int size, long value) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        write(address, b, 0, size);
    }
}
