package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Debian's arm64 kernel boots on our virt board to the test initramfs's busybox userland, whose transcript
 * must be QEMU's (releng/linux/boot.sh), virtio disks and entropy source included. Runs when the kernel Image,
 * its virtio modules and busybox are there (releng/linux/fetch-guest.sh, which .ci/run calls, fetches them) and
 * mke2fs is installed; a few minutes long, so
 * {@code -Da64.linux.boot=false} skips it.
 */
class LinuxBootTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void debianKernelBootsToBusyboxAsUnderQemu() throws Exception {
        assumeTrue(!"false".equals(System.getProperty("a64.linux.boot")), "skipped with -Da64.linux.boot=false");
        Path image = Path.of(System.getenv().getOrDefault("IMAGE", System.getProperty("user.home") + "/.cache/a64-oracles/Image"));
        assumeTrue(Files.isRegularFile(image), "no kernel Image at " + image + " (releng/linux/fetch-guest.sh fetches it)");
        Path modules = Path.of(System.getenv().getOrDefault("MODULES", System.getProperty("user.home") + "/.cache/a64-oracles/modules"));
        for (String module : new String[] {"virtio_ring", "virtio", "virtio_mmio", "virtio_blk", "virtio-rng"}) {
            assumeTrue(Files.isRegularFile(modules.resolve(module + ".ko")),
                    "no " + module + ".ko in " + modules + " (releng/linux/fetch-guest.sh extracts the virtio modules)");
        }
        assumeTrue(Stream.of(System.getenv("PATH").split(":"), new String[] {"/sbin", "/usr/sbin"}).flatMap(Stream::of)
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "mke2fs"))), "no mke2fs for the ext4 disk (e2fsprogs)");
        Process process = new ProcessBuilder(List.of("bash", ROOT.resolve("releng/linux/boot.sh").toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.MINUTES);
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
    }
}
