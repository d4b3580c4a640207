package org.a64wb.device.virtio.queue;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.board.api.GuestMemory;

/**
 * The device's side of a split virtqueue (virtio 1.2, 2.7): the descriptor table, the available ring the
 * driver fills and the used ring the device fills, all in guest RAM. Every descriptor is checked before its
 * buffer is touched; a violation is a {@link VirtqueueError}. No VIRTIO_F_EVENT_IDX: the device notifies
 * unless the driver set VIRTQ_AVAIL_F_NO_INTERRUPT, and asks to be notified always (used flags 0).
 */
public final class SplitVirtqueue {

    /** Descriptor flags (2.7.5). */
    public static final int DESC_F_NEXT = 1;
    public static final int DESC_F_WRITE = 2;
    public static final int DESC_F_INDIRECT = 4;
    /** Available ring flag (2.7.6): the driver does not want an interrupt for used buffers. */
    public static final int AVAIL_F_NO_INTERRUPT = 1;

    public static final int DESCRIPTOR_SIZE = 16;

    private final GuestMemory memory;
    private final int size;
    private final long descriptorTable;
    private final long availableRing;
    private final long usedRing;
    private final boolean indirect;
    private int lastAvailable;
    private int usedIndex;
    private boolean usedSinceInterrupt;

    /**
     * A queue of {@code size} entries (a power of 2, 2.7 "Split Virtqueues") whose three parts the driver put at
     * the given guest-physical addresses; {@code indirect} when VIRTIO_F_INDIRECT_DESC was negotiated. The parts
     * must be aligned (2.7 table: 16, 2, 4) and in guest RAM.
     */
    public SplitVirtqueue(GuestMemory memory, int size, long descriptorTable, long availableRing, long usedRing, boolean indirect) {
        if (size < 1 || size > 32768 || Integer.bitCount(size) != 1) {
            throw new VirtqueueError("queue size " + size + " is not a power of 2 up to 32768");
        }
        checkPart(memory, "descriptor table", descriptorTable, 16, (long) DESCRIPTOR_SIZE * size);
        checkPart(memory, "available ring", availableRing, 2, 6 + 2L * size);
        checkPart(memory, "used ring", usedRing, 4, 6 + 8L * size);
        this.memory = memory;
        this.size = size;
        this.descriptorTable = descriptorTable;
        this.availableRing = availableRing;
        this.usedRing = usedRing;
        this.indirect = indirect;
        // Both rings' indexes start at 0 when the queue is enabled (2.7.6, 2.7.8; QEMU's virtio_queue_reset too).
        this.usedIndex = 0;
        this.lastAvailable = 0;
    }

    private static void checkPart(GuestMemory memory, String part, long address, int alignment, long length) {
        if ((address & (alignment - 1)) != 0) {
            throw new VirtqueueError(String.format("the %s at 0x%x is not %d-byte aligned", part, address, alignment));
        }
        if (!memory.isRam(address, length)) {
            throw new VirtqueueError(String.format("the %s at 0x%x+0x%x is not guest RAM", part, address, length));
        }
    }

    public int size() {
        return size;
    }

    /** The next available request, or null when the driver has made none available since the last one taken. */
    public DescriptorChain next() {
        int available = (int) memory.readLittleEndian(availableRing + 2, 2);
        int pending = (available - lastAvailable) & 0xffff;
        if (pending == 0) {
            return null;
        }
        if (pending > size) {
            throw new VirtqueueError("the available index moved " + pending + " entries ahead in a queue of " + size);
        }
        VarHandle.acquireFence(); // read the ring entry and descriptors after the index that published them
        int head = (int) memory.readLittleEndian(availableRing + 4 + 2L * (lastAvailable % size), 2);
        lastAvailable = (lastAvailable + 1) & 0xffff;
        return walk(head);
    }

