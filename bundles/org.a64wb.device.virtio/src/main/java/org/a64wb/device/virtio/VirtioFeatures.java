package org.a64wb.device.virtio;

/** Feature bits reserved for the transport and the virtqueues (virtio 1.2, 6 "Reserved Feature Bits"). */
public final class VirtioFeatures {

    /** The driver may use descriptors with VIRTQ_DESC_F_INDIRECT (2.7.5.3 "Indirect Descriptors"). */
    public static final long RING_INDIRECT_DESC = 1L << 28;
    /** used_event / avail_event interrupt suppression (2.7.7, 2.7.10); not offered here. */
    public static final long RING_EVENT_IDX = 1L << 29;
    /** Compliance with virtio 1.x (a virtio-mmio version 2 device must offer it; Linux's virtio_mmio insists). */
    public static final long VERSION_1 = 1L << 32;

    private VirtioFeatures() {
    }
}
