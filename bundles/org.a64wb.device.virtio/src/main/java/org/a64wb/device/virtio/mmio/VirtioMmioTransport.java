package org.a64wb.device.virtio.mmio;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.a64wb.board.api.GuestMemory;
import org.a64wb.board.api.GuestMemoryFault;
import org.a64wb.board.api.InterruptLine;
import org.a64wb.board.api.mmio.MmioDevice;
import org.a64wb.device.virtio.VirtioDevice;
import org.a64wb.device.virtio.VirtioFeatures;
import org.a64wb.device.virtio.queue.SplitVirtqueue;
import org.a64wb.device.virtio.queue.VirtqueueError;

/**
 * The virtio-mmio transport, version 2 (virtio 1.2, 4.2 "Virtio Over MMIO"; the "modern" layout Linux's
 * virtio_mmio drives when Version reads 2): the register block of 4.2.2 followed by the device configuration
 * space at 0x100. Without a device (DeviceID 0) it is the empty slot QEMU's virt shows, which drivers skip
 * (4.2.3.1.1). The driver's interrupt line is level: high while InterruptStatus is not 0 (as QEMU drives it;
 * the device tree may still call it edge-triggered, as QEMU's does). When the driver breaks the rules of a
 * virtqueue the device sets DEVICE_NEEDS_RESET (2.1.2), tells the board, and ignores the queues until reset.
 */
public final class VirtioMmioTransport implements MmioDevice {

    public static final int MAGIC_VALUE = 0x000;
    public static final int VERSION = 0x004;
    public static final int DEVICE_ID = 0x008;
    public static final int VENDOR_ID = 0x00c;
    public static final int DEVICE_FEATURES = 0x010;
    public static final int DEVICE_FEATURES_SEL = 0x014;
    public static final int DRIVER_FEATURES = 0x020;
    public static final int DRIVER_FEATURES_SEL = 0x024;
    public static final int QUEUE_SEL = 0x030;
    public static final int QUEUE_NUM_MAX = 0x034;
    public static final int QUEUE_NUM = 0x038;
    public static final int QUEUE_READY = 0x044;
    public static final int QUEUE_NOTIFY = 0x050;
    public static final int INTERRUPT_STATUS = 0x060;
    public static final int INTERRUPT_ACK = 0x064;
    public static final int STATUS = 0x070;
    public static final int QUEUE_DESC_LOW = 0x080;
    public static final int QUEUE_DESC_HIGH = 0x084;
    public static final int QUEUE_DRIVER_LOW = 0x090;
    public static final int QUEUE_DRIVER_HIGH = 0x094;
    public static final int QUEUE_DEVICE_LOW = 0x0a0;
    public static final int QUEUE_DEVICE_HIGH = 0x0a4;
    public static final int SHM_SEL = 0x0ac;
    public static final int SHM_LEN_LOW = 0x0b0;
    public static final int SHM_LEN_HIGH = 0x0b4;
    public static final int CONFIG_GENERATION = 0x0fc;
    public static final int CONFIG = 0x100;
    /** The register block's size on QEMU's virt (0x200 per transport). */
    public static final int SIZE = 0x200;

    /** "virt" in little-endian ASCII (4.2.2). */
    public static final int MAGIC = 0x74726976;
    /** QEMU's VIRTIO_MMIO_VENDOR ("QEMU"), so the guest's /sys/bus/virtio/devices/*&#47;vendor reads as under QEMU. */
    public static final int VENDOR = 0x554d4551;

    /** Device status bits (2.1). */
    public static final int ACKNOWLEDGE = 1;
    public static final int DRIVER = 2;
    public static final int DRIVER_OK = 4;
    public static final int FEATURES_OK = 8;
    public static final int DEVICE_NEEDS_RESET = 64;
    public static final int FAILED = 128;

    /** InterruptStatus bits (4.2.2): a used buffer, a configuration change (also how DEVICE_NEEDS_RESET is told). */
    public static final int USED_BUFFER = 1;
    public static final int CONFIG_CHANGE = 2;

    /** The transport's own feature bits, offered with every device. */
    public static final long TRANSPORT_FEATURES = VirtioFeatures.VERSION_1 | VirtioFeatures.RING_INDIRECT_DESC;

    private static final class Queue {
        int size;
        boolean ready;
        long descriptorTable;
        long availableRing;
        long usedRing;
        SplitVirtqueue active;
    }

