package org.a64wb.workbench.screenshot;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * {@code a64 workbench --screenshot FILE.png}: once the window is up and every part's sample is loaded, writes a
 * picture of the window and closes the workbench. The launcher passes the file as {@value #FILE_PROPERTY} and
 * reads the outcome from {@value #STATUS_PROPERTY} (0 written, 1 failed).
 */
public final class ScreenshotAddon {

    public static final String FILE_PROPERTY = "a64.workbench.screenshot";
    public static final String STATUS_PROPERTY = "a64.workbench.status";

    /** Time for the last layout and paint after the samples are in. */
    private static final int SETTLE_MS = 800;
    private static final int POLL_MS = 200;
    private static final long SAMPLE_TIMEOUT_MS = 60_000;

    private final SampleReadiness readiness = new SampleReadiness();

    @PostConstruct
    public void register(MApplication application) {
        application.getContext().set(SampleReadiness.class, readiness);
    }

    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
            IWorkbench workbench, EModelService models) {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null) {
            return;
        }
        MWindow window = application.getChildren().get(0);
        Shell shell = (Shell) window.getWidget();
        Display display = shell.getDisplay();
        long deadline = System.currentTimeMillis() + SAMPLE_TIMEOUT_MS;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (!readiness.ready() && System.currentTimeMillis() < deadline) {
                display.timerExec(POLL_MS, poll[0]);
                return;
            }
            if (!readiness.ready()) {
                System.err.println("a64: workbench: the sample did not load in time (" + readiness + "); taking the picture anyway");
            }
            display.timerExec(SETTLE_MS, () -> capture(shell, Path.of(file), workbench, application, models));
        };
        display.timerExec(POLL_MS, poll[0]);
    }

    private static void capture(Shell shell, Path file, IWorkbench workbench, MApplication application, EModelService models) {
        try {
            Point size = WindowCapture.capture(shell, file);
            System.out.println("a64: workbench: wrote " + file + " (" + size.x + "x" + size.y + " window)");
            // What the model holds once contributions are merged: the parts and the main menu's menus.
            MWindow window = application.getChildren().get(0);
            System.out.println("a64: workbench: parts: " + String.join(", ",
                    models.findElements(application, null, MPart.class).stream().map(MPart::getLabel).toList()));
            System.out.println("a64: workbench: menus: " + String.join(", ", window.getMainMenu().getChildren().stream()
                    .map(MMenuElement::getLabel).toList()));
            System.setProperty(STATUS_PROPERTY, "0");
        } catch (RuntimeException e) {
            System.err.println("a64: workbench: cannot write the screenshot " + file + ": " + e.getMessage());
            System.setProperty(STATUS_PROPERTY, "1");
        }
        workbench.close();
    }

}
