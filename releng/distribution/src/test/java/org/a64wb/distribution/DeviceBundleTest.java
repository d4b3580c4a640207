package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A third-party device bundle joins the distribution the documented ways (README "Writing a device bundle"), with no
 * file of the project edited: {@code a64 --bundle JAR ...} and a drop-in directory (A64_DROPINS, the launcher's
 * a64.dropins property). The example PL061 bundle's node in --dump-dtb is QEMU virt's, property for property, and a
 * guest sees its registers and interrupt as under QEMU. Also: --board looks the Board service up by name.
 */
class DeviceBundleTest {

    private static final Path DIST = Path.of(System.getProperty("a64.dist", "target/a64"));
    private static final Path PL061 = DIST.resolve("examples/org.a64wb.example.pl061.jar");
    private static final Path GUESTS = Path.of("../../examples/guests").toAbsolutePath();

    /** A launcher run with the a64.dropins property (what the a64 script makes of A64_DROPINS) set to {@code dropins}. */
    private static DistributionTest.Run launchWithDropins(String framework, Path dropins, String... args) throws Exception {
        String previous = System.getProperty("a64.dropins");
        System.setProperty("a64.dropins", dropins.toString());
        try {
            return DistributionTest.launch(framework, args);
        } finally {
            if (previous == null) {
                System.clearProperty("a64.dropins");
            } else {
                System.setProperty("a64.dropins", previous);
            }
        }
    }

    private static Path kernel(Path dir, String guest) throws Exception {
        Path kernel = dir.resolve(guest + ".bin");
        DistributionTest.Run asm = DistributionTest.launch("felix", "asm", GUESTS.resolve(guest + ".S").toString(), "--flat", "--base", "0x40080000",
                "-o", kernel.toString());
        assertEquals(0, asm.status(), asm.err());
        return kernel;
    }

    @Test
    void withTheBundleTheDumpedTreeHasQemusPl061Node(@TempDir Path dir) throws Exception {
        assumeTrue(HostTools.onPath("dtc"), "dtc (device-tree-compiler) is not installed");
        Path kernel = dir.resolve("kernel.bin");
        Files.write(kernel, new byte[] {0x00, 0x00, 0x00, 0x14}); // b . (never run)
        Path dtb = dir.resolve("virt.dtb");
        DistributionTest.Run run = DistributionTest.launch("felix", "--bundle", PL061.toString(), "run", "--board", "virt", "--kernel",
                kernel.toString(), "--dump-dtb", dtb.toString());
        assertEquals(0, run.status(), run.err());
        Process dtc = new ProcessBuilder("dtc", "-I", "dtb", "-O", "dts", dtb.toString()).start();
        String dts = new String(dtc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String dtcErrors = new String(dtc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, dtc.waitFor(), dtcErrors);

        Map<String, Map<String, String>> ours = DeviceTreeDumpTest.parseDts(dts);
        Map<String, Map<String, String>> qemu = DeviceTreeDumpTest.parseDts(Files.readString(Path.of("src/test/resources/virt-dtb/qemu-virt.dts")));
        String node = "/pl061@9030000";
        assertTrue(ours.containsKey(node), dts);
        Set<String> properties = new TreeSet<>(qemu.get(node).keySet());
        properties.addAll(ours.get(node).keySet());
        properties.remove("phandle"); // QEMU's gpio-keys points at the controller; ours has no gpio-keys
        List<String> differences = new ArrayList<>();
        for (String property : properties) {
            String a = ours.get(node).get(property);
            String q = qemu.get(node).get(property);
            String ourValue = a == null ? "(absent)" : DeviceTreeDumpTest.normalised(ours, property, a);
            String qemuValue = q == null ? "(absent)" : DeviceTreeDumpTest.normalised(qemu, property, q);
            if (!ourValue.equals(qemuValue)) {
                differences.add(property + ": ours " + ourValue + ", QEMU " + qemuValue);
            }
        }
        assertEquals(List.of(), differences, "pl061@9030000 against QEMU's");
        assertEquals(7, properties.size(), properties.toString());
        assertTrue(!ours.containsKey("/gpio-keys"), "no power key to press, so no gpio-keys node");
    }

    @ParameterizedTest
    @ValueSource(strings = {"felix", "equinox"})
    void aBundleInADropinDirectoryGivesTheGuestItsPl061AsUnderQemu(String framework, @TempDir Path dir) throws Exception {
        Path kernel = kernel(dir, "gpio");
        Path dropins = Files.createDirectory(dir.resolve("dropins"));
        Files.copy(PL061, dropins.resolve(PL061.getFileName()));
        DistributionTest.Run run = launchWithDropins(framework, dropins, "run", "--kernel", kernel.toString(), "--timeout", "60");
        assertEquals(0, run.status(), run.err());
        assertEquals(Files.readString(GUESTS.resolve("gpio.expected")), run.out());
        assertEquals("", run.err());
    }

    @Test
    void withoutTheBundleTheGuestsFirstAccessIsAnAbortItDoesNotSurvive(@TempDir Path dir) throws Exception {
        Path kernel = kernel(dir, "gpio");
        DistributionTest.Run run = DistributionTest.launch("felix", "run", "--kernel", kernel.toString(), "--timeout", "3");
        assertEquals("gpio guest\nid unexpected exception\n", run.out(), run.err());
        assertEquals(124, run.status(), "the guest spins after its unexpected exception until --timeout: " + run.err());
    }

    @Test
    void whatIsNotABundleInADropinDirectoryIsNamedAndLeftOut(@TempDir Path dir) throws Exception {
        Path dropins = Files.createDirectory(dir.resolve("dropins"));
        Files.writeString(dropins.resolve("notes.jar"), "not a jar\n");
        DistributionTest.Run run = launchWithDropins("felix", dropins, "isa");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().startsWith("a64: " + dropins.resolve("notes.jar") + ": not a jar file ("), run.err());
        assertTrue(run.err().endsWith("; left out\n"), run.err());
        DistributionTest.Run missing = launchWithDropins("felix", dir.resolve("nowhere"), "isa");
        assertEquals(0, missing.status(), missing.err());
        assertEquals("a64: a64.dropins: " + dir.resolve("nowhere") + ": no such directory\n", missing.err());
    }

    @Test
    void anUnknownBoardIsAUsageErrorListingTheInstalledBoards() throws Exception {
        DistributionTest.Run run = DistributionTest.launch("felix", "run", "--board", "sbsa-ref", "--kernel", "Image");
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith("a64: unknown board 'sbsa-ref' (available: virt)\nusage: run [--board NAME]"), run.err());
        assertTrue(run.err().contains("\n  virt - QEMU's virt machine"), run.err());
    }

    @Test
    void helpAfterABoardShowsItsOptionsAndRunHelpMentionsBoard() throws Exception {
        DistributionTest.Run virt = DistributionTest.launch("felix", "run", "--board", "virt", "--help");
        assertEquals(0, virt.status(), virt.err());
        assertTrue(virt.out().startsWith("usage: run --board virt --kernel FILE"), virt.out());
        DistributionTest.Run help = DistributionTest.launch("felix", "run", "--help");
        assertTrue(help.out().startsWith("usage: a64 run [--board NAME] --kernel FILE"), help.out());
    }
}
