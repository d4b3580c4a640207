package org.a64wb.workbench.spec.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.a64wb.spec.ide.editor.SpecEditorSession;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;

/**
 * The spec editor widget on copies of isa-spec/a64.a64 and loads-stores.a64, driven as a user does: typing,
 * Ctrl+Space, hovering, reading the problem list and the outline. The reference is the spec text (where each
 * name is declared). Needs an X display (CI: xvfb-run); skipped without one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpecEditorTest {

    private static final Path ISA_SPEC = Path.of("../../isa-spec");

    private static Shell shell;
    private static SpecEditor editor;
    private static Path file;
    private static String text;

    @BeforeAll
    static void open() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display (run under xvfb-run)");
        Path workspace = Files.createTempDirectory("a64-spec-editor");
        Files.copy(ISA_SPEC.resolve("a64.a64"), workspace.resolve("a64.a64"));
        file = workspace.resolve("loads-stores.a64");
        Files.copy(ISA_SPEC.resolve("loads-stores.a64"), file);
        text = Files.readString(file);
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 700);
        editor = new SpecEditor(shell);
        shell.open();
        editor.open(file);
        until(() -> editor.currentAnalysis() != null, "the first analysis");
    }

    @AfterAll
    static void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    private static void until(BooleanSupplier condition, String what) {
        Display display = Display.getDefault();
        long deadline = System.currentTimeMillis() + 90_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private static int lineOf(String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle);
    }

    private static int offsetOf(String needle) {
        return text.indexOf(needle);
    }

    @Test
    @Order(1)
    void theCommittedSpecHasNoProblemsAndIsColoured() {
        assertEquals(List.of(), editor.currentAnalysis().problems());
        assertEquals(0, editor.problemTable().getItemCount());
        // "insn" of STP_pre_x is a keyword: bold.
        StyleRange keyword = editor.viewer().getTextWidget().getStyleRangeAtOffset(offsetOf("insn STP_pre_x"));
        assertNotNull(keyword, "insn is styled");
        assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
    }

    @Test
    @Order(2)
    void theOutlineHasTheInstructionsAndSelectingOneMovesTheCursorThere() {
        List<?> roots = (List<?>) editor.outline().getInput();
        assertTrue(flatten(roots).stream().anyMatch(s -> s.name().equals("STP_pre_x") && s.line() == lineOf("insn STP_pre_x")), roots.toString());
        editor.revealLine(lineOf("insn STP_pre_x") + 1);
        assertEquals(lineOf("insn STP_pre_x") + 1, editor.cursorLine());
    }

    @Test
    @Order(3)
    void hoverOnAnInstructionShowsItsEncodingDiagram() {
        String hover = editor.hoverText(offsetOf("insn STP_pre_x") + 7);
        assertNotNull(hover);
        assertTrue(hover.contains("STP_pre_x") && hover.contains("imm7") && hover.contains("Rt2") && !hover.contains("```"), hover);
    }

    @Test
    @Order(4)
    void contentAssistAfterTheColonProposesFormats() {
        int offset = offsetOf("insn STP_pre_x : ") + "insn STP_pre_x : ".length();
        List<ICompletionProposal> proposals = editor.proposals(offset);
        assertTrue(proposals.stream().anyMatch(p -> p.getDisplayString().startsWith("ls_pair")), proposals.stream().map(ICompletionProposal::getDisplayString).toList().toString());
    }

    @Test
    @Order(5)
    void typingABrokenReferenceListsAProblemWithFileAndLine() {
        int offset = offsetOf("insn STP_pre_x : ls_pair(") + "insn STP_pre_x : ".length();
        editor.viewer().getTextWidget().replaceTextRange(offset, "ls_pair".length(), "no_such_format");
        until(() -> editor.currentAnalysis() != null && !editor.currentAnalysis().problems().isEmpty(), "the problem");
        String location = editor.problemTable().getItem(0).getText(0);
        assertEquals("loads-stores.a64:" + (lineOf("insn STP_pre_x") + 1), location);
        assertTrue(editor.problemTable().getItem(0).getText(1).startsWith("error: ") && editor.problemTable().getItem(0).getText(1).contains("no_such_format"),
                editor.problemTable().getItem(0).getText(1));
        StyleRange squiggle = editor.viewer().getTextWidget().getStyleRangeAtOffset(offset + 1);
        assertNotNull(squiggle);
        assertEquals(SWT.UNDERLINE_SQUIGGLE, squiggle.underlineStyle);
    }

    private static List<SpecEditorSession.Symbol> flatten(List<?> symbols) {
        List<SpecEditorSession.Symbol> all = new java.util.ArrayList<>();
        for (Object o : symbols) {
            SpecEditorSession.Symbol symbol = (SpecEditorSession.Symbol) o;
            all.add(symbol);
            all.addAll(flatten(symbol.children()));
        }
        return all;
    }
}
