package org.a64wb.device.virtio.mmio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.Console;
import org.a64wb.board.api.DeviceRequest;
import org.a64wb.board.api.Display;
import org.a64wb.board.api.GuestMemory;
import org.a64wb.board.api.InterruptLine;
import org.a64wb.board.api.MmioWindow;
import org.a64wb.board.api.mmio.MmioDevice;
import org.a64wb.device.virtio.TestRam;
import org.a64wb.fdt.DeviceTree;
import org.a64wb.fdt.FdtNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contribution fills QEMU virt's virtio-mmio window as QEMU 7.2 does (its dumped device tree is the reference). */
class VirtioMmioContributionTest {

    @TempDir
    Path dir;

    /** What a board offers, as the virt board does for its "virtio-mmio" slot (0x0a000000, 32 x 0x200, SPI 16). */
    static final class FakeBoard implements BoardContext {
        final List<DeviceRequest> requests;
        final List<DeviceRequest> asked = new ArrayList<>();
        final Map<Long, MmioDevice> mapped = new LinkedHashMap<>();
        final FdtNode root = FdtNode.root();
        final List<AutoCloseable> resources = new ArrayList<>();
        final TestRam ram = new TestRam(0x4000_0000L, 1 << 16);

        FakeBoard(DeviceRequest... requests) {
            this.requests = List.of(requests);
        }

        @Override
        public String boardName() {
            return "virt";
        }

        @Override
        public MmioWindow window(String slot) {
            assertEquals("virtio-mmio", slot);
            return new MmioWindow(0x0a00_0000L, 0x200 * 32);
        }

        @Override
        public int irq(String slot) {
            return 16;
        }

        @Override
        public int[] interruptCells(int spi, int triggerType) {
            return new int[] {0, spi, triggerType};
        }

        @Override
        public InterruptLine interruptLine(int spi) {
            return level -> { };
        }

        @Override
        public void map(long base, long size, String name, MmioDevice device) {
            assertEquals(0x200, size);
            mapped.put(base, device);
        }

        @Override
        public FdtNode addNode(String name) {
            return root.addNode(name);
        }

        @Override
        public int apbClockPhandle() {
            return 1;
        }

        @Override
        public DeviceTree deviceTree() {
            return new DeviceTree(root);
        }

        @Override
        public Console console() {
            return new Console(InputStream.nullInputStream(), System.out);
        }

        @Override
        public void claimConsole(FdtNode node) {
            throw new AssertionError("virtio-mmio is not a console");
        }

        @Override
        public void addDisplay(Display display) {
            throw new AssertionError("virtio-mmio is not a display");
        }

        @Override
        public GuestMemory guestMemory() {
            return ram;
        }

        @Override
        public <T extends DeviceRequest> List<T> requests(Class<T> kind) {
            List<T> found = new ArrayList<>();
            for (DeviceRequest r : requests) {
                if (kind.isInstance(r)) {
                    found.add(kind.cast(r));
                    asked.add(r);
                }
            }
            return found;
        }

        @Override
        public void closeWhenDone(AutoCloseable resource) {
            resources.add(resource);
        }

        @Override
        public void warn(String message) {
            throw new AssertionError(message);
        }

        int deviceId(long base) {
            return (int) mapped.get(base).read(VirtioMmioTransport.DEVICE_ID, 4);
        }
    }

