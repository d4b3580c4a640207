package org.a64wb.workbench.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.a64wb.workbench.TestDisplay;
import org.a64wb.workbench.TestSets;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decoder playground's widgets driven as a user does: text typed into the input, the table read back. */
class DecoderPlaygroundTest {

    private Shell shell;
    private DecoderPlayground playground;

    @BeforeEach
    void open() {
        shell = TestDisplay.shell(1000, 600);
        playground = new DecoderPlayground(shell, TestSets.a64());
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    /** Types at the end of the input, as keystrokes would insert it, and waits for the live update. */
    private void type(String text) {
        int rowsBefore = playground.results().getItemCount();
        String before = playground.input().getText();
        playground.input().replaceTextRange(before.length(), 0, text);
        TestDisplay.until(() -> playground.rows().size() != rowsBefore || !playground.input().getText().equals(before) && settled(),
                5000, "the playground to re-evaluate");
    }

    private boolean settled() {
        return playground.results().getItemCount() == playground.rows().size() && !playground.rows().isEmpty();
    }

    @Test
    void aTypedWordShowsItsDisassemblyEncodingAndDiagram() {
        type("0xa9bf7bfd");
        TestDisplay.until(() -> playground.results().getItemCount() == 1, 5000, "one row");
        TableItem row = playground.results().getItem(0);
        assertEquals("a9bf7bfd", row.getText(DecoderPlayground.COLUMN_WORD));
        assertEquals("stp x29, x30, [sp, #-16]!", row.getText(DecoderPlayground.COLUMN_DISASSEMBLY));
        assertEquals("STP_pre_x", row.getText(DecoderPlayground.COLUMN_ENCODING));
        assertEquals(5, playground.diagram().cells().size());
        assertTrue(playground.detailsText().contains("fields:   imm7=-2 Rt2=30 Rn=31 Rt=29"), playground.detailsText());
    }

    @Test
    void typedAssemblyShowsTheWordItAssemblesTo() {
        type("add x0, x1, #4095");
        TestDisplay.until(() -> playground.results().getItemCount() == 1, 5000, "one row");
        assertEquals("913ffc20", playground.results().getItem(0).getText(DecoderPlayground.COLUMN_WORD));
        assertEquals("add x0, x1, #4095", playground.results().getItem(0).getText(DecoderPlayground.COLUMN_DISASSEMBLY));
    }

    @Test
    void badHexShowsAnInlineErrorOnItsLine() {
        type("nop\n0xfoo\n");
        TestDisplay.until(() -> playground.results().getItemCount() == 2, 5000, "two rows");
        TableItem error = playground.results().getItem(1);
        assertEquals("'0xfoo' is not a 32-bit hex word (0x and 1 to 8 hex digits)", error.getText(DecoderPlayground.COLUMN_DISASSEMBLY));
        assertEquals("", error.getText(DecoderPlayground.COLUMN_WORD));
        assertNotNull(playground.input().getLineBackground(1), "the failing input line is marked");
        assertNull(playground.input().getLineBackground(0), "the good line is not");
        assertEquals(1, playground.results().getSelectionIndex(), "the error row is selected");
        assertTrue(playground.detailsText().startsWith("line 2: '0xfoo'"), playground.detailsText());
    }

    @Test
    void fixingTheLineClearsTheError() {
        type("0xfoo");
        TestDisplay.until(() -> playground.rows().size() == 1 && playground.rows().get(0).failed(), 5000, "the error");
        playground.input().replaceTextRange(0, playground.input().getCharCount(), "0xd503201f");
        TestDisplay.until(() -> playground.rows().size() == 1 && !playground.rows().get(0).failed(), 5000, "the fix");
        assertEquals("nop", playground.results().getItem(0).getText(DecoderPlayground.COLUMN_DISASSEMBLY));
        assertNull(playground.input().getLineBackground(0));
    }
}
