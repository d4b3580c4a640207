package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;
import static org.a64wb.usermode.Signals.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PhysicalMemory;

/**
 * The process and thread system calls: clone (fork, vfork, posix_spawn's CLONE_VM|CLONE_VFORK,
 * pthread_create's CLONE_THREAD), execve of static AArch64 ELFs and #! scripts, wait4/waitid, kill,
 * tkill/tgkill, ids, process groups and sessions. Nothing here ever runs a host program.
 */
final class ProcessCalls {

    static final long CLONE_VM = 0x100, CLONE_FS = 0x200, CLONE_FILES = 0x400, CLONE_SIGHAND = 0x800, CLONE_PIDFD = 0x1000,
            CLONE_VFORK = 0x4000, CLONE_PARENT = 0x8000, CLONE_THREAD = 0x10000, CLONE_SETTLS = 0x80000,
            CLONE_PARENT_SETTID = 0x100000, CLONE_CHILD_CLEARTID = 0x200000, CLONE_CHILD_SETTID = 0x01000000;
    /** Namespaces and other isolation we cannot give. */
    static final long CLONE_UNSUPPORTED = 0x20000L | 0x02000000L | 0x04000000L | 0x08000000L | 0x10000000L | 0x20000000L
            | 0x40000000L | 0x80000000L | CLONE_PIDFD;
    static final int WNOHANG = 1, WUNTRACED = 2, WEXITED = 4, WCONTINUED = 8, WNOWAIT = 0x01000000;
    static final int MAX_ARG_STRLEN = 131072;
    static final int MAX_ARGS = 1 << 17;
    /** Guest threads (of all processes) at once: a fork bomb gets EAGAIN, not the host's thread limit. */
    static final int MAX_THREADS = 1024;

    private ProcessCalls() {
    }

    static Cpu copyOf(Cpu from) {
        Cpu cpu = new Cpu();
        System.arraycopy(from.x, 0, cpu.x, 0, from.x.length);
        System.arraycopy(from.v, 0, cpu.v, 0, from.v.length);
        cpu.pc = from.pc;
        cpu.nextPc = from.pc;
        cpu.nzcv = from.nzcv;
        cpu.el = 0;
        cpu.spsel = 0;
        cpu.spEl0 = from.spEl0;
        cpu.fpcr = from.fpcr;
        cpu.fpsr = from.fpsr;
        cpu.tpidrEl0 = from.tpidrEl0;
        cpu.tpidrroEl0 = from.tpidrroEl0;
        return cpu;
    }

    // ---- clone -----------------------------------------------------------------------------------

