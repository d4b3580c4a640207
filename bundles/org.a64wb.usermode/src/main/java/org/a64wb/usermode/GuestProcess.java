package org.a64wb.usermode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One guest process: its address space, descriptors, signal actions, working directory and
 * threads, and its place in the process tree (parent, children, group, session). Fields that other
 * processes read or change (children, exit state, pending signals) are guarded by the kernel lock.
 */
final class GuestProcess {

    final Kernel kernel;
    final int pid;
    GuestProcess parent;
    int pgid;
    int sid;
    private volatile AddressSpace space;
    volatile FileTable files;
    /** struct sigaction per signal: handler, flags, restorer, mask; shared by the process's threads. */
    volatile long[][] sigactions;
    final long[][] limits;
    volatile Path cwd;
    volatile int umask = 022;
    volatile Path executable;
    final Syscalls syscalls;
    final List<GuestThread> threads = new ArrayList<>();
    final List<GuestProcess> children = new ArrayList<>();
    /** Signals sent to the process as a whole, with their siginfo; any thread not blocking one takes it. */
    final PendingSignals pending = new PendingSignals();
    /** Exit signal sent to the parent (SIGCHLD unless clone said otherwise). */
    int exitSignal = Signals.SIGCHLD;
    /** Set when the process group exits: the wait status, and whether a parent has reaped it. */
    private boolean zombie;
    private int waitStatus;
    boolean exiting;
    /** The wait status once exiting: from exit_group, a fatal signal, or the last thread's exit. */
    int exitStatus;
    int lastThreadExit;
    /** A vfork parent waits for this to become true (the child called execve or exited). */
    boolean vforkReleased = true;
    /** timer_create's timers by id (guarded by the kernel lock). */
    final java.util.Map<Integer, Timers.PosixTimer> timers = new java.util.HashMap<>();
    /** setitimer's ITIMER_REAL: SIGALRM to the process. */
    final Timers.PosixTimer realTimer = new Timers.PosixTimer(this, -1, 1, Signals.SIGALRM, 0, Timers.SIGEV_SIGNAL, 0);
    long startNanos = System.nanoTime();
    /** Job control (guarded by the kernel lock): stopped by a stop signal until SIGCONT. */
    boolean stopped;
    int stopSignal;
    /** A stop (WUNTRACED) or continue (WCONTINUED) the parent has not been told about by a wait yet. */
    boolean stopToReport;
    boolean continueToReport;

    /** CPU time {total, user} of this process's threads that have ended (guarded by the kernel lock). */
    final long[] exitedThreadsCpu = new long[2];
    /** CPU time {total, user} of the children this process has waited for, and theirs (tms_cutime/cstime). */
    final long[] childrenCpu = new long[2];

    /** CPU time {total, user} of all this process's threads, ended ones included. Call under the kernel lock. */
    long[] cpuTime() {
        long[] sum = exitedThreadsCpu.clone();
        for (GuestThread t : threads) {
            long[] one = t.cpuTime();
            sum[0] += one[0];
            sum[1] += one[1];
        }
        return sum;
    }

    GuestProcess(Kernel kernel, int pid, AddressSpace space, FileTable files, Path cwd) {
        this.kernel = kernel;
        this.pid = pid;
        this.pgid = pid;
        this.sid = pid;
        this.space = space;
        this.files = files;
        this.cwd = cwd;
        this.sigactions = new long[65][4];
        this.limits = Syscalls.defaultLimits();
        this.syscalls = new Syscalls(this);
    }

    /** fork/clone without CLONE_THREAD: the child's process with a copy (or, for CLONE_VM, a share) of the parent. */
    GuestProcess(GuestProcess parent, int pid, AddressSpace space, FileTable files, long[][] sigactions) {
        this.kernel = parent.kernel;
        this.pid = pid;
        this.parent = parent;
        this.pgid = parent.pgid;
        this.sid = parent.sid;
        this.space = space;
        this.files = files;
        this.cwd = parent.cwd;
        this.umask = parent.umask;
        this.executable = parent.executable;
        this.sigactions = sigactions;
        this.limits = new long[parent.limits.length][];
        for (int i = 0; i < limits.length; i++) {
            limits[i] = parent.limits[i].clone();
        }
        this.syscalls = new Syscalls(this);
    }

    AddressSpace space() {
        return space;
    }

    void replaceSpace(AddressSpace replacement) {
        space = replacement;
    }

    boolean isZombie() {
        return zombie;
    }

    int waitStatus() {
        return waitStatus;
    }

    /** The last thread is gone: become a zombie for the parent (under the kernel lock). */
    void becomeZombie(int status) {
        zombie = true;
        waitStatus = status;
        vforkReleased = true;
    }

    static long[][] copyActions(long[][] actions) {
        long[][] copy = new long[actions.length][];
        for (int i = 0; i < actions.length; i++) {
            copy[i] = actions[i].clone();
        }
        return copy;
    }
}
