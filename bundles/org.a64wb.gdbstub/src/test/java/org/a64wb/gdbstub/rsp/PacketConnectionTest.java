package org.a64wb.gdbstub.rsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Acknowledgments over a real socket ("Packet Acknowledgment" in the GDB manual). */
class PacketConnectionTest {

    private ServerSocket server;
    private Socket gdb;
    private PacketConnection stub;
    private OutputStream toStub;
    private InputStream fromStub;

    @BeforeEach
    void connect() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        gdb = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket accepted = server.accept();
        stub = new PacketConnection(accepted.getInputStream(), accepted.getOutputStream());
        toStub = gdb.getOutputStream();
        fromStub = gdb.getInputStream();
        gdb.setSoTimeout(5000);
    }

    @AfterEach
    void close() throws IOException {
        stub.close();
        gdb.close();
        server.close();
    }

    private void gdbSends(String raw) throws IOException {
        toStub.write(raw.getBytes(StandardCharsets.ISO_8859_1));
        toStub.flush();
    }

    private String gdbReads(int n) throws IOException {
        return new String(fromStub.readNBytes(n), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aGoodPacketIsAcknowledgedAndDelivered() throws Exception {
        gdbSends("$g#67");
        assertEquals("+", gdbReads(1));
        assertEquals(new Received.Packet("g"), stub.take());
    }

    @Test
    void aBadPacketIsAnsweredWithANakAndNotDelivered() throws Exception {
        gdbSends("$g#00$g#67");
        assertEquals("-+", gdbReads(2));
        assertEquals(new Received.Packet("g"), stub.take());
    }

    @Test
    void aReplyIsResentAfterANak() throws Exception {
        Thread sender = new Thread(() -> {
            try {
                stub.send("OK");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sender.start();
        assertEquals("$OK#9a", gdbReads(6));
        gdbSends("-");
        assertEquals("$OK#9a", gdbReads(6));
        gdbSends("+");
        sender.join(5000);
        assertEquals(false, sender.isAlive());
    }

    @Test
    void inNoAckModeNothingIsAcknowledged() throws Exception {
        stub.noAck();
        gdbSends("$g#00$m0,1#fa");
        assertEquals(new Received.Packet("m0,1"), stub.take());
        stub.send("E14");
        // The reply comes first: no '+' or '-' went out for either packet.
        assertEquals("$E14#aa", gdbReads(7));
    }

    @Test
    void ctrlCArrivesAsAnInterruptAndCloseAsClosed() throws Exception {
        gdbSends("\u0003");
        assertEquals(Received.Interrupt.INSTANCE, stub.take());
        gdb.shutdownOutput();
        assertInstanceOf(Received.Closed.class, stub.take());
    }
}
