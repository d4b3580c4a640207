package org.a64wb.gdbstub.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.gdbstub.target.StopEvent;

/**
 * The stop/resume state of a debugged target in all-stop mode (GDB manual, "All-Stop Mode"): when
 * one thread stops, all stop, and a stop is reported only once no thread is executing guest code
 * (threads blocked outside guest code, in a system call or a WFI, do not change their registers
 * while they wait, so they count as stopped). It starts stopped: the first instruction waits for
 * the debugger, as QEMU's {@code -S} and {@code qemu-aarch64 -g} do.
 *
 * <p>Breakpoints are checked at the checkpoint before each instruction, which is why a thread runs
 * one instruction per checkpoint while any breakpoint or watchpoint is set (and {@link #SLICE} when
 * none is, so that a stop request is still seen quickly): correctness first, at the price of the
 * block compiler's speed while debugging.
 *
 * <p>Watchpoints stop the thread before the access, with PC on the accessing instruction, as QEMU's
 * Arm CPUs do ({@code gdb_stop_before_watchpoint}): gdb treats AArch64 watchpoints as non-steppable,
 * so on a watchpoint stop it single-steps the instruction itself (watchpoints removed) and only then
 * shows the new value. A stub that stopped after the access would make gdb run one instruction too
 * many (seen as a stop one line late, against gdb's own software watchpoints under qemu-aarch64).
 * The memory path asks {@link #hits} before each access and abandons the instruction with
 * {@link WatchpointTrap} when it says yes; the thread's next instruction after such a stop ignores
 * watchpoints, so resuming without gdb's step-over cannot trap on the same access forever.
 */
public final class AllStopControl {

    /** Instructions between checkpoints when no breakpoint or watchpoint is set. */
    public static final long SLICE = 4096;

    private enum State { OUTSIDE, RUNNING, PARKED }

    private final List<Participant> participants = new ArrayList<>();
    private final ThreadLocal<Participant> current = new ThreadLocal<>();
    private volatile long[] breakpoints = new long[0];
    private volatile Breakpoint[] watchpoints = new Breakpoint[0];
    private final List<Breakpoint> inserted = new ArrayList<>();
    /** Volatile for the checkpoint's lock-free path (see {@link Participant#checkpoint}). */
    private volatile boolean stopped = true;
    private StopEvent event;
    private boolean finished;
    private Resume others;
    private volatile boolean detached;
    private volatile boolean released;

    /** One thread that executes guest code; attach it on the host thread that runs it. */
    public final class Participant {
        private final long id;
        private volatile Resume action;
        private volatile State state = State.OUTSIDE;
        private boolean stepGiven;
        private Breakpoint watchHit;
        /** The signal gdb said to deliver when it resumed this thread (0: none). */
        private int deliver;
        /** Set by a watchpoint stop; the next run of instructions ignores watchpoints (it completes the access). */
        private boolean pastWatch;
        private volatile boolean ignoreWatch;

        /** Makes a thread that runs without a budget (a vCPU's run()) come back to its checkpoint; may be null. */
        private final Runnable kick;

        private Participant(long id, Resume action, Runnable kick) {
            this.id = id;
            this.action = action;
            this.kick = kick;
        }

        public long id() {
            return id;
        }

