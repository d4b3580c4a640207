package org.a64wb.board.virt.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The console's input as the guest's UART receives it, with QEMU's -nographic escape keys taken out
 * (QEMU's chardev mux, docs/system/mux-chardev.rst): Ctrl-A x quits, Ctrl-A h prints the keys, Ctrl-A
 * Ctrl-A sends one Ctrl-A, another key after Ctrl-A is dropped; everything else, Ctrl-C included, goes
 * to the guest. A thread of its own reads the host, so the keys work before the guest ever reads its UART.
 * It reads only what the host has ready (polling every few milliseconds) so that, once {@link #close}d,
 * it leaves the next keys to whoever reads the terminal after the run (the Gogo shell); a terminal's input
 * ends only on hang-up, which a read reports.
 */
public final class EscapeKeys extends InputStream {

    /** Ctrl-A, QEMU's default escape character. */
    public static final int ESCAPE = 0x01;
    public static final String HELP = "C-a h    print this help\r\nC-a x    quit (exit status 0)\r\nC-a C-a  send C-a\r\n";

    private static final int END = -1;
    private static final long POLL_MILLIS = 10;
    private final BlockingQueue<Integer> received = new ArrayBlockingQueue<>(4096);
    private final InputStream host;
    private final Runnable quit;
    private final PrintStream messages;
    private volatile boolean ended;
    private volatile boolean closed;

    /**
     * Starts reading {@code host}; {@code quit} runs on Ctrl-A x (after which nothing more is passed on),
     * {@code messages} shows the help.
     */
    public EscapeKeys(InputStream host, Runnable quit, PrintStream messages) {
        this.host = host;
        this.quit = quit;
        this.messages = messages;
        Thread pump = new Thread(this::pump, "console-keys");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump() {
        boolean escaped = false;
        try {
            while (!closed) {
                if (host.available() <= 0) {
                    Thread.sleep(POLL_MILLIS);
                    continue;
                }
                int b = host.read();
                if (b < 0) {
                    break;
                }
                if (!escaped && b == ESCAPE) {
                    escaped = true;
                    continue;
                }
                if (escaped) {
                    escaped = false;
                    switch (b) {
                        case 'x', 'X' -> {
                            quit.run();
                            return;
                        }
                        case 'h', 'H', '?' -> {
                            messages.print(HELP);
                            messages.flush();
                        }
                        case ESCAPE -> received.put(ESCAPE);
                        default -> { } // as QEMU: an unknown command key is dropped
                    }
                    continue;
                }
                received.put(b);
            }
        } catch (IOException e) {
            // the host console closed: the guest sees the end of its input
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended = true;
            received.offer(END);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            int b = received.take();
            if (b == END) {
                received.offer(END); // every later read sees the end too
                return -1;
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for console input", e);
        }
    }

    @Override
    public int available() {
        return ended ? 0 : received.size();
    }

    /** Stops reading the host (what it has not read yet stays there) and ends the guest's input. */
    @Override
    public void close() {
        closed = true;
        received.clear(); // the guest is gone: what it did not read is dropped, and the end fits
        received.offer(END);
    }
}
