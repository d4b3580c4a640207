package org.a64wb.usermode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PhysicalMemory;

/**
 * What all guest processes of one run share: the id space for pids and tids, the process table,
 * the host, the instruction engine factory, and one lock with one condition. Every blocking system
 * call (pipe I/O, wait4, futex, sleeps, sigsuspend) waits on {@link #changed} under {@link #lock}, and
 * everything that could end such a wait (a pipe write, a child's exit, a futex wake, a signal)
 * signals it; waiters re-check their own condition. Guest code runs outside the lock, truly in
 * parallel, one host thread per guest thread.
 */
final class Kernel {

    final HostEnvironment host;
    final BiFunction<Cpu, PhysicalMemory, Engine> engines;
    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();
    final long startNanos = System.nanoTime();
    final Futexes futexes = new Futexes(this);
    /**
     * Held by every call that checks where a path lands on the host and then changes it (creations,
     * removals, renames, links, writes by name), so no guest thread can swap a directory for a
     * symlink between another's check and change. Those calls never block, so one lock is cheap.
     */
    final Object pathLock = new Object();
    /** qemu-user's -L prefix: absolute guest paths that exist under it are taken from there; null for none. */
    volatile java.nio.file.Path sysroot;
    /** The pipes behind the FIFOs guest processes have open, by host file key (guarded by the lock). */
    final java.util.Map<Object, Pipe> fifos = new java.util.HashMap<>();
    /** Every process with a pid, including zombies not yet reaped; guarded by {@link #lock}. */
    private final Map<Integer, GuestProcess> processes = new HashMap<>();
    private final Map<Integer, GuestThread> threads = new HashMap<>();
    private final Set<Long> reported = ConcurrentHashMap.newKeySet();
    private int lastId;
    private ScheduledExecutorService timers;
    /** The terminal's foreground process group (TIOCGPGRP/TIOCSPGRP), when the standard streams are a terminal. */
    volatile int foregroundGroup;
    /** The host terminal behind the standard streams, when they are one and the host lets us control it. */
    volatile HostTerminal hostTerminal;
    /** Prints every system call like {@code qemu-aarch64 -strace}. */
    volatile boolean strace;
    /** The debugger's control over {@link #debugged}'s threads (run-user --gdb); null when none is attached. */
    volatile org.a64wb.gdbstub.control.AllStopControl debug;
    volatile GuestProcess debugged;

    Kernel(HostEnvironment host, BiFunction<Cpu, PhysicalMemory, Engine> engines) {
        this.host = host;
        this.engines = engines;
        this.lastId = (int) Math.max(1, Math.min(host.pid(), 1 << 22)) - 1;
    }

    /** A fresh id for a process or thread (Linux shares one space for both); call under the lock. */
    int allocateId() {
        do {
            lastId = lastId >= (1 << 22) ? 2 : lastId + 1;
        } while (processes.containsKey(lastId) || threads.containsKey(lastId));
        return lastId;
    }

    void register(GuestProcess process) {
        processes.put(process.pid, process);
    }

    void unregister(GuestProcess process) {
        processes.remove(process.pid);
    }

    void register(GuestThread thread) {
        threads.put(thread.tid, thread);
    }

    void unregister(GuestThread thread) {
        threads.remove(thread.tid);
    }

    /** Live guest threads of every process (call under the lock). */
    int threadCount() {
        return threads.size();
    }

    GuestProcess process(long pid) {
        return pid > 0 && pid <= Integer.MAX_VALUE ? processes.get((int) pid) : null;
    }

    GuestThread thread(long tid) {
        return tid > 0 && tid <= Integer.MAX_VALUE ? threads.get((int) tid) : null;
    }

    /** Live (not zombie) processes; call under the lock. */
    List<GuestProcess> liveProcesses() {
        List<GuestProcess> list = new ArrayList<>();
        for (GuestProcess p : processes.values()) {
            if (!p.isZombie()) {
                list.add(p);
            }
        }
        return list;
    }

    /** Wakes every waiter to re-check its condition. */
    void wakeAll() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    synchronized ScheduledExecutorService timers() {
        if (timers == null) {
            timers = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "a64 run-user timers");
                t.setDaemon(true);
                return t;
            });
        }
        return timers;
    }

    synchronized void shutdown() {
        if (timers != null) {
            timers.shutdownNow();
            try {
                timers.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One line on stderr, each distinct {@code key} once per run (unsupported calls, for example). */
    void reportOnce(long key, String line) {
        if (reported.add(key)) {
            report(line);
        }
    }

    void report(String line) {
        synchronized (host.stderr()) {
            try {
                host.stdout().flush();
                host.stderr().write(("a64 run-user: " + line + "\n").getBytes(StandardCharsets.UTF_8));
                host.stderr().flush();
            } catch (IOException e) {
                // the report is best effort when stderr is gone
            }
        }
    }
}
