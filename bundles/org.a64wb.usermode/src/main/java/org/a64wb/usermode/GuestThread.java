package org.a64wb.usermode;

import static org.a64wb.usermode.Signals.*;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.gdbstub.control.WatchpointTrap;
import org.a64wb.gdbstub.target.LinuxSignals;

/**
 * One guest thread on its own host thread: runs guest code in slices, serves SVCs as system calls,
 * and between slices and after each call takes pending signals (building the handler's frame, or
 * carrying out the default action). A fault becomes the matching signal: the guest's handler gets it
 * with si_addr/si_code when it has one, otherwise the process dies of it with a one-line report.
 */
final class GuestThread implements Runnable {

    /** Instructions between checks for signals and exit requests from other threads. */
    static final long SLICE = 1 << 20;

    final Kernel kernel;
    final GuestProcess process;
    final int tid;
    private Cpu cpu;
    private Engine engine;
    /** Blocked signals; changed only by this thread, read by senders under the kernel lock. */
    long sigmask;
    /** Signals sent to this thread (tgkill, faults), guarded by the kernel lock. */
    final PendingSignals pending = new PendingSignals();
    long clearChildTid;
    long robustList;
    long altSp;
    long altSize;
    int altFlags = SS_DISABLE;
    /** sigsuspend/ppoll with a mask: the mask a handler's frame must save instead of the current one. */
    long savedMask;
    boolean useSavedMask;
    /** Set by other threads when there is something to look at: a signal or a request to exit. */
    volatile boolean attention;
    volatile boolean exitRequested;
    Thread host;
    /** The host thread's CPU time {total, user} before it began running this guest thread. */
    private long[] cpuBaseline = new long[2];
    /** PR_SET_NAME (comm): at most 15 bytes. */
    volatile String name = "a64";
    /** This thread under the debugger (run-user --gdb), or null. */
    AllStopControl.Participant debug;

    GuestThread(Kernel kernel, GuestProcess process, int tid, Cpu cpu) {
        this.kernel = kernel;
        this.process = process;
        this.tid = tid;
        this.cpu = cpu;
        this.engine = kernel.engines.apply(cpu, process.space().memory());
    }

    Cpu cpu() {
        return cpu;
    }

    /** execve: this thread continues in the new image with a fresh CPU. */
    void replaceCpu(Cpu replacement, PhysicalMemory memory) {
        cpu = replacement;
        engine = kernel.engines.apply(replacement, memory);
    }

    boolean exiting() {
        return exitRequested;
    }

    /** Whether a blocking call should stop waiting: an exit request or a deliverable signal (call under the lock). */
    boolean interrupted() {
        return exitRequested || ((pending.mask | process.pending.mask) & ~sigmask) != 0;
    }

    /** The first deliverable signal without taking it (under the lock); 0 if none. */
    int peekSignal() {
        long deliverable = (pending.mask | process.pending.mask) & ~sigmask;
        return deliverable == 0 ? 0 : Long.numberOfTrailingZeros(deliverable) + 1;
    }

    /** CPU time {total, user} this guest thread has used so far. */
    long[] cpuTime() {
        long[] now = Clocks.cpuTime(host);
        return new long[] {Math.max(0, now[0] - cpuBaseline[0]), Math.max(0, now[1] - cpuBaseline[1])};
    }

    /** Starts this thread on a new host thread. */
    void start() {
        host = new Thread(this, "guest " + process.pid + "/" + tid);
        host.setDaemon(true);
        host.start();
    }

    @Override
    public void run() {
        if (host == null) {
            // The first thread runs on the caller's thread, which has used CPU (start-up) before the guest did.
            host = Thread.currentThread();
            cpuBaseline = Clocks.cpuTime(host);
        }
        AllStopControl control = kernel.debug;
        if (debug == null && control != null && process == kernel.debugged) {
            debug = control.attach(tid);
        }
        try {
            loop();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            kernel.report(String.format("internal error in guest thread %d at pc 0x%x: %s", tid, cpu.pc, e));
            Processes.terminate(this, SIGSEGV, true);
        } finally {
            if (debug != null) {
                debug.detach();
            }
            Processes.threadExited(this);
        }
    }

