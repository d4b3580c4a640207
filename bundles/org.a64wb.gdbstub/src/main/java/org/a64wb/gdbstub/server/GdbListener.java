package org.a64wb.gdbstub.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The {@code --gdb [HOST:]PORT} option: where the stub listens (QEMU's {@code -gdb tcp::PORT}; the
 * host defaults to the loopback address, since a debugger connection can read and change anything in
 * the guest), and the wait for the one debugger connection.
 */
public final class GdbListener implements AutoCloseable {

    private final ServerSocket server;

    private GdbListener(ServerSocket server) {
        this.server = server;
    }

    /** Parses {@code [HOST:]PORT}; throws IllegalArgumentException with a one-line message when malformed. */
    public static InetSocketAddress parse(String spec) {
        int colon = spec.lastIndexOf(':');
        String host = colon < 0 ? "" : spec.substring(0, colon);
        String port = spec.substring(colon + 1);
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65535) {
            throw new IllegalArgumentException("--gdb " + spec + ": expected [HOST:]PORT with PORT from 0 to 65535");
        }
        if (host.isEmpty() || host.equals("localhost")) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), number);
        }
        InetSocketAddress address = new InetSocketAddress(host, number);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("--gdb " + spec + ": unknown host " + host);
        }
        return address;
    }

    /** Listens on {@code spec}; throws IOException when the port cannot be bound. */
    public static GdbListener listen(String spec) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        try {
            server.bind(parse(spec));
        } catch (IOException e) {
            server.close();
            throw new IOException("--gdb " + spec + ": cannot listen: " + e.getMessage(), e);
        }
        return new GdbListener(server);
    }

    /** The port actually bound (for PORT 0). */
    public int port() {
        return server.getLocalPort();
    }

    public Socket accept() throws IOException {
        return server.accept();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
