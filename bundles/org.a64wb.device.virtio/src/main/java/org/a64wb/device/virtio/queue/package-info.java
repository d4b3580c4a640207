/** The device side of split virtqueues (virtio 1.2, 2.7): descriptor chains checked against guest RAM. */
package org.a64wb.device.virtio.queue;
