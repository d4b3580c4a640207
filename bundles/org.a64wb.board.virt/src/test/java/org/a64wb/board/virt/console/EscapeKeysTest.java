package org.a64wb.board.virt.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** QEMU -nographic's escape keys (docs/system/mux-chardev.rst), as a guest's UART sees the console through them. */
class EscapeKeysTest {

    /** A terminal the test types on: available() tells what is typed and not yet read, as FIONREAD does. */
    static final class TypedKeys extends InputStream {
        private final LinkedBlockingQueue<Integer> keys = new LinkedBlockingQueue<>();

        void type(int... bytes) {
            for (int b : bytes) {
                keys.add(b & 0xff);
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return keys.take();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }

        @Override
        public int available() {
            return keys.size();
        }
    }

    private final TypedKeys terminal = new TypedKeys();
    private final AtomicInteger quits = new AtomicInteger();
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final EscapeKeys keys = new EscapeKeys(terminal, quits::incrementAndGet, new PrintStream(messages, true));

    private String read(int count) throws IOException {
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < count; i++) {
            got.append((char) keys.read());
        }
        return got.toString();
    }

    @Test
    void ordinaryKeysAndCtrlCReachTheGuestUnchanged() throws Exception {
        terminal.type('l', 's', '\r', 3);
        assertEquals("ls\r\u0003", read(4));
        assertEquals(0, quits.get());
    }

    @Test
    void ctrlAXQuitsAndNothingAfterItIsPassedOn() throws Exception {
        terminal.type('a', 1, 'x', 'b');
        assertEquals("a", read(1));
        assertEquals(-1, keys.read(), "after Ctrl-A x the guest's input ends");
        assertEquals(1, quits.get());
    }

    @Test
    void ctrlATwiceSendsOneCtrlA() throws Exception {
        terminal.type(1, 1, 'z');
        assertEquals("\u0001z", read(2));
        assertEquals(0, quits.get());
    }

    @Test
    void ctrlAHPrintsTheKeysAndAnUnknownCommandKeyIsDropped() throws Exception {
        terminal.type(1, 'h', 'o', 1, 'q', 'k');
        assertEquals("ok", read(2));
        assertEquals(EscapeKeys.HELP, messages.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void afterCloseTheGuestSeesTheEndAndLaterKeysStayOnTheTerminal() throws Exception {
        terminal.type('a');
        assertEquals("a", read(1));
        keys.close();
        terminal.type('b');
        Thread.sleep(100);
        assertEquals(1, terminal.available(), "the key typed after the run is left for the shell");
        assertEquals(-1, keys.read());
        assertEquals(-1, keys.read());
    }
}