        /**
         * Before running guest code at {@code pc}: reports a finished step, a watchpoint hit by the
         * previous instructions or a breakpoint at {@code pc}, waits while the target is stopped, and
         * returns how many instructions may run ({@code slice} when nothing is being watched), or 0
         * when the target was killed and the thread should look at its exit request instead.
         */
        public long checkpoint(long pc, long slice) {
            if (detached) {
                return slice;
            }
            // The common case, without the lock: running on, nothing to report. RUNNING is published
            // before the target's state is read, and a stop sets the state before awaitStop reads the
            // threads' states, so either this thread sees the stop or awaitStop sees it running.
            if (action == Resume.CONTINUE && watchHit == null && !stepGiven && !pastWatch && !released) {
                state = State.RUNNING;
                if (!stopped && !hasBreakpoint(pc)) {
                    ignoreWatch = false;
                    return breakpoints.length > 0 || watchpoints.length > 0 ? 1 : slice;
                }
            }
            synchronized (AllStopControl.this) {
                state = State.OUTSIDE;
                while (true) {
                    if (released) {
                        return 0;
                    }
                    if (detached) {
                        return slice;
                    }
                    if (!stopped && action != Resume.STOP) {
                        if (watchHit != null) {
                            Breakpoint hit = watchHit;
                            watchHit = null;
                            pastWatch = true;
                            stop(new StopEvent.Stopped(id, StopEvent.SIGTRAP, hit.kind(), hit.address()));
                            continue;
                        }
                        if (stepGiven) {
                            stepGiven = false;
                            stop(new StopEvent.Stopped(id, StopEvent.SIGTRAP));
                            continue;
                        }
                        // A step always executes its instruction, even one with a breakpoint on it;
                        // a continue stops there first (gdb steps over its own breakpoints before continuing).
                        if (action != Resume.STEP && hasBreakpoint(pc)) {
                            stop(new StopEvent.Stopped(id, StopEvent.SIGTRAP));
                            continue;
                        }
                        state = State.RUNNING;
                        ignoreWatch = pastWatch;
                        pastWatch = false;
                        if (action == Resume.STEP) {
                            stepGiven = true;
                            return 1;
                        }
                        return breakpoints.length > 0 || watchpoints.length > 0 ? 1 : slice;
                    }
                    if (state != State.PARKED) {
                        // Only the change is news: notifying on every wake-up would make two parked
                        // threads wake each other forever and starve the stub's awaitStop of the lock.
                        state = State.PARKED;
                        AllStopControl.this.notifyAll();
                    }
                    try {
                        AllStopControl.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return 0;
                    }
                }
            }
        }

        /**
         * Before a signal reaches the guest thread (QEMU's gdb_handlesig): the target stops with
         * {@code signal} for this thread, and once gdb resumes it, returns the signal gdb wants
         * delivered, 0 to discard it. Without a debugger (detached, killed) the signal goes through.
         */
        public int signal(int signal) {
            synchronized (AllStopControl.this) {
                state = State.OUTSIDE;
                if (!awaitRunning()) {
                    return signal;
                }
                stop(new StopEvent.Stopped(id, signal));
                deliver = 0;
                return awaitRunning() ? deliver : signal;
            }
        }

