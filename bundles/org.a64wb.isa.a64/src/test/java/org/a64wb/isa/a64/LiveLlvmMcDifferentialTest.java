package org.a64wb.isa.a64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.a64wb.isa.a64.oracle.Agreement;
import org.a64wb.isa.a64.oracle.LlvmMc;
import org.a64wb.isa.a64.oracle.WordSampler;
import org.a64wb.isa.api.InstructionSet;
import org.junit.jupiter.api.Test;

/**
 * The same agreement checked live against the installed llvm-mc, on fresh words each day (the seed
 * is the date, printed so a failure can be replayed with releng/oracle/differential.sh --seed).
 * Skipped where llvm-mc is absent or -Da64.oracle.live=false.
 */
class LiveLlvmMcDifferentialTest {

    private static final int PER_ENCODING = 30;
    private static final int RANDOM = 100_000;

    @Test
    void randomWordsAgreeWithTheInstalledLlvmMc() throws Exception {
        LlvmMc llvm = LlvmMc.find();
        assumeTrue(llvm != null, "llvm-mc is not installed");
        assumeTrue(!"false".equals(System.getProperty("a64.oracle.live")), "live oracle runs are switched off");
        long seed = java.time.LocalDate.now().toEpochDay();
        InstructionSet a64 = new A64InstructionSet();
        Agreement agreement = new Agreement();
        agreement.compareAll(a64, llvm.disassemble(WordSampler.perEncoding(a64.encodings(), PER_ENCODING, seed)));
        agreement.compareAll(a64, llvm.disassemble(WordSampler.random(RANDOM, seed + 1)));
        System.out.println("live llvm-mc (seed " + seed + "): " + agreement.summary());
        List<Agreement.Difference> differences = agreement.differences();
        assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())), "seed " + seed + ": " + agreement.summary());
    }
}
