/** The virtio-mmio transport (virtio 1.2, 4.2) and the contribution that puts 32 of them on a board. */
package org.a64wb.device.virtio.mmio;
