package org.a64wb.workbench.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.workbench.Samples;
import org.a64wb.workbench.spec.SpecLocation;
import org.eclipse.e4.core.services.events.IEventBroker;
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
        part.create(shell, TestSets.a64(), null);
        shell.open();
        assertNotNull(part.shown(), "the sample encoding is selected");
        assertEquals(TestSets.a64().decode(Samples.WORD).orElseThrow().encoding(), part.shown().encoding());
        assertTrue(part.detailsText().contains("loads-stores.a64:"), part.detailsText());
        assertEquals(1, part.tree().getTree().getItemCount(), "one root: the A64 set");
        assertTrue(part.tree().getTree().getItem(0).getText().startsWith("A64 - "), part.tree().getTree().getItem(0).getText());
    }

    @Test
    void theSpecLinkAsksTheEditorToOpenTheEncodingsLine() throws Exception {
        shell = TestDisplay.shell(500, 800);
        List<Object[]> posted = new ArrayList<>();
        IEventBroker events = (IEventBroker) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {IEventBroker.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("post")) {
                        posted.add(args);
                    }
                    return method.getReturnType() == boolean.class ? true : null;
                });
        IsaExplorerPart part = new IsaExplorerPart();
        part.create(shell, TestSets.a64(), events);
        part.openSpec();
        assertEquals(1, posted.size());
        assertEquals(SpecLocation.OPEN_TOPIC, posted.get(0)[0]);
        // Where the spec declares STP_pre_x.
        List<String> spec = Files.readAllLines(Path.of("../../isa-spec/loads-stores.a64"));
        SpecLocation location = (SpecLocation) posted.get(0)[1];
        assertEquals("loads-stores.a64", location.file());
        assertTrue(spec.get(location.line() - 1).startsWith("insn STP_pre_x "), spec.get(location.line() - 1));
    }

    @Test
    void withoutARegistryThePartSaysSo() {
        shell = TestDisplay.shell(500, 800);
        IsaExplorerPart part = new IsaExplorerPart();
        part.create(shell, null, null);
        assertTrue(part.detailsText().contains("No instruction-set registry"), part.detailsText());
    }
}