    private void loop() {
        while (true) {
            if (attention || (pending.mask | process.pending.mask) != 0) {
                attention = false;
                if (exitRequested) {
                    return;
                }
                deliverSignals();
                awaitContinue();
                if (exitRequested) {
                    return;
                }
            }
            long limit = SLICE;
            if (debug != null) {
                limit = debug.checkpoint(cpu.pc, AllStopControl.SLICE);
                if (limit == 0) {
                    // Killed by the debugger: the exit request is already set.
                    attention = true;
                    continue;
                }
            }
            try {
                try {
                    engine.run(limit);
                } finally {
                    // System calls and faults below may block: the thread no longer changes its registers.
                    if (debug != null) {
                        debug.outside();
                    }
                }
            } catch (GuestException e) {
                switch (e.kind()) {
                    case SUPERVISOR_CALL -> {
                        cpu.pc = e.returnAddress();
                        process.syscalls.dispatch(this);
                        attention = true;
                    }
                    // Linux sets SCTLR_EL1.nTWI/nTWE: WFI and WFE do not trap at EL0, they just return.
                    case WAIT_FOR_INTERRUPT, WAIT_FOR_EVENT -> cpu.pc = e.pc() + 4;
                    default -> fault(e);
                }
            } catch (MemoryAbort a) {
                fault(a);
            } catch (WatchpointTrap t) {
                // The access did not happen; the checkpoint reports the watchpoint with PC on the instruction.
            }
        }
    }

    /**
     * Under gdb, a signal stops the target before it reaches the guest (QEMU's gdb_handlesig); false when
     * gdb discards it ("signal 0", "handle SIG nopass"). Signals gdb has no number for go through unseen.
     */
    private boolean passesDebugger(int signal) {
        int gdb = LinuxSignals.toGdb(signal);
        return debug == null || gdb == 0 || debug.signal(gdb) != 0;
    }