    private final VirtioDevice device;
    private final GuestMemory memory;
    private final String name;
    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();
    private final Queue[] queues;
    private final byte[] config;
    private InterruptLine interrupt = level -> { };
    private boolean interruptLevel;

    private int deviceFeaturesSel;
    private int driverFeaturesSel;
    private long driverFeatures;
    private int queueSel;
    private int interruptStatus;
    private int status;

    /**
     * A transport for {@code device} (null: an empty slot) named {@code name} in messages ("virtio-mmio@a003e00"),
     * doing DMA in {@code memory}.
     */
    public VirtioMmioTransport(VirtioDevice device, GuestMemory memory, String name, Consumer<String> warnings) {
        this.device = device;
        this.memory = memory;
        this.name = device == null ? name : name + " (" + device.name() + ")";
        this.warnings = warnings;
        this.queues = new Queue[device == null ? 0 : device.queueCount()];
        for (int i = 0; i < queues.length; i++) {
            queues[i] = new Queue();
        }
        this.config = device == null ? new byte[0] : device.configSpace();
    }

    /** Where the transport's interrupt goes (the board's SPI for the slot). */
    public synchronized void connectInterrupt(InterruptLine line) {
        this.interrupt = line;
    }

    /** Everything the device offers: its own features and the transport's. */
    public long offeredFeatures() {
        return device == null ? 0 : device.features() | TRANSPORT_FEATURES;
    }

    public synchronized int status() {
        return status;
    }

    @Override
    public synchronized long read(long offset, int size) {
        if (offset >= CONFIG) {
            return readConfig((int) (offset - CONFIG), size);
        }
        if (size != 4 || (offset & 3) != 0) {
            warnOnce("size" + offset, String.format("%s: %d-byte read of register 0x%03x (registers take aligned 32-bit accesses, 4.2.2); reads 0",
                    name, size, offset));
            return 0;
        }
        Queue q = selectedQueue();
        long value = switch ((int) offset) {
            case MAGIC_VALUE -> MAGIC;
            case VERSION -> 2;
            case DEVICE_ID -> device == null ? 0 : device.deviceId();
            case VENDOR_ID -> VENDOR;
            case DEVICE_FEATURES -> deviceFeaturesSel < 2 ? offeredFeatures() >>> (32 * deviceFeaturesSel) : 0;
            case QUEUE_NUM_MAX -> q == null ? 0 : device.maxQueueSize(queueSel);
            case QUEUE_NUM -> q == null ? 0 : q.size;
            case QUEUE_READY -> q != null && q.ready ? 1 : 0;
            case INTERRUPT_STATUS -> interruptStatus;
            case STATUS -> status;
            case QUEUE_DESC_LOW -> q == null ? 0 : q.descriptorTable;
            case QUEUE_DESC_HIGH -> q == null ? 0 : q.descriptorTable >>> 32;
            case QUEUE_DRIVER_LOW -> q == null ? 0 : q.availableRing;
            case QUEUE_DRIVER_HIGH -> q == null ? 0 : q.availableRing >>> 32;
            case QUEUE_DEVICE_LOW -> q == null ? 0 : q.usedRing;
            case QUEUE_DEVICE_HIGH -> q == null ? 0 : q.usedRing >>> 32;
            case SHM_LEN_LOW, SHM_LEN_HIGH -> 0xffffffffL; // no shared memory regions (4.2.2: a length of ~0 says so)
            case CONFIG_GENERATION -> 0; // the configuration space never changes while a driver reads it
            default -> {
                warnOnce("r" + offset, String.format("%s: read of %s register 0x%03x reads 0", name, writeOnly(offset) ? "write-only" : "unknown",
                        offset));
                yield 0;
            }
        };
        return value & 0xffffffffL;
    }

    private static boolean writeOnly(long offset) {
        return offset == DEVICE_FEATURES_SEL || offset == DRIVER_FEATURES || offset == DRIVER_FEATURES_SEL || offset == QUEUE_SEL
                || offset == QUEUE_NOTIFY || offset == INTERRUPT_ACK || offset == SHM_SEL;
    }

