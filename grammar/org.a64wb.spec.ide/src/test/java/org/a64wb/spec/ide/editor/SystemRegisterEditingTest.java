package org.a64wb.spec.ide.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sysreg and sysop declarations are first-class in the editor services, on copies of isa-spec/a64.a64 and
 * system-registers.a64. References: llvm-mc 14's encodings (llvm-mc -triple=aarch64 -show-encoding) for the
 * words the hover gives, and the spec text for positions.
 */
class SystemRegisterEditingTest {

    private static OpenSpecFile spec;
    private static Path registers;
    private static String text;
    private static SpecEditorSession session;

    @BeforeAll
    static void start() throws IOException {
        spec = OpenSpecFile.open("system-registers.a64");
        registers = spec.file();
        text = spec.text();
        session = spec.session();
    }

    @AfterAll
    static void stop() {
        spec.close();
    }

    private static int lineOf(String needle) {
        return spec.lineOf(needle);
    }

    @Test
    void theCommittedFileIsCleanAndABadLocationIsAProblemOnItsLine() {
        assertEquals(List.of(), session.problems(registers));
        int line = lineOf("sysreg DAIF ");
        session.update(registers, text.replace("state daif", "state flags"));
        List<SpecEditorSession.Problem> problems = session.problems(registers);
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains("unknown location 'flags'")), problems.toString());
        session.update(registers, text);
        assertEquals(List.of(), session.problems(registers));
    }

    @Test
    void hoverOnARegisterGivesItsWordsAsLlvmMcEncodesThem() {
        String hover = session.hover(registers, lineOf("sysreg DAIF "), "sysreg D".length());
        assertNotNull(hover);
        // llvm-mc: mrs x0, DAIF = [0x20,0x42,0x3b,0xd5]; msr DAIF, x0 = [0x20,0x42,0x1b,0xd5].
        assertTrue(hover.contains("`mrs x0, DAIF` = `0xd53b4220`") && hover.contains("`msr DAIF, x0` = `0xd51b4220`"), hover);
        assertTrue(hover.contains("S3_3_C4_C2_1") && hover.contains("read from EL0") && hover.contains("SCTLR_EL1 & 0x200"), hover);
    }

    @Test
    void hoverOnANamedOnlyRegisterSaysItIsUndefined() {
        String hover = session.hover(registers, lineOf("sysreg TRCIDR8 "), "sysreg T".length());
        // llvm-mc: mrs x0, TRCIDR8 = [0xc0,0x00,0x31,0xd5].
        assertTrue(hover.contains("`mrs x0, TRCIDR8` = `0xd53100c0`") && hover.contains("UNDEFINED"), hover);
    }

    @Test
    void hoverOnAnOperationGivesItsWord() {
        String hover = session.hover(registers, lineOf("sysop DC CIVAC "), "sysop DC C".length());
        // llvm-mc: dc civac, x0 = [0x20,0x7e,0x0b,0xd5].
        assertTrue(hover.contains("`dc civac, x0` = `0xd50b7e20`") && hover.contains("maintenance"), hover);
    }

    @Test
    void tokensMarkTheRegisterAndItsWords() {
        int line = lineOf("sysreg DAIF ");
        List<SpecEditorSession.Token> tokens = session.tokens(registers).stream().filter(t -> t.line() == line).toList();
        String source = text.lines().toList().get(line);
        assertTrue(tokens.contains(new SpecEditorSession.Token(line, 0, 6, "keyword")), tokens.toString());
        assertTrue(tokens.contains(new SpecEditorSession.Token(line, 7, 4, "variable")), tokens.toString());
        assertTrue(tokens.contains(new SpecEditorSession.Token(line, source.indexOf("daif"), 4, "enumMember")), tokens.toString());
        assertTrue(tokens.contains(new SpecEditorSession.Token(line, source.indexOf("SCTLR_EL1"), 9, "variable")), tokens.toString());
        assertTrue(tokens.contains(new SpecEditorSession.Token(line, source.indexOf("0x3c0"), 5, "number")), tokens.toString());
    }

    @Test
    void theOutlineListsRegistersAndOperationsByAlias() {
        List<SpecEditorSession.Symbol> outline = flatten(session.outline(registers));
        assertTrue(outline.stream().anyMatch(s -> s.name().equals("SCTLR_EL1") && s.line() == lineOf("sysreg SCTLR_EL1 ")), outline.toString().substring(0, 300));
        // CFP, DVP and CPP all name RCTX: the alias tells them apart.
        assertTrue(outline.stream().anyMatch(s -> s.name().equals("DVP RCTX") && s.line() == lineOf("sysop DVP RCTX ")), outline.toString().substring(0, 300));
    }

    @Test
    void completionAfterStateProposesTheLocations() {
        int line = lineOf("sysreg DAIF ");
        String source = text.lines().toList().get(line);
        List<SpecEditorSession.Proposal> proposals = session.complete(registers, line, source.indexOf("state ") + "state ".length());
        List<String> labels = proposals.stream().map(SpecEditorSession.Proposal::label).toList();
        assertTrue(labels.containsAll(List.of("store", "constant", "pstate_bit", "daif", "timer")), labels.toString());
    }

    private static List<SpecEditorSession.Symbol> flatten(List<SpecEditorSession.Symbol> symbols) {
        List<SpecEditorSession.Symbol> all = new ArrayList<>();
        for (SpecEditorSession.Symbol symbol : symbols) {
            all.add(symbol);
            all.addAll(flatten(symbol.children()));
        }
        return all;
    }
}
