package org.a64wb.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * {@code a64 workbench ...} as a process of its own (SWT wants its thread and display to itself), run the way the
 * a64 script runs it. Without an X display it runs under xvfb-run when that is installed, else the test is skipped.
 */
final class WorkbenchProcess {

    private static final Path DIST = Path.of(System.getProperty("a64.dist", "target/a64"));

    record Result(int status, String out, String err) {
    }

    private WorkbenchProcess() {
    }

    /** Whether the workbench can get a display here (one is set, or xvfb-run can make one). */
    static void assumeDisplay() {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null || HostTools.onPath("xvfb-run"),
                "no X display and no xvfb-run (apt-get install xvfb xauth libgtk-3-0)");
    }

    /** Runs it with a display (DISPLAY, else one from xvfb-run) or, with {@code withDisplay} false, with none at all. */
    static Result run(boolean withDisplay, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (withDisplay && System.getenv("DISPLAY") == null && HostTools.onPath("xvfb-run")) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(List.of("-Da64.home=" + DIST.toAbsolutePath(),
                "-cp", DIST.resolve("workbench/launcher.jar") + java.io.File.pathSeparator + DIST.resolve("framework/equinox.jar"),
                "org.a64wb.workbench.launcher.WorkbenchMain"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (!withDisplay) {
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
        }
        Path out = Files.createTempFile("workbench", ".out");
        Path err = Files.createTempFile("workbench", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("a64 workbench did not exit within " + timeoutSeconds + " s; stderr:\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
