package org.a64wb.launcher;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a command's start-up time goes, printed on one line to standard error when the system property
 * {@value #PROPERTY} is set ({@code A64_JAVA_OPTS=-Da64.startup.trace ./a64 ...}): issue 11 asks for a tiny program in
 * at most 0.5 s, and each phase (the JVM until the launcher's main, the framework's start, installing and starting the
 * bundles, waiting for the command's service, the command, stopping) moves for a different reason.
 */
final class StartupTrace {

    static final String PROPERTY = "a64.startup.trace";

    /** When the a64 script began, in microseconds since the epoch (bash's EPOCHREALTIME), passed on when tracing. */
    static final String SCRIPT_START_PROPERTY = "a64.startup.t0";

    private final PrintStream err;
    private final boolean enabled;
    private final List<String> phases = new ArrayList<>();
    private long last;

    private StartupTrace(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
        this.last = System.nanoTime();
    }

    static StartupTrace start(PrintStream err) {
        StartupTrace trace = new StartupTrace(err, System.getProperty(PROPERTY) != null);
        String scriptStart = System.getProperty(SCRIPT_START_PROPERTY, "");
        if (trace.enabled && scriptStart.matches("[0-9]+")) {
            // The script and the JVM's own boot: what the process's start time in /proc cannot say (it counts in clock ticks).
            Instant now = Instant.now();
            long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000 - Long.parseLong(scriptStart);
            trace.phases.add("script+jvm " + micros / 1_000 + " ms");
        }
        return trace;
    }

    /** Ends the phase named {@code phase}, which began at the previous mark. */
    void mark(String phase) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        phases.add(phase + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    void print() {
        if (enabled && !phases.isEmpty()) {
            err.println("a64: startup: " + String.join(", ", phases));
            phases.clear();
        }
    }
}