    static long clone(GuestThread thread, long flags, long newSp, long parentTid, long tls, long childTid) {
        GuestProcess process = thread.process;
        Kernel kernel = thread.kernel;
        if ((flags & CLONE_UNSUPPORTED) != 0) {
            return -EINVAL;
        }
        boolean threadClone = (flags & CLONE_THREAD) != 0;
        if (threadClone && ((flags & CLONE_SIGHAND) == 0 || (flags & CLONE_VM) == 0)) {
            return -EINVAL; // Linux: CLONE_THREAD needs CLONE_SIGHAND, which needs CLONE_VM
        }
        if ((flags & CLONE_SIGHAND) != 0 && (flags & CLONE_VM) == 0) {
            return -EINVAL;
        }
        Cpu cpu = copyOf(thread.cpu());
        cpu.x[0] = 0;
        if (newSp != 0) {
            cpu.spEl0 = newSp;
        }
        if ((flags & CLONE_SETTLS) != 0) {
            cpu.tpidrEl0 = tls;
        }
        GuestThread child;
        GuestProcess childProcess;
        kernel.lock.lock();
        try {
            if (process.exiting) {
                return -EINTR;
            }
            if (kernel.threadCount() >= MAX_THREADS) {
                return -EAGAIN; // RLIMIT_NPROC: each guest thread is a host thread
            }
            int id = kernel.allocateId();
            if (threadClone) {
                childProcess = process;
            } else {
                AddressSpace space = (flags & CLONE_VM) != 0 ? process.space() : process.space().copy();
                FileTable files = (flags & CLONE_FILES) != 0 ? process.files : process.files.copy();
                long[][] actions = (flags & CLONE_SIGHAND) != 0 ? process.sigactions : GuestProcess.copyActions(process.sigactions);
                childProcess = new GuestProcess(process, id, space, files, actions);
                childProcess.exitSignal = (int) (flags & 0xff);
                if ((flags & CLONE_PARENT) != 0 && process.parent != null) {
                    childProcess.parent = process.parent;
                }
                if (childProcess.parent != null) {
                    childProcess.parent.children.add(childProcess);
                }
                if ((flags & CLONE_VFORK) != 0) {
                    childProcess.vforkReleased = false;
                }
                kernel.register(childProcess);
            }
            child = new GuestThread(kernel, childProcess, id, cpu);
            child.sigmask = thread.sigmask;
            if (threadClone) {
                child.altFlags = SS_DISABLE;
            } else {
                child.altSp = thread.altSp;
                child.altSize = thread.altSize;
                child.altFlags = thread.altFlags;
            }
            if ((flags & CLONE_CHILD_CLEARTID) != 0) {
                child.clearChildTid = childTid;
            }
            childProcess.threads.add(child);
            kernel.register(child);
        } finally {
            kernel.lock.unlock();
        }
        byte[] tid = new byte[4];
        AddressSpace.putInt(tid, 0, child.tid);
        if ((flags & CLONE_PARENT_SETTID) != 0) {
            process.space().write(parentTid, tid);
        }
        if ((flags & CLONE_CHILD_SETTID) != 0) {
            childProcess.space().write(childTid, tid);
        }
        child.start();
        if ((flags & CLONE_VFORK) != 0) {
            // The parent sleeps until the child has called execve or exited (it may share our memory and stack).
            kernel.lock.lock();
            try {
                while (!childProcess.vforkReleased && !thread.exitRequested) {
                    kernel.changed.awaitNanos(1_000_000_000L);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                kernel.lock.unlock();
            }
        }
        return child.tid;
    }

    // ---- execve ----------------------------------------------------------------------------------

    /** Reads a NULL-terminated array of string pointers; null with error[0] set on failure. */
    private static List<String> strings(AddressSpace space, long array, long[] error) {
        List<String> list = new ArrayList<>();
        if (array == 0) {
            return list;
        }
        long total = 0;
        for (int i = 0;; i++) {
            if (i >= MAX_ARGS) {
                error[0] = -E2BIG;
                return null;
            }
            long[] pointer = new long[1];
            if (!space.readLongs(array + 8L * i, pointer, 1)) {
                error[0] = -EFAULT;
                return null;
            }
            if (pointer[0] == 0) {
                return list;
            }
            String s = space.readCString(pointer[0], MAX_ARG_STRLEN);
            if (s == null) {
                error[0] = space.isMapped(pointer[0], 1) ? -E2BIG : -EFAULT;
                return null;
            }
            total += s.length() + 1;
            if (total > UserProcess.MAX_ARG_BYTES) {
                error[0] = -E2BIG;
                return null;
            }
            list.add(s);
        }
    }

    static long execve(GuestThread thread, long pathname, long argvPointer, long envpPointer) {
        GuestProcess process = thread.process;
        AddressSpace oldSpace = process.space();
        String name = oldSpace.readCString(pathname, Syscalls.PATH_MAX);
        if (name == null) {
            return -EFAULT;
        }
        long[] error = new long[1];
        List<String> argv = strings(oldSpace, argvPointer, error);
        if (argv == null) {
            return error[0];
        }
        List<String> envp = strings(oldSpace, envpPointer, error);
        if (envp == null) {
            return error[0];
        }
        if (name.isEmpty()) {
            return -ENOENT;
        }
        String execfn = name;
        byte[] file = null;
        Path path = null;
        for (int depth = 0;; depth++) {
            if (depth > 4) {
                return -ELOOP;
            }
            path = process.syscalls.resolvePath(name);
            if (!Files.exists(path)) {
                return Syscalls.missingError(path);
            }
            if (Files.isDirectory(path) || !Files.isExecutable(path)) {
                return -EACCES;
            }
            try {
                file = Files.readAllBytes(path);
            } catch (IOException | OutOfMemoryError e) {
                return -EACCES;
            }
            if (file.length >= 2 && file[0] == '#' && file[1] == '!') {
                int end = 2;
                while (end < file.length && end < 256 && file[end] != '\n') {
                    end++;
                }
                String line = new String(file, 2, end - 2, StandardCharsets.UTF_8).strip();
                if (line.isEmpty()) {
                    return -ENOEXEC;
                }
                String[] parts = line.split("[ \t]+", 2);
                List<String> replacement = new ArrayList<>();
                replacement.add(parts[0]);
                if (parts.length > 1) {
                    replacement.add(parts[1].strip());
                }
                replacement.add(name);
                replacement.addAll(argv.isEmpty() ? List.of() : argv.subList(1, argv.size()));
                argv = replacement;
                name = parts[0];
                continue;
            }
            break;
        }
        if (file.length < 4 || file[0] != 0x7f || file[1] != 'E' || file[2] != 'L' || file[3] != 'F') {
            return -ENOEXEC;
        }
        AddressSpace space = new AddressSpace(new PhysicalMemory());
        Cpu cpu = new Cpu();
        try {
            ElfImage image = ElfLoader.load(file, space);
            space.initBrk(image.highAddress());
            byte[] random = new byte[16];
            thread.kernel.host.random().nextBytes(random);
            InitialStack.build(space, cpu, image, execfn, argv, envp, random);
        } catch (ElfFormatException e) {
            thread.kernel.reportOnce(("exec " + path).hashCode(), "execve " + path + ": " + e.getMessage() + " (ENOEXEC)");
            return -ENOEXEC;
        } catch (RuntimeException | OutOfMemoryError e) {
            return -ENOMEM;
        }
        // Point of no return: the other threads go (de_thread), then the process continues in the new image.
        Kernel kernel = thread.kernel;
        kernel.lock.lock();
        try {
            for (GuestThread t : process.threads) {
                if (t != thread) {
                    t.exitRequested = true;
                    t.attention = true;
                }
            }
            kernel.changed.signalAll();
            while (process.threads.size() > 1) {
                kernel.changed.awaitNanos(100_000_000L);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            kernel.lock.unlock();
        }
        process.replaceSpace(space);
        thread.replaceCpu(cpu, space.memory());
        process.executable = path;
        thread.clearChildTid = 0;
        thread.altFlags = SS_DISABLE;
        thread.altSp = 0;
        thread.altSize = 0;
        kernel.lock.lock();
        try {
            long[][] actions = GuestProcess.copyActions(process.sigactions);
            for (long[] action : actions) {
                if (action[0] != SIG_IGN) {
                    Arrays.fill(action, 0);
                }
            }
            process.sigactions = actions;
            process.vforkReleased = true;
            kernel.changed.signalAll();
        } finally {
            kernel.lock.unlock();
        }
        process.files.closeOnExec();
        return Syscalls.NO_RESULT;
    }

    // ---- wait ------------------------------------------------------------------------------------

    static long wait4(GuestThread thread, long pid, long status, long options, long rusage) {
        if ((options & ~(WNOHANG | WUNTRACED | WCONTINUED | 0x20000000L | 0x40000000L | 0x80000000L)) != 0) {
            return -EINVAL;
        }
        if (pid == Integer.MIN_VALUE) {
            return -ESRCH;
        }
        int events = EXITED | ((options & WUNTRACED) != 0 ? STOPPED : 0) | ((options & WCONTINUED) != 0 ? CONTINUED : 0);
        Reaped reaped = reap(thread, pid, events, (options & WNOHANG) != 0, false);
        if (reaped.error != 0) {
            return reaped.error;
        }
        GuestProcess child = reaped.child;
        if (child == null) {
            return 0;
        }
        AddressSpace space = thread.process.space();
        if (status != 0) {
            byte[] b = new byte[4];
            AddressSpace.putInt(b, 0, reaped.waitStatus());
            if (!space.write(status, b)) {
                return -EFAULT;
            }
        }
        if (rusage != 0 && !space.write(rusage, Clocks.rusage(childCpu(child), 0))) {
            return -EFAULT;
        }
        return child.pid;
    }

    /** A waited-for child's CPU time {total, user}: its own and its waited-for children's (RUSAGE_BOTH). */
    private static long[] childCpu(GuestProcess child) {
        return new long[] {child.exitedThreadsCpu[0] + child.childrenCpu[0], child.exitedThreadsCpu[1] + child.childrenCpu[1]};
    }

    /** What a wait may report about a child (Linux's WEXITED, WSTOPPED/WUNTRACED, WCONTINUED). */
    private static final int EXITED = 1, STOPPED = 2, CONTINUED = 4;

    /**
     * A reaped (or, with WNOWAIT, reported) child and which event it is ({@link #EXITED}, {@link #STOPPED},
     * {@link #CONTINUED}); null child for WNOHANG with none ready; or -errno.
     */
    private record Reaped(GuestProcess child, int event, int stopSignal, long error) {
        Reaped(GuestProcess child, long error) {
            this(child, EXITED, 0, error);
        }

        /** The status word wait4 stores: exit/termination, (signal << 8) | 0x7f for a stop, 0xffff for a continue. */
        int waitStatus() {
            return switch (event) {
                case STOPPED -> stopSignal << 8 | 0x7f;
                case CONTINUED -> 0xffff;
                default -> child.waitStatus();
            };
        }
    }

    /**
     * Waits for a child matching {@code pid} (wait4 encoding) with one of the {@code events}: a zombie is
     * reaped (unless {@code keep}), a stop or continue not reported yet is reported once (unless {@code keep}).
     */
    private static Reaped reap(GuestThread thread, long pid, int events, boolean noHang, boolean keep) {
        GuestProcess process = thread.process;
        Kernel kernel = thread.kernel;
        kernel.lock.lock();
        try {
            while (true) {
                List<GuestProcess> candidates = Processes.waitable(process, pid);
                if (candidates.isEmpty()) {
                    return new Reaped(null, -ECHILD);
                }
                for (GuestProcess child : candidates) {
                    if ((events & EXITED) != 0 && child.isZombie()) {
                        if (!keep) {
                            process.children.remove(child);
                            kernel.unregister(child);
                            // Linux's wait accounting: the child's time and its own waited-for children's.
                            for (int i = 0; i < 2; i++) {
                                process.childrenCpu[i] += child.exitedThreadsCpu[i] + child.childrenCpu[i];
                            }
                        }
                        return new Reaped(child, 0);
                    }
                    if ((events & STOPPED) != 0 && child.stopped && child.stopToReport && !child.isZombie()) {
                        child.stopToReport = keep;
                        return new Reaped(child, STOPPED, child.stopSignal, 0);
                    }
                    if ((events & CONTINUED) != 0 && child.continueToReport && !child.isZombie()) {
                        child.continueToReport = keep;
                        return new Reaped(child, CONTINUED, 0, 0);
                    }
                }
                if (noHang) {
                    return new Reaped(null, 0);
                }
                if (thread.interrupted()) {
                    return new Reaped(null, -ERESTARTSYS);
                }
                kernel.changed.awaitNanos(1_000_000_000L);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reaped(null, -EINTR);
        } finally {
            kernel.lock.unlock();
        }
    }

    static long waitid(GuestThread thread, long idtype, long id, long infop, long options, long rusage) {
        if ((options & (WEXITED | 2 /* WSTOPPED */ | WCONTINUED)) == 0
                || (options & ~(WNOHANG | WEXITED | 2 | WCONTINUED | WNOWAIT | 0x20000000L | 0x40000000L | 0x80000000L)) != 0) {
            return -EINVAL;
        }
        long pid = switch ((int) idtype) {
            case 0 -> -1; // P_ALL
            case 1 -> id <= 0 ? Long.MIN_VALUE : id; // P_PID
            case 2 -> id == 0 ? 0 : -id; // P_PGID
            default -> Long.MIN_VALUE;
        };
        if (pid == Long.MIN_VALUE) {
            return -EINVAL;
        }
        int events = ((options & WEXITED) != 0 ? EXITED : 0) | ((options & 2) != 0 ? STOPPED : 0)
                | ((options & WCONTINUED) != 0 ? CONTINUED : 0);
        Reaped reaped = reap(thread, pid, events, (options & WNOHANG) != 0, (options & WNOWAIT) != 0);
        if (reaped.error != 0) {
            return reaped.error;
        }
        GuestProcess child = reaped.child;
        byte[] info = new byte[128];
        if (child != null && reaped.event == STOPPED) {
            info = Signals.child(child.pid, CLD_STOPPED, reaped.stopSignal);
        } else if (child != null && reaped.event == CONTINUED) {
            info = Signals.child(child.pid, CLD_CONTINUED, SIGCONT);
        } else if (child != null) {
            int status = child.waitStatus();
            int signal = status & 0x7f;
            info = Signals.child(child.pid, signal == 0 ? CLD_EXITED : (status & 0x80) != 0 ? CLD_DUMPED : CLD_KILLED,
                    signal == 0 ? (status >> 8) & 0xff : signal);
        }
        AddressSpace space = thread.process.space();
        if (infop != 0 && !space.write(infop, info)) {
            return -EFAULT;
        }
        if (rusage != 0 && !space.write(rusage, child == null ? new byte[144] : Clocks.rusage(childCpu(child), 0))) {
            return -EFAULT;
        }
        return 0;
    }

    // ---- signals to others -----------------------------------------------------------------------

    static long kill(GuestThread thread, long pid, long signal) {
        if (signal < 0 || signal > 64) {
            return -EINVAL;
        }
        Kernel kernel = thread.kernel;
        GuestProcess self = thread.process;
        kernel.lock.lock();
        try {
            List<GuestProcess> targets = new ArrayList<>();
            if (pid > 0) {
                GuestProcess p = kernel.process(pid);
                if (p == null) {
                    GuestThread t = kernel.thread(pid);
                    p = t == null ? null : t.process;
                }
                if (p != null && !p.isZombie()) {
                    targets.add(p);
                }
            } else {
                int pgid = pid == 0 ? self.pgid : (int) -pid;
                for (GuestProcess p : kernel.liveProcesses()) {
                    if (pid == -1 ? p != self : p.pgid == pgid) {
                        targets.add(p);
                    }
                }
            }
            if (targets.isEmpty()) {
                return -ESRCH;
            }
            for (GuestProcess p : targets) {
                Processes.post(p, (int) signal, Signals.sent((int) signal, SI_USER, self.pid));
            }
            return 0;
        } finally {
            kernel.lock.unlock();
        }
    }

    static long tgkill(GuestThread thread, long tgid, long tid, long signal) {
        if (signal < 0 || signal > 64 || tid <= 0 || (tgid != -1 && tgid <= 0)) {
            return -EINVAL;
        }
        Kernel kernel = thread.kernel;
        kernel.lock.lock();
        try {
            GuestThread target = kernel.thread(tid);
            if (target == null || (tgid != -1 && target.process.pid != tgid) || target.process.isZombie()) {
                return -ESRCH;
            }
            Processes.post(target, (int) signal, Signals.sent((int) signal, SI_TKILL, thread.process.pid));
            return 0;
        } finally {
            kernel.lock.unlock();
        }
    }

    /** rt_sigqueueinfo / rt_tgsigqueueinfo (tid != 0): a signal with the caller's siginfo (sigqueue). */
    static long sigqueueinfo(GuestThread thread, long tgid, long tid, long signal, long uinfo) {
        if (signal < 1 || signal > 64) {
            return -EINVAL;
        }
        byte[] info = new byte[128];
        if (!thread.process.space().read(uinfo, info, 0, 128)) {
            return -EFAULT;
        }
        int code = Signals.getInt(info, 8);
        if ((code >= 0 || code == SI_TKILL) && tgid != thread.process.pid) {
            return -EPERM;
        }
        AddressSpace.putInt(info, 0, (int) signal);
        Kernel kernel = thread.kernel;
        kernel.lock.lock();
        try {
            if (tid != 0) {
                GuestThread target = kernel.thread(tid);
                if (target == null || target.process.pid != tgid || target.process.isZombie()) {
                    return -ESRCH;
                }
                Processes.post(target, (int) signal, info);
            } else {
                GuestProcess target = kernel.process(tgid);
                if (target == null || target.isZombie()) {
                    return -ESRCH;
                }
                Processes.post(target, (int) signal, info);
            }
            return 0;
        } finally {
            kernel.lock.unlock();
        }
    }

    // ---- groups and sessions ---------------------------------------------------------------------

    static long setpgid(GuestThread thread, long pid, long pgid) {
        Kernel kernel = thread.kernel;
        GuestProcess self = thread.process;
        if (pgid < 0) {
            return -EINVAL;
        }
        kernel.lock.lock();
        try {
            GuestProcess target = pid == 0 ? self : kernel.process(pid);
            if (target == null || (target != self && target.parent != self)) {
                return -ESRCH;
            }
            if (target.sid == target.pid) {
                return -EPERM; // a session leader cannot change its group
            }
            int group = pgid == 0 ? target.pid : (int) pgid;
            if (group != target.pid) {
                boolean exists = false;
                for (GuestProcess p : kernel.liveProcesses()) {
                    exists |= p.pgid == group && p.sid == target.sid;
                }
                if (!exists) {
                    return -EPERM;
                }
            }
            target.pgid = group;
            return 0;
        } finally {
            kernel.lock.unlock();
        }
    }

    static long getpgid(GuestThread thread, long pid, boolean session) {
        Kernel kernel = thread.kernel;
        kernel.lock.lock();
        try {
            GuestProcess target = pid == 0 ? thread.process : kernel.process(pid);
            if (target == null) {
                return -ESRCH;
            }
            return session ? target.sid : target.pgid;
        } finally {
            kernel.lock.unlock();
        }
    }

    static long setsid(GuestThread thread) {
        Kernel kernel = thread.kernel;
        GuestProcess self = thread.process;
        kernel.lock.lock();
        try {
            for (GuestProcess p : kernel.liveProcesses()) {
                if (p.pgid == self.pid) {
                    return -EPERM; // already a group leader
                }
            }
            self.sid = self.pid;
            self.pgid = self.pid;
            return self.pid;
        } finally {
            kernel.lock.unlock();
        }
    }
}
