package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Boots the assembled distribution through its own launcher, on Felix and on Equinox, and runs the
 * CLI commands a user runs. Expected disassembly comes from llvm-mc (noted at each word).
 */
class DistributionTest {

    private static final Path DIST = Path.of(System.getProperty("a64.dist", "target/a64"));

    /** Exit status, standard output and standard error of one launcher run. */
    record Run(int status, String out, String err) {
    }

    static Run launch(String framework, String... args) throws Exception {
        URL[] classPath = {DIST.resolve("launcher.jar").toUri().toURL(), DIST.resolve("framework/" + framework + ".jar").toUri().toURL()};
        String previousHome = System.getProperty("a64.home");
        System.setProperty("a64.home", DIST.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> launcher = loader.loadClass("org.a64wb.launcher.Launcher");
            Object instance = launcher.getConstructor(InputStream.class, PrintStream.class, PrintStream.class)
                    .newInstance(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = (int) launcher.getMethod("run", String[].class).invoke(instance, (Object) args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            if (previousHome == null) {
                System.clearProperty("a64.home");
            } else {
                System.setProperty("a64.home", previousHome);
            }
        }
    }

    private static String example(String name) {
        return DIST.resolve("examples/org.a64wb.example." + name + ".jar").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"felix", "equinox"})
    void disasmPrintsOneLinePerWordOnBothFrameworks(String framework) throws Exception {
        // Expected texts are llvm-mc's; 0x02000000 lies in space A64 leaves unallocated.
        Run run = launch(framework, "disasm", "--words", "0xd503201f", "0xa9bf7bfd", "0x91000420", "d10043ff", "0x00000000", "0x02000000");
        assertEquals(0, run.status(), run.err());
        assertEquals("d503201f\tnop\na9bf7bfd\tstp x29, x30, [sp, #-16]!\n91000420\tadd x0, x1, #1\nd10043ff\tsub sp, sp, #16\n"
                + "00000000\tudf #0\n02000000\t<undefined>\n", run.out());
    }

    @Test
    void theExampleBundleAddsItsInstructionsAndTheyAreUndefinedWithoutIt() throws Exception {
        Run without = launch("felix", "disasm", "--words", "0x83000041");
        assertEquals("83000041\t<undefined>\n", without.out());
        Run with = launch("felix", "--bundle", example("vendorisa"), "disasm", "--words", "0x83000041", "0x8300fc41", "0x82020041", "0x823f0041");
        assertEquals(0, with.status(), with.err());
        assertEquals("83000041\tvldstream x1, [x2]\n8300fc41\tvldstream x1, [x2, #-8]\n82020041\tvcsum x1, x2, x2\n"
                + "823f0041\tvpopc x1, x2\n", with.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"felix", "equinox"})
    void theExampleBundlesWordsExecuteWhileItIsInstalled(String framework) throws Exception {
        Path source = Files.createTempFile("vendor", ".s");
        Path program = Files.createTempFile("vendor", ".elf");
        // x0 = vpopc x1 (0x7f: 7 bits set), then exit(x0)
        Files.writeString(source, "    .text\n    .globl _start\n_start:\n    mov x1, #0x7f\n    .word 0x823f0020\n"
                + "    mov x8, #93\n    svc #0\n");
        assertEquals(0, launch(framework, "asm", source.toString(), "-o", program.toString()).status());
        Run with = launch(framework, "--bundle", example("vendorisa"), "run-user", program.toString());
        assertEquals(7, with.status(), with.err());
        Run without = launch(framework, "run-user", program.toString());
        assertEquals(128 + 4, without.status(), "SIGILL without the bundle: " + without.err());
        assertTrue(without.err().contains("word 823f0020"), without.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"felix", "equinox"})
    void aConflictingContributionIsReportedWithBundleFileAndLineAndTheRuntimeGoesOn(String framework) throws Exception {
        Run run = launch(framework, "--bundle", example("conflictingisa"), "isa");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("rejected: org.a64wb.example.conflictingisa 0.1.0.SNAPSHOT: conflicting.a64:5: encoding 'MYNOP'"), run.out());
        Run disasm = launch(framework, "--bundle", example("conflictingisa"), "disasm", "--words", "0xd503201f");
        assertEquals(0, disasm.status(), disasm.err());
        assertTrue(!disasm.out().contains("mynop"), disasm.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"felix", "equinox"})
    void aGuestAssembledByUsBootsOnTheVirtBoardAndPowersOff(String framework) throws Exception {
        Path guest = Path.of("../../examples/guests/hello.S").toAbsolutePath();
        Path kernel = Files.createTempFile("hello", ".bin");
        Run asm = launch(framework, "asm", guest.toString(), "--flat", "--base", "0x40080000", "-o", kernel.toString());
        assertEquals(0, asm.status(), asm.err());
        Run run = launch(framework, "run", "--board", "virt", "--kernel", kernel.toString(), "--stats");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Hello from the virt board over the PL011\n"), run.out());
        assertTrue(run.err().contains("EC 0x24 / mmio-syndrome") && run.err().contains("EC 0x16 / psci-hvc"), run.err());
    }

