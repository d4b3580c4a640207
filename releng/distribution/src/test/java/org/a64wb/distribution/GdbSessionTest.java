package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * gdb-multiarch in batch mode against the distribution (examples/gdb/compare.sh): {@code run-user --gdb}
 * with breakpoints, stepping, registers including V registers, memory, watchpoints, backtraces and a
 * second thread, and signals reported before the guest gets them, compared with the same sessions
 * against qemu-aarch64's stub; {@code run --board virt
 * --smp 2 --gdb} on the PSCI guest (two vCPUs) against qemu-system-aarch64's; each live when QEMU is
 * installed, else against its recorded output. Our own extras (read and access watchpoints, monitor
 * commands, kill) against their golden. Skipped where gdb-multiarch or the cross compiler is missing.
 */
class GdbSessionTest {

    private static final Path EXAMPLES = Path.of("../../examples/gdb").toAbsolutePath().normalize();
    private static final Path DIST = Path.of(System.getProperty("a64.dist", "target/a64")).toAbsolutePath();

    @Test
    void gdbSessionsAgreeWithQemusStub() throws Exception {
        assumeTrue(HostTools.onPath("gdb-multiarch"), "gdb-multiarch is not installed");
        assumeTrue(HostTools.onPath("aarch64-linux-gnu-gcc"), "aarch64-linux-gnu-gcc is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String runner = java + " -Da64.home=" + DIST + " -cp " + DIST.resolve("launcher.jar") + File.pathSeparator
                + DIST.resolve("framework/felix.jar") + " org.a64wb.launcher.Main";
        Process process = new ProcessBuilder(List.of("bash", EXAMPLES.resolve("compare.sh").toString(), "--check", runner))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), output);
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
        // Both sessions must really have been compared, not skipped.
        assertTrue(output.contains("OK common.gdb agrees with"), output);
        assertTrue(output.contains("OK a64only.gdb agrees with"), output);
        assertTrue(output.contains("OK signal.gdb agrees with"), output);
        assertTrue(output.contains("OK system.gdb agrees with"), output);
        assertTrue(output.contains("OK kill ends run-user with status 0"), output);
    }
}
