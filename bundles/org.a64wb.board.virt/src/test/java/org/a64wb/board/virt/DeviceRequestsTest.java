package org.a64wb.board.virt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.Console;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.api.DeviceRequest;
import org.a64wb.board.api.GuestMemory;
import org.a64wb.board.api.GuestMemoryFault;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the board hands --disk/--rng to device contributions, and guest RAM for their DMA. */
class DeviceRequestsTest {

    private static final byte[] LOOP = {0, 0, 0, 0x14}; // b .

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    /** A TEST-ONLY disk device: takes the disk requests and keeps the context's guest memory. */
    static final class DiskTaker implements DeviceContribution {
        final List<DeviceRequest.Disk> disks = new ArrayList<>();
        final List<Boolean> closed = new ArrayList<>();
        GuestMemory memory;

        @Override
        public String compatible() {
            return "test,disks";
        }

        @Override
        public void attach(BoardContext board) {
            disks.addAll(board.requests(DeviceRequest.Disk.class));
            memory = board.guestMemory();
            board.closeWhenDone(() -> closed.add(true));
        }
    }

    private VirtBoard.Instance boot(List<DeviceRequest> requests, List<DeviceContribution> devices) {
        return new VirtBoard(null, VirtBoardTest.testHandlers(), null, devices).boot(
                new VirtBoard.Options(VirtBoard.DEFAULT_RAM, 1, "", TrapPolicy.DEFAULT, VirtBoard.Irqchip.ACCEL, requests),
                new InProcessAccelerator().createVm(), LOOP,
                new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream())), new TrapStatistics(), warnings::add);
    }

    @Test
    void aRequestNoDeviceTakesRefusesTheBoot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> boot(List.of(new DeviceRequest.EntropySource()), List.of(new DiskTaker())));
        assertEquals("--rng: no attached device serves it (is its device bundle installed?)", e.getMessage());
    }

    @Test
    void aDeviceGetsTheRequestsOfItsKindInOrderAndItsResourcesCloseWhenTheMachineCannotBeBuilt() {
        DiskTaker taker = new DiskTaker();
        List<DeviceRequest> requests = List.of(new DeviceRequest.Disk(Path.of("b.img"), false), new DeviceRequest.EntropySource(),
                new DeviceRequest.Disk(Path.of("a.img"), true));
        assertThrows(IllegalArgumentException.class, () -> boot(requests, List.of(taker)), "nobody takes --rng");
        assertEquals(List.of(new DeviceRequest.Disk(Path.of("b.img"), false), new DeviceRequest.Disk(Path.of("a.img"), true)), taker.disks);
        assertEquals(List.of(true), taker.closed, "the device's resources are closed when the boot fails");
    }

    @Test
    void guestMemoryReachesRamAndFaultsOutsideIt() {
        DiskTaker taker = new DiskTaker();
        boot(List.of(new DeviceRequest.Disk(Path.of("x.img"), true)), List.of(taker));
        GuestMemory ram = taker.memory;
        long end = VirtBoard.RAM_BASE + VirtBoard.DEFAULT_RAM;
        assertTrue(ram.isRam(VirtBoard.RAM_BASE, 16));
        assertTrue(ram.isRam(end - 16, 16));
        assertFalse(ram.isRam(end - 15, 16), "past the end of RAM");
        assertFalse(ram.isRam(VirtBoard.RAM_BASE - 1, 2), "before it");
        assertFalse(ram.isRam(-8, 16), "a wrapping range");
        assertFalse(ram.isRam(VirtBoard.RAM_BASE, -1));
        ram.write(end - 4, new byte[] {1, 2, 3, 4}, 0, 4);
        assertEquals(0x04030201L, ram.readLittleEndian(end - 4, 4));
        GuestMemoryFault fault = assertThrows(GuestMemoryFault.class, () -> ram.read(end - 2, new byte[4], 0, 4));
        assertEquals(end - 2, fault.address());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, readBack(ram, end - 4), "a faulting access copies nothing");
        assertThrows(GuestMemoryFault.class, () -> ram.write(0x0900_0000L, new byte[1], 0, 1), "MMIO is not RAM");
    }

    private static byte[] readBack(GuestMemory ram, long address) {
        byte[] b = new byte[4];
        ram.read(address, b, 0, 4);
        return b;
    }

    private int run(ByteArrayOutputStream err, String... args) {
        return new VirtBoard(() -> new InProcessAccelerator().createVm(), new TrapHandlerRegistry(), null, List.of()).run(List.of(args),
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true));
    }

    @Test
    void aMissingDiskFileIsAUsageErrorNamingIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path missing = dir.resolve("missing.img");
        assertEquals(2, run(err, "--kernel", "Image", "--disk", missing + ",ro"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("a64: --disk " + missing + ",ro: no such file\nusage: run [--board virt] --kernel"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDirectoryIsNotADisk() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "--kernel", "Image", "--disk", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--disk " + dir + ": is a directory"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theRoFlagIsTheLastCommaPartOnly() throws Exception {
        assertEquals(new DeviceRequest.Disk(Path.of("d.img"), true), RunVirt.disk("d.img,ro"));
        assertEquals(new DeviceRequest.Disk(Path.of("d.img"), false), RunVirt.disk("d.img"));
        assertEquals(new DeviceRequest.Disk(Path.of("a,b.img"), false), RunVirt.disk("a,b.img"), "other commas belong to the path");
        Path file = Files.write(dir.resolve("d.img"), new byte[512]);
        assertEquals(null, RunVirt.diskProblem(new DeviceRequest.Disk(file, false)));
    }

    @Test
    void aDiskRequestWithoutAVirtioDeviceEndsTheRunWithTheReason() throws Exception {
        Path kernel = Files.write(dir.resolve("Image"), LOOP);
        Path disk = Files.write(dir.resolve("d.img"), new byte[512]);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(err, "--kernel", kernel.toString(), "--disk", disk.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--disk " + disk + ": no attached device serves it"), err.toString(StandardCharsets.UTF_8));
    }
}