    @Override
    public synchronized void write(long offset, int size, long value) {
        if (offset >= CONFIG) {
            // Every configuration field of blk and rng that a driver may write is one we do not offer (writeback, ...).
            warnOnce("config-write", String.format("%s: write to the configuration space at 0x%x ignored", name, offset));
            return;
        }
        if (size != 4 || (offset & 3) != 0) {
            warnOnce("size" + offset, String.format("%s: %d-byte write of register 0x%03x ignored (registers take aligned 32-bit accesses, 4.2.2)",
                    name, size, offset));
            return;
        }
        int v = (int) value;
        Queue q = selectedQueue();
        switch ((int) offset) {
            case DEVICE_FEATURES_SEL -> deviceFeaturesSel = v;
            case DRIVER_FEATURES_SEL -> driverFeaturesSel = v;
            case DRIVER_FEATURES -> {
                if ((status & FEATURES_OK) != 0) {
                    warnOnce("features-late", name + ": DriverFeatures written after FEATURES_OK; ignored (3.1.1)");
                } else if (driverFeaturesSel == 0 || driverFeaturesSel == 1) {
                    int shift = 32 * driverFeaturesSel;
                    driverFeatures = driverFeatures & ~(0xffffffffL << shift) | (v & 0xffffffffL) << shift;
                } else if (v != 0) {
                    warnOnce("features-high", name + ": DriverFeatures bits above 63 set; none is offered");
                }
            }
            case QUEUE_SEL -> queueSel = v;
            case QUEUE_NUM -> {
                if (queueWritable(q, "QueueNum")) {
                    q.size = v;
                }
            }
            case QUEUE_DESC_LOW, QUEUE_DESC_HIGH, QUEUE_DRIVER_LOW, QUEUE_DRIVER_HIGH, QUEUE_DEVICE_LOW, QUEUE_DEVICE_HIGH -> {
                if (queueWritable(q, "queue address")) {
                    setQueueAddress(q, (int) offset, v & 0xffffffffL);
                }
            }
            case QUEUE_READY -> {
                if (q == null) {
                    warnOnce("ready-none", String.format("%s: QueueReady of queue %d, which the device does not have", name, queueSel));
                } else if ((v & 1) == 0) {
                    q.ready = false;
                    q.active = null;
                } else if (!q.ready) {
                    enable(q);
                }
            }
            case QUEUE_NOTIFY -> notifyQueue(v);
            case INTERRUPT_ACK -> {
                interruptStatus &= ~v;
                updateInterrupt();
            }
            case STATUS -> writeStatus(v);
            case SHM_SEL -> { } // no shared memory regions: every one reads as absent
            default -> warnOnce("w" + offset, String.format("%s: write to %s register 0x%03x ignored", name,
                    offset == MAGIC_VALUE || offset == VERSION || offset == DEVICE_ID || offset == VENDOR_ID || offset == DEVICE_FEATURES
                            || offset == QUEUE_NUM_MAX || offset == INTERRUPT_STATUS || offset == CONFIG_GENERATION ? "read-only" : "unknown",
                    offset));
        }
    }

    private Queue selectedQueue() {
        return queueSel >= 0 && queueSel < queues.length ? queues[queueSel] : null;
    }

    private boolean queueWritable(Queue q, String what) {
        if (q == null) {
            warnOnce("queue-none" + what, String.format("%s: %s of queue %d, which the device does not have, ignored", name, what, queueSel));
            return false;
        }
        if (q.ready) {
            warnOnce("queue-ready" + what, String.format("%s: %s of queue %d written while it is ready; ignored (4.2.3.2)", name, what, queueSel));
            return false;
        }
        return true;
    }

    private static void setQueueAddress(Queue q, int register, long half) {
        boolean high = (register & 4) != 0;
        switch (register & ~4) {
            case QUEUE_DESC_LOW -> q.descriptorTable = merge(q.descriptorTable, half, high);
            case QUEUE_DRIVER_LOW -> q.availableRing = merge(q.availableRing, half, high);
            default -> q.usedRing = merge(q.usedRing, half, high);
        }
    }

    private static long merge(long address, long half, boolean high) {
        return high ? address & 0xffffffffL | half << 32 : address & ~0xffffffffL | half;
    }

