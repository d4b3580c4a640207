package org.a64wb.differential;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs random-instruction programs under qemu-aarch64 and under an engine of ours and compares.
 * Usage: --seed S --programs P --sequences N --length L [--mix integer|simdfp] [--only REGEX] [--engine class-name].
 * --only restricts the SIMD&FP encodings drawn to those whose names match. Prints one line per
 * program and an explanation of each differing sequence; exits 1 when anything differs.
 */
public final class DifferentialMain {

    private DifferentialMain() {
    }

    public static void main(String[] args) throws Exception {
        long seed = 1;
        int programs = 1;
        int sequences = 1000;
        int length = 16;
        String engineClass = UserModeEngine.class.getName();
        RandomProgram.Mix mix = RandomProgram.Mix.INTEGER;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--programs" -> programs = Integer.parseInt(args[++i]);
                case "--sequences" -> sequences = Integer.parseInt(args[++i]);
                case "--length" -> length = Integer.parseInt(args[++i]);
                case "--engine" -> engineClass = args[++i];
                case "--only" -> only = args[++i];
                case "--mix" -> mix = switch (args[++i]) {
                    case "integer" -> RandomProgram.Mix.INTEGER;
                    case "simdfp" -> RandomProgram.Mix.SIMD_FP;
                    default -> throw new IllegalArgumentException("--mix takes integer or simdfp, not " + args[i]);
                };
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path qemu = Qemu.find();
        if (qemu == null) {
            System.err.println("qemu-aarch64 is not installed (apt-get install qemu-user)");
            System.exit(2);
        }
        Engine ours = (Engine) Class.forName(engineClass).getConstructor().newInstance();
        long total = 0;
        long failed = 0;
        for (int p = 0; p < programs; p++) {
            RandomProgram program = RandomProgram.generate(seed + p, sequences, length, mix, only);
            Path elf = Files.createTempFile("a64-random", ".elf");
            try {
                Files.write(elf, program.elf());
                Qemu.Result qemuResult = Qemu.execute(qemu, elf);
                byte[] reference = qemuResult.stdout();
                if (qemuResult.status() != 0) {
                    System.out.printf("qemu-aarch64 stopped with status %d after %d sequences%n", qemuResult.status(),
                            reference.length / RandomProgram.DUMP_BYTES);
                }
                byte[] actual;
                try {
                    actual = ours.run(elf);
                } catch (Exception e) {
                    System.out.println("ours failed: " + e.getMessage());
                    actual = new byte[0];
                }
                List<Integer> differing = Comparison.differing(program, reference, actual);
                total += sequences;
                failed += differing.size();
                System.out.printf("program seed %d: %d sequences x %d instructions, %d differ%n", seed + p, sequences, length, differing.size());
                for (int index : differing.subList(0, Math.min(3, differing.size()))) {
                    System.out.print(Comparison.explain(program, index, reference, actual));
                }
            } finally {
                Files.deleteIfExists(elf);
            }
        }
        System.out.printf("total: %d of %d sequences agree with qemu-aarch64%n", total - failed, total);
        System.exit(failed == 0 ? 0 : 1);
    }
}
