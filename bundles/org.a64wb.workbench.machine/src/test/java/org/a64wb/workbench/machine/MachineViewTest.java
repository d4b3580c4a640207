package org.a64wb.workbench.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.a64wb.gdbstub.target.StopEvent;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The machine view driven as a user does (launch, break at a label, run, read registers and disassembly, run on,
 * pause), with the sample guest; the reference is the guest's source. Needs an X display (CI: xvfb-run).
 */
class MachineViewTest {

    private Shell shell;
    private MachineView view;

    @BeforeEach
    void open() {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display (run under xvfb-run)");
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 500);
        view = new MachineView(shell, TestMachines.services(), warning -> System.err.println("warning: " + warning));
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    private static void until(BooleanSupplier condition, String what) {
        Display display = Display.getDefault();
        long deadline = System.currentTimeMillis() + 60_000;
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

    private String register(String name) {
        for (TableItem item : view.registers().getItems()) {
            if (item.getText(0).equals(name)) {
                return item.getText(2);
            }
        }
        throw new AssertionError("no register " + name);
    }

    @Test
    void theGuestRunsToItsConsoleOutputAndStopsAtABreakpoint() throws Exception {
        GuestImage guest = GuestImage.sample(TestMachines.services().isa());
        view.launch(guest);
        assertTrue(view.stateText().startsWith("stopped at 0000000040080000"), view.stateText());
        long tick = guest.symbols().get("tick");
        assertTrue(view.addBreakpoint("tick"));
        view.run();
        until(() -> view.stops() == 1, "the breakpoint");
        assertInstanceOf(StopEvent.Stopped.class, view.lastStop());
        assertEquals(String.format("stopped at %016x (breakpoint)", tick), view.stateText());
        assertEquals("A64 Workbench sample guest on the virt board\n", view.consoleText());
        assertEquals("0000000000000000", register("x20"), "no tick yet");
        assertEquals("0000000009000000", register("x19"), "the UART's base");
        TableItem current = view.disassembly().getItem(view.disassembly().getSelectionIndex());
        assertEquals("=> *", current.getText(0), "PC's line, with its breakpoint");
        assertEquals(String.format("%016x", tick), current.getText(1));
        assertTrue(current.getText(3).startsWith("adr x1, "), current.getText(3));

        view.run();
        until(() -> view.stops() == 2, "the next stop");
        assertTrue(view.consoleText().endsWith("tick 0\n"), view.consoleText());
        assertEquals("0000000000000001", register("x20"), "one tick later");

        assertTrue(view.session().removeBreakpoint(tick));
        view.run();
        until(() -> view.consoleText().contains("tick 3\n"), "three more ticks");
        view.pause();
        until(() -> view.stops() == 3, "the pause");
        assertTrue(view.stateText().startsWith("stopped at "), view.stateText());
        assertFalse(view.chart().samples().isEmpty(), "the trap chart sampled the run");
        assertTrue(view.chart().series().keySet().stream().anyMatch(k -> k.contains("0x24")), view.chart().series().toString());
    }

    @Test
    void aBreakpointAtAnUnknownLabelIsRefusedWithAReason() throws Exception {
        view.launch(GuestImage.sample(TestMachines.services().isa()));
        assertFalse(view.addBreakpoint("nowhere"));
        assertEquals("'nowhere' is neither a label of ticker.S nor a hex address", view.stateText());
    }
}
