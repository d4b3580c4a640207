package org.a64wb.workbench.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.a64wb.workbench.TestSets;
import org.junit.jupiter.api.Test;

/** The playground's evaluation of typed lines; expected texts and words are llvm-mc's (LLVM 14, -triple=aarch64). */
class PlaygroundEvaluatorTest {

    private final PlaygroundEvaluator evaluator = new PlaygroundEvaluator(TestSets.a64());

    @Test
    void hexWordsAreDecodedAndDisassembled() {
        List<PlaygroundEvaluator.Row> rows = evaluator.evaluate("0xa9bf7bfd\nd503201f\n0x4cdf7000", 0);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("stp x29, x30, [sp, #-16]!", rows.get(0).disassembly());
        assertEquals("STP_pre_x", rows.get(0).decoded().encoding().name());
        assertEquals("nop", rows.get(1).disassembly());
        assertEquals("ld1 { v0.16b }, [x0], #16", rows.get(2).disassembly());
        assertEquals(List.of(0L, 4L, 8L), rows.stream().map(PlaygroundEvaluator.Row::address).toList());
    }

    @Test
    void assemblyIsAssembledToTheWordLlvmMcGives() {
        List<PlaygroundEvaluator.Row> rows = evaluator.evaluate("ldp q0, q1, [x2], #32\nadd x0, x1, #4095\nstp x29, x30, [sp, #-16]!", 0);
        assertEquals(List.of(0xacc10440, 0x913ffc20, 0xa9bf7bfd), rows.stream().map(PlaygroundEvaluator.Row::word).toList());
        assertEquals("ldp q0, q1, [x2], #32", rows.get(0).disassembly());
    }

    @Test
    void severalWordsOnOneLineAreConsecutiveInstructions() {
        List<PlaygroundEvaluator.Row> rows = evaluator.evaluate("d503201f, 0x14000001", 0x1000);
        assertEquals(2, rows.size());
        assertEquals(0x1004L, rows.get(1).address());
        // llvm-mc prints a branch's offset, not its target.
        assertEquals("b #4", rows.get(1).disassembly());
    }

    @Test
    void aMalformedHexWordIsAnErrorOnItsLine() {
        List<PlaygroundEvaluator.Row> rows = evaluator.evaluate("nop\n0xzz12\n0x123456789", 0);
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(1).line());
        assertEquals("'0xzz12' is not a 32-bit hex word (0x and 1 to 8 hex digits)", rows.get(1).error());
        assertNull(rows.get(1).word());
        assertEquals("'0x123456789' is not a 32-bit hex word (0x and 1 to 8 hex digits)", rows.get(2).error());
    }

    @Test
    void anAssemblyErrorNamesTheColumn() {
        PlaygroundEvaluator.Row row = evaluator.evaluate("add x0, x1, #99999", 0).get(0);
        assertTrue(row.failed(), row.toString());
        assertTrue(row.error().startsWith("column "), row.error());
    }

    @Test
    void anUnallocatedWordIsUndefined() {
        PlaygroundEvaluator.Row row = evaluator.evaluate("0x02000000", 0).get(0);
        assertEquals("<undefined>", row.disassembly());
        assertNull(row.decoded());
    }

    @Test
    void commentsAndBlankLinesProduceNoRows() {
        assertEquals(List.of(), evaluator.evaluate("// a comment\n\n   \n", 0));
    }
}
