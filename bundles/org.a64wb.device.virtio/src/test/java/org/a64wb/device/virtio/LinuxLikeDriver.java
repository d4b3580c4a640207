package org.a64wb.device.virtio;

import static org.a64wb.device.virtio.mmio.VirtioMmioTransport.*;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.device.virtio.mmio.VirtioMmioTransport;
import org.a64wb.device.virtio.queue.SplitVirtqueue;

/**
 * Drives a virtio-mmio transport the way Linux 6.1's drivers/virtio/virtio_mmio.c (vm_probe, vm_setup_vq,
 * vm_notify, vm_interrupt), virtio.c (virtio_dev_probe, virtio_features_ok) and virtio_ring.c (split rings,
 * virtqueue_add_split, detach_buf_split) do, with the rings in {@link TestRam}.
 */
public final class LinuxLikeDriver {

    /** A buffer of a request: {@code length} bytes at {@code address}, device-writable or not. */
    public record Buffer(long address, int length, boolean writable) {
    }

    /** One used ring element. */
    public record Used(int id, int length) {
    }

    public final VirtioMmioTransport transport;
    public final TestRam ram;
    private final List<Ring> rings = new ArrayList<>();
    private long negotiated;

    public final class Ring {
        public final int index;
        public final int size;
        public final long desc;
        public final long avail;
        public final long used;
        private int freeHead;
        private int availIdx;
        private int lastUsed;

        Ring(int index, int size) {
            this.index = index;
            this.size = size;
            this.desc = ram.allocate(16 * size, 16);
            this.avail = ram.allocate(6 + 2 * size, 2);
            this.used = ram.allocate(6 + 8 * size, 4);
        }

        /** virtqueue_add_split with direct descriptors; returns the head. */
        public int add(Buffer... buffers) {
            int head = freeHead;
            for (int i = 0; i < buffers.length; i++) {
                int d = freeHead + i;
                long e = desc + 16L * d;
                ram.writeLittleEndian(e, 8, buffers[i].address());
                ram.writeLittleEndian(e + 8, 4, buffers[i].length());
                int flags = (buffers[i].writable() ? SplitVirtqueue.DESC_F_WRITE : 0) | (i + 1 < buffers.length ? SplitVirtqueue.DESC_F_NEXT : 0);
                ram.writeLittleEndian(e + 12, 2, flags);
                ram.writeLittleEndian(e + 14, 2, d + 1);
            }
            freeHead = (freeHead + buffers.length) % size;
            publish(head);
            return head;
        }

        /** virtqueue_add_split with one VIRTQ_DESC_F_INDIRECT descriptor pointing at a table of the buffers. */
        public int addIndirect(Buffer... buffers) {
            long table = ram.allocate(16 * buffers.length, 16);
            for (int i = 0; i < buffers.length; i++) {
                long e = table + 16L * i;
                ram.writeLittleEndian(e, 8, buffers[i].address());
                ram.writeLittleEndian(e + 8, 4, buffers[i].length());
                int flags = (buffers[i].writable() ? SplitVirtqueue.DESC_F_WRITE : 0) | (i + 1 < buffers.length ? SplitVirtqueue.DESC_F_NEXT : 0);
                ram.writeLittleEndian(e + 12, 2, flags);
                ram.writeLittleEndian(e + 14, 2, i + 1);
            }
            return addRaw(table, 16 * buffers.length, SplitVirtqueue.DESC_F_INDIRECT, 0);
        }

        /** One descriptor with whatever fields a test wants (wild ones included), made available. */
        public int addRaw(long address, long length, int flags, int next) {
            int head = freeHead;
            writeDescriptor(head, address, length, flags, next);
            freeHead = (freeHead + 1) % size;
            publish(head);
            return head;
        }

        public void writeDescriptor(int d, long address, long length, int flags, int next) {
            long e = desc + 16L * d;
            ram.writeLittleEndian(e, 8, address);
            ram.writeLittleEndian(e + 8, 4, length);
            ram.writeLittleEndian(e + 12, 2, flags);
            ram.writeLittleEndian(e + 14, 2, next);
        }

        /** Puts {@code head} in the available ring and advances its index (virtio_wmb before the index). */
        public void publish(int head) {
            ram.writeLittleEndian(avail + 4 + 2L * (availIdx % size), 2, head);
            availIdx = (availIdx + 1) & 0xffff;
            ram.writeLittleEndian(avail + 2, 2, availIdx);
        }

        /** Sets the available index directly (a driver that lies about it). */
        public void setAvailIndex(int value) {
            availIdx = value & 0xffff;
            ram.writeLittleEndian(avail + 2, 2, availIdx);
        }

        /** Starts both indexes at {@code value} as if that many requests had gone by (index wrap-around tests). */
        public void startIndexesAt(int value) {
            availIdx = value & 0xffff;
            lastUsed = value & 0xffff;
        }

