package org.a64wb.gdbstub.server;

/** What a command asks the session to do next. */
public sealed interface Reply {

    /** Send this packet and read the next command. */
    record Send(String payload) implements Reply {
    }

    /** Send console output ({@code O} packets) and then the final packet: qRcmd. */
    record Output(String text, String payload) implements Reply {
    }

    /** The target runs: the reply is the stop reply, once it stops. */
    enum Resumed implements Reply { INSTANCE }

    /** Send the packet, then switch to no-ack mode. */
    record NoAck(String payload) implements Reply {
    }

    /** Send the packet (or nothing if null) and end the session. */
    record End(String payload) implements Reply {
    }

    /** No reply at all (a packet the protocol does not answer). */
    enum Silent implements Reply { INSTANCE }

    static Reply send(String payload) {
        return new Send(payload);
    }
}
