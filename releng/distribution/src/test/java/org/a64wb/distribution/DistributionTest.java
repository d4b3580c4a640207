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
        assertTrue(runHelp.contains("--initrd FILE") && runHelp.contains("--timeout SECONDS") && runHelp.contains("--dump-dtb FILE")
                && runHelp.contains("--disk FILE[,ro]") && runHelp.contains("--rng"), runHelp);
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
        assertEquals(List.of(2, 1, 2), runs.stream().map(Run::status).toList());
        assertEquals("a64: '0x123456789' is not a 32-bit hex word; usage: disasm --words W... | --words-file FILE | [--base ADDR] FILE.bin\n",
                runs.get(0).err());
        assertEquals("a64: /no/such/file.bin: no such file\n", runs.get(1).err());
        assertTrue(runs.get(2).err().startsWith("a64: unknown command 'frobnicate'\n"), runs.get(2).err());
    }

    /** A bad command line, bad values included, exits 2 with the command's usage; the message names the value. */
    @Test
    void everyBadCommandLineExitsTwoWithTheUsage() throws Exception {
        Path source = Files.createTempFile("ok", ".s");
        Files.writeString(source, "_start:\n    nop\n");
        String[][] commandLines = {
            {"decode", "xyz"},
            {"decode"},
            {"disasm", "--words", "0x1g"},
            {"disasm", "--words"},
            {"disasm", "--base", "abc", "x.bin"},
            {"disasm", "a.bin", "b.bin"},
            {"asm", source.toString()},
            {"asm", "-o", "out.elf"},
            {"asm", source.toString(), "--flat", "--base", "0x4008zz", "-o", "out.bin"},
            {"asm", source.toString(), "-o"},
            {"run-user"},
            {"run-user", "--sysroot"},
            {"run-user", "--frob", "prog"},
            {"run-user", "--env", "NOEQUALS", "prog"},
            {"run-user", "--gdb", "70000", "prog"},
        };
        String[] expected = {
            "a64: 'xyz' is not a 32-bit hex word; usage: decode WORD...",
            "a64: usage: decode WORD...",
            "a64: '0x1g' is not a 32-bit hex word; usage: disasm",
            "a64: --words needs at least one word; usage: disasm",
            "a64: --base: 'abc' is not an address (decimal or 0x hex); usage: disasm",
            "a64: more than one file; usage: disasm",
            "a64: no output file (-o OUT); usage: asm",
            "a64: no input file; usage: asm",
            "a64: --base: '0x4008zz' is not an address (decimal or 0x hex); usage: asm",
            "a64: -o needs a file; usage: asm",
            "a64: usage: run-user",
            "a64: --sysroot needs a value; usage: run-user",
            "a64: unknown option --frob; usage: run-user",
            "a64: --env NOEQUALS: expected NAME=VALUE; usage: run-user",
            "a64: --gdb 70000: expected [HOST:]PORT with PORT from 0 to 65535; usage: run-user",
        };
        for (int i = 0; i < commandLines.length; i++) {
            Run run = launch("felix", commandLines[i]);
            String line = String.join(" ", commandLines[i]);
            assertEquals(2, run.status(), line + ": " + run.err());
            assertTrue(run.err().startsWith(expected[i]), line + ": " + run.err());
            assertEquals(1, run.err().split("\n").length, line + ": one line: " + run.err());
        }
    }

    /** Input that cannot be used is a failure, exit 1, with the file and what is wrong with it. */
    @Test
    void unusableFilesExitOneAndSayWhatIsWrong() throws Exception {
        Path binary = Files.createTempFile("prog", ".bin");
        Files.write(binary, new byte[] {'n', 'o', 'p', '\n', 0x7f, 'E', 'L', 'F', (byte) 0xd5, 0x03});
        Path source = Files.createTempFile("ok", ".s");
        Files.writeString(source, "_start:\n    frobnicate x0\n    movv x0, #1\n");
        Path flat = Files.createTempFile("spin", ".bin");
        Files.write(flat, new byte[] {0, 0, 0, 0x14}); // b .
        Run[] runs = {
            launch("felix", "asm", "/no/such/dir/in.s", "-o", "out.elf"),
            launch("felix", "asm", binary.toString(), "-o", binary + ".elf"),
            launch("felix", "asm", source.toString(), "-o", "/no/such/dir/out.elf"),
            launch("felix", "asm", source.toString(), "-o", source + ".elf"),
            launch("felix", "run-user", "/no/such/dir/y.elf"),
            launch("felix", "disasm", "/no/such/dir/y.bin"),
            launch("felix", "run-user", "/dev/zero"),
            launch("felix", "run", "--kernel", "/dev/zero"),
            launch("felix", "run", "--kernel", flat.toString(), "--initrd", "/dev/zero"),
            launch("felix", "disasm", "/dev/zero"),
            launch("felix", "asm", "/dev/zero", "-o", source + ".elf"),
        };
        String[] expected = {
            "a64: /no/such/dir/in.s: no such file\n",
            "a64: " + binary + ":2: not UTF-8 text (byte 0xd5 at offset 8); asm reads assembly source\n",
            "a64: /no/such/dir/out.elf: no such directory /no/such/dir\n",
            "a64: " + source + ":2:5: unknown instruction mnemonic 'frobnicate'\n" + source
                    + ":3:5: unknown instruction mnemonic 'movv' (did you mean 'mov', 'movi', 'movk'?)\n",
            "a64: /no/such/dir/y.elf: no such file\n",
            "a64: /no/such/dir/y.bin: no such file\n",
            "a64: /dev/zero: not a regular file (a device or a pipe cannot be loaded)\n",
            "a64: /dev/zero: not a regular file (a device or a pipe cannot be loaded)\n",
            "a64: /dev/zero: not a regular file (a device or a pipe cannot be loaded)\n",
            "a64: /dev/zero: not a regular file (a device or a pipe cannot be loaded)\n",
            "a64: /dev/zero: not a regular file (a device or a pipe cannot be assembled)\n",
        };
        for (int i = 0; i < runs.length; i++) {
            assertEquals(1, runs[i].status(), runs[i].err());
            assertEquals(expected[i], runs[i].err());
        }
    }

    /** The interactive shell as a user drives it, through a pipe: the real launcher process. */
    static Run shell(String input) throws Exception {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(javaCommand, "-Da64.home=" + DIST.toAbsolutePath(), "-cp",
                DIST.resolve("launcher.jar") + java.io.File.pathSeparator + DIST.resolve("framework/felix.jar"),
                "org.a64wb.launcher.Main", "shell").start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the shell did not end: " + new String(out, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theShellsHelpListsEveryA64CommandWithItsSummary() throws Exception {
        Run run = shell("help\nexit\n");
        assertEquals(0, run.status(), run.err());
        for (String command : new String[] {"disasm", "decode", "isa", "asm", "handlers", "run-user", "run", "stats", "help", "exit"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches("(g! )?a64:" + command + " +\\S.*|(g! )?a64:" + command + " *")),
                    command + " in:\n" + run.out());
        }
        assertTrue(run.out().contains("a64:run-user       run a static AArch64 Linux program; exits with its status")
                || run.out().contains("a64:run-user    run a static AArch64 Linux program; exits with its status"), run.out());
        assertTrue(run.out().contains("felix:lb"), "the other scopes are named: " + run.out());
        Run one = shell("help isa\nhelp lb\nhelp nosuch\nexit\n");
        assertTrue(one.out().contains("usage: isa\nactive instruction sets, rejected contributions\n"), one.out());
        assertTrue(one.out().contains("felix:lb [-l] [-s] [-u] - list all installed bundles"), one.out());
        assertTrue(one.err().contains("help: no command 'nosuch'; help lists them"), one.err());
    }

    @Test
    void exitLeavesTheShellWithItsStatusAndNoError() throws Exception {
        Run plain = shell("exit\n");
        assertEquals(0, plain.status(), plain.out() + plain.err());
        assertTrue(!plain.out().contains("Cannot coerce"), plain.out());
        Run three = shell("exit 3\n");
        assertEquals(3, three.status(), three.out() + three.err());
    }

    @Test
    void aCommandInTheShellPrintsItsOutputAndNoStrayResult() throws Exception {
        Path source = Files.createTempFile("exit7", ".s");
        Path program = Files.createTempFile("exit7", ".elf");
        Files.writeString(source, "    .globl _start\n_start:\n    mov x0, #7\n    mov x8, #93\n    svc #0\n");
        assertEquals(0, launch("felix", "asm", source.toString(), "-o", program.toString()).status());
        Run run = shell("a64:decode 0xd503201f\na64:run-user " + program + "\necho status ${a64.status}\nexit\n");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("d503201f\tnop"), run.out());
        assertTrue(run.out().contains("status 7"), "the status is in the session: " + run.out());
        assertTrue(run.out().lines().noneMatch(l -> l.trim().equals("7") || l.trim().equals("g! 7")), "no stray 7: " + run.out());
    }

    /** a64 help, each a64 COMMAND --help and the README name the same commands. */
    @Test
    void theUsageAndTheReadmeNameTheSameCommands() throws Exception {
        Run help = launch("felix", "help");
        assertEquals(0, help.status(), help.err());
        String readme = Files.readString(Path.of("../../README.md"));
        List<String> commands = help.out().lines().skip(1).filter(l -> l.startsWith("  ") && !l.startsWith("   "))
                .map(l -> l.trim().split(" ")[0]).toList();
        assertEquals(List.of("disasm", "decode", "isa", "asm", "handlers", "run-user", "run", "lsp", "workbench", "shell"), commands, help.out());
        for (String command : commands) {
            assertTrue(readme.contains("`" + command + "`") || readme.contains("./a64 " + command), "README names " + command);
            Run one = launch("felix", command, "--help");
            assertTrue(help.out().contains(one.out().lines().findFirst().orElseThrow().substring("usage: a64 ".length())),
                    command + ": --help and help agree: " + one.out());
        }
    }

    @Test
    void anExtraBundleThatIsNotABundleIsNamedBeforeTheRuntimeStarts() throws Exception {
        Path text = Files.createTempFile("notajar", ".jar");
        Files.writeString(text, "hello\n");
        Run run = launch("felix", "--bundle", text.toString(), "isa");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("a64: " + text + ": not a jar file ("), run.err());
        Run launcher = launch("felix", "--bundle", DIST.resolve("launcher.jar").toString(), "isa");
        assertEquals("a64: " + DIST.resolve("launcher.jar") + ": not an OSGi bundle (its manifest has no Bundle-SymbolicName)\n", launcher.err());
    }
}
