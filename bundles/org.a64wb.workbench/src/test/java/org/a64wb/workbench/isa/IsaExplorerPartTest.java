package org.a64wb.workbench.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.a64wb.workbench.Samples;
import org.a64wb.workbench.TestDisplay;
import org.a64wb.workbench.TestSets;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IsaExplorerPartTest {

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void opensOnTheSampleWordsEncodingWithItsDiagramAndSpecLine() {
        shell = TestDisplay.shell(500, 800);
        IsaExplorerPart part = new IsaExplorerPart();
        part.create(shell, TestSets.a64());
        shell.open();
        assertNotNull(part.shown(), "the sample encoding is selected");
        assertEquals(TestSets.a64().decode(Samples.WORD).orElseThrow().encoding(), part.shown().encoding());
        assertTrue(part.detailsText().contains("loads-stores.a64:"), part.detailsText());
        assertEquals(1, part.tree().getTree().getItemCount(), "one root: the A64 set");
        assertTrue(part.tree().getTree().getItem(0).getText().startsWith("A64 - "), part.tree().getTree().getItem(0).getText());
    }

    @Test
    void withoutARegistryThePartSaysSo() {
        shell = TestDisplay.shell(500, 800);
        IsaExplorerPart part = new IsaExplorerPart();
        part.create(shell, null);
        assertTrue(part.detailsText().contains("No instruction-set registry"), part.detailsText());
    }
}