    private void enable(Queue q) {
        int max = device.maxQueueSize(queueSel);
        if (q.size < 1 || q.size > max) {
            needsReset(String.format("queue %d enabled with QueueNum %d (QueueNumMax is %d)", queueSel, q.size, max));
            return;
        }
        try {
            boolean indirect = (driverFeatures & VirtioFeatures.RING_INDIRECT_DESC) != 0;
            q.active = new SplitVirtqueue(memory, q.size, q.descriptorTable, q.availableRing, q.usedRing, indirect);
            q.ready = true;
        } catch (VirtqueueError e) {
            needsReset("queue " + queueSel + ": " + e.getMessage());
        }
    }

    private void notifyQueue(int index) {
        if (index < 0 || index >= queues.length) {
            warnOnce("notify" + index, String.format("%s: QueueNotify of queue %d, which the device does not have, ignored", name, index));
            return;
        }
        Queue q = queues[index];
        if ((status & DEVICE_NEEDS_RESET) != 0 || (status & DRIVER_OK) == 0 || !q.ready) {
            return; // 3.1.1: the device uses no queue before DRIVER_OK; a broken device waits for its reset
        }
        try {
            device.queueNotified(index, q.active);
        } catch (VirtqueueError | GuestMemoryFault e) {
            needsReset("queue " + index + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // A fault of the device model itself: the guest's vCPU must not die of it; the device stops as if broken.
            needsReset("queue " + index + ": the device failed (" + e + ")");
        } finally {
            if (q.active != null && q.active.takeInterruptRequest()) {
                interruptStatus |= USED_BUFFER;
                updateInterrupt();
            }
        }
    }

    private void writeStatus(int v) {
        if (v == 0) {
            reset();
            return;
        }
        int next = v & ~DEVICE_NEEDS_RESET | status & DEVICE_NEEDS_RESET; // the device's bit: the driver cannot set or clear it
        if ((next & FEATURES_OK) != 0 && (status & FEATURES_OK) == 0) {
            long unknown = driverFeatures & ~offeredFeatures();
            if (unknown != 0 || (driverFeatures & VirtioFeatures.VERSION_1) == 0) {
                // 3.1.1 step 6: the driver re-reads the status and sees FEATURES_OK clear: the features are refused.
                warnOnce("features", String.format("%s: FEATURES_OK refused: the driver accepted 0x%x of the offered 0x%x%s", name, driverFeatures,
                        offeredFeatures(), (driverFeatures & VirtioFeatures.VERSION_1) == 0 ? " (without VIRTIO_F_VERSION_1)" : ""));
                next &= ~FEATURES_OK;
            }
        }
        boolean driverNowOk = (next & DRIVER_OK) != 0 && (status & DRIVER_OK) == 0;
        status = next;
        if (driverNowOk && (status & DEVICE_NEEDS_RESET) != 0) {
            interruptStatus |= CONFIG_CHANGE; // 2.1.2: a device that broke during set-up says so once the driver listens
            updateInterrupt();
        }
    }

    /** 4.2.3.1: writing 0 to Status resets the device; queues, features, interrupts start over. */
    private void reset() {
        status = 0;
        deviceFeaturesSel = 0;
        driverFeaturesSel = 0;
        driverFeatures = 0;
        queueSel = 0;
        for (int i = 0; i < queues.length; i++) {
            queues[i] = new Queue();
        }
        interruptStatus = 0;
        updateInterrupt();
        if (device != null) {
            device.reset();
        }
    }

    /** 2.1.2: the device cannot go on; the driver learns it from a configuration change notification. */
    private void needsReset(String reason) {
        warnings.accept(name + ": " + reason + "; the device needs a reset (DEVICE_NEEDS_RESET)");
        status |= DEVICE_NEEDS_RESET;
        if ((status & DRIVER_OK) != 0) {
            interruptStatus |= CONFIG_CHANGE;
            updateInterrupt();
        }
    }

    private long readConfig(int offset, int size) {
        if (size != 1 && size != 2 && size != 4 && size != 8 || (offset & (size - 1)) != 0) {
            warnOnce("config-size", String.format("%s: %d-byte configuration read at 0x%x reads 0", name, size, offset));
            return 0;
        }
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            int at = offset + i;
            value = value << 8 | (at < config.length ? config[at] & 0xffL : 0);
        }
        return value;
    }

    private void updateInterrupt() {
        boolean level = interruptStatus != 0;
        if (level != interruptLevel) {
            interruptLevel = level;
            interrupt.set(level);
        }
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) {
            warnings.accept(message);
        }
    }
}
