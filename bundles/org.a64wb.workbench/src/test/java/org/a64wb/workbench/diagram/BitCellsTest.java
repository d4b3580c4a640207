package org.a64wb.workbench.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.workbench.TestSets;
import org.junit.jupiter.api.Test;

/** The encoding diagram's cells, against the Arm ARM's STP (pre-index, 64-bit) diagram: opc=10 101 V=0 011 L=0 imm7 Rt2 Rn Rt. */
class BitCellsTest {

    @Test
    void stpPreIndexIsTenFixedBitsThenItsFourFields() {
        DecodedInstruction stp = TestSets.a64().decode(0xa9bf7bfd).orElseThrow();
        assertEquals("""
                31..22 FIXED 1010100110
                21..15 FIELD imm7 1111110
                14..10 FIELD Rt2 11110
                9..5 FIELD Rn 11111
                4..0 FIELD Rt 11101
                """, BitCells.describe(BitCells.of(stp.encoding(), 0xa9bf7bfd)));
    }

    @Test
    void withoutAWordFieldsShowNoValues() {
        DecodedInstruction nop = TestSets.a64().decode(0xd503201f).orElseThrow();
        String cells = BitCells.describe(BitCells.of(nop.encoding(), null));
        assertEquals(32, BitCells.of(nop.encoding(), null).stream().mapToInt(BitCells.Cell::width).sum(), cells);
        assertEquals(false, cells.contains("FIELD") && cells.matches("(?s).*FIELD \\S+ [01]+\\n.*"), cells);
    }
}
