package org.a64wb.differential;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;

/** Compares two runs of a {@link RandomProgram} sequence by sequence and explains the first difference. */
public final class Comparison {

    private static final A64InstructionSet A64 = new A64InstructionSet();

    private Comparison() {
    }

    /** Sequences whose dumps differ (or are missing on one side). */
    public static List<Integer> differing(RandomProgram program, byte[] reference, byte[] ours) {
        List<Integer> differing = new ArrayList<>();
        for (RandomProgram.Sequence s : program.sequences()) {
            int at = s.index() * RandomProgram.DUMP_BYTES;
            boolean refHas = reference.length >= at + RandomProgram.DUMP_BYTES;
            boolean oursHas = ours.length >= at + RandomProgram.DUMP_BYTES;
            if (!refHas || !oursHas || !java.util.Arrays.equals(reference, at, at + RandomProgram.DUMP_BYTES, ours, at, at + RandomProgram.DUMP_BYTES)) {
                differing.add(s.index());
            }
        }
        return differing;
    }

    /** Seed, instructions (with disassembly) and each diverging register or scratch word of one sequence. */
    public static String explain(RandomProgram program, int index, byte[] reference, byte[] ours) {
        RandomProgram.Sequence s = program.sequences().get(index);
        StringBuilder out = new StringBuilder();
        out.append(String.format("sequence %d (seed %d) at 0x%x:%n", index, s.seed(), s.firstInstruction()));
        for (int i = 0; i < s.words().length; i++) {
            int w = s.words()[i];
            int id = A64.decode(w);
            out.append(String.format("  %08x  %s%n", w, id < 0 ? "<undefined>" : A64.disassemble(id, w, 0)));
        }
        int at = index * RandomProgram.DUMP_BYTES;
        if (reference.length < at + RandomProgram.DUMP_BYTES || ours.length < at + RandomProgram.DUMP_BYTES) {
            out.append(String.format("  output ends early: reference %d bytes, ours %d bytes%n", reference.length, ours.length));
            return out.toString();
        }
        ByteBuffer ref = ByteBuffer.wrap(reference, at, RandomProgram.DUMP_BYTES).slice().order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer our = ByteBuffer.wrap(ours, at, RandomProgram.DUMP_BYTES).slice().order(ByteOrder.LITTLE_ENDIAN);
        for (int offset = 0; offset < RandomProgram.DUMP_BYTES; offset += 8) {
            long a = ref.getLong(offset);
            long b = our.getLong(offset);
            if (a != b) {
                out.append(String.format("  %-12s qemu %016x  ours %016x%n", name(offset), a, b));
            }
        }
        return out.toString();
    }

    private static String name(int offset) {
        if (offset < RandomProgram.NZCV_OFFSET) {
            return "x" + offset / 8;
        }
        if (offset < RandomProgram.V_OFFSET) {
            return "nzcv";
        }
        if (offset < RandomProgram.SCRATCH_OFFSET) {
            int v = (offset - RandomProgram.V_OFFSET) / 16;
            return "v" + v + ((offset - RandomProgram.V_OFFSET) % 16 == 0 ? ".lo" : ".hi");
        }
        return String.format("scratch+%d", offset - RandomProgram.SCRATCH_OFFSET);
    }
}
