package org.a64wb.gdbstub.rsp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Turns the byte stream from the debugger into {@link Received} events, one byte at a time (so the
 * same code serves a socket and a fuzz test). Between packets it accepts acknowledgments and the
 * 0x03 interrupt and skips noise; a packet whose checksum does not match, whose checksum digits are
 * not hex, or that outgrows {@link #MAX_PACKET} becomes {@link Received.Bad} (the connection answers
 * with a NAK). Escapes and run-length encoding are undone after the checksum is verified, because the
 * checksum covers the bytes as sent.
 */
public final class PacketDecoder {

    /** Largest packet data accepted, in bytes as sent; it bounds memory, and PacketSize tells gdb. */
    public static final int MAX_PACKET = 0x10000;

    private enum State { IDLE, DATA, CHECKSUM_HIGH, CHECKSUM_LOW }

    private final Consumer<Received> sink;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private State state = State.IDLE;
    private int sum;
    private int checksumHigh;
    private boolean overflow;

    public PacketDecoder(Consumer<Received> sink) {
        this.sink = sink;
    }

    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            feed(bytes[i] & 0xff);
        }
    }

    public void feed(int b) {
        switch (state) {
            case IDLE -> {
                switch (b) {
                    case '$' -> start();
                    case '+' -> sink.accept(Received.Ack.INSTANCE);
                    case '-' -> sink.accept(Received.Nak.INSTANCE);
                    case 0x03 -> sink.accept(Received.Interrupt.INSTANCE);
                    default -> {
                        // Line noise between packets is ignored, as gdb's own reader does.
                    }
                }
            }
            case DATA -> {
                if (b == '#') {
                    state = State.CHECKSUM_HIGH;
                } else if (b == '$') {
                    // A new start inside a packet: the sender gave up on the old one.
                    start();
                } else {
                    sum += b;
                    if (data.size() < MAX_PACKET) {
                        data.write(b);
                    } else {
                        overflow = true;
                    }
                }
            }
            case CHECKSUM_HIGH -> {
                checksumHigh = Hex.digit(b);
                state = State.CHECKSUM_LOW;
            }
            case CHECKSUM_LOW -> {
                state = State.IDLE;
                int low = Hex.digit(b);
                if (checksumHigh < 0 || low < 0) {
                    sink.accept(new Received.Bad("checksum digits are not hex"));
                } else if ((checksumHigh << 4 | low) != (sum & 0xff)) {
                    sink.accept(new Received.Bad(String.format("checksum %02x, computed %02x", checksumHigh << 4 | low, sum & 0xff)));
                } else if (overflow) {
                    sink.accept(new Received.Bad("packet longer than " + MAX_PACKET + " bytes"));
                } else {
                    String payload = unescape(data.toByteArray());
                    sink.accept(payload == null ? new Received.Bad("bad escape or run-length sequence") : new Received.Packet(payload));
                }
            }
        }
    }

    private void start() {
        state = State.DATA;
        data.reset();
        sum = 0;
        overflow = false;
    }

    /**
     * Undoes {@code }x} escapes (x XOR 0x20) and run-length encoding ({@code c*n}: c repeated n - 29 more
     * times); null for a trailing escape, a run with nothing before it, or a bad count.
     */
    static String unescape(byte[] raw) {
        StringBuilder out = new StringBuilder(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int b = raw[i] & 0xff;
            if (b == '}') {
                if (++i >= raw.length) {
                    return null;
                }
                out.append((char) ((raw[i] & 0xff) ^ 0x20));
            } else if (b == '*') {
                if (++i >= raw.length || out.length() == 0) {
                    return null;
                }
                int repeat = (raw[i] & 0xff) - 29;
                if (repeat < 0 || repeat > 97 || out.length() + repeat > MAX_PACKET) {
                    return null;
                }
                char previous = out.charAt(out.length() - 1);
                for (int r = 0; r < repeat; r++) {
                    out.append(previous);
                }
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    /** The frame for {@code payload} (chars are bytes, ISO-8859-1), escaping the four special bytes. */
    public static byte[] frame(String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length() + 4);
        out.write('$');
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int b = payload.charAt(i) & 0xff;
            if (b == '$' || b == '#' || b == '}' || b == '*') {
                out.write('}');
                out.write(b ^ 0x20);
                sum += '}' + (b ^ 0x20);
            } else {
                out.write(b);
                sum += b;
            }
        }
        out.write('#');
        out.writeBytes(Hex.byteHex(sum & 0xff).getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
