package org.a64wb.differential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.InstructionClass;
import org.junit.jupiter.api.Test;

/**
 * Random programs: deterministic per seed, made of allowed instructions, and run by our engine
 * exactly as qemu-aarch64 runs them (live where qemu is installed, else against recorded hashes).
 */
class RandomProgramTest {

    private final A64InstructionSet a64 = new A64InstructionSet();

    @Test
    void theSameSeedGivesTheSameProgram() {
        assertArrayEquals(RandomProgram.generate(7, 20, 16).elf(), RandomProgram.generate(7, 20, 16).elf());
    }

    @Test
    void sequencesUseOnlyDataProcessingAndLoadStoreInstructionsAndNeverWriteTheHarnessRegisters() {
        for (RandomProgram.Sequence s : RandomProgram.generate(3, 200, 16).sequences()) {
            for (int w : s.words()) {
                int id = a64.decode(w);
                assertTrue(id >= 0, String.format("%08x", w));
                InstructionClass c = a64.encodings().get(id).instructionClass();
                assertTrue(c == InstructionClass.DATA_PROCESSING || c == InstructionClass.LOAD_STORE, a64.disassemble(id, w, 0));
                a64.memoryAccess(id, w).ifPresent(m -> assertEquals(28, m.baseRegister(), a64.disassemble(id, w, 0)));
            }
        }
    }

    @Test
    void ourEngineAgreesWithQemuOnRandomSequences() throws Exception {
        agreesWithQemu(RandomProgram.generate(GoldenHashes.SEED, GoldenHashes.SEQUENCES, GoldenHashes.LENGTH), "qemu-random.sha256");
    }

    @Test
    void ourEngineAgreesWithQemuOnRandomSimdFpSequences() throws Exception {
        agreesWithQemu(RandomProgram.generate(GoldenHashes.SIMD_FP_SEED, GoldenHashes.SEQUENCES, GoldenHashes.LENGTH,
                RandomProgram.Mix.SIMD_FP), "qemu-random-simdfp.sha256");
    }

    private static void agreesWithQemu(RandomProgram program, String recorded) throws Exception {
        Path elf = Files.createTempFile("a64-random", ".elf");
        try {
            Files.write(elf, program.elf());
            byte[] ours = new UserModeEngine().run(elf);
            Path qemu = Qemu.find();
            boolean live = qemu != null && !"false".equals(System.getProperty("a64.oracle.live"));
            if (live) {
                byte[] reference = Qemu.run(qemu, elf);
                List<Integer> differing = Comparison.differing(program, reference, ours);
                System.out.println(recorded + " program, live qemu-aarch64: " + (GoldenHashes.SEQUENCES - differing.size()) + " of "
                        + GoldenHashes.SEQUENCES + " agree");
                assertEquals(List.of(), differing, differing.isEmpty() ? "" : Comparison.explain(program, differing.get(0), reference, ours));
            }
            List<String> golden = Files.readAllLines(Path.of("src/test/resources/golden/" + recorded));
            List<String> actual = GoldenHashes.hashes(program.elf(), ours);
            assertEquals(golden.get(0), actual.get(0),
                    "the random program changed (spec or generator): rerun releng/differential/regenerate-golden.sh");
            for (int i = 1; i < golden.size(); i++) {
                assertEquals(golden.get(i), actual.get(i), "sequence " + (i - 1) + " differs from qemu's recorded result");
            }
            assertEquals(golden.size(), actual.size());
        } finally {
            Files.deleteIfExists(elf);
        }
    }
}
