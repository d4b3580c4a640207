package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The user-mode test programs (examples/user-programs), built with gcc-aarch64-linux-gnu (and the
 * assembly ones also with our own assembler), run under the distribution's {@code run-user} with the
 * stdout and exit status qemu-aarch64 gave (recorded next to each program). Skipped where the cross
 * compiler is not installed.
 */
class UserProgramsTest {

    private static final Path PROGRAMS = Path.of("../../examples/user-programs").toAbsolutePath().normalize();
    private static final Path DIST = Path.of(System.getProperty("a64.dist", "target/a64")).toAbsolutePath();

    @Test
    void everyProgramPrintsAndExitsAsUnderQemu() throws Exception {
        check(Path.of(System.getProperty("java.home")));
    }

    /**
     * The same programs on JDK 25 where it is installed (A64_JDK25, else the Debian/Temurin location):
     * the runtime must not depend on what JDK 17 alone allows (atomic access to byte arrays, for one).
     */
    @Test
    void everyProgramAlsoRunsOnJdk25() throws Exception {
        Path jdk = Path.of(System.getenv().getOrDefault("A64_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeTrue(Files.isExecutable(jdk.resolve("bin/java")), "no JDK 25 at " + jdk);
        check(jdk);
    }

    private static void check(Path javaHome) throws Exception {
        assumeTrue(HostTools.onPath("aarch64-linux-gnu-gcc"), "aarch64-linux-gnu-gcc is not installed");
        String java = javaHome.resolve("bin/java").toString();
        String launcher = java + " -Da64.home=" + DIST + " -cp " + DIST.resolve("launcher.jar") + File.pathSeparator
                + DIST.resolve("framework/felix.jar") + " org.a64wb.launcher.Main";
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", PROGRAMS.resolve("build.sh").toString(), "--check", launcher + " run-user"))
                .redirectErrorStream(true);
        builder.environment().put("A64_ASM", launcher + " asm");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.MINUTES);
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
    }
}
