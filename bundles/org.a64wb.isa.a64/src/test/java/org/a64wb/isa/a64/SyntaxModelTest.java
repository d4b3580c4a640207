package org.a64wb.isa.a64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a64wb.isa.a64.oracle.GoldenCorpus;
import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.syntax.SyntaxForm;
import org.a64wb.isa.api.syntax.SyntaxRenderer;
import org.junit.jupiter.api.Test;

/** The syntax model an assembler inverts must say exactly what the disassembler prints. */
class SyntaxModelTest {

    private final A64InstructionSet a64 = new A64InstructionSet();

    @Test
    void renderingTheSyntaxModelReproducesTheDisassemblyOfEveryCorpusWord() throws Exception {
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (int word : GoldenCorpus.load().keySet()) {
            var decoded = a64.decodeInstruction(word);
            if (decoded.isEmpty()) {
                continue;
            }
            checked++;
            String expected = a64.disassemble(decoded.get().id(), word, 0);
            String rendered = render(decoded.get());
            if (!expected.equals(rendered) && differences.size() < 20) {
                differences.add(String.format("%08x: disassembler '%s', model '%s'", word, expected, rendered));
            }
        }
        assertEquals(List.of(), differences, "checked " + checked + " words");
    }

    private String render(DecodedInstruction d) {
        Map<String, Long> fields = d.fields();
        for (SyntaxForm form : a64.syntax(d.id())) {
            if (form.condition() == null || form.condition().evaluate(fields::get, 0) != 0) {
                return SyntaxRenderer.render(form, fields, 0);
            }
        }
        throw new AssertionError("no syntax form applies");
    }
}
