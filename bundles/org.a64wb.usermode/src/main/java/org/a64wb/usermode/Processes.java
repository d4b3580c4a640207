package org.a64wb.usermode;

import static org.a64wb.usermode.Signals.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Process lifecycle: sending signals, ending threads and processes, and turning an ended process into
 * a zombie its parent reaps. Everything that changes the process tree happens under the kernel lock.
 */
final class Processes {

    private Processes() {
    }

    /** Wait status of a normal exit. */
    static int exited(int code) {
        return (code & 0xff) << 8;
    }

    /** Wait status of death by a signal. */
    static int killed(int signal, boolean core) {
        return signal | (core ? 0x80 : 0);
    }

    /** The status a shell shows: the exit code, or 128 + the signal. */
    static int shellStatus(int waitStatus) {
        int signal = waitStatus & 0x7f;
        return signal == 0 ? (waitStatus >> 8) & 0xff : 128 + signal;
    }

    /**
     * Sends {@code signal} to the process (kill): discarded when ignored, SIGKILL ends it at once,
     * otherwise pending until a thread that does not block it takes it. Call under the kernel lock.
     */
    static void post(GuestProcess process, int signal, byte[] info) {
        if (handledAtOnce(process, signal)) {
            return;
        }
        if (isIgnored(process, signal) && !blockedEverywhere(process, signal)) {
            return;
        }
        process.pending.add(signal, info);
        for (GuestThread t : process.threads) {
            t.attention = true;
        }
        process.kernel.changed.signalAll();
    }

    /** A signal from the terminal (Ctrl-C ...) to every process of a group, as the kernel's tty layer sends it. */
    static void postToGroup(Kernel kernel, int group, int signal) {
        kernel.lock.lock();
        try {
            for (GuestProcess p : kernel.liveProcesses()) {
                if (p.pgid == group) {
                    post(p, signal, Signals.sent(signal, Signals.SI_KERNEL, 0));
                }
            }
        } finally {
            kernel.lock.unlock();
        }
    }

    /** tgkill/tkill: a signal for one thread. Call under the kernel lock. */
    static void post(GuestThread thread, int signal, byte[] info) {
        GuestProcess process = thread.process;
        if (handledAtOnce(process, signal)) {
            return;
        }
        if (isIgnored(process, signal) && (thread.sigmask & bit(signal)) == 0) {
            return;
        }
        thread.pending.add(signal, info);
        thread.attention = true;
        process.kernel.changed.signalAll();
    }

    /**
     * What sending a signal does at once, before it is pending (Linux's prepare_signal): nothing for a
     * process that is ending or signal 0, SIGKILL ends the process, SIGCONT resumes a stopped process and
     * discards pending stops, a stop signal discards a pending SIGCONT, and SIGSTOP (which cannot be caught)
     * stops at once. True when nothing is left to queue.
     */
    private static boolean handledAtOnce(GuestProcess process, int signal) {
        if (process.isZombie() || process.exiting || signal == 0) {
            return true;
        }
        if (signal == SIGKILL) {
            beginExit(process, killed(SIGKILL, false));
            return true;
        }
        if (signal == SIGCONT) {
            for (int stop : new int[] {SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU}) {
                discardPending(process, stop);
            }
            if (process.stopped) {
                process.stopped = false;
                process.stopToReport = false;
                process.continueToReport = true;
                notifyParent(process, CLD_CONTINUED, SIGCONT);
                process.kernel.changed.signalAll();
            }
            return false; // SIGCONT is still delivered: its handler runs, its default action is to ignore it
        }
        if (Signals.isStopSignal(signal)) {
            discardPending(process, SIGCONT);
            if (signal == SIGSTOP) {
                stop(process, SIGSTOP);
                return true;
            }
        }
        return false;
    }

    private static void discardPending(GuestProcess process, int signal) {
        process.pending.discard(signal);
        for (GuestThread t : process.threads) {
            t.pending.discard(signal);
        }
    }

    /**
     * Stops every thread of the process (a stop signal's default action): they wait until SIGCONT or
     * SIGKILL; the parent may learn of it through SIGCHLD (CLD_STOPPED) and wait's WUNTRACED. Call under
     * the kernel lock.
     */
    static void stop(GuestProcess process, int signal) {
        if (process.exiting || process.isZombie() || process.stopped) {
            return;
        }
        process.stopped = true;
        process.stopSignal = signal;
        process.stopToReport = true;
        process.continueToReport = false;
        for (GuestThread t : process.threads) {
            t.attention = true;
        }
        notifyParent(process, CLD_STOPPED, signal);
        process.kernel.changed.signalAll();
    }

    /** SIGCHLD to the parent for a stop or continue, unless its SIGCHLD action has SA_NOCLDSTOP. */
    private static void notifyParent(GuestProcess process, int code, int signal) {
        GuestProcess parent = process.parent;
        if (parent == null || parent.isZombie() || (parent.sigactions[SIGCHLD][1] & SA_NOCLDSTOP) != 0) {
            return;
        }
        post(parent, SIGCHLD, Signals.child(process.pid, code, signal));
    }

