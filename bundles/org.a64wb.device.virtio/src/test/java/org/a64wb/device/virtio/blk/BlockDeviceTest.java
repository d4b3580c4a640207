package org.a64wb.device.virtio.blk;

import static org.a64wb.device.virtio.blk.BlockDevice.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.a64wb.device.virtio.LinuxLikeDriver;
import org.a64wb.device.virtio.LinuxLikeDriver.Buffer;
import org.a64wb.device.virtio.LinuxLikeDriver.Used;
import org.a64wb.device.virtio.TestRam;
import org.a64wb.device.virtio.VirtioFeatures;
import org.a64wb.device.virtio.mmio.VirtioMmioTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * virtio-blk (virtio 1.2, 5.2) over a host file, with requests laid out as Linux's virtio_blk.c makes them:
 * a readable struct virtio_blk_outhdr {type, ioprio, sector}, the data, a writable status byte.
 */
class BlockDeviceTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final TestRam ram = new TestRam(0x4000_0000L, 8 << 20);
    private BlockDevice device;
    private VirtioMmioTransport transport;
    private LinuxLikeDriver driver;
    private LinuxLikeDriver.Ring ring;

    /** A disk of {@code sectors} sectors, sector n filled with the byte n + 1. */
    private Path disk(int sectors) throws IOException {
        byte[] content = new byte[sectors * SECTOR];
        for (int s = 0; s < sectors; s++) {
            Arrays.fill(content, s * SECTOR, (s + 1) * SECTOR, (byte) (s + 1));
        }
        return Files.write(dir.resolve("disk.img"), content);
    }

    private void attach(Path file, boolean readOnly) throws IOException {
        device = BlockDevice.open(file, readOnly, warnings::add);
        transport = new VirtioMmioTransport(device, ram, "virtio_mmio@a003e00", warnings::add);
        driver = new LinuxLikeDriver(transport, ram);
        ring = driver.start();
    }

    @AfterEach
    void close() throws IOException {
        if (device != null) {
            device.close();
        }
    }

    private long header(int type, long sector) {
        long at = ram.allocate(16, 8);
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(type).putInt(0).putLong(sector);
        ram.write(at, b.array(), 0, 16);
        return at;
    }

    private long status() {
        long at = ram.allocate(1, 1);
        ram.write(at, new byte[] {(byte) 0xff}, 0, 1); // not a status the device can write
        return at;
    }

    private int statusAt(long at) {
        return ram.bytes(at, 1)[0] & 0xff;
    }

    @Test
    void theConfigurationSpaceGivesCapacitySegMaxAndBlockSize() throws IOException {
        attach(disk(40), false);
        assertEquals(2, driver.probe(), "5: device ID 2 is the block device");
        assertEquals(40, transport.read(VirtioMmioTransport.CONFIG, 8), "capacity in 512-byte sectors");
        assertEquals(QUEUE_SIZE - 2, transport.read(VirtioMmioTransport.CONFIG + 12, 4), "seg_max");
        assertEquals(512, transport.read(VirtioMmioTransport.CONFIG + 20, 4), "blk_size");
        assertEquals(F_SEG_MAX | F_BLK_SIZE | F_FLUSH | VirtioFeatures.VERSION_1 | VirtioFeatures.RING_INDIRECT_DESC, driver.deviceFeatures());
    }

    @Test
    void aReadOnlyDiskOffersVirtioBlkFRo() throws IOException {
        attach(disk(1), true);
        assertEquals(F_RO, driver.deviceFeatures() & F_RO, "5.2.3: VIRTIO_BLK_F_RO is bit 5");
    }

    @Test
    void aReadFillsTheDataBuffersFromTheFile() throws IOException {
        attach(disk(8), false);
        long data1 = ram.allocate(512, 512);
        long data2 = ram.allocate(1024, 512);
        long st = status();
        int head = ring.add(new Buffer(header(T_IN, 3), 16, false), new Buffer(data1, 512, true), new Buffer(data2, 1024, true),
                new Buffer(st, 1, true));
        ring.kick();
        assertEquals(List.of(new Used(head, 1536 + 1)), ring.takeUsed(), "the data and the status byte written");
        assertEquals(S_OK, statusAt(st));
        byte[] expected = new byte[1536];
        Arrays.fill(expected, 0, 512, (byte) 4);
        Arrays.fill(expected, 512, 1024, (byte) 5);
        Arrays.fill(expected, 1024, 1536, (byte) 6);
        byte[] got = new byte[1536];
        System.arraycopy(ram.bytes(data1, 512), 0, got, 0, 512);
        System.arraycopy(ram.bytes(data2, 1024), 0, got, 512, 1024);
        assertArrayEquals(expected, got, "sectors 3, 4, 5");
    }

    @Test
    void aWriteGoesToTheFile() throws IOException {
        Path file = disk(8);
        attach(file, false);
        long data = ram.allocate(1024, 512);
        byte[] bytes = new byte[1024];
        Arrays.fill(bytes, (byte) 0x5a);
        ram.write(data, bytes, 0, bytes.length);
        long st = status();
        int head = ring.addIndirect(new Buffer(header(T_OUT, 6), 16, false), new Buffer(data, 1024, false), new Buffer(st, 1, true));
        ring.kick();
        assertEquals(List.of(new Used(head, 1)), ring.takeUsed());
        assertEquals(S_OK, statusAt(st));
        byte[] onDisk = Files.readAllBytes(file);
        assertArrayEquals(bytes, Arrays.copyOfRange(onDisk, 6 * 512, 8 * 512));
        assertEquals(6, onDisk[6 * 512 - 1], "sector 5 untouched");
    }

    @Test
    void requestsLargerThanTheCopyBufferMoveWhole() throws IOException {
        int sectors = 2 * 2048 + 1; // 2 MiB + one sector: more than the device's 1 MiB copy buffer
        Path file = disk(sectors + 2);
        attach(file, false);
        long data = ram.allocate(sectors * SECTOR, 4096);
        long st = status();
        ring.add(new Buffer(header(T_IN, 1), 16, false), new Buffer(data, sectors * SECTOR, true), new Buffer(st, 1, true));
        ring.kick();
        assertEquals(S_OK, statusAt(st));
        byte[] read = ram.bytes(data, sectors * SECTOR);
        assertArrayEquals(Arrays.copyOfRange(Files.readAllBytes(file), SECTOR, (sectors + 1) * SECTOR), read, "sectors 1..4097");
        byte[] pattern = new byte[sectors * SECTOR];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (byte) (i * 7 + i / 4099);
        }
        ram.write(data, pattern, 0, pattern.length);
        long st2 = status();
        ring.add(new Buffer(header(T_OUT, 2), 16, false), new Buffer(data, sectors * SECTOR, false), new Buffer(st2, 1, true));
        ring.kick();
        assertEquals(S_OK, statusAt(st2));
        assertArrayEquals(pattern, Arrays.copyOfRange(Files.readAllBytes(file), 2 * SECTOR, (sectors + 2) * SECTOR));
    }

    @Test
    void aWriteToAReadOnlyDiskFailsWithIoerrAndLeavesTheFileAlone() throws IOException {
        Path file = disk(2);
        byte[] before = Files.readAllBytes(file);
        attach(file, true);
        long data = ram.allocate(512, 512);
        long st = status();
        ring.add(new Buffer(header(T_OUT, 0), 16, false), new Buffer(data, 512, false), new Buffer(st, 1, true));
        ring.kick();
        assertEquals(1, ring.takeUsed().size());
        assertEquals(S_IOERR, statusAt(st));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadPastTheEndFailsWithIoerr() throws IOException {
        attach(disk(4), false);
        long data = ram.allocate(1024, 512);
        long st = status();
        ring.add(new Buffer(header(T_IN, 3), 16, false), new Buffer(data, 1024, true), new Buffer(st, 1, true));
        ring.kick();
        assertEquals(List.of(new Used(0, 1)), ring.takeUsed(), "only the status written");
        assertEquals(S_IOERR, statusAt(st));
        long st2 = status();
        ring.add(new Buffer(header(T_IN, -1L), 16, false), new Buffer(data, 512, true), new Buffer(st2, 1, true));
        ring.kick();
        assertEquals(S_IOERR, statusAt(st2), "sector 2^64-1");
    }

    @Test
    void aLengthThatIsNotWholeSectorsFailsWithIoerr() throws IOException {
        attach(disk(4), false);
        long st = status();
        ring.add(new Buffer(header(T_IN, 0), 16, false), new Buffer(ram.allocate(100, 1), 100, true), new Buffer(st, 1, true));
        ring.kick();
        assertEquals(S_IOERR, statusAt(st));
    }

    @Test
    void flushAndGetIdSucceedAndAnUnknownTypeIsUnsupported() throws IOException {
        attach(disk(1), false);
        long st = status();
        ring.add(new Buffer(header(T_FLUSH, 0), 16, false), new Buffer(st, 1, true));
        ring.kick();
        assertEquals(S_OK, statusAt(st));
        long id = ram.allocate(ID_BYTES, 1);
        ram.write(id, new byte[] {1, 1, 1}, 0, 3);
        long st2 = status();
        int head = ring.add(new Buffer(header(T_GET_ID, 0), 16, false), new Buffer(id, ID_BYTES, true), new Buffer(st2, 1, true));
        ring.kick();
        assertEquals(new Used(head, ID_BYTES + 1), ring.takeUsed().get(1));
        assertEquals(S_OK, statusAt(st2));
        assertArrayEquals(new byte[ID_BYTES], ram.bytes(id, ID_BYTES), "no serial: NULs, as QEMU without serial=");
        long st3 = status();
        ring.add(new Buffer(header(11, 0), 16, false), new Buffer(st3, 1, true)); // VIRTIO_BLK_T_DISCARD, not offered
        ring.kick();
        assertEquals(S_UNSUPP, statusAt(st3));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aRequestWithoutItsHeaderBreaksTheDevice() throws IOException {
        attach(disk(1), false);
        ring.add(new Buffer(header(T_IN, 0), 8, false), new Buffer(status(), 1, true));
        ring.kick();
        assertEquals(VirtioMmioTransport.DEVICE_NEEDS_RESET, driver.reg(VirtioMmioTransport.STATUS) & VirtioMmioTransport.DEVICE_NEEDS_RESET);
        assertTrue(warnings.get(0).contains("without its 16-byte header or status byte"), warnings.toString());
    }

    @Test
    void thePartialLastSectorOfAFileIsNotPartOfTheDisk() throws IOException {
        Path file = Files.write(dir.resolve("odd.img"), new byte[3 * 512 + 100]);
        try (BlockDevice odd = BlockDevice.open(file, true, warnings::add)) {
            assertEquals(3, odd.capacity());
        }
    }
}
