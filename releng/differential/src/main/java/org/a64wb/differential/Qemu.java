package org.a64wb.differential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The reference: runs an ELF under qemu-aarch64 (user mode) and returns its standard output. */
public final class Qemu {

    private Qemu() {
    }

    public static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path path = Path.of(dir, "qemu-aarch64");
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }

    /** Runs {@code elf}; the result is stdout, and the exit status must be 0. */
    public static byte[] run(Path qemu, Path elf) throws IOException, InterruptedException {
        Result result = execute(qemu, elf);
        if (result.status() != 0) {
            throw new IOException("qemu-aarch64 exited with status " + result.status() + " on " + elf);
        }
        return result.stdout();
    }

    /** What a run printed and how it ended (a guest fault ends it early with a signal status). */
    public record Result(byte[] stdout, int status) {
    }

    public static Result execute(Path qemu, Path elf) throws IOException, InterruptedException {
        // qemu-aarch64 silently exits 1 on a file without execute permission.
        if (!elf.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + elf + " executable");
        }
        Process process = new ProcessBuilder(List.of(qemu.toString(), "-cpu", "max", elf.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("qemu-aarch64 did not finish");
        }
        return new Result(out, process.exitValue());
    }
}
