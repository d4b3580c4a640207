package org.a64wb.gdbstub.rsp;

/** What arrives from the debugger: a verified packet, a broken one, an acknowledgment, an interrupt or the end. */
public sealed interface Received {

    /** A packet whose checksum matched, unescaped; chars are bytes (ISO-8859-1). */
    record Packet(String payload) implements Received {
    }

    /** A packet that failed verification (answered with a NAK in acknowledgment mode). */
    record Bad(String reason) implements Received {
    }

    enum Ack implements Received { INSTANCE }

    enum Nak implements Received { INSTANCE }

    /** Ctrl-C: the byte 0x03 outside a packet. */
    enum Interrupt implements Received { INSTANCE }

    /** The debugger closed the connection. */
    enum Closed implements Received { INSTANCE }
}
