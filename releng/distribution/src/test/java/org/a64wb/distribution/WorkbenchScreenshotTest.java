package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code a64 workbench --screenshot}: the real e4 workbench on Equinox, started from the assembled distribution, opens
 * every part of the default perspective (ISA explorer, decoder playground, machine view with the sample guest
 * ticking) and pictures the window.
 */
class WorkbenchScreenshotTest {

    /** The window's size in the application model (Application.e4xmi). */
    private static final int WIDTH = 1280, HEIGHT = 800;

    @TempDir
    Path dir;

    @Test
    void theScreenshotIsTheWholeWindowWithTheSampleLoaded() throws Exception {
        WorkbenchProcess.assumeDisplay();
        Path png = dir.resolve("workbench.png");
        WorkbenchProcess.Result run = WorkbenchProcess.run(true, 180, "--screenshot", png.toString());
        assertEquals(0, run.status(), run.err());
        // The model as Application.e4xmi has it (the next test adds to it).
        assertTrue(run.out().contains("\na64: workbench: parts: ISA explorer, Decoder playground, Machine, Spec editor\n"), run.out());
        assertTrue(run.out().contains("\na64: workbench: menus: File\n"), run.out());
        Matcher reported = Pattern.compile("wrote .* \\((\\d+)x(\\d+) window\\)").matcher(run.out());
        assertTrue(reported.find(), run.out());
        int width = Integer.parseInt(reported.group(1));
        int height = Integer.parseInt(reported.group(2));
        // The model's size, less at most the title bar SWT reserves for a window manager that Xvfb does not run.
        assertEquals(WIDTH, width, run.out());
        assertTrue(height > HEIGHT - 60 && height <= HEIGHT, run.out());

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        int commonest = colours.values().stream().max(Integer::compare).orElse(0);
        // A blank or black capture is one colour; text, trees, tables and diagrams bring anti-aliased shades.
        assertTrue(colours.size() >= 64, "only " + colours.size() + " colours");
        assertTrue(commonest < 0.8 * width * height, "one colour covers " + commonest + " of " + width * height + " pixels");
        // The log has no errors: a part that failed to build would be logged here and still leave a window.
        assertTrue(!run.err().contains("!ENTRY") && !run.err().contains("Exception"), run.err());
        // The parts report a sample that did not load (the guest did not start or print its ticks) with this prefix.
        assertTrue(!run.err().contains("a64: workbench:"), run.err());
    }

    @Test
    void aBundleContributesAPartACommandAndAMenuThroughAModelFragment() throws Exception {
        WorkbenchProcess.assumeDisplay();
        Path example = Path.of(System.getProperty("a64.dist", "target/a64"), "examples", "org.a64wb.example.workbenchpart.jar");
        WorkbenchProcess.Result with = WorkbenchProcess.run(true, 180, "--bundle", example.toString(), "--screenshot", dir.resolve("with.png").toString());
        assertEquals(0, with.status(), with.err());
        assertTrue(with.out().contains("\na64: workbench: parts: ISA explorer, Encoding counts, Decoder playground, Machine, Spec editor\n"), with.out());
        assertTrue(with.out().contains("\na64: workbench: menus: File, Tools\n"), with.out());
        assertTrue(!with.err().contains("!ENTRY") && !with.err().contains("Exception"), with.err());
    }

    @Test
    void withoutADisplayItSaysHowToGetOne() throws Exception {
        WorkbenchProcess.Result run = WorkbenchProcess.run(false, 60, "--screenshot", dir.resolve("x.png").toString());
        assertEquals(1, run.status(), run.err());
        assertEquals("a64: workbench: no display (DISPLAY is not set); without a display, run it under Xvfb: xvfb-run -a ./a64 workbench --screenshot "
                + dir.resolve("x.png") + "\n", run.err());
    }
}
