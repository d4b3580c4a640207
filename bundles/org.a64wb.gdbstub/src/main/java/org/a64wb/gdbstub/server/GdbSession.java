package org.a64wb.gdbstub.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;

import org.a64wb.gdbstub.rsp.Hex;
import org.a64wb.gdbstub.rsp.PacketConnection;
import org.a64wb.gdbstub.rsp.Received;
import org.a64wb.gdbstub.target.DebugTarget;
import org.a64wb.gdbstub.target.StopEvent;

/**
 * One debugger connection served on its own thread: commands while the target is stopped; while it
 * runs, the stop (or a Ctrl-C, which stops it) ends with a stop reply. When gdb goes away without
 * {@code D} or {@code k}, the target is detached and runs on, as with QEMU's stub.
 */
public final class GdbSession implements Runnable {

    private final PacketConnection connection;
    private final DebugTarget target;
    private final CommandHandler handler;
    private final PrintStream log;
    private final Thread thread;
    private volatile boolean ended;

    /**
     * @param log where protocol trouble is reported (one line each), e.g. {@code System.err};
     *        {@code -Da64.gdb.trace=true} also logs every packet there
     */
    public GdbSession(PacketConnection connection, DebugTarget target, StopEvent initialStop, PrintStream log) {
        this.connection = connection;
        this.target = target;
        this.handler = new CommandHandler(target, initialStop);
        this.log = log;
        this.thread = new Thread(this, "gdb session");
        thread.setDaemon(true);
    }

    public static GdbSession over(Socket socket, DebugTarget target, StopEvent initialStop, PrintStream log) throws IOException {
        socket.setTcpNoDelay(true);
        return new GdbSession(new PacketConnection(socket.getInputStream(), socket.getOutputStream()), target, initialStop, log);
    }

    private static final boolean TRACE = Boolean.getBoolean("a64.gdb.trace");

    public void start() {
        thread.start();
    }

    /** Waits (at most {@code millis}) for the session to end: after an exit reply reached gdb, say. */
    public void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public void run() {
        try {
            serve();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended = true;
            try {
                connection.close();
            } catch (IOException e) {
                // Closing a dead socket has nothing left to report.
            }
        }
    }

    private void serve() throws InterruptedException {
        while (true) {
            Received r = connection.take();
            if (r instanceof Received.Closed) {
                target.detach();
                return;
            }
            if (!(r instanceof Received.Packet packet)) {
                // A Ctrl-C while stopped needs no answer.
                continue;
            }
            String payload = packet.payload();
            if (TRACE) {
                log.println("gdb <- " + PacketConnection.printable(payload));
            }
            Reply reply = handler.handle(payload);
            if (reply instanceof Reply.Send s) {
                send(s.payload());
            } else if (reply instanceof Reply.NoAck n) {
                send(n.payload());
                connection.noAck();
            } else if (reply instanceof Reply.Output o) {
                // Console output in chunks that fit a packet, then the command's own reply.
                String text = o.text();
                int chunk = CommandHandler.PACKET_SIZE / 2 - 8;
                for (int i = 0; i < text.length(); i += chunk) {
                    send("O" + Hex.encodeText(text.substring(i, Math.min(text.length(), i + chunk))));
                }
                send(o.payload());
            } else if (reply instanceof Reply.End e) {
                if (e.payload() != null) {
                    send(e.payload());
                }
                return;
            } else if (reply == Reply.Resumed.INSTANCE) {
                StopEvent stop = awaitStop();
                if (stop == null) {
                    target.detach();
                    return;
                }
                handler.stopped(stop);
                send(handler.stopReply(stop));
                if (!(stop instanceof StopEvent.Stopped)) {
                    return;
                }
            }
        }
    }

    /** Waits for the target to stop, turning a Ctrl-C into an interrupt; null if gdb went away meanwhile. */
    private StopEvent awaitStop() throws InterruptedException {
        while (true) {
            StopEvent stop = target.awaitStop(20);
            if (stop != null) {
                return stop;
            }
            Received r = connection.poll(0);
            if (r instanceof Received.Interrupt) {
                target.interrupt();
            } else if (r instanceof Received.Closed) {
                return null;
            } else if (r instanceof Received.Packet p && TRACE) {
                log.println("gdb <- (ignored while running) " + PacketConnection.printable(p.payload()));
            }
        }
    }

    private void send(String payload) throws InterruptedException {
        if (TRACE) {
            log.println("gdb -> " + PacketConnection.printable(payload));
        }
        connection.send(payload);
    }
}
