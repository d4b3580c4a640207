package org.a64wb.device.virtio.queue;

/**
 * The driver broke a rule of the virtqueue (a descriptor outside guest RAM, a loop, a readable buffer after a
 * writable one ...). The device cannot tell which request was meant, so its transport sets DEVICE_NEEDS_RESET
 * (virtio 1.2, 2.1.2) and stops using the queues until the driver resets it.
 */
public final class VirtqueueError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VirtqueueError(String message) {
        super(message);
    }
}
