package org.a64wb.gdbstub.control;

/**
 * Thrown by the memory path in place of an access that triggers a watchpoint: the instruction is
 * abandoned like one that faults (PC still on it, its registers unchanged), and the thread stops at
 * its next checkpoint. Carries no stack trace: it is control flow, thrown while debugging only.
 */
public final class WatchpointTrap extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WatchpointTrap() {
        super("watchpoint", null, false, false);
    }
}
