package org.a64wb.board.api;

/** A device's interrupt output, wired by the board to its interrupt controller (level-sensitive). */
@FunctionalInterface
public interface InterruptLine {

    /** Drives the line; callable from any thread. */
    void set(boolean level);
}
