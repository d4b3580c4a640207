package org.a64wb.gdbstub.rsp;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One debugger connection: a reader thread decodes the input (so a Ctrl-C arrives while the target
 * runs and nobody is waiting for a packet), acknowledges good packets and NAKs bad ones until no-ack
 * mode; {@link #send} frames a reply and, in acknowledgment mode, resends it on a NAK.
 */
public final class PacketConnection implements Closeable {

    /** How long to wait for the debugger's acknowledgment before assuming it got the packet. */
    private static final long ACK_TIMEOUT_MILLIS = 2000;
    private static final int RETRIES = 3;

    private final InputStream in;
    private final OutputStream out;
    private final BlockingQueue<Received> incoming = new LinkedBlockingQueue<>();
    private final BlockingQueue<Received> acks = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean noAck;
    private volatile boolean closed;

    public PacketConnection(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
        this.reader = new Thread(this::read, "gdb packet reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        PacketDecoder decoder = new PacketDecoder(this::received);
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                decoder.feed(buffer, 0, n);
            }
        } catch (IOException e) {
            // A reset connection ends the session like a clean close.
        }
        closed = true;
        incoming.add(Received.Closed.INSTANCE);
        acks.add(Received.Closed.INSTANCE);
    }

    private void received(Received r) {
        if (r instanceof Received.Packet) {
            if (!noAck) {
                writeRaw(new byte[] {'+'});
            }
            incoming.add(r);
        } else if (r instanceof Received.Bad) {
            if (!noAck) {
                writeRaw(new byte[] {'-'});
            }
        } else if (r instanceof Received.Ack || r instanceof Received.Nak) {
            acks.add(r);
        } else {
            incoming.add(r);
        }
    }

    /** The next packet, interrupt or close; null after {@code timeoutMillis} without one. */
    public Received poll(long timeoutMillis) throws InterruptedException {
        return incoming.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    public Received take() throws InterruptedException {
        return incoming.take();
    }

    /** From the next packet on, neither side acknowledges (QStartNoAckMode, after its OK went out). */
    public void noAck() {
        noAck = true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Sends one packet; in acknowledgment mode waits for '+' and resends on '-' (a few times). */
    public void send(String payload) throws InterruptedException {
        byte[] frame = PacketDecoder.frame(payload);
        acks.clear();
        for (int attempt = 0; attempt <= RETRIES; attempt++) {
            if (!writeRaw(frame) || noAck) {
                return;
            }
            Received answer = acks.poll(ACK_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            if (!(answer instanceof Received.Nak)) {
                return;
            }
        }
    }

    private boolean writeRaw(byte[] bytes) {
        synchronized (out) {
            try {
                out.write(bytes);
                out.flush();
                return true;
            } catch (IOException e) {
                closed = true;
                return false;
            }
        }
    }

    /** For logs: a payload shortened to something printable. */
    public static String printable(String payload) {
        String s = payload.length() > 80 ? payload.substring(0, 80) + "..." : payload;
        return new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", "?");
    }

    @Override
    public void close() throws IOException {
        closed = true;
        try {
            in.close();
        } finally {
            out.close();
        }
    }
}
