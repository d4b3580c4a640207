/** The virtio block device (virtio 1.2, 5.2) over a host file. */
package org.a64wb.device.virtio.blk;
