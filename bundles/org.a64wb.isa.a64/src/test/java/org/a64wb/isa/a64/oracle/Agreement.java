package org.a64wb.isa.a64.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a64wb.isa.api.InstructionSet;

/** Our disassembly of a word next to the reference's, and the tally over many words. */
public final class Agreement {

    public static final String UNDEFINED = "<undefined>";

    /** One word on which we and the reference differ. */
    public record Difference(int word, String encoding, String ours, String reference) {
        @Override
        public String toString() {
            return String.format("%08x  %-18s ours: %-40s llvm-mc: %s", word, encoding, ours, reference);
        }
    }

    private final List<Difference> differences = new ArrayList<>();
    private int compared;

    public static String ours(InstructionSet set, int word) {
        int id = set.decode(word);
        if (id < 0) {
            return UNDEFINED;
        }
        try {
            return LlvmMc.normalise(set.disassemble(id, word, 0));
        } catch (RuntimeException e) {
            return "<exception " + e + ">";
        }
    }

    public void compare(InstructionSet set, int word, String reference) {
        compared++;
        String expected = reference == null ? UNDEFINED : reference;
        String actual = ours(set, word);
        if (!expected.equals(actual)) {
            int id = set.decode(word);
            differences.add(new Difference(word, id < 0 ? "-" : set.encodings().get(id).name(), actual, expected));
        }
    }

    public void compareAll(InstructionSet set, Map<Integer, String> reference) {
        reference.forEach((word, text) -> compare(set, word, text));
    }

    public int compared() {
        return compared;
    }

    public List<Difference> differences() {
        return differences;
    }

    public String summary() {
        return String.format("%d of %d words agree (%.4f%%)", compared - differences.size(), compared,
                compared == 0 ? 100.0 : 100.0 * (compared - differences.size()) / compared);
    }
}
