package org.a64wb.device.virtio.rng;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.a64wb.device.virtio.LinuxLikeDriver;
import org.a64wb.device.virtio.LinuxLikeDriver.Buffer;
import org.a64wb.device.virtio.LinuxLikeDriver.Used;
import org.a64wb.device.virtio.TestRam;
import org.a64wb.device.virtio.VirtioFeatures;
import org.a64wb.device.virtio.mmio.VirtioMmioTransport;
import org.junit.jupiter.api.Test;

/** virtio-rng (virtio 1.2, 5.4) as Linux's virtio-rng.c uses it: one writable buffer per request. */
class EntropyDeviceTest {

    @Test
    void eachRequestIsFilledWithTheGeneratorsBytes() {
        TestRam ram = new TestRam(0x4000_0000L, 1 << 20);
        VirtioMmioTransport transport = new VirtioMmioTransport(new EntropyDevice(new Random(42)), ram, "virtio_mmio@a003c00", w -> {
            throw new AssertionError(w);
        });
        LinuxLikeDriver driver = new LinuxLikeDriver(transport, ram);
        assertEquals(4, driver.probe(), "5: device ID 4 is the entropy source");
        assertEquals(VirtioFeatures.VERSION_1 | VirtioFeatures.RING_INDIRECT_DESC, driver.deviceFeatures(), "no device features (5.4.3)");
        LinuxLikeDriver.Ring ring = driver.start();
        assertEquals(EntropyDevice.QUEUE_SIZE, ring.size);
        long first = ram.allocate(64, 1);
        long second = ram.allocate(100_000, 1);
        int a = ring.add(new Buffer(first, 64, true));
        int b = ring.add(new Buffer(second, 100_000, true));
        ring.kick();
        assertEquals(List.of(new Used(a, 64), new Used(b, 100_000)), ring.takeUsed());
        Random reference = new Random(42);
        byte[] expected = new byte[64];
        reference.nextBytes(expected);
        assertArrayEquals(expected, ram.bytes(first, 64));
        byte[] piece = new byte[64 << 10];
        reference.nextBytes(piece);
        assertArrayEquals(piece, ram.bytes(second, 64 << 10), "large requests are filled in 64 KiB pieces");
    }
}
