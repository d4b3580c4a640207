package org.a64wb.differential;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * qemu-aarch64's answers for fixed random programs, recorded as hashes so the test can check our
 * engine where qemu is not installed. Line 1: the program's SHA-256 (the spec or the generator
 * changed if it no longer matches); then one SHA-256 per sequence dump.
 * Regenerate with releng/differential/regenerate-golden.sh.
 */
public final class GoldenHashes {

    public static final long SEED = 20261123L;
    public static final int SEQUENCES = 400;
    public static final int LENGTH = 16;
    /** The SIMD&FP program: its own seed, the same size. */
    public static final long SIMD_FP_SEED = 20261205L;

    private GoldenHashes() {
    }

    public static String sha256(byte[] bytes, int offset, int length) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(bytes, offset, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Program hash followed by per-sequence dump hashes. */
    public static List<String> hashes(byte[] elf, byte[] output) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(sha256(elf, 0, elf.length));
        for (int at = 0; at + RandomProgram.DUMP_BYTES <= output.length; at += RandomProgram.DUMP_BYTES) {
            lines.add(sha256(output, at, RandomProgram.DUMP_BYTES));
        }
        return lines;
    }

    /** The recorded programs: integer (args[0]) and SIMD&FP (args[1], optional). */
    public static void main(String[] args) throws Exception {
        record(Path.of(args[0]), RandomProgram.generate(SEED, SEQUENCES, LENGTH));
        if (args.length > 1) {
            record(Path.of(args[1]), RandomProgram.generate(SIMD_FP_SEED, SEQUENCES, LENGTH, RandomProgram.Mix.SIMD_FP));
        }
    }

    private static void record(Path out, RandomProgram program) throws Exception {
        Path qemu = Qemu.find();
        if (qemu == null) {
            throw new IllegalStateException("qemu-aarch64 is not installed");
        }
        Path elf = Files.createTempFile("a64-random", ".elf");
        try {
            Files.write(elf, program.elf());
            byte[] reference = Qemu.run(qemu, elf);
            Files.write(out, hashes(program.elf(), reference), StandardCharsets.UTF_8);
            System.out.println("recorded " + (reference.length / RandomProgram.DUMP_BYTES) + " sequence hashes in " + out);
        } finally {
            Files.deleteIfExists(elf);
        }
    }
}
