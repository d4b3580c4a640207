package org.a64wb.workbench.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.adaptor.EclipseStarter;

/**
 * {@code a64 workbench [--screenshot FILE.png]}: the e4 workbench on Equinox, started through
 * {@link EclipseStarter} without Eclipse's native launcher. {@code java -jar org.eclipse.osgi.jar} would never exit
 * (EclipseStarter.main forces osgi.noShutdown), so this main runs the application and exits with its status.
 */
public final class WorkbenchMain {

    static final String USAGE = "usage: a64 workbench [--bundle JAR]... [--screenshot FILE.png]";
    static final String APPLICATION_MODEL = "org.a64wb.workbench/Application.e4xmi";
    /** Read by the workbench's ScreenshotAddon. */
    static final String SCREENSHOT_PROPERTY = "a64.workbench.screenshot";
    static final String STATUS_PROPERTY = "a64.workbench.status";

    private WorkbenchMain() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path screenshot = null;
        List<Path> extraBundles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    out.println("the A64 Workbench (Eclipse RCP): ISA explorer, decoder playground, spec editor, machine view;");
                    out.println("--bundle installs a bundle that contributes to it (parts, commands: see examples/org.a64wb.example.workbenchpart);");
                    out.println("--screenshot writes a picture of the window with a sample loaded, then exits");
                    return 0;
                }
                case "--screenshot" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--screenshot needs a file");
                    }
                    screenshot = Path.of(args[++i]).toAbsolutePath();
                }
                case "--bundle" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--bundle needs a jar");
                    }
                    Path jar = Path.of(args[++i]).toAbsolutePath();
                    String problem = LaunchConfiguration.bundleProblem(jar);
                    if (problem != null) {
                        err.println("a64: workbench: " + jar + ": " + problem);
                        return 1;
                    }
                    extraBundles.add(jar);
                }
                default -> {
                    return usage(err, "unknown argument '" + args[i] + "'");
                }
            }
        }
        if (screenshot != null) {
            String problem = unwritable(screenshot);
            if (problem != null) {
                err.println("a64: workbench: cannot write " + screenshot + ": " + problem);
                return 1;
            }
        }
        String displayProblem = displayProblem(System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"), Path.of("/tmp/.X11-unix"));
        if (displayProblem != null) {
            err.println("a64: workbench: " + displayProblem + "; without a display, run it under Xvfb: xvfb-run -a ./a64 workbench"
                    + (screenshot == null ? "" : " --screenshot " + screenshot));
            return 1;
        }
        String home = System.getProperty("a64.home");
        if (home == null) {
            err.println("a64: workbench: cannot find the distribution (set -Da64.home=DIR)");
            return 1;
        }
        Path dist = Path.of(home);
        Path area;
        try {
            area = Files.createTempDirectory("a64-workbench");
        } catch (IOException e) {
            err.println("a64: workbench: cannot create a configuration directory in " + System.getProperty("java.io.tmpdir") + " (" + e + ")");
            return 1;
        }
        try {
            List<LaunchConfiguration.BundleJar> bundles = new ArrayList<>(LaunchConfiguration.bundles(
                    List.of(dist.resolve("bundles"), dist.resolve("workbench").resolve("plugins"))));
            for (Path jar : extraBundles) {
                bundles.add(LaunchConfiguration.bundle(jar));
            }
            Path configuration = Files.createDirectories(area.resolve("configuration"));
            Path workspace = Files.createDirectories(area.resolve("workspace"));
            Files.writeString(configuration.resolve("config.ini"), LaunchConfiguration.configIni(bundles, workspace));
            if (screenshot != null) {
                System.setProperty(SCREENSHOT_PROPERTY, screenshot.toString());
                System.setProperty(STATUS_PROPERTY, "1");
            }
            List<String> equinoxArgs = new ArrayList<>(List.of(
                    "-configuration", configuration.toUri().toString(),
                    "-data", workspace.toUri().toString(),
                    "-clearPersistedState",
                    "-applicationXMI", APPLICATION_MODEL));
            Object result = EclipseStarter.run(equinoxArgs.toArray(String[]::new), null);
            if (screenshot != null) {
                return Integer.parseInt(System.getProperty(STATUS_PROPERTY, "1"));
            }
            if (result == null) {
                // Equinox has logged why the application could not run (e.g. GTK could not open the display).
                err.println("a64: workbench: the workbench could not start (see the messages above)");
                return 1;
            }
            return result instanceof Integer value ? value : 0;
        } catch (Exception e) {
            err.println("a64: workbench: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        } finally {
            delete(area);
        }
    }

    /**
     * Why there is no display to open, or null: neither variable set (or empty), or a local X display (":N") whose
     * server socket does not exist, which GTK would only report with a stack trace from inside the application.
     */
    static String displayProblem(String display, String wayland, Path x11Sockets) {
        boolean hasWayland = wayland != null && !wayland.isEmpty();
        if ((display == null || display.isEmpty()) && !hasWayland) {
            return "no display (DISPLAY is not set)";
        }
        if (display != null && display.matches(":\\d+(\\.\\d+)?") && !hasWayland) {
            String number = display.substring(1).split("\\.")[0];
            if (!java.nio.file.Files.exists(x11Sockets.resolve("X" + number))) {
                return "no X server on display " + display;
            }
        }
        return null;
    }

    /** Why {@code file} cannot be written, or null. */
    static String unwritable(Path file) {
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "no such directory " + parent;
        }
        if (Files.isDirectory(file)) {
            return "it is a directory";
        }
        if (!Files.isWritable(parent) || (Files.exists(file) && !Files.isWritable(file))) {
            return "permission denied";
        }
        return null;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("a64: workbench: " + problem);
        err.println(USAGE);
        return 2;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }
}
