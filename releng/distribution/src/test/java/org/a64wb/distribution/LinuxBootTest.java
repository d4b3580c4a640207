package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Debian's arm64 kernel boots on our virt board to the test initramfs's busybox userland, whose transcript
 * must be QEMU's (releng/linux/boot.sh). Runs when the kernel Image and busybox are there
 * (releng/linux/fetch-guest.sh, which .ci/run calls, fetches them); a few minutes long, so
 * {@code -Da64.linux.boot=false} skips it.
 */
class LinuxBootTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void debianKernelBootsToBusyboxAsUnderQemu() throws Exception {
        assumeTrue(!"false".equals(System.getProperty("a64.linux.boot")), "skipped with -Da64.linux.boot=false");
        Path image = Path.of(System.getenv().getOrDefault("IMAGE", System.getProperty("user.home") + "/.cache/a64-oracles/Image"));
        assumeTrue(Files.isRegularFile(image), "no kernel Image at " + image + " (releng/linux/fetch-guest.sh fetches it)");
        Process process = new ProcessBuilder(List.of("bash", ROOT.resolve("releng/linux/boot.sh").toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.MINUTES);
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
    }
}
