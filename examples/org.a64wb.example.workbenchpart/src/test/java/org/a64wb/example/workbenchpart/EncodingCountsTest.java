package org.a64wb.example.workbenchpart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.InstructionClass;
import org.junit.jupiter.api.Test;

class EncodingCountsTest {

    @Test
    void theClassCountsAddUpToTheSetsEncodings() {
        A64InstructionSet a64 = new A64InstructionSet();
        Map<InstructionClass, Integer> counts = EncodingCounts.of(a64);
        assertEquals(a64.encodings().size(), counts.values().stream().mapToInt(Integer::intValue).sum(), counts.toString());
        // The README's coverage: 207 general-register and 227 SIMD&FP loads and stores.
        assertEquals(207 + 227, counts.get(InstructionClass.LOAD_STORE), counts.toString());
    }
}
