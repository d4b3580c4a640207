package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --dump-dtb}: the tree the guest would get decompiles with dtc and matches, node for node and
 * property for property, what qemu-system-aarch64 -M virt,gic-version=3 -cpu max -smp 2 -m 512 dumps for the
 * same kernel, initrd and command line (src/test/resources/virt-dtb/qemu-virt.dts, made by regenerate.sh there).
 * Phandles are compared as the paths they point at. Every difference is listed below with its reason.
 */
class DeviceTreeDumpTest {

    private static final Path GOLDEN = Path.of("src/test/resources/virt-dtb/qemu-virt.dts");

    /**
     * QEMU nodes we deliberately do not model (with their subtrees): no PCIe host, no fw-cfg (the kernel is loaded
     * directly), no flash, no PL061 GPIO and so no gpio-keys, no platform bus for dynamic sysbus devices, no PMU
     * interrupt node, no GICv3 ITS (no LPIs/MSIs), no cpu-map topology; virtio-mmio transports come with the virtio
     * devices (another bundle), so any of QEMU's 32 may be missing. The PL061 comes with the example bundle
     * org.a64wb.example.pl061 when it is added (DeviceBundleTest), gpio-keys never.
     */
    private static final List<Pattern> NOT_MODELLED = List.of(Pattern.compile("/pcie@10000000"), Pattern.compile("/fw-cfg@9020000"),
            Pattern.compile("/flash@0"), Pattern.compile("/pl061@9030000"), Pattern.compile("/gpio-keys(/.*)?"),
            Pattern.compile("/platform-bus@c000000"), Pattern.compile("/pmu"), Pattern.compile("/intc@8000000/its@8080000"),
            Pattern.compile("/cpus/cpu-map(/.*)?"), Pattern.compile("/virtio_mmio@a00[0-3][02468ace]00"));

    /** Nodes that must be in both: the board's own and the devices we model. */
    private static final Set<String> MODELLED = Set.of("/", "/psci", "/memory@40000000", "/cpus", "/cpus/cpu@0", "/cpus/cpu@1", "/chosen",
            "/apb-pclk", "/intc@8000000", "/timer", "/pl011@9000000", "/pl031@9010000");

    /** Our node QEMU does not have: its display is ramfb over fw-cfg or virtio-gpu on PCIe, ours a simple-framebuffer. */
    private static final Set<String> OURS_ONLY = Set.of("/framebuffer@10000000");

    /**
     * node/property pairs that differ on purpose: the model names our board; our redistributor region covers the
     * vCPUs present (0x20000 each, Linux stops at GICR_TYPER.Last) where QEMU gives its whole 0xf60000 window.
     * phandle properties are not compared themselves (references are compared as paths).
     */
    private static final Set<String> DIFFERENT = Set.of("/ model", "/intc@8000000 reg");

    /** Properties whose cells are phandles (#clock-cells = 0 for the one clock). */
    private static final Set<String> PHANDLE_LISTS = Set.of("interrupt-parent", "clocks");

    /** Properties that are one number whatever their cell count (QEMU writes the initrd bounds in 1 cell below 4 GiB, we in 2). */
    private static final Set<String> NUMBERS = Set.of("linux,initrd-start", "linux,initrd-end");

    /** A decompiled tree: node path to its properties (name to the text dtc wrote for the value, "" when empty). */
    static Map<String, Map<String, String>> parseDts(String dts) {
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        List<String> stack = new ArrayList<>();
        for (String raw : dts.split("\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("//") || line.equals("/dts-v1/;")) {
                continue;
            }
            if (line.endsWith("{")) {
                String name = line.substring(0, line.length() - 1).trim();
                stack.add(name);
                String path = name.equals("/") ? "/" : "/" + String.join("/", stack.subList(1, stack.size()));
                nodes.put(path, new TreeMap<>());
            } else if (line.equals("};")) {
                stack.remove(stack.size() - 1);
            } else if (line.endsWith(";")) {
                String body = line.substring(0, line.length() - 1);
                int eq = body.indexOf(" = ");
                String path = stack.size() == 1 ? "/" : "/" + String.join("/", stack.subList(1, stack.size()));
                nodes.get(path).put(eq < 0 ? body : body.substring(0, eq), eq < 0 ? "" : body.substring(eq + 3));
            } else {
                throw new IllegalArgumentException("unexpected dts line: " + raw);
            }
        }
        return nodes;
    }

    private static List<Long> cells(String value) {
        assertTrue(value.startsWith("<") && value.endsWith(">"), "not cells: " + value);
        List<Long> cells = new ArrayList<>();
        for (String cell : value.substring(1, value.length() - 1).trim().split("\\s+")) {
            cells.add(Long.decode(cell));
        }
        return cells;
    }

