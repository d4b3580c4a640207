package org.a64wb.device.virtio.mmio;

import static org.a64wb.device.virtio.mmio.VirtioMmioTransport.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.device.virtio.LinuxLikeDriver;
import org.a64wb.device.virtio.LinuxLikeDriver.Buffer;
import org.a64wb.device.virtio.LinuxLikeDriver.Used;
import org.a64wb.device.virtio.TestRam;
import org.a64wb.device.virtio.VirtioDevice;
import org.a64wb.device.virtio.VirtioFeatures;
import org.a64wb.device.virtio.queue.DescriptorChain;
import org.a64wb.device.virtio.queue.SplitVirtqueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The virtio-mmio version 2 register interface (virtio 1.2, 4.2), driven as Linux's virtio_mmio drives it. */
class VirtioMmioTransportTest {

    /** A device of ID 0x1f with one 16-entry queue that writes each request's readable bytes back, upper-cased. */
    static final class UpperCaseDevice implements VirtioDevice {
        int resets;

        @Override
        public int deviceId() {
            return 0x1f;
        }

        @Override
        public String name() {
            return "upper";
        }

        @Override
        public long features() {
            return 1L << 3;
        }

        @Override
        public int queueCount() {
            return 1;
        }

        @Override
        public int maxQueueSize(int queue) {
            return 16;
        }

        @Override
        public byte[] configSpace() {
            return new byte[] {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88};
        }

        @Override
        public void queueNotified(int index, SplitVirtqueue queue) {
            DescriptorChain chain;
            while ((chain = queue.next()) != null) {
                byte[] in = new byte[chain.readableLength()];
                chain.read(0, in, 0, in.length);
                byte[] out = new String(in, StandardCharsets.US_ASCII).toUpperCase().getBytes(StandardCharsets.US_ASCII);
                int n = Math.min(out.length, chain.writableLength());
                chain.write(0, out, 0, n);
                queue.complete(chain, n);
            }
        }

        @Override
        public void reset() {
            resets++;
        }
    }

    private final List<String> warnings = new ArrayList<>();
    private final List<Boolean> line = new ArrayList<>();
    private TestRam ram;
    private UpperCaseDevice device;
    private VirtioMmioTransport transport;
    private LinuxLikeDriver driver;

    @BeforeEach
    void setUp() {
        ram = new TestRam(0x4000_0000L, 1 << 20);
        device = new UpperCaseDevice();
        transport = new VirtioMmioTransport(device, ram, "virtio_mmio@a000000", warnings::add);
        transport.connectInterrupt(line::add);
        driver = new LinuxLikeDriver(transport, ram);
    }

    private boolean lineLevel() {
        return !line.isEmpty() && line.get(line.size() - 1);
    }

    private long text(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        long at = ram.allocate(b.length, 1);
        ram.write(at, b, 0, b.length);
        return at;
    }

    @Test
    void identifiesAsVersion2WithMagicDeviceAndVendor() {
        assertEquals(0x74726976, driver.reg(MAGIC_VALUE), "4.2.2: 'virt'");
        assertEquals(2, driver.reg(VERSION), "4.2.2: version 2 is the non-legacy layout");
        assertEquals(0x1f, driver.reg(DEVICE_ID));
        assertEquals(0x554d4551, driver.reg(VENDOR_ID), "QEMU's vendor ID");
    }

    @Test
    void anEmptyTransportHasDeviceIdZeroAndNoQueues() {
        VirtioMmioTransport empty = new VirtioMmioTransport(null, ram, "virtio_mmio@a000200", warnings::add);
        LinuxLikeDriver probe = new LinuxLikeDriver(empty, ram);
        assertEquals(0, probe.probe(), "4.2.3.1.1: DeviceID 0 is a placeholder the driver skips");
        assertEquals(0, probe.reg(QUEUE_NUM_MAX));
    }

    @Test
    void offersVersion1AndIndirectDescriptorsBesidesTheDeviceFeatures() {
        long features = driver.deviceFeatures();
        assertEquals(VirtioFeatures.VERSION_1 | VirtioFeatures.RING_INDIRECT_DESC | 1L << 3, features, Long.toHexString(features));
        assertEquals(1L << 32, VirtioFeatures.VERSION_1, "6: VIRTIO_F_VERSION_1 is bit 32");
        driver.write(DEVICE_FEATURES_SEL, 2);
        assertEquals(0, driver.reg(DEVICE_FEATURES), "no features above bit 63");
    }

    @Test
    void featuresOkStaysClearWithoutVersion1() {
        driver.probe();
        assertFalse(driver.negotiate(1L << 3), "Linux: 'New virtio-mmio devices (version 2) must provide VIRTIO_F_VERSION_1'");
        assertEquals(ACKNOWLEDGE | DRIVER, driver.reg(STATUS));
        assertTrue(warnings.get(0).contains("FEATURES_OK refused"), warnings.toString());
    }

