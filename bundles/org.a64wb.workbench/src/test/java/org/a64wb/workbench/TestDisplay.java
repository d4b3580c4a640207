package org.a64wb.workbench;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;

/**
 * The SWT display for widget tests. They need an X server: CI runs Maven under xvfb-run; without DISPLAY they
 * are skipped, not failed.
 */
public final class TestDisplay {

    private TestDisplay() {
    }

    public static Display get() {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display (run under xvfb-run)");
        return Display.getDefault();
    }

    public static Shell shell(int width, int height) {
        Shell shell = new Shell(get());
        shell.setSize(width, height);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        return shell;
    }

    /** Runs the event loop until {@code condition} holds (as a user would wait), failing after {@code timeoutMs}. */
    public static void until(BooleanSupplier condition, long timeoutMs, String what) {
        Display display = get();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
