package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A shell command on a fresh pseudo-terminal (util-linux {@code script}), for the tests of programs that put the
 * terminal in raw mode: the output is collected as it comes, keys are typed once the program has asked for them,
 * and the session ends by printing {@code stty: BEFORE AFTER}, the terminal's settings around the command.
 */
final class PseudoTerminal {

    private final Process process;
    private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    private final Thread reader;
    private final OutputStream keyboard;
    private final long awaitSeconds;

    private PseudoTerminal(String command, long awaitSeconds) throws IOException {
        String session = "s=$(stty -g); " + command + "; echo status=$?; echo stty: $s $(stty -g)";
        this.process = new ProcessBuilder(List.of("script", "-qec", session, "/dev/null")).redirectErrorStream(true).start();
        this.keyboard = process.getOutputStream();
        this.awaitSeconds = awaitSeconds;
        this.reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) > 0;) {
                    synchronized (transcript) {
                        transcript.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // The transcript so far is what the assertions see.
            }
        });
        reader.start();
    }

    /** Starts {@code command}; {@link #await} waits up to {@code awaitSeconds} for each marker. */
    static PseudoTerminal start(String command, long awaitSeconds) throws IOException {
        return new PseudoTerminal(command, awaitSeconds);
    }

    /** Whether the tools a session needs (script, stty) are installed. */
    static boolean available() {
        return HostTools.onPath("script") && HostTools.onPath("stty");
    }

    /** The command line that runs the distribution in {@code dist} on this JDK (the a64 script's, without its build step). */
    static String launcher(Path dist) {
        return Path.of(System.getProperty("java.home"), "bin/java") + " -Da64.home=" + dist + " -cp " + dist.resolve("launcher.jar")
                + File.pathSeparator + dist.resolve("framework/felix.jar") + " org.a64wb.launcher.Main";
    }

    /** Waits until the output so far contains {@code marker}; an AssertionError with the transcript when it does not come. */
    void await(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(awaitSeconds);
        while (System.nanoTime() < deadline) {
            synchronized (transcript) {
                if (transcript.toString(StandardCharsets.UTF_8).contains(marker)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        synchronized (transcript) {
            throw new AssertionError("no '" + marker + "' within " + awaitSeconds + " s; transcript:\n" + transcript.toString(StandardCharsets.UTF_8));
        }
    }

    /** Types {@code keys} at once (no newline is added). */
    void type(byte... keys) throws IOException {
        keyboard.write(keys);
        keyboard.flush();
    }

    /** Waits for the session's last line, closes the keyboard and the session, and returns everything it printed. */
    String finish() throws Exception {
        await("stty:");
        keyboard.close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "script did not end");
        reader.join(10_000);
        synchronized (transcript) {
            return transcript.toString(StandardCharsets.UTF_8);
        }
    }
}