        public void suppressInterrupts(boolean suppress) {
            ram.writeLittleEndian(avail, 2, suppress ? SplitVirtqueue.AVAIL_F_NO_INTERRUPT : 0);
        }

        /** vm_notify. */
        public void kick() {
            transport.write(QUEUE_NOTIFY, 4, index);
        }

        /** virtqueue_get_buf: the used elements since the last call. */
        public List<Used> takeUsed() {
            List<Used> found = new ArrayList<>();
            int usedIdx = (int) ram.readLittleEndian(used + 2, 2);
            while (lastUsed != usedIdx) {
                long e = used + 4 + 8L * (lastUsed % size);
                found.add(new Used((int) ram.readLittleEndian(e, 4), (int) ram.readLittleEndian(e + 4, 4)));
                lastUsed = (lastUsed + 1) & 0xffff;
            }
            return found;
        }
    }

    public LinuxLikeDriver(VirtioMmioTransport transport, TestRam ram) {
        this.transport = transport;
        this.ram = ram;
    }

    public int reg(int offset) {
        return (int) transport.read(offset, 4);
    }

    public void write(int offset, int value) {
        transport.write(offset, 4, value & 0xffffffffL);
    }

    /** vm_probe's checks: magic, version 2, a device. */
    public int probe() {
        if (reg(MAGIC_VALUE) != MAGIC) {
            throw new AssertionError("wrong magic value");
        }
        if (reg(VERSION) != 2) {
            throw new AssertionError("version " + reg(VERSION));
        }
        return reg(DEVICE_ID);
    }

    public long deviceFeatures() {
        write(DEVICE_FEATURES_SEL, 1);
        long high = reg(DEVICE_FEATURES) & 0xffffffffL;
        write(DEVICE_FEATURES_SEL, 0);
        return high << 32 | reg(DEVICE_FEATURES) & 0xffffffffL;
    }

    /** virtio_dev_probe up to virtio_features_ok: reset, ACKNOWLEDGE, DRIVER, features, FEATURES_OK; true when kept. */
    public boolean negotiate(long driverSupports) {
        write(STATUS, 0);
        write(STATUS, ACKNOWLEDGE);
        write(STATUS, ACKNOWLEDGE | DRIVER);
        negotiated = deviceFeatures() & driverSupports;
        return acceptFeatures(negotiated);
    }

    /** Writes DriverFeatures (vm_finalize_features) and FEATURES_OK, then re-reads the status. */
    public boolean acceptFeatures(long features) {
        write(DRIVER_FEATURES_SEL, 1);
        write(DRIVER_FEATURES, (int) (features >>> 32));
        write(DRIVER_FEATURES_SEL, 0);
        write(DRIVER_FEATURES, (int) features);
        write(STATUS, reg(STATUS) | FEATURES_OK);
        return (reg(STATUS) & FEATURES_OK) != 0;
    }

    /** vm_setup_vq: a queue of QueueNumMax entries (or {@code size} when not 0). */
    public Ring setupQueue(int index, int size) {
        write(QUEUE_SEL, index);
        if (reg(QUEUE_READY) != 0) {
            throw new AssertionError("queue " + index + " already set up");
        }
        int max = reg(QUEUE_NUM_MAX);
        if (max == 0) {
            throw new AssertionError("queue " + index + " not available");
        }
        Ring ring = new Ring(index, size == 0 ? max : size);
        write(QUEUE_NUM, ring.size);
        write(QUEUE_DESC_LOW, (int) ring.desc);
        write(QUEUE_DESC_HIGH, (int) (ring.desc >>> 32));
        write(QUEUE_DRIVER_LOW, (int) ring.avail);
        write(QUEUE_DRIVER_HIGH, (int) (ring.avail >>> 32));
        write(QUEUE_DEVICE_LOW, (int) ring.used);
        write(QUEUE_DEVICE_HIGH, (int) (ring.used >>> 32));
        write(QUEUE_READY, 1);
        rings.add(ring);
        return ring;
    }

    public void driverOk() {
        write(STATUS, reg(STATUS) | DRIVER_OK);
    }

    /** Everything Linux does before the first request: probe, negotiate (VERSION_1 and INDIRECT_DESC), one queue, DRIVER_OK. */
    public Ring start() {
        probe();
        if (!negotiate(VirtioFeatures.VERSION_1 | VirtioFeatures.RING_INDIRECT_DESC | 0xffffffL)) {
            throw new AssertionError("features refused");
        }
        Ring ring = setupQueue(0, 0);
        driverOk();
        return ring;
    }

    /** vm_interrupt: reads InterruptStatus and acknowledges what it read. */
    public int interrupt() {
        int status = reg(INTERRUPT_STATUS);
        write(INTERRUPT_ACK, status);
        return status;
    }
}