    private static boolean isIgnored(GuestProcess process, int signal) {
        long handler = process.sigactions[signal][0];
        return handler == SIG_IGN || (handler == SIG_DFL && ignoredByDefault(signal));
    }

    private static boolean blockedEverywhere(GuestProcess process, int signal) {
        for (GuestThread t : process.threads) {
            if ((t.sigmask & bit(signal)) == 0) {
                return false;
            }
        }
        return !process.threads.isEmpty();
    }

    /** exit_group or a fatal signal: every thread of the process stops; the last one out makes it a zombie. */
    static void terminate(GuestThread thread, int signal, boolean core) {
        GuestProcess process = thread.process;
        process.kernel.lock.lock();
        try {
            beginExit(process, killed(signal, core && dumpsCore(signal)));
        } finally {
            process.kernel.lock.unlock();
        }
    }

    static void exitGroup(GuestThread thread, int code) {
        GuestProcess process = thread.process;
        process.kernel.lock.lock();
        try {
            beginExit(process, exited(code));
        } finally {
            process.kernel.lock.unlock();
        }
    }

    /** Under the lock: the first reason to exit wins; every thread is asked to stop. */
    static void beginExit(GuestProcess process, int waitStatus) {
        if (!process.exiting) {
            process.exiting = true;
            process.exitStatus = waitStatus;
        }
        for (GuestThread t : process.threads) {
            t.exitRequested = true;
            t.attention = true;
        }
        process.kernel.changed.signalAll();
    }

    /** exit (one thread): the thread ends; the process ends with it if it was the last. */
    static void exitThread(GuestThread thread, int code) {
        GuestProcess process = thread.process;
        process.kernel.lock.lock();
        try {
            process.lastThreadExit = exited(code);
            thread.exitRequested = true;
        } finally {
            process.kernel.lock.unlock();
        }
    }

    /** Runs on the guest thread's host thread as it ends: CLONE_CHILD_CLEARTID, then the process if it was the last. */
    static void threadExited(GuestThread thread) {
        GuestProcess process = thread.process;
        Kernel kernel = process.kernel;
        if (thread.clearChildTid != 0) {
            AddressSpace space = process.space();
            if (space.write(thread.clearChildTid, new byte[4])) {
                kernel.futexes.wake(space, thread.clearChildTid, 1);
            }
        }
        boolean last;
        // Measured before taking the lock, while this is still the guest thread's host thread.
        long[] used = Thread.currentThread() == thread.host ? thread.cpuTime() : new long[2];
        kernel.lock.lock();
        try {
            process.exitedThreadsCpu[0] += used[0];
            process.exitedThreadsCpu[1] += used[1];
            process.threads.remove(thread);
            kernel.unregister(thread);
            last = process.threads.isEmpty();
            if (last && !process.exiting) {
                process.exiting = true;
                process.exitStatus = process.lastThreadExit;
            }
        } finally {
            kernel.lock.unlock();
        }
        if (last) {
            processExited(process);
        }
    }

    private static void processExited(GuestProcess process) {
        Kernel kernel = process.kernel;
        kernel.lock.lock();
        try {
            Timers.arm(kernel, process.realTimer, 0, 0);
            for (Timers.PosixTimer timer : process.timers.values()) {
                Timers.arm(kernel, timer, 0, 0);
            }
            process.timers.clear();
        } finally {
            kernel.lock.unlock();
        }
        process.space().syncShared(null);
        process.files.closeAll();
        kernel.lock.lock();
        try {
            int status = process.exitStatus;
            process.becomeZombie(status);
            for (GuestProcess child : new ArrayList<>(process.children)) {
                child.parent = null;
                if (child.isZombie()) {
                    kernel.unregister(child);
                }
            }
            process.children.clear();
            GuestProcess parent = process.parent;
            if (parent != null && !parent.isZombie()) {
                long[] action = parent.sigactions[SIGCHLD];
                if (process.exitSignal == SIGCHLD && (action[0] == SIG_IGN || (action[1] & SA_NOCLDWAIT) != 0)) {
                    // The parent said it will not wait: the child is reaped at once.
                    parent.children.remove(process);
                    kernel.unregister(process);
                }
                if (process.exitSignal > 0 && process.exitSignal <= 64) {
                    int signal = status & 0x7f;
                    int code = signal == 0 ? CLD_EXITED : (status & 0x80) != 0 ? CLD_DUMPED : CLD_KILLED;
                    post(parent, process.exitSignal, Signals.child(process.pid, code, signal == 0 ? (status >> 8) & 0xff : signal));
                }
            } else {
                kernel.unregister(process); // nobody left to reap it; the runner keeps its own reference
            }
            kernel.changed.signalAll();
        } finally {
            kernel.lock.unlock();
        }
    }

    /** The children of {@code process} a wait for {@code pid} (wait4's encoding) may report. */
    static List<GuestProcess> waitable(GuestProcess process, long pid) {
        List<GuestProcess> list = new ArrayList<>();
        for (GuestProcess child : process.children) {
            if (pid == -1 || (pid > 0 && child.pid == pid) || (pid == 0 && child.pgid == process.pgid)
                    || (pid < -1 && child.pgid == -pid)) {
                list.add(child);
            }
        }
        return list;
    }
}