    /** A property's value with phandles replaced by the paths they name and multi-cell numbers joined. */
    static String normalised(Map<String, Map<String, String>> tree, String property, String value) {
        if (PHANDLE_LISTS.contains(property)) {
            List<String> targets = new ArrayList<>();
            for (long phandle : cells(value)) {
                String target = tree.entrySet().stream().filter(e -> e.getValue().containsKey("phandle")
                        && cells(e.getValue().get("phandle")).get(0) == phandle).map(Map.Entry::getKey).findFirst()
                        .orElse("(dangling phandle 0x" + Long.toHexString(phandle) + ")");
                targets.add(target);
            }
            return "&" + String.join(" &", targets);
        }
        if (NUMBERS.contains(property)) {
            BigInteger number = BigInteger.ZERO;
            for (long cell : cells(value)) {
                number = number.shiftLeft(32).or(BigInteger.valueOf(cell));
            }
            return "0x" + number.toString(16);
        }
        return value;
    }

    @Test
    void dumpDecompilesWithDtcAndMatchesQemusTreeForTheModelledNodes(@TempDir Path dir) throws Exception {
        assumeTrue(HostTools.onPath("dtc"), "dtc (device-tree-compiler) is not installed");
        Path kernel = dir.resolve("kernel.bin");
        Files.write(kernel, new byte[] {0x00, 0x00, 0x00, 0x14}); // b . (never run)
        Path initrd = dir.resolve("initrd.img");
        Files.writeString(initrd, "initrd-bytes\n");
        Path dtb = dir.resolve("virt.dtb");
        DistributionTest.Run run = DistributionTest.launch("felix", "run", "--board", "virt", "--kernel", kernel.toString(), "--initrd",
                initrd.toString(), "--smp", "2", "--ram", "512", "--append", "console=ttyAMA0 quiet", "--dump-dtb", dtb.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out(), "a dump does not run the guest");
        Process dtc = new ProcessBuilder("dtc", "-I", "dtb", "-O", "dts", dtb.toString()).redirectErrorStream(false).start();
        String dts = new String(dtc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String dtcErrors = new String(dtc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, dtc.waitFor(), dtcErrors);

        Map<String, Map<String, String>> ours = parseDts(dts);
        Map<String, Map<String, String>> qemu = parseDts(Files.readString(GOLDEN));
        for (String node : MODELLED) {
            assertTrue(ours.containsKey(node), "missing modelled node " + node + " in\n" + dts);
            assertTrue(qemu.containsKey(node), "QEMU's golden lost " + node);
        }
        Set<String> qemuOnly = new TreeSet<>(qemu.keySet());
        qemuOnly.removeAll(ours.keySet());
        for (String node : qemuOnly) {
            assertTrue(NOT_MODELLED.stream().anyMatch(p -> p.matcher(node).matches()), "QEMU has " + node + ", we do not, and it is not listed as not modelled");
        }
        Set<String> oursOnly = new TreeSet<>(ours.keySet());
        oursOnly.removeAll(qemu.keySet());
        assertEquals(OURS_ONLY, oursOnly, "nodes only we have");

        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String node : ours.keySet()) {
            if (!qemu.containsKey(node)) {
                continue;
            }
            Set<String> properties = new TreeSet<>(ours.get(node).keySet());
            properties.addAll(qemu.get(node).keySet());
            properties.remove("phandle");
            for (String property : properties) {
                if (DIFFERENT.contains(node + " " + property)) {
                    continue;
                }
                String a = ours.get(node).get(property);
                String q = qemu.get(node).get(property);
                String ourValue = a == null ? "(absent)" : normalised(ours, property, a);
                String qemuValue = q == null ? "(absent)" : normalised(qemu, property, q);
                compared++;
                if (!ourValue.equals(qemuValue)) {
                    differences.add(node + " " + property + ": ours " + ourValue + ", QEMU " + qemuValue);
                }
            }
        }
        assertEquals(List.of(), differences, "properties that differ from QEMU's");
        assertTrue(compared >= 50, "compared only " + compared + " properties"); // 50 with the nodes modelled on 2026-12-06
        assertEquals("\"arm,pl031\\0arm,primecell\"", ours.get("/pl031@9010000").get("compatible"));
        assertEquals("&/apb-pclk", normalised(ours, "clocks", ours.get("/pl031@9010000").get("clocks")));
    }

    @Test
    void parserReadsNodesPropertiesAndNesting() {
        Map<String, Map<String, String>> tree = parseDts("/dts-v1/;\n\n/ {\n\ta = <0x01>;\n\n\tn@1 {\n\t\tflag;\n\t\tm {\n\t\t\ts = \"x\";\n\t\t};\n\t};\n};\n");
        assertEquals(Set.of("/", "/n@1", "/n@1/m"), tree.keySet());
        assertEquals("<0x01>", tree.get("/").get("a"));
        assertEquals("", tree.get("/n@1").get("flag"));
        assertEquals("\"x\"", tree.get("/n@1/m").get("s"));
    }
}
