package org.a64wb.gdbstub.rsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The packet layer against the GDB manual's "Overview" and "Binary Data" rules. */
class PacketDecoderTest {

    private final List<Received> received = new ArrayList<>();
    private final PacketDecoder decoder = new PacketDecoder(received::add);

    private void feed(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        decoder.feed(b, 0, b.length);
    }

    @Test
    void aPacketWithTheRightChecksumIsDelivered() {
        feed("$qSupported#37");
        assertEquals(List.of(new Received.Packet("qSupported")), received);
    }

    @Test
    void theChecksumIsTheSumOfTheDataBytesModulo256() {
        assertEquals("$g#67", new String(PacketDecoder.frame("g"), StandardCharsets.ISO_8859_1));
        assertEquals("$OK#9a", new String(PacketDecoder.frame("OK"), StandardCharsets.ISO_8859_1));
        assertEquals("$#00", new String(PacketDecoder.frame(""), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aWrongChecksumIsReportedAsBad() {
        feed("$g#68");
        assertEquals(1, received.size());
        assertInstanceOf(Received.Bad.class, received.get(0));
    }

    @Test
    void checksumDigitsThatAreNotHexAreBad() {
        feed("$g#zz");
        assertInstanceOf(Received.Bad.class, received.get(0));
    }

    @Test
    void checksumDigitsAreAcceptedInUpperCase() {
        feed("$OK#9A");
        assertEquals(List.of(new Received.Packet("OK")), received);
    }

    @Test
    void acknowledgmentsInterruptsAndNoiseBetweenPackets() {
        feed("+-\u0003xyz$g#67");
        assertEquals(List.of(Received.Ack.INSTANCE, Received.Nak.INSTANCE, Received.Interrupt.INSTANCE, new Received.Packet("g")), received);
    }

    @Test
    void escapedBytesAreRestored() {
        // '}' followed by the byte XOR 0x20: "}\x03" is '#', "}\x04" is '$', "}]" is '}', "}\x0a" is '*'.
        byte[] frame = PacketDecoder.frame("X1,4:#$}*");
        decoder.feed(frame, 0, frame.length);
        assertEquals(List.of(new Received.Packet("X1,4:#$}*")), received);
        String text = new String(frame, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("}\u0003}\u0004}]}\n"), text);
    }

    @Test
    void runLengthEncodingIsExpanded() {
        // "0* " is '0' followed by ' ' - 29 = 3 more zeros (the manual's example).
        String data = "0* ";
        int sum = 0;
        for (char c : data.toCharArray()) {
            sum += c;
        }
        feed("$" + data + "#" + Hex.byteHex(sum & 0xff));
        assertEquals(List.of(new Received.Packet("0000")), received);
    }

    @Test
    void aRunWithNothingBeforeItIsBad() {
        feed("$* #" + Hex.byteHex(('*' + ' ') & 0xff));
        assertInstanceOf(Received.Bad.class, received.get(0));
    }

    @Test
    void aDollarInsideAPacketStartsANewOne() {
        feed("$gar$g#67");
        assertEquals(List.of(new Received.Packet("g")), received);
    }

    @Test
    void anOverlongPacketIsBadAndTheNextOneStillDecodes() {
        StringBuilder s = new StringBuilder("$");
        int sum = 0;
        for (int i = 0; i < PacketDecoder.MAX_PACKET + 10; i++) {
            s.append('a');
            sum += 'a';
        }
        s.append('#').append(Hex.byteHex(sum & 0xff)).append("$g#67");
        feed(s.toString());
        assertInstanceOf(Received.Bad.class, received.get(0));
        assertEquals(new Received.Packet("g"), received.get(1));
    }

    @Test
    void everyFramedPayloadDecodesToItself() {
        Random random = new Random(14);
        for (int n = 0; n < 2000; n++) {
            char[] payload = new char[random.nextInt(200)];
            for (int i = 0; i < payload.length; i++) {
                payload[i] = (char) random.nextInt(256);
            }
            String p = new String(payload);
            received.clear();
            byte[] frame = PacketDecoder.frame(p);
            decoder.feed(frame, 0, frame.length);
            assertEquals(List.of(new Received.Packet(p)), received, "payload " + Hex.encodeText(p));
        }
    }

    @Test
    void randomBytesNeverThrowAndOnlyYieldEvents() {
        Random random = new Random(15);
        byte[] noise = new byte[1 << 20];
        for (int round = 0; round < 4; round++) {
            random.nextBytes(noise);
            // Bias towards the protocol's special bytes so the state machine visits every state.
            for (int i = 0; i < noise.length; i += 7) {
                noise[i] = (byte) "$#}*+-\u00030a9".charAt(random.nextInt(10));
            }
            decoder.feed(noise, 0, noise.length);
        }
        for (Received r : received) {
            assertTrue(r instanceof Received.Packet || r instanceof Received.Bad || r instanceof Received.Ack
                    || r instanceof Received.Nak || r instanceof Received.Interrupt, r.toString());
        }
        assertTrue(received.stream().anyMatch(r -> r instanceof Received.Bad));
    }

    @Test
    void hexParsingRejectsWhatIsNotHex() {
        assertEquals(null, Hex.decode("0g"));
        assertEquals(null, Hex.decode("abc"));
        assertEquals("0aff", Hex.encode(Hex.decode("0AfF")));
        assertTrue(Hex.isNumber("ffffffffffffffff"));
        assertTrue(!Hex.isNumber("10000000000000000"));
        assertTrue(!Hex.isNumber(""));
        assertEquals(-1L, Hex.parse("ffffffffffffffff"));
    }
}