    @Test
    void everyCommandAnswersHelpWithItsOwnUsage() throws Exception {
        for (String command : new String[] {"disasm", "decode", "isa", "asm", "handlers", "run-user", "run", "shell"}) {
            Run run = launch("felix", command, "--help");
            assertEquals(0, run.status(), command + ": " + run.err());
            assertTrue(run.out().startsWith("usage: a64 " + command), command + ": " + run.out());
        }
        String runHelp = launch("felix", "run", "-h").out();
        assertTrue(runHelp.contains("--initrd FILE") && runHelp.contains("--disk FILE[,ro]") && runHelp.contains("--rng"), runHelp);
        Run extra = launch("felix", "isa", "extra");
        assertEquals(2, extra.status());
        assertTrue(extra.err().contains("isa takes no arguments"), extra.err());
        Run badOption = launch("felix", "disasm", "--bogus");
        assertEquals(2, badOption.status(), badOption.err());
        Run unknown = launch("felix", "frobnicate", "--help");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.err());
    }

    @Test
    void theContributedTrapHandlersAreListedWithTheirFilters() throws Exception {
        Run run = launch("felix", "handlers");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("psci-hvc             EC 0x16 priority 0 immediate 0x0 ids 0x80000000-0x8000ffff"), run.out());
        assertTrue(run.out().contains("mmio-syndrome        EC 0x24 priority 10"), run.out());
        assertTrue(run.out().contains("mmio-emulation       EC 0x24 priority 0"), run.out());
    }

    @Test
    void decodeShowsFieldsClassAndMemoryAccess() throws Exception {
        Run run = launch("felix", "decode", "0x3dc00000");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("ldr q0, [x0]"), run.out());
        assertTrue(run.out().contains("class:    LOAD_STORE"), run.out());
        assertTrue(run.out().contains("memory:   load Qx16B regs=[0] base=x0 imm=0"), run.out());
    }

    @Test
    void aBinaryFileIsListedWithOffsetsAndATrailingPartialWord() throws Exception {
        Path bin = Files.createTempFile("a64", ".bin");
        Files.write(bin, new byte[] {0x20, 0x04, 0x00, (byte) 0x91, (byte) 0xff, 0x43, 0x00, (byte) 0xd1, 0x01, 0x02});
        Run run = launch("felix", "disasm", "--base", "0x40080000", bin.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("40080000:\t91000420\tadd x0, x1, #1\n40080004:\td10043ff\tsub sp, sp, #16\n40080008:\t01 02\t<2 trailing bytes>\n", run.out());
    }

    @Test
    void aWordsFileWithABadTokenNamesItsLine() throws Exception {
        Path words = Files.createTempFile("a64", ".txt");
        Files.writeString(words, "0x91000420 # add\nd10043ff\n0xzz\n");
        Run run = launch("felix", "disasm", "--words-file", words.toString());
        assertEquals(1, run.status());
        assertEquals("a64: " + words + ":3: '0xzz' is not a 32-bit hex word\n", run.err());
    }

    @Test
    void badInputIsOneClearLineAndANonZeroStatus() throws Exception {
        List<Run> runs = new ArrayList<>();
        runs.add(launch("felix", "disasm", "--words", "0x123456789"));
        runs.add(launch("felix", "disasm", "/no/such/file.bin"));
        runs.add(launch("felix", "frobnicate"));
        assertEquals(List.of(1, 1, 2), runs.stream().map(Run::status).toList());
        assertEquals("a64: '0x123456789' is not a 32-bit hex word\n", runs.get(0).err());
        assertEquals("a64: /no/such/file.bin: no such file\n", runs.get(1).err());
        assertTrue(runs.get(2).err().startsWith("a64: unknown command 'frobnicate'\n"), runs.get(2).err());
    }
}
