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
     * the screen: a GC on the shell would start at its client area, below the menu bar. The picture ends where the
     * client area ends, not at {@link Shell#getBounds()}'s bottom: without a window manager SWT/GTK still adds the
     * title bar it guesses one would draw, and that strip is not the window's.
     */
    public static Point capture(Shell shell, Path file) {
        shell.update();
        Rectangle window = shell.getBounds();
        Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
        Rectangle bounds = new Rectangle(window.x, window.y, window.width, Math.min(window.height, client.y + client.height - window.y));
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
