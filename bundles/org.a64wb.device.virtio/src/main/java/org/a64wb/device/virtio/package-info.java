/**
 * Virtio devices (OASIS virtio 1.2): the contract between a device type and its transport. The split
 * virtqueue is in {@code .queue}, the virtio-mmio transport and its board contribution in {@code .mmio}, the
 * device types in {@code .blk} (block device) and {@code .rng} (entropy source).
 */
package org.a64wb.device.virtio;
