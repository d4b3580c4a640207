package org.a64wb.board.virt.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** QEMU -nographic's escape keys (docs/system/mux-chardev.rst), as a guest's UART sees the console through them. */
class EscapeKeysTest {

    private final AtomicInteger quits = new AtomicInteger();
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

    private EscapeKeys keys(byte... typed) {
        return new EscapeKeys(new ByteArrayInputStream(typed), quits::incrementAndGet, new PrintStream(messages, true));
    }

    private static String drain(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void ordinaryKeysAndCtrlCReachTheGuestUnchanged() throws Exception {
        assertEquals("ls\r\u0003", drain(keys((byte) 'l', (byte) 's', (byte) '\r', (byte) 3)));
        assertEquals(0, quits.get());
    }

    @Test
    void ctrlAXQuitsAndNothingAfterItIsPassedOn() throws Exception {
        assertEquals("a", drain(keys((byte) 'a', (byte) 1, (byte) 'x', (byte) 'b')));
        assertEquals(1, quits.get());
    }

    @Test
    void ctrlATwiceSendsOneCtrlA() throws Exception {
        assertEquals("\u0001z", drain(keys((byte) 1, (byte) 1, (byte) 'z')));
        assertEquals(0, quits.get());
    }

    @Test
    void ctrlAHPrintsTheKeysAndAnUnknownCommandKeyIsDropped() throws Exception {
        assertEquals("ok", drain(keys((byte) 1, (byte) 'h', (byte) 'o', (byte) 1, (byte) 'q', (byte) 'k')));
        assertEquals(EscapeKeys.HELP, messages.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void theEndOfTheHostInputIsTheEndForEveryLaterRead() throws Exception {
        EscapeKeys in = keys((byte) 'q');
        assertEquals('q', in.read());
        assertEquals(-1, in.read());
        assertEquals(-1, in.read());
    }
}