    @Test
    void featuresOkStaysClearWhenTheDriverAcceptsAFeatureNotOffered() {
        driver.negotiate(VirtioFeatures.VERSION_1);
        driver.write(STATUS, 0);
        driver.write(STATUS, ACKNOWLEDGE | DRIVER);
        assertFalse(driver.acceptFeatures(VirtioFeatures.VERSION_1 | 1L << 4), "3.1.1 step 5-6");
    }

    @Test
    void aRequestCompletesIntoTheUsedRingAndRaisesTheInterruptUntilAcknowledged() {
        LinuxLikeDriver.Ring ring = driver.start();
        assertEquals(16, ring.size);
        assertEquals(ACKNOWLEDGE | DRIVER | FEATURES_OK | DRIVER_OK, driver.reg(STATUS));
        long out = ram.allocate(16, 1);
        int head = ring.add(new Buffer(text("hello "), 6, false), new Buffer(text("virtio"), 6, false), new Buffer(out, 16, true));
        assertFalse(lineLevel());
        ring.kick();
        assertEquals(List.of(new Used(head, 12)), ring.takeUsed());
        assertEquals("HELLO VIRTIO", new String(ram.bytes(out, 12), StandardCharsets.US_ASCII));
        assertTrue(lineLevel(), "the used buffer notification raises the line");
        assertEquals(USED_BUFFER, driver.interrupt());
        assertFalse(lineLevel(), "InterruptACK clears the status and the line");
        assertEquals(0, driver.reg(INTERRUPT_STATUS));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void noInterruptWhenTheDriverSuppressesIt() {
        LinuxLikeDriver.Ring ring = driver.start();
        ring.suppressInterrupts(true);
        ring.add(new Buffer(text("x"), 1, false), new Buffer(ram.allocate(1, 1), 1, true));
        ring.kick();
        assertEquals(1, ring.takeUsed().size());
        assertEquals(0, driver.reg(INTERRUPT_STATUS), "2.7.7.1: VIRTQ_AVAIL_F_NO_INTERRUPT");
        assertFalse(lineLevel());
    }

    @Test
    void indirectDescriptorsWorkOnceNegotiated() {
        LinuxLikeDriver.Ring ring = driver.start();
        long out = ram.allocate(8, 1);
        int head = ring.addIndirect(new Buffer(text("abc"), 3, false), new Buffer(text("def"), 3, false), new Buffer(out, 8, true));
        ring.kick();
        assertEquals(List.of(new Used(head, 6)), ring.takeUsed());
        assertArrayEquals("ABCDEF".getBytes(StandardCharsets.US_ASCII), ram.bytes(out, 6));
    }

    @Test
    void theQueueIsNotUsedBeforeDriverOk() {
        driver.probe();
        driver.negotiate(VirtioFeatures.VERSION_1);
        LinuxLikeDriver.Ring ring = driver.setupQueue(0, 0);
        ring.add(new Buffer(text("a"), 1, false), new Buffer(ram.allocate(1, 1), 1, true));
        ring.kick();
        assertEquals(List.of(), ring.takeUsed(), "3.1.1: the device uses no queue before DRIVER_OK");
        driver.driverOk();
        ring.kick();
        assertEquals(1, ring.takeUsed().size());
    }

    @Test
    void queueRegistersReadBackAndQueueReadyGoesBackToZero() {
        driver.probe();
        driver.negotiate(VirtioFeatures.VERSION_1);
        LinuxLikeDriver.Ring ring = driver.setupQueue(0, 8);
        assertEquals(16, driver.reg(QUEUE_NUM_MAX));
        assertEquals(8, driver.reg(QUEUE_NUM));
        assertEquals(1, driver.reg(QUEUE_READY));
        assertEquals(ring.desc, driver.reg(QUEUE_DESC_LOW) & 0xffffffffL);
        assertEquals(ring.used, driver.reg(QUEUE_DEVICE_LOW) & 0xffffffffL);
        driver.write(QUEUE_READY, 0); // vm_del_vq, which then reads it back
        assertEquals(0, driver.reg(QUEUE_READY));
        driver.write(QUEUE_SEL, 1);
        assertEquals(0, driver.reg(QUEUE_NUM_MAX), "4.2.3.2: a queue the device lacks has QueueNumMax 0");
    }

    @Test
    void writingZeroToStatusResetsTheDevice() {
        LinuxLikeDriver.Ring ring = driver.start();
        ring.add(new Buffer(text("a"), 1, false), new Buffer(ram.allocate(1, 1), 1, true));
        ring.kick();
        assertTrue(lineLevel());
        int resetsBefore = device.resets;
        driver.write(STATUS, 0);
        assertEquals(0, driver.reg(STATUS));
        assertEquals(0, driver.reg(QUEUE_READY), "4.2.3.1: reset disables the queues");
        assertEquals(0, driver.reg(INTERRUPT_STATUS));
        assertFalse(lineLevel());
        assertEquals(resetsBefore + 1, device.resets, "the device forgets its state too");
        driver.write(STATUS, ACKNOWLEDGE | DRIVER);
        driver.write(STATUS, ACKNOWLEDGE | DRIVER | FEATURES_OK);
        assertEquals(0, driver.reg(STATUS) & FEATURES_OK, "the features accepted before the reset (VERSION_1) are gone");
    }

    @Test
    void aDescriptorOutsideRamPutsTheDeviceInNeedsResetAndTellsTheDriver() {
        LinuxLikeDriver.Ring ring = driver.start();
        ring.addRaw(0x1000, 64, 0, 0); // below RAM
        ring.kick();
        assertEquals(DEVICE_NEEDS_RESET, driver.reg(STATUS) & DEVICE_NEEDS_RESET, "2.1.2");
        assertEquals(CONFIG_CHANGE, driver.reg(INTERRUPT_STATUS), "2.1.2: a configuration change notification");
        assertTrue(lineLevel());
        assertEquals(List.of(), ring.takeUsed());
        assertTrue(warnings.get(0).contains("0x1000+0x40 is not guest RAM") && warnings.get(0).contains("DEVICE_NEEDS_RESET"), warnings.toString());
        driver.interrupt();
        ring.add(new Buffer(text("a"), 1, false), new Buffer(ram.allocate(1, 1), 1, true));
        ring.kick();
        assertEquals(List.of(), ring.takeUsed(), "a broken device ignores its queues until reset");
        driver.write(STATUS, DEVICE_NEEDS_RESET | ACKNOWLEDGE);
        assertEquals(DEVICE_NEEDS_RESET | ACKNOWLEDGE, driver.reg(STATUS), "the driver cannot clear DEVICE_NEEDS_RESET but by a reset");
        driver.start();
        assertEquals(0, driver.reg(STATUS) & DEVICE_NEEDS_RESET, "a reset clears it");
    }

    @Test
    void ringsOutsideRamOrMisalignedCannotBeEnabled() {
        driver.probe();
        driver.negotiate(VirtioFeatures.VERSION_1);
        driver.write(QUEUE_SEL, 0);
        driver.write(QUEUE_NUM, 16);
        driver.write(QUEUE_DESC_LOW, (int) (ram.base() + 8)); // the table needs 16-byte alignment
        driver.write(QUEUE_DRIVER_LOW, (int) ram.base() + 0x1000);
        driver.write(QUEUE_DEVICE_LOW, (int) ram.base() + 0x2000);
        driver.write(QUEUE_READY, 1);
        assertEquals(0, driver.reg(QUEUE_READY));
        assertEquals(DEVICE_NEEDS_RESET, driver.reg(STATUS) & DEVICE_NEEDS_RESET);
        assertTrue(warnings.get(0).contains("not 16-byte aligned"), warnings.toString());
        assertEquals(0, driver.reg(INTERRUPT_STATUS), "no notification before DRIVER_OK ...");
        driver.driverOk();
        assertEquals(CONFIG_CHANGE, driver.reg(INTERRUPT_STATUS), "... but once the driver is listening");
    }

    @Test
    void aQueueSizeAboveQueueNumMaxCannotBeEnabled() {
        driver.probe();
        driver.negotiate(VirtioFeatures.VERSION_1);
        driver.setupQueue(0, 32);
        assertEquals(0, driver.reg(QUEUE_READY));
        assertTrue(warnings.get(0).contains("QueueNum 32 (QueueNumMax is 16)"), warnings.toString());
    }

    @Test
    void registersTakeOnly32BitAccessesButTheConfigurationSpaceAnySize() {
        assertEquals(0, transport.read(MAGIC_VALUE, 1));
        assertTrue(warnings.get(0).contains("1-byte read of register 0x000"), warnings.toString());
        assertEquals(0x22, transport.read(CONFIG + 1, 1));
        assertEquals(0x4433, transport.read(CONFIG + 2, 2));
        assertEquals(0x88776655L, transport.read(CONFIG + 4, 4));
        assertEquals(0x8877665544332211L, transport.read(CONFIG, 8));
        assertEquals(0, transport.read(CONFIG + 8, 4), "past the device's configuration: 0");
        assertEquals(0, driver.reg(CONFIG_GENERATION));
    }

    @Test
    void queueAddressesCannotChangeWhileTheQueueIsReady() {
        driver.probe();
        driver.negotiate(VirtioFeatures.VERSION_1);
        LinuxLikeDriver.Ring ring = driver.setupQueue(0, 0);
        driver.write(QUEUE_DESC_LOW, 0x1234);
        assertEquals(ring.desc, driver.reg(QUEUE_DESC_LOW) & 0xffffffffL);
        assertTrue(warnings.get(0).contains("written while it is ready"), warnings.toString());
    }
}
