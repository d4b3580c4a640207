/** The virtio entropy device (virtio 1.2, 5.4). */
package org.a64wb.device.virtio.rng;