    /** While the process is stopped (job control), this thread runs no guest code: it waits for SIGCONT or SIGKILL. */
    private void awaitContinue() {
        // Checked after every system call: no lock unless stopped. Processes.stop sets the flag before the
        // volatile write of attention this thread has just read, so a stop is never missed here.
        if (!process.stopped) {
            return;
        }
        boolean waited = false;
        kernel.lock.lock();
        try {
            while (process.stopped && !exitRequested) {
                waited = true;
                kernel.changed.awaitNanos(1_000_000_000L);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            kernel.lock.unlock();
        }
        if (waited && !exitRequested) {
            deliverSignals(); // SIGCONT's handler, if it has one, runs as soon as the process goes on
        }
    }

    /** Takes pending signals this thread does not block, in signal-number order, until one runs a handler. */
    void deliverSignals() {
        while (true) {
            int signal;
            byte[] info;
            long[] action;
            kernel.lock.lock();
            try {
                signal = peekSignal();
                if (signal == 0) {
                    if (useSavedMask) {
                        sigmask = savedMask;
                        useSavedMask = false;
                    }
                    return;
                }
                long bit = bit(signal);
                info = (pending.mask & bit) != 0 ? pending.take(signal) : process.pending.take(signal);
                action = takeAction(signal);
            } finally {
                kernel.lock.unlock();
            }
            if (info == null) {
                info = Signals.info(signal, SI_KERNEL);
            }
            if (!passesDebugger(signal)) {
                continue;
            }
            if (action[0] == SIG_IGN || (action[0] == SIG_DFL && ignoredByDefault(signal))) {
                continue;
            }
            if (action[0] == SIG_DFL && Signals.isStopSignal(signal)) {
                kernel.lock.lock();
                try {
                    Processes.stop(process, signal);
                } finally {
                    kernel.lock.unlock();
                }
                return;
            }
            if (action[0] == SIG_DFL) {
                Processes.terminate(this, signal, dumpsCore(signal));
                return;
            }
            if (!setupFrame(signal, info, action, 0)) {
                kernel.report(String.format("SIGSEGV: cannot write the %s frame below sp 0x%x", name(signal), cpu.spEl0));
                Processes.terminate(this, SIGSEGV, true);
            }
            return;
        }
    }

    /** The action for {@code signal}, applying SA_RESETHAND (under the lock). */
    private long[] takeAction(int signal) {
        long[] action = process.sigactions[signal].clone();
        if (action[0] > SIG_IGN && (action[1] & SA_RESETHAND) != 0) {
            process.sigactions[signal] = new long[4];
        }
        return action;
    }

    /**
     * Builds the rt_sigframe (and the frame record above it) on the current or alternate stack and
     * enters the handler; false if the stack cannot take the frame.
     */
    boolean setupFrame(int signal, byte[] info, long[] action, long faultAddress) {
        long handler = action[0];
        long flags = action[1];
        long frameMask;
        kernel.lock.lock();
        try {
            frameMask = useSavedMask ? savedMask : sigmask;
            useSavedMask = false;
        } finally {
            kernel.lock.unlock();
        }
        long sp = cpu.spEl0;
        boolean onAltStack = onAltStack(sp);
        if ((flags & SA_ONSTACK) != 0 && altFlags != SS_DISABLE && !onAltStack) {
            sp = altSp + altSize;
        }
        long record = (sp - 16) & ~15L;
        long frame = (record - FRAME_SIZE) & ~15L;
        int ucAltFlags = altFlags == SS_DISABLE ? SS_DISABLE : onAltStack ? SS_ONSTACK : 0;
        byte[] image = Signals.frame(cpu, info, frameMask, altSp, altSize, ucAltFlags, faultAddress);
        AddressSpace space = process.space();
        if (!space.writeLongs(record, cpu.x[29], cpu.x[30]) || !space.write(frame, image)) {
            return false;
        }
        cpu.x[0] = signal;
        if ((flags & SA_SIGINFO) != 0) {
            cpu.x[1] = frame;
            cpu.x[2] = frame + UC;
        }
        cpu.x[29] = record;
        cpu.x[30] = (flags & SA_RESTORER) != 0 ? action[2] : space.sigreturnTrampoline();
        cpu.spEl0 = frame;
        cpu.pc = handler;
        cpu.nextPc = handler;
        kernel.lock.lock();
        try {
            sigmask = (sigmask | action[3] | ((flags & SA_NODEFER) != 0 ? 0 : bit(signal))) & ~UNBLOCKABLE;
        } finally {
            kernel.lock.unlock();
        }
        return true;
    }

    boolean onAltStack(long sp) {
        return altFlags != SS_DISABLE && Long.compareUnsigned(sp - altSp, altSize) <= 0 && sp != altSp;
    }

    /** rt_sigreturn: back to the state saved in the frame at SP; false if the frame cannot be read or is refused. */
    boolean sigreturn() {
        long frame = cpu.spEl0;
        byte[] image = new byte[FRAME_SIZE];
        if ((frame & 15) != 0 || !process.space().read(frame, image, 0, image.length)) {
            return false;
        }
        Long mask = Signals.restore(cpu, image);
        if (mask == null) {
            return false;
        }
        kernel.lock.lock();
        try {
            sigmask = mask & ~UNBLOCKABLE;
        } finally {
            kernel.lock.unlock();
        }
        attention = true;
        return true;
    }

    private void fault(GuestException e) {
        int signal;
        int code;
        long address = e.address();
        switch (e.kind()) {
            case UNDEFINED, HALT, HYPERVISOR_CALL, SECURE_MONITOR_CALL, SYSTEM_REGISTER, TRAPPED -> {
                signal = SIGILL;
                code = ILL_ILLOPC;
                address = e.pc();
            }
            case BREAKPOINT -> {
                signal = SIGTRAP;
                code = TRAP_BRKPT;
                address = e.pc();
            }
            case ALIGNMENT_FAULT, PC_ALIGNMENT, SP_ALIGNMENT -> {
                signal = SIGBUS;
                code = BUS_ADRALN;
            }
            default -> {
                signal = SIGSEGV;
                code = SEGV_MAPERR;
            }
        }
        cpu.pc = e.pc();
        String detail = e.getMessage();
        int colon = detail == null ? -1 : detail.indexOf(": ");
        String report = String.format("%s (%s) at pc 0x%x, word %08x, address 0x%x%s", name(signal), e.kind(), e.pc(), e.word(),
                e.address(), colon < 0 ? "" : " (" + detail.substring(colon + 2) + ")");
        fault(signal, code, address, report);
    }

    private void fault(MemoryAbort a) {
        long pc = cpu.pc;
        PhysicalMemory memory = process.space().memory();
        String word = memory.isRam(pc, 4) ? String.format("%08x", memory.read32(pc)) : "????????";
        if (process.space().isBeyondEof(a.address())) {
            fault(SIGBUS, BUS_ADRERR, a.address(), String.format("SIGBUS (DATA_ABORT) at pc 0x%x, word %s, address 0x%x (past the end of a mapped file)",
                    pc, word, a.address()));
            return;
        }
        boolean permission = process.space().isProtected(a.address(), a.write());
        String report = String.format("SIGSEGV (DATA_ABORT) at pc 0x%x, word %s, address 0x%x (%s of %d bytes %s)", pc, word,
                a.address(), a.write() ? "write" : "read", a.size(), permission ? "to a protected page" : "outside guest memory");
        fault(SIGSEGV, permission ? SEGV_ACCERR : SEGV_MAPERR, a.address(), report);
    }

    /** A synchronous signal: to the handler if there is one and it is not blocked, otherwise fatal (force_sig). */
    private void fault(int signal, int code, long address, String report) {
        if (!passesDebugger(signal)) {
            // The instruction runs again (as under Linux and QEMU).
            return;
        }
        long[] action;
        boolean blocked;
        kernel.lock.lock();
        try {
            blocked = (sigmask & bit(signal)) != 0;
            action = blocked ? null : takeAction(signal);
        } finally {
            kernel.lock.unlock();
        }
        if (action != null && action[0] > SIG_IGN) {
            if (setupFrame(signal, Signals.fault(signal, code, address), action, address)) {
                return;
            }
            report += "; the handler's frame does not fit on the stack";
        }
        kernel.report(report);
        Processes.terminate(this, signal, true);
    }
}