    /**
     * Follows the chain from {@code head} (2.7.5.2, 2.7.5.3.1): at most {@code size} descriptors in the table and
     * at most the indirect table's length inside one, one indirect table per chain and none with NEXT, device-
     * writable descriptors after all device-readable ones, each buffer in guest RAM.
     */
    private DescriptorChain walk(int head) {
        List<DescriptorChain.Segment> readable = new ArrayList<>();
        List<DescriptorChain.Segment> writable = new ArrayList<>();
        long table = descriptorTable;
        int tableSize = size;
        boolean inIndirect = false;
        int index = head;
        int visited = 0;
        long total = 0;
        while (true) {
            if (index >= tableSize) {
                throw new VirtqueueError("descriptor " + index + " of chain " + head + " is outside its " + tableSize + "-entry table");
            }
            if (++visited > tableSize) {
                throw new VirtqueueError("chain " + head + " is longer than its " + tableSize + "-entry table (a loop)");
            }
            long entry = table + (long) DESCRIPTOR_SIZE * index;
            long address = memory.readLittleEndian(entry, 8);
            long length = memory.readLittleEndian(entry + 8, 4);
            int flags = (int) memory.readLittleEndian(entry + 12, 2);
            int next = (int) memory.readLittleEndian(entry + 14, 2);
            if ((flags & DESC_F_INDIRECT) != 0) {
                if (!indirect) {
                    throw new VirtqueueError("chain " + head + " has an indirect descriptor, but VIRTIO_F_INDIRECT_DESC was not negotiated");
                }
                if (inIndirect || (flags & DESC_F_NEXT) != 0) {
                    throw new VirtqueueError("chain " + head + ": an indirect descriptor must be the only one of its chain (2.7.5.3.1)");
                }
                if (length == 0 || length % DESCRIPTOR_SIZE != 0 || length / DESCRIPTOR_SIZE > 32768) {
                    throw new VirtqueueError("chain " + head + ": an indirect table of " + length + " bytes");
                }
                checkPart(memory, "indirect table of chain " + head, address, 1, length);
                table = address;
                tableSize = (int) (length / DESCRIPTOR_SIZE);
                inIndirect = true;
                index = 0;
                visited = 0;
                continue;
            }
            if (!memory.isRam(address, length)) {
                throw new VirtqueueError(String.format("chain %d: the buffer 0x%x+0x%x is not guest RAM", head, address, length));
            }
            total += length;
            if (total > Integer.MAX_VALUE) {
                throw new VirtqueueError("chain " + head + " holds 2 GiB or more");
            }
            if ((flags & DESC_F_WRITE) != 0) {
                writable.add(new DescriptorChain.Segment(address, (int) length, true));
            } else if (!writable.isEmpty()) {
                throw new VirtqueueError("chain " + head + " has a device-readable buffer after a device-writable one (2.7.4.2)");
            } else {
                readable.add(new DescriptorChain.Segment(address, (int) length, false));
            }
            if ((flags & DESC_F_NEXT) == 0) {
                return new DescriptorChain(head, readable, writable, memory);
            }
            index = next;
        }
    }

    /** Returns a request to the driver: {@code written} bytes were written into its writable part (2.7.8). */
    public void complete(DescriptorChain chain, int written) {
        if (written < 0 || written > chain.writableLength()) {
            throw new IllegalArgumentException("wrote " + written + " of " + chain.writableLength() + " writable bytes");
        }
        long element = usedRing + 4 + 8L * (usedIndex % size);
        memory.writeLittleEndian(element, 4, chain.head());
        memory.writeLittleEndian(element + 4, 4, written);
        VarHandle.releaseFence(); // the element before the index that publishes it (2.7.8.2)
        usedIndex = (usedIndex + 1) & 0xffff;
        memory.writeLittleEndian(usedRing + 2, 2, usedIndex);
        usedSinceInterrupt = true;
    }

    /**
     * Whether the device should notify the driver now: something was used since the last time this said yes,
     * and the driver did not set VIRTQ_AVAIL_F_NO_INTERRUPT (2.7.7.1).
     */
    public boolean takeInterruptRequest() {
        if (!usedSinceInterrupt) {
            return false;
        }
        VarHandle.fullFence(); // the used index store before the flags load (2.7.7)
        usedSinceInterrupt = false;
        return (memory.readLittleEndian(availableRing, 2) & AVAIL_F_NO_INTERRUPT) == 0;
    }
}
