package org.a64wb.device.virtio;

import org.a64wb.device.virtio.queue.SplitVirtqueue;

/**
 * A virtio device type as a transport drives it (virtio 1.2, 2 "Basic Facilities of a Virtio Device"): its
 * device ID (5 "Device Types"), its device-specific feature bits, its virtqueues, its configuration space, and
 * what it does with the buffers the driver makes available. It knows nothing of the transport's registers or
 * interrupts: the transport negotiates features, sets up the queues and notifies the driver.
 */
public interface VirtioDevice {

    /** The device ID (virtio 1.2, 5: 2 = block device, 4 = entropy source). */
    int deviceId();

    /** A short name for messages ("virtio-blk disk.img"). */
    String name();

    /** The device-type feature bits (0-23 and 50-127 by 6 "Reserved Feature Bits"); the transport adds its own. */
    long features();

    /** How many virtqueues the device has. */
    int queueCount();

    /** QueueNumMax of a queue: the most descriptors the device accepts in it (a power of 2 up to 32768). */
    int maxQueueSize(int queue);

    /** The device configuration space, as the driver reads it (little-endian; 2.5 "Device Configuration Space"). */
    byte[] configSpace();

    /**
     * The driver made buffers available in {@code queue} (index {@code index}) and notified: take them with
     * {@link SplitVirtqueue#next} and hand each back with {@link SplitVirtqueue#complete}. Errors of the request
     * a device can report in-band (VIRTIO_BLK_S_IOERR) are reported so; a {@link
     * org.a64wb.device.virtio.queue.VirtqueueError} from the queue means the driver broke the ring's rules and
     * the transport puts the device in DEVICE_NEEDS_RESET.
     */
    void queueNotified(int index, SplitVirtqueue queue);

    /** The driver reset the device (status 0): forget per-session state. Called with no queue active. */
    default void reset() {
    }
}
