package org.a64wb.isa.a64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.a64wb.isa.a64.oracle.Agreement;
import org.a64wb.isa.a64.oracle.GoldenCorpus;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionSet;
import org.junit.jupiter.api.Test;

/** Our disassembly against llvm-mc's recorded answers (the committed golden corpus). */
class GoldenCorpusTest {

    private final InstructionSet a64 = new A64InstructionSet();

    @Test
    void everyWordOfTheCorpusDisassemblesExactlyAsLlvmMcDoes() throws Exception {
        Map<Integer, String> corpus = GoldenCorpus.load();
        Agreement agreement = new Agreement();
        agreement.compareAll(a64, corpus);
        System.out.println("golden corpus: " + agreement.summary());
        List<Agreement.Difference> differences = agreement.differences();
        assertTrue(corpus.size() >= 50_000, "corpus has only " + corpus.size() + " words");
        assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())),
                agreement.summary() + "; first differences listed");
    }

    @Test
    void theCorpusExercisesEveryEncodingOfTheSpec() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (int word : GoldenCorpus.load().keySet()) {
            int id = a64.decode(word);
            if (id >= 0) {
                seen.add(a64.encodings().get(id).name());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (EncodingInfo e : a64.encodings()) {
            if (!seen.contains(e.name())) {
                missing.add(e.name() + " (" + e.location() + ")");
            }
        }
        assertEquals(Set.of(), missing, "encodings without corpus words: regenerate with releng/oracle/regenerate-golden.sh");
    }
}
