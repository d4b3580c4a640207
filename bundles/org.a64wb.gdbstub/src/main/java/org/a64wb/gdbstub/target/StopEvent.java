package org.a64wb.gdbstub.target;

/** Why the target stopped; the stub turns it into a stop reply (T, W or X). */
public sealed interface StopEvent {

    /** gdb's signal numbers for the stops a debugger itself causes (the same as Linux's). */
    int SIGINT = 2;
    int SIGTRAP = 5;

    /**
     * A thread stopped with a signal; {@code watch} is the watchpoint that fired (reported after the
     * access) and {@code address} the watched address it touched, when {@code watch} is not null.
     */
    record Stopped(long thread, int signal, Breakpoint.Kind watch, long address) implements StopEvent {
        public Stopped(long thread, int signal) {
            this(thread, signal, null, 0);
        }
    }

    /** The program exited with {@code status} (0-255). */
    record Exited(int status) implements StopEvent {
    }

    /** The program was killed by {@code signal}. */
    record Terminated(int signal) implements StopEvent {
    }
}