        /** Parks (under the lock) until the target runs and this thread may too; false when the debugger is gone. */
        private boolean awaitRunning() {
            while (stopped || action == Resume.STOP) {
                if (released || detached) {
                    return false;
                }
                if (state != State.PARKED) {
                    state = State.PARKED;
                    AllStopControl.this.notifyAll();
                }
                try {
                    AllStopControl.this.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            state = State.OUTSIDE;
            return !(released || detached);
        }

        /** After running guest code: the thread may now block (a system call); it counts as stopped. */
        public void outside() {
            state = State.OUTSIDE;
        }

        /** The thread has ended. */
        public void detach() {
            synchronized (AllStopControl.this) {
                participants.remove(this);
                current.remove();
                AllStopControl.this.notifyAll();
            }
        }
    }

    /** Registers the calling host thread as guest thread {@code id} (its accesses are checked against watchpoints). */
    public synchronized Participant attach(long id) {
        Participant p = register(id, null);
        current.set(p);
        return p;
    }

    /**
     * Registers vCPU {@code id} before its host thread exists (a vCPU that is still off is a thread gdb
     * sees, as under QEMU). {@code kick} makes its run without a budget return to the checkpoint
     * (VirtualCpu.requestExit); it is called again while a stop waits for the vCPU, since a kick that
     * arrives just before the run starts may be lost.
     */
    public synchronized Participant register(long id, Runnable kick) {
        Participant p = new Participant(id, others == null ? Resume.STOP : others, kick);
        participants.add(p);
        return p;
    }

    public synchronized List<Long> threads() {
        List<Long> ids = new ArrayList<>();
        for (Participant p : participants) {
            ids.add(p.id);
        }
        return ids;
    }

    private boolean hasBreakpoint(long pc) {
        for (long b : breakpoints) {
            if (b == pc) {
                return true;
            }
        }
        return false;
    }

    /** The first stop wins; later ones (another thread at a breakpoint in the same instant) wait for the next resume. */
    private void stop(StopEvent e) {
        if (!stopped) {
            stopped = true;
            event = e;
            for (Participant p : participants) {
                if (p.kick != null) {
                    p.kick.run();
                }
            }
            notifyAll();
        }
    }

    /** Whether any watchpoint is set: the memory path's fast check before calling {@link #access}. */
    public boolean watching() {
        return watchpoints.length != 0;
    }

    /**
     * Before a data access by the calling thread's guest code: whether it triggers a watchpoint (which
     * is then recorded for the thread's next checkpoint, and the caller throws {@link WatchpointTrap}).
     */
    public boolean hits(long address, int size, boolean write) {
        Participant p = current.get();
        if (p == null || p.ignoreWatch) {
            return false;
        }
        for (Breakpoint w : watchpoints) {
            if (w.kind().triggeredBy(write) && w.overlaps(address, size)) {
                synchronized (this) {
                    if (p.watchHit == null) {
                        p.watchHit = w;
                    }
                }
                return true;
            }
        }
        return false;
    }

    public synchronized boolean insert(Breakpoint b) {
        inserted.add(b);
        publish();
        return true;
    }

    public synchronized boolean remove(Breakpoint b) {
        boolean removed = inserted.remove(b);
        publish();
        return removed;
    }

    private void publish() {
        List<Long> code = new ArrayList<>();
        List<Breakpoint> data = new ArrayList<>();
        for (Breakpoint b : inserted) {
            if (b.kind().isWatchpoint()) {
                data.add(b);
            } else {
                code.add(b.address());
            }
        }
        breakpoints = code.stream().mapToLong(Long::longValue).toArray();
        watchpoints = data.toArray(new Breakpoint[0]);
    }

    public synchronized void resume(Map<Long, Resume> actions, Resume othersAction) {
        resume(actions, othersAction, Map.of());
    }

    /** With the signal each thread in {@code signals} is to deliver (see {@link Participant#signal}). */
    public synchronized void resume(Map<Long, Resume> actions, Resume othersAction, Map<Long, Integer> signals) {
        others = othersAction;
        for (Participant p : participants) {
            Resume a = actions.getOrDefault(p.id, othersAction);
            p.deliver = signals.getOrDefault(p.id, 0);
            p.action = a == null ? Resume.STOP : a;
            p.stepGiven = false;
            p.watchHit = null;
        }
        event = null;
        stopped = false;
        notifyAll();
    }

    /** Ctrl-C: reported for the first thread (QEMU reports the CPU it was running). */
    public synchronized void interrupt() {
        if (!stopped && !finished) {
            stop(new StopEvent.Stopped(participants.isEmpty() ? 1 : participants.get(0).id, StopEvent.SIGINT));
        }
    }

    /** The program ended: {@code end} is reported by the next (or current) {@link #awaitStop}. */
    public synchronized void finish(StopEvent end) {
        finished = true;
        stopped = true;
        event = end;
        notifyAll();
    }

    /** The stop event once no thread executes guest code any more; null after the timeout. */
    public synchronized StopEvent awaitStop(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            if (event != null && (finished || participants.stream().noneMatch(p -> p.state == State.RUNNING))) {
                StopEvent e = event;
                event = null;
                return e;
            }
            if (event != null) {
                for (Participant p : participants) {
                    if (p.state == State.RUNNING && p.kick != null) {
                        p.kick.run();
                    }
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return null;
            }
            // Short waits: a thread leaving guest code only writes a volatile, it does not notify.
            wait(Math.min(left, 5));
        }
    }

    /** Whether the target is stopped (no resume since the last stop). */
    public synchronized boolean isStopped() {
        return stopped;
    }

    /** gdb went away: no more breakpoints, everything runs. */
    public synchronized void detach() {
        inserted.clear();
        publish();
        detached = true;
        stopped = false;
        notifyAll();
    }

    /** The target is being killed: parked threads return from their checkpoint with 0 to see their exit request. */
    public synchronized void release() {
        released = true;
        notifyAll();
    }
}
