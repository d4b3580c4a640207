package org.a64wb.spec.ide.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-process session the workbench's spec editor uses, on copies of isa-spec/a64.a64 and loads-stores.a64.
 * References: the spec text itself (where each name is declared) and the Arm ARM's STP diagram for the hover.
 */
class SpecEditorSessionTest {

    private static OpenSpecFile spec;
    private static Path loadsStores;
    private static String text;
    private static SpecEditorSession session;

    @BeforeAll
    static void start() throws IOException {
        spec = OpenSpecFile.open("loads-stores.a64");
        loadsStores = spec.file();
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
    void aBrokenReferenceIsAProblemOnItsLine() {
        assertEquals(List.of(), session.problems(loadsStores), "the committed spec is clean");
        int line = lineOf("insn STP_pre_x");
        String broken = text.replace("insn STP_pre_x : ls_pair(", "insn STP_pre_x : no_such_format(");
        session.update(loadsStores, broken);
        List<SpecEditorSession.Problem> problems = session.problems(loadsStores);
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.severity() == SpecEditorSession.Severity.ERROR
                && p.message().contains("no_such_format")), problems.toString());
        session.update(loadsStores, text);
        assertEquals(List.of(), session.problems(loadsStores));
    }

    @Test
    void tokensMarkKeywordsAndInstructionNames() {
        int line = lineOf("insn STP_pre_x");
        List<SpecEditorSession.Token> tokens = session.tokens(loadsStores);
        assertTrue(tokens.contains(new SpecEditorSession.Token(line, 0, 4, "keyword")), tokens.subList(0, 10).toString());
        assertTrue(tokens.contains(new SpecEditorSession.Token(line, 5, "STP_pre_x".length(), "class")), tokens.toString().substring(0, 400));
    }

    @Test
    void hoverOnAnInstructionShowsItsEncodingDiagram() {
        String hover = session.hover(loadsStores, lineOf("insn STP_pre_x"), 7);
        assertNotNull(hover);
        // STP (pre-index, 64-bit) in the Arm ARM: bits 31..22 are 1010100110.
        assertTrue(hover.contains("STP_pre_x") && hover.contains("imm7") && hover.contains("Rt2"), hover);
    }

    @Test
    void completionAfterTheColonProposesFormats() {
        int line = lineOf("insn STP_pre_x");
        List<SpecEditorSession.Proposal> proposals = session.complete(loadsStores, line, "insn STP_pre_x : ".length());
        assertTrue(proposals.stream().anyMatch(p -> p.label().equals("ls_pair")), proposals.toString());
    }

    @Test
    void theOutlineListsTheInstructions() {
        List<SpecEditorSession.Symbol> outline = session.outline(loadsStores);
        int line = lineOf("insn STP_pre_x");
        assertTrue(flatten(outline).stream().anyMatch(s -> s.name().equals("STP_pre_x") && s.line() == line), outline.toString().substring(0, 300));
    }

    private static List<SpecEditorSession.Symbol> flatten(List<SpecEditorSession.Symbol> symbols) {
        List<SpecEditorSession.Symbol> all = new java.util.ArrayList<>();
        for (SpecEditorSession.Symbol symbol : symbols) {
            all.add(symbol);
            all.addAll(flatten(symbol.children()));
        }
        return all;
    }
}
