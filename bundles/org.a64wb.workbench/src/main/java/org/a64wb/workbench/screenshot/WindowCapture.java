package org.a64wb.workbench.screenshot;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** A picture of a window as it is on the screen: its pixels copied from the display, saved as PNG. */
public final class WindowCapture {

    private WindowCapture() {
    }

    /**
     * Writes the window, menu bar included, to {@code file} as PNG; returns the picture's size. The pixels come from
     * the screen (a GC on the shell would start at its client area, below the menu bar).
     */
    public static Point capture(Shell shell, Path file) {
        shell.update();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return new Point(bounds.width, bounds.height);
    }
}