    /** Node name to its properties (cells as ints, strings as strings, empty as an empty list), from QEMU's DTS. */
    private static Map<String, Map<String, List<Object>>> qemuNodes() throws IOException {
        String dts;
        try (InputStream in = VirtioMmioContributionTest.class.getResourceAsStream("qemu-virt-virtio-nodes.dts")) {
            dts = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Map<String, List<Object>>> nodes = new LinkedHashMap<>();
        Matcher node = Pattern.compile("(?m)^\\t(\\S+) \\{\\n((?:\\t\\t.*\\n)*)\\t\\};").matcher(dts);
        while (node.find()) {
            Map<String, List<Object>> properties = new LinkedHashMap<>();
            for (String line : node.group(2).split("\n")) {
                Matcher p = Pattern.compile("\\t\\t([\\w,#-]+)(?: = (.*))?;").matcher(line);
                assertTrue(p.matches(), line);
                List<Object> value = new ArrayList<>();
                if (p.group(2) != null && p.group(2).startsWith("<")) {
                    for (String cell : p.group(2).replaceAll("[<>]", "").trim().split(" ")) {
                        value.add(Integer.decode(cell));
                    }
                } else if (p.group(2) != null) {
                    value.add(p.group(2).replace("\"", ""));
                }
                properties.put(p.group(1), value);
            }
            nodes.put(node.group(1), properties);
        }
        return nodes;
    }

    @Test
    void the32NodesAreQemus() throws IOException {
        FakeBoard board = new FakeBoard();
        new VirtioMmioContribution().attach(board);
        Map<String, Map<String, List<Object>>> reference = qemuNodes();
        assertEquals(32, reference.size());
        assertEquals(new ArrayList<>(reference.keySet()), board.root.children().stream().map(FdtNode::name).toList(), "names, lowest address first");
        for (FdtNode ours : board.root.children()) {
            Map<String, List<Object>> qemu = reference.get(ours.name());
            assertEquals(qemu.keySet(), new java.util.HashSet<>(ours.propertyNames()), ours.name());
            assertEquals(qemu.get("compatible"), new ArrayList<Object>(ours.strings("compatible")), ours.name());
            assertArrayEquals(qemu.get("reg").stream().mapToInt(o -> (Integer) o).toArray(), ours.cells("reg"), ours.name());
            assertArrayEquals(qemu.get("interrupts").stream().mapToInt(o -> (Integer) o).toArray(), ours.cells("interrupts"), ours.name());
        }
        assertEquals(32, board.mapped.size());
        assertTrue(board.mapped.keySet().stream().allMatch(base -> board.deviceId(base) == 0), "no requests: every transport empty");
    }

    @Test
    void devicesTakeTheTransportsFromTheLastOneDownDisksFirst() throws IOException {
        Path a = Files.write(dir.resolve("a.img"), new byte[4096]);
        Path b = Files.write(dir.resolve("b.img"), new byte[8192]);
        FakeBoard board = new FakeBoard(new DeviceRequest.EntropySource(), new DeviceRequest.Disk(a, false), new DeviceRequest.Disk(b, true));
        new VirtioMmioContribution().attach(board);
        assertEquals(2, board.deviceId(0x0a00_3e00L), "the first disk in the last transport, as QEMU plugs its first -device");
        assertEquals(8, board.mapped.get(0x0a00_3e00L).read(VirtioMmioTransport.CONFIG, 8), "a.img: 8 sectors");
        assertEquals(2, board.deviceId(0x0a00_3c00L));
        assertEquals(16, board.mapped.get(0x0a00_3c00L).read(VirtioMmioTransport.CONFIG, 8), "b.img: 16 sectors");
        assertEquals(4, board.deviceId(0x0a00_3a00L), "then the entropy source");
        assertEquals(0, board.deviceId(0x0a00_3800L));
        assertEquals(3, board.asked.size(), "every request is taken");
        assertEquals(2, board.resources.size(), "the disks' files are closed when the run ends");
    }

    @Test
    void aDiskThatCannotBeOpenedFailsTheAttach() {
        FakeBoard board = new FakeBoard(new DeviceRequest.Disk(dir.resolve("missing.img"), true));
        RuntimeException e = assertThrows(RuntimeException.class, () -> new VirtioMmioContribution().attach(board));
        assertTrue(e.getMessage().contains("--disk " + dir.resolve("missing.img") + ",ro: cannot open"), e.getMessage());
    }
}
