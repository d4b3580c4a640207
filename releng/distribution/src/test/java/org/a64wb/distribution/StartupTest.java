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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up (issue 11): each command starts only the bundles the distribution's index names (bundles.index, made at
 * build time from the bundles' manifests), and does exactly what it does with every bundle started; contributed
 * bundles bring every bundle back. The a64 script makes a class-data sharing archive per JDK on first use and
 * ignores, silently, one that does not fit. No timing is asserted here: bench/results/startup.txt has the numbers.
 */
class StartupTest {

    private static final Path DIST = Path.of(System.getProperty("a64.dist", "target/a64")).toAbsolutePath();
    private static final Path A64 = Path.of("../../a64").toAbsolutePath().normalize();
    private static final Pattern INSTALLED = Pattern.compile("install (\\d+) bundles");

    private static DistributionTest.Run launchWith(String property, String value, String... args) throws Exception {
        String previous = System.getProperty(property);
        System.setProperty(property, value);
        try {
            return DistributionTest.launch("felix", args);
        } finally {
            if (previous == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, previous);
            }
        }
    }

    /** How many bundles the launcher installed for {@code args}, from its start-up trace. */
    private static int installed(String... args) throws Exception {
        DistributionTest.Run run = launchWith("a64.startup.trace", "", args);
        Matcher matcher = INSTALLED.matcher(run.err());
        assertTrue(matcher.find(), run.err());
        return Integer.parseInt(matcher.group(1));
    }

    private static List<String> indexLine(String function) throws Exception {
        return Files.readAllLines(DIST.resolve("bundles.index")).stream().filter(l -> l.startsWith(function + " ")).findFirst()
                .map(l -> List.of(l.split(" ")).subList(1, l.split(" ").length)).orElseThrow(() -> new AssertionError("no " + function));
    }

    private static int bundleCount() throws Exception {
        try (Stream<Path> jars = Files.list(DIST.resolve("bundles"))) {
            return (int) jars.filter(p -> p.toString().endsWith(".jar")).count();
        }
    }

    @Test
    void everyCommandDoesWithItsIndexedBundlesWhatItDoesWithAllOfThem(@TempDir Path dir) throws Exception {
        Path program = dir.resolve("exit7.s");
        Files.writeString(program, "    .globl _start\n_start:\n    mov x0, #7\n    mov x8, #93\n    svc #0\n");
        Path guest = Path.of("../../examples/guests/hello.S").toAbsolutePath();
        String[][] commands = {
            {"disasm", "--words", "0xd503201f", "0xa9bf7bfd", "0x3dc00000", "0x02000000"},
            {"decode", "0x3dc00000"},
            {"isa"},
            {"asm", program.toString(), "-o", dir.resolve("exit7.elf").toString()},
            {"asm", guest.toString(), "--flat", "--base", "0x40080000", "-o", dir.resolve("hello.bin").toString()},
            {"run-user", dir.resolve("exit7.elf").toString()},
            {"handlers"},
            {"run", "--kernel", dir.resolve("hello.bin").toString(), "--timeout", "60"},
        };
        for (String[] command : commands) {
            String line = String.join(" ", command);
            DistributionTest.Run indexed = DistributionTest.launch("felix", command);
            DistributionTest.Run all = launchWith("a64.bundles", "all", command);
            assertEquals(all.status(), indexed.status(), line + ": " + indexed.err());
            assertEquals(all.out(), indexed.out(), line);
            assertEquals(all.err(), indexed.err(), line);
        }
        assertEquals(7, DistributionTest.launch("felix", "run-user", dir.resolve("exit7.elf").toString()).status());
        assertTrue(DistributionTest.launch("felix", "run", "--kernel", dir.resolve("hello.bin").toString()).out()
                .startsWith("Hello from the virt board over the PL011\n"));
    }

    @Test
    void theIndexNamesEveryCommandOfTheCli() throws Exception {
        for (String command : new String[] {"disasm", "decode", "isa", "asm", "handlers", "run-user", "run"}) {
            assertTrue(indexLine("a64:" + command).size() > 0, command);
        }
    }

    @Test
    void aCommandStartsOnlyItsIndexedBundles() throws Exception {
        assertEquals(indexLine("a64:decode").size(), installed("decode", "0xd503201f"));
        assertEquals(indexLine("a64:run-user").size(), installed("run-user", "/no/such/program"));
        assertTrue(indexLine("a64:decode").size() < bundleCount(), "decode needs fewer bundles than the distribution has");
        assertEquals(bundleCount(), installedAll());
    }

    private static int installedAll() throws Exception {
        String previous = System.getProperty("a64.bundles");
        System.setProperty("a64.bundles", "all");
        try {
            return installed("decode", "0");
        } finally {
            if (previous == null) {
                System.clearProperty("a64.bundles");
            } else {
                System.setProperty("a64.bundles", previous);
            }
        }
    }

    @Test
    void aContributedBundleBringsEveryBundleBack(@TempDir Path dir) throws Exception {
        Path pl061 = DIST.resolve("examples/org.a64wb.example.pl061.jar");
        assertEquals(bundleCount() + 1, installed("--bundle", pl061.toString(), "decode", "0"));
        Path dropins = Files.createDirectory(dir.resolve("dropins"));
        Files.copy(pl061, dropins.resolve(pl061.getFileName()));
        String previous = System.getProperty("a64.dropins");
        System.setProperty("a64.dropins", dropins.toString());
        try {
            assertEquals(bundleCount() + 1, installed("decode", "0"));
        } finally {
            if (previous == null) {
                System.clearProperty("a64.dropins");
            } else {
                System.setProperty("a64.dropins", previous);
            }
        }
    }

    /** Exit status, stdout and stderr of the a64 script. */
    private static DistributionTest.Run script(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", A64.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("a64-script", ".out");
        Path err = Files.createTempFile("a64-script", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile())).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("a64 " + String.join(" ", args) + " did not end");
        }
        return new DistributionTest.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The archive the script keeps for {@code javaHome} and Felix: the JDK's real path, mangled, names it. */
    private static Path archive(Path javaHome) throws Exception {
        String home = javaHome.resolve("bin/java").toRealPath().getParent().getParent().toString();
        return DIST.resolve("cds/felix" + home.replaceAll("[^A-Za-z0-9.+-]", "_") + ".jsa");
    }

    /** Classes the JVM took from the dynamic archive, from its class+load log (on stdout, before the command's output). */
    private static long sharedClasses(String stdout) {
        return stdout.lines().filter(l -> l.contains("[class,load]") && l.contains("shared objects file (top)")).count();
    }

    private static String withoutJvmLog(String stdout) {
        return stdout.lines().filter(l -> !l.matches("\\[[0-9.]+s\\]\\[.*")).map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
    }

    @Test
    void theScriptMakesAnArchiveOnFirstUseAndSilentlyIgnoresOneThatDoesNotFit() throws Exception {
        String javaHome = System.getProperty("java.home");
        Map<String, String> jdk17 = Map.of("JAVA_HOME", javaHome, "A64_FRAMEWORK", "felix");
        String expected = "d503201f\tnop\n";
        Path archive = archive(Path.of(javaHome));
        Files.deleteIfExists(archive);
        DistributionTest.Run first = script(jdk17, "disasm", "--words", "0xd503201f");
        assertEquals(0, first.status(), first.err());
        assertEquals(expected, first.out());
        assertEquals("", first.err(), "no message when standard error is not a terminal");
        assertTrue(Files.isRegularFile(archive), "the archive for this JDK and framework: " + archive);

        DistributionTest.Run used = script(Map.of("JAVA_HOME", javaHome, "A64_JAVA_OPTS", "-Xlog:class+load=info"), "disasm", "--words",
                "0xd503201f");
        assertTrue(sharedClasses(used.out()) > 500, "classes from the archive: " + sharedClasses(used.out()));
        assertEquals("", used.err());

        // An archive the JVM cannot use (made with another class path) in its place: the JVM refuses it and says nothing.
        Path mismatched = Files.createTempFile("a64-mismatched", ".jsa");
        Files.delete(mismatched);
        Process dump = new ProcessBuilder(Path.of(javaHome, "bin", "java").toString(), "-XX:ArchiveClassesAtExit=" + mismatched, "-cp",
                DIST.resolve("framework/felix.jar") + java.io.File.pathSeparator + DIST.resolve("launcher.jar"), "org.a64wb.launcher.Main", "--help")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, dump.waitFor());
        Files.move(mismatched, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DistributionTest.Run ignored = script(Map.of("JAVA_HOME", javaHome, "A64_JAVA_OPTS", "-Xlog:class+load=info"), "disasm", "--words",
                "0xd503201f");
        assertEquals(0, ignored.status(), ignored.err());
        assertEquals("", ignored.err());
        assertEquals(0, sharedClasses(ignored.out()), "the mismatched archive is not used");
        assertEquals(expected, withoutJvmLog(ignored.out()));
        Files.delete(archive);
    }

    @Test
    void anotherJdkGetsAnArchiveOfItsOwn() throws Exception {
        Path jdk25 = Path.of(System.getenv().getOrDefault("A64_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no JDK 25 at " + jdk25);
        Path archive = archive(jdk25);
        Files.deleteIfExists(archive);
        DistributionTest.Run run = script(Map.of("JAVA_HOME", jdk25.toString()), "decode", "0xd503201f");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("d503201f\tnop\n"), run.out());
        assertTrue(Files.isRegularFile(archive), "an archive for JDK 25: " + archive);
        assertTrue(!archive.equals(archive(Path.of(System.getProperty("java.home")))));
        DistributionTest.Run used = script(Map.of("JAVA_HOME", jdk25.toString(), "A64_JAVA_OPTS", "-Xlog:class+load=info"), "decode", "0xd503201f");
        assertTrue(sharedClasses(used.out()) > 500, "classes from the archive: " + sharedClasses(used.out()));
        assertEquals("", used.err());
    }
}
