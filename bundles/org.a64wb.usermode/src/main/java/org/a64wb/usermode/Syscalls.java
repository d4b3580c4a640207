package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.a64wb.emulator.cpu.Cpu;

/**
 * Linux arm64 system calls with real semantics: number in x8, arguments in x0-x5, result (or
 * -errno) in x0. Guest pointers are checked: memory that is not RAM gives -EFAULT. Host files are
 * read-only unless under {@link HostEnvironment#allowWrite}. Signals are recorded, never delivered.
 */
public final class Syscalls {

    static final long AT_FDCWD = -100;
    static final int AT_SYMLINK_NOFOLLOW = 0x100;
    static final int AT_EMPTY_PATH = 0x1000;
    // arm64 open flags (arch/arm64/include/uapi/asm/fcntl.h on top of asm-generic)
    static final int O_ACCMODE = 3;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0x40;
    static final int O_EXCL = 0x80;
    static final int O_TRUNC = 0x200;
    static final int O_APPEND = 0x400;
    static final int O_DIRECTORY = 0x4000;
    static final int O_NOFOLLOW = 0x8000;
    static final int PROT_MASK = 7;
    static final int MAP_SHARED = 1;
    static final int MAP_PRIVATE = 2;
    static final int MAP_FIXED = 0x10;
    static final int MAP_ANONYMOUS = 0x20;
    static final int MAP_FIXED_NOREPLACE = 0x100000;
    static final long TCGETS = 0x5401;
    static final int S_IFCHR = 0020000;
    static final int S_IFIFO = 0010000;
    static final int S_IFDIR = 0040000;
    static final int S_IFREG = 0100000;
    static final int S_IFLNK = 0120000;
    static final int PATH_MAX = 4096;
    static final int IO_CHUNK = 1 << 16;
    static final long RLIM_INFINITY = -1L;
    static final int SIGKILL = 9;
    static final int SIGSTOP = 19;

    /** dispatch: the call set up the registers itself (execve, rt_sigreturn, exit); x0 is left alone. */
    static final long NO_RESULT = Long.MIN_VALUE;

    private final GuestProcess process;
    private final HostEnvironment host;

    private final Sockets sockets;

    Syscalls(GuestProcess process) {
        this.process = process;
        this.host = process.kernel.host;
        this.sockets = new Sockets(this, process);
    }

    static long[][] defaultLimits() {
        long[][] limits = new long[16][];
        for (int i = 0; i < limits.length; i++) {
            limits[i] = new long[] {RLIM_INFINITY, RLIM_INFINITY};
        }
        limits[3] = new long[] {AddressSpace.STACK_SIZE, RLIM_INFINITY}; // RLIMIT_STACK
        limits[4] = new long[] {0, RLIM_INFINITY}; // RLIMIT_CORE
        limits[6] = new long[] {4096, 4096}; // RLIMIT_NPROC
        limits[7] = new long[] {FileTable.MAX_FDS, FileTable.MAX_FDS}; // RLIMIT_NOFILE
        return limits;
    }

    private AddressSpace space() {
        return process.space();
    }

    private FileTable files() {
        return process.files;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // nothing useful to do when the host's stream is gone
        }
    }

    /**
     * Serves the system call in x8 with arguments x0-x5 and puts its result in x0. A call a signal
     * interrupted is restarted (PC back on the SVC) when the signal's action asks for SA_RESTART or
     * has no handler, and fails with EINTR otherwise.
     */
    public void dispatch(GuestThread thread) {
        Cpu cpu = thread.cpu();
        long[] x = cpu.x;
        long nr = x[8];
        long a0 = x[0];
        long a1 = x[1];
        long a2 = x[2];
        long a3 = x[3];
        long a4 = x[4];
        long a5 = x[5];
        // The call's text is taken before it runs: execve replaces the memory its strings are in.
        String traced = process.kernel.strace ? Strace.call(process.space(), process.pid, nr, a0, a1, a2, a3, a4, a5) : null;
        long result;
        try {
            result = call(thread, nr, a0, a1, a2, a3, a4, a5);
        } catch (IOException e) {
            result = -EIO;
        }
        if (traced != null) {
            Strace.print(process.kernel, traced, result);
        }
        if (result == NO_RESULT) {
            return;
        }
        if (result == -ERESTARTSYS || result == -ERESTARTNOHAND) {
            boolean restart;
            thread.kernel.lock.lock();
            try {
                int signal = thread.peekSignal();
                long[] action = signal == 0 ? new long[4] : process.sigactions[signal];
                boolean handled = action[0] > Signals.SIG_IGN;
                restart = !handled || (result == -ERESTARTSYS && (action[1] & Signals.SA_RESTART) != 0);
            } finally {
                thread.kernel.lock.unlock();
            }
            if (restart && !thread.exitRequested) {
                cpu.pc -= 4; // back onto the SVC, with x0..x5 untouched
                return;
            }
            result = -EINTR;
        }
        cpu.x[0] = result;
    }

    private long call(GuestThread thread, long nr, long a0, long a1, long a2, long a3, long a4, long a5) throws IOException {
        switch ((int) Math.max(-1, Math.min(nr, Integer.MAX_VALUE))) {
            case SYS_EXIT:
                Processes.exitThread(thread, (int) a0);
                return NO_RESULT;
            case SYS_EXIT_GROUP:
                Processes.exitGroup(thread, (int) a0);
                return NO_RESULT;
            case SYS_READ:
                return read(thread, a0, a1, a2, -1);
            case SYS_PREAD64:
                return a3 < 0 ? -EINVAL : read(thread, a0, a1, a2, a3);
            case SYS_WRITE:
                return write(thread, a0, a1, a2, -1);
            case SYS_PWRITE64:
                return a3 < 0 ? -EINVAL : write(thread, a0, a1, a2, a3);
            case SYS_READV:
                return vector(thread, a0, a1, a2, false, -1);
            case SYS_WRITEV:
                return vector(thread, a0, a1, a2, true, -1);
            case SYS_PREADV:
                return a3 < 0 ? -EINVAL : vector(thread, a0, a1, a2, false, a3);
            case SYS_PWRITEV:
                return a3 < 0 ? -EINVAL : vector(thread, a0, a1, a2, true, a3);
            case SYS_OPENAT:
                return openat(thread, a0, a1, (int) a2, (int) a3);
            case SYS_CLOSE:
                return close(a0);
            case SYS_LSEEK:
                return lseek(a0, a1, a2);
            case SYS_FSTAT:
                return fstat(a0, a1);
            case SYS_NEWFSTATAT:
                return newfstatat(a0, a1, a2, (int) a3);
            case SYS_FACCESSAT:
                return faccessat(a0, a1, (int) a2);
            case SYS_FACCESSAT2:
                return faccessat(a0, a1, (int) a2);
            case SYS_READLINKAT:
                return readlinkat(a0, a1, a2, a3);
            case SYS_GETCWD:
                return getcwd(a0, a1);
            case SYS_CHDIR:
                return chdir(a0);
            case SYS_FCHDIR:
                return fchdir(a0);
            case SYS_IOCTL:
                return ioctl(thread, a0, a1, a2);
            case SYS_FCNTL:
                return fcntl(a0, (int) a1, a2);
            case SYS_DUP:
                return dup(a0);
            case SYS_DUP3:
                return dup3(a0, a1, a2);
            case SYS_PIPE2:
                return pipe2(a0, a1);
            case SYS_GETDENTS64:
                return getdents64(a0, a1, a2);
            case SYS_BRK:
                return space().setBrk(a0);
            case SYS_MMAP:
                return mmap(a0, a1, (int) a2, (int) a3, a4, a5);
            case SYS_MUNMAP:
                return munmap(a0, a1);
            case SYS_MPROTECT:
                return mprotect(a0, a1, a2);
            case SYS_MREMAP:
                return mremap(a0, a1, a2, a3, a4);
            case SYS_MADVISE:
                return (a0 & (AddressSpace.PAGE - 1)) != 0 ? -EINVAL : 0;
            case SYS_GETRANDOM:
                return getrandom(a0, a1, a2);
            case SYS_CLOCK_GETTIME:
                return clockGettime(thread, a0, a1);
            case SYS_CLOCK_GETRES:
                return clockGetres(a0, a1);
            case SYS_GETTIMEOFDAY:
                return gettimeofday(a0, a1);
            case SYS_NANOSLEEP:
                return sleep(thread, 1, 0, a0, a1);
            case SYS_CLOCK_NANOSLEEP:
                return sleep(thread, a0, a1, a2, a3);
            case SYS_UNAME:
                return uname(a0);
            case SYS_SYSINFO:
                return sysinfo(a0);
            case SYS_TIMES:
                return times(a0);
            case SYS_GETRUSAGE:
                return getrusage(thread, a0, a1);
            case SYS_MEMFD_CREATE:
                return memfdCreate(a0, a1);
            case SYS_PRCTL:
                return prctl(thread, a0, a1, a2);
            case SYS_UMASK: {
                int old = process.umask;
                process.umask = (int) (a0 & 0777);
                return old;
            }
            case SYS_GETPID:
                return process.pid;
            case SYS_GETTID:
                return thread.tid;
            case SYS_GETPPID: {
                GuestProcess parent = process.parent;
                return parent == null || parent.isZombie() ? 1 : parent.pid;
            }
            case SYS_GETUID:
            case SYS_GETEUID:
            case SYS_GETGID:
            case SYS_GETEGID:
                return 0;
            case SYS_GETRESUID:
            case SYS_GETRESGID:
                return space().write(a0, new byte[4]) && space().write(a1, new byte[4]) && space().write(a2, new byte[4]) ? 0 : -EFAULT;
            case SYS_GETGROUPS:
                return a0 < 0 ? -EINVAL : 0;
            case SYS_SETUID:
            case SYS_SETGID:
            case SYS_SETREUID:
            case SYS_SETREGID:
            case SYS_SETRESUID:
            case SYS_SETRESGID:
            case SYS_SETFSUID:
            case SYS_SETFSGID:
                return 0; // the guest is root of its own little world; nothing on the host changes
            case SYS_SETGROUPS:
                return 0;
            case SYS_SET_TID_ADDRESS:
                thread.clearChildTid = a0;
                return thread.tid;
            case SYS_SET_ROBUST_LIST:
                if (a1 != 24) {
                    return -EINVAL; // sizeof(struct robust_list_head)
                }
                thread.robustList = a0;
                return 0;
            case SYS_FUTEX:
                return thread.kernel.futexes.call(thread, a0, (int) a1, (int) a2, a3, a4, (int) a5);
            case SYS_CLONE:
                return ProcessCalls.clone(thread, a0, a1, a2, a3, a4);
            case SYS_CLONE3:
                return -ENOSYS; // glibc falls back to clone
            case SYS_EXECVE:
                return ProcessCalls.execve(thread, a0, a1, a2);
            case SYS_EXECVEAT:
                return a0 == AT_FDCWD && a4 == 0 ? ProcessCalls.execve(thread, a1, a2, a3) : -ENOSYS;
            case SYS_WAIT4:
                return ProcessCalls.wait4(thread, a0, a1, a2, a3);
            case SYS_WAITID:
                return ProcessCalls.waitid(thread, a0, a1, a2, a3, a4);
            case SYS_KILL:
                return ProcessCalls.kill(thread, a0, a1);
            case SYS_TKILL:
                return ProcessCalls.tgkill(thread, -1, a0, a1);
            case SYS_TGKILL:
                return ProcessCalls.tgkill(thread, a0, a1, a2);
            case SYS_RT_SIGQUEUEINFO:
                return ProcessCalls.sigqueueinfo(thread, a0, 0, a1, a2);
            case SYS_RT_TGSIGQUEUEINFO:
                return ProcessCalls.sigqueueinfo(thread, a0, a1, a2, a3);
            case SYS_SETPGID:
                return ProcessCalls.setpgid(thread, a0, a1);
            case SYS_GETPGID:
                return ProcessCalls.getpgid(thread, a0, false);
            case SYS_GETSID:
                return ProcessCalls.getpgid(thread, a0, true);
            case SYS_SETSID:
                return ProcessCalls.setsid(thread);
            case SYS_RT_SIGACTION:
                return SignalCalls.rtSigaction(thread, a0, a1, a2, a3);
            case SYS_RT_SIGPROCMASK:
                return SignalCalls.rtSigprocmask(thread, a0, a1, a2, a3);
            case SYS_RT_SIGPENDING:
                return SignalCalls.rtSigpending(thread, a0, a1);
            case SYS_RT_SIGSUSPEND:
                return SignalCalls.rtSigsuspend(thread, a0, a1);
            case SYS_RT_SIGTIMEDWAIT:
                return SignalCalls.rtSigtimedwait(thread, a0, a1, a2, a3);
            case SYS_SIGALTSTACK:
                return SignalCalls.sigaltstack(thread, a0, a1);
            case SYS_RT_SIGRETURN:
                if (!thread.sigreturn()) {
                    thread.kernel.report(String.format("SIGSEGV: bad signal frame at sp 0x%x in rt_sigreturn", thread.cpu().spEl0));
                    Processes.terminate(thread, Signals.SIGSEGV, true);
                }
                return NO_RESULT;
            case SYS_SETITIMER:
                return SignalCalls.setitimer(thread, a0, a1, a2);
            case SYS_GETITIMER:
                return SignalCalls.setitimer(thread, a0, 0, a1);
            case SYS_TIMER_CREATE:
                return Timers.create(thread, a0, a1, a2);
            case SYS_TIMER_SETTIME:
                return Timers.settime(thread, a0, a1, a2, a3);
            case SYS_TIMER_GETTIME:
                return Timers.gettime(thread, a0, a1);
            case SYS_TIMER_GETOVERRUN:
                return Timers.overrun(thread, a0);
            case SYS_TIMER_DELETE:
                return Timers.delete(thread, a0);
            case SYS_TIMERFD_CREATE:
                return Timers.timerfdCreate(thread, a0, a1);
            case SYS_TIMERFD_SETTIME:
                return Timers.timerfdSettime(thread, a0, a1, a2, a3);
            case SYS_TIMERFD_GETTIME:
                return Timers.timerfdGettime(thread, a0, a1);
            case SYS_PPOLL:
                return Poll.ppoll(thread, a0, a1, a2, a3, a4);
            case SYS_PSELECT6:
                return Poll.pselect6(thread, a0, a1, a2, a3, a4, a5);
            case SYS_PRLIMIT64:
                return prlimit64(a0, a1, a2, a3);
            case SYS_GETRLIMIT:
                return prlimit64(0, a0, 0, a1);
            case SYS_SETRLIMIT:
                return prlimit64(0, a0, a1, 0);
            case SYS_SCHED_YIELD:
                Thread.yield();
                return 0;
            case SYS_SCHED_GETAFFINITY:
                return schedGetaffinity(a0, a1, a2);
            case SYS_SCHED_SETAFFINITY:
                return 0;
            case SYS_GETCPU:
                return (a0 == 0 || space().write(a0, new byte[4])) && (a1 == 0 || space().write(a1, new byte[4])) ? 0 : -EFAULT;
            case SYS_MEMBARRIER:
                return membarrier(a0);
            case SYS_RSEQ:
                return -ENOSYS; // glibc then runs without restartable sequences
            case SYS_SOCKET:
                // No networking and no named sockets; glibc's nscd lookups (getpwuid ...) then read the files.
                return -EAFNOSUPPORT;
            case SYS_SOCKETPAIR:
                return sockets.socketpair(a0, a1, a2, a3);
            case SYS_SENDTO:
                return sockets.sendto(thread, a0, a1, a2, a3, a4);
            case SYS_RECVFROM:
                return sockets.recvfrom(thread, a0, a1, a2, a3, a4, a5);
            case SYS_SENDMSG:
                return sockets.sendmsg(thread, a0, a1, a2);
            case SYS_RECVMSG:
                return sockets.recvmsg(thread, a0, a1, a2);
            case SYS_SHUTDOWN:
                return sockets.shutdown(a0, a1);
            case SYS_GETSOCKOPT:
                return sockets.getsockopt(a0, a1, a2, a3, a4);
            case SYS_SETSOCKOPT:
                return sockets.setsockopt(a0, a1);
            case SYS_GETSOCKNAME:
            case SYS_GETPEERNAME:
                return sockets.name(a0, a1, a2);
            default:
                return FileCalls.call(thread, this, nr, a0, a1, a2, a3, a4, a5);
        }
    }

    /** The calls nobody implements: -ENOSYS with one report line per call number. */
    long unsupported(long nr) {
        process.kernel.reportOnce(nr, "unsupported system call " + nr + " (" + syscallName(nr) + "), returning -ENOSYS");
        return -ENOSYS;
    }

    // ---- file I/O ------------------------------------------------------------------------------

    private long read(GuestThread thread, long fd, long buf, long count, long offset) throws IOException {
        FileTable.OpenFile file = files().get(fd);
        if (file == null || !file.readable()) {
            return file instanceof FileTable.Directory ? -EISDIR : -EBADF;
        }
        if (count < 0) {
            return -EINVAL;
        }
        if (count == 0) {
            return 0;
        }
        if (!space().isMapped(buf, Math.min(count, IO_CHUNK))) {
            return -EFAULT;
        }
        if (file instanceof FileTable.InStream in) {
            if (offset >= 0) {
                return -ESPIPE;
            }
            byte[] bytes = new byte[(int) Math.min(count, IO_CHUNK)];
            flush(host.stdout()); // an interactive program's prompt must show before it blocks
            int n;
            synchronized (in) {
                n = in.in.read(bytes, 0, bytes.length);
            }
            if (n <= 0) {
                return 0;
            }
            return space().write(buf, bytes, 0, n) ? n : -EFAULT;
        }
        if (file instanceof FileTable.PipeEnd pipe) {
            if (offset >= 0) {
                return -ESPIPE;
            }
            byte[] bytes = new byte[(int) Math.min(count, Pipe.CAPACITY)];
            long n = pipe.in.read(thread, bytes, bytes.length, (file.statusFlags & O_NONBLOCK) != 0);
            if (n > 0 && !space().write(buf, bytes, 0, (int) n)) {
                return -EFAULT;
            }
            return n;
        }
        if (file instanceof Timers.TimerFile timer) {
            return Timers.read(thread, timer, buf, count);
        }
        if (file instanceof FileTable.Device device) {
            if (!device.zero) {
                return 0;
            }
            int n = (int) Math.min(count, IO_CHUNK);
            return space().write(buf, new byte[n], 0, n) ? n : -EFAULT;
        }
        FileTable.HostFile f = (FileTable.HostFile) file;
        if (f.mappedShared) {
            space().syncShared(f);
        }
        long total = 0;
        byte[] bytes = new byte[(int) Math.min(count, IO_CHUNK)];
        while (total < count) {
            int want = (int) Math.min(count - total, bytes.length);
            ByteBuffer bb = ByteBuffer.wrap(bytes, 0, want);
            int n = offset >= 0 ? f.channel.read(bb, offset + total) : f.channel.read(bb);
            if (n <= 0) {
                break;
            }
            if (!space().write(buf + total, bytes, 0, n)) {
                return total > 0 ? total : -EFAULT;
            }
            total += n;
            if (n < want) {
                break;
            }
        }
        return total;
    }

    private long write(GuestThread thread, long fd, long buf, long count, long offset) throws IOException {
        FileTable.OpenFile file = files().get(fd);
        if (file == null || !file.writable()) {
            return -EBADF;
        }
        if (count < 0) {
            return -EINVAL;
        }
        if (!space().isMapped(buf, count)) {
            return -EFAULT;
        }
        if (file instanceof FileTable.Device) {
            return count;
        }
        if ((file instanceof FileTable.OutStream || file instanceof FileTable.PipeEnd) && offset >= 0) {
            return -ESPIPE;
        }
        byte[] bytes = new byte[(int) Math.min(count, IO_CHUNK)];
        long total = 0;
        while (total < count) {
            int n = (int) Math.min(count - total, bytes.length);
            space().read(buf + total, bytes, 0, n);
            long written = put(thread, file, bytes, n, offset < 0 ? -1 : offset + total);
            if (written < 0) {
                return total > 0 ? total : written;
            }
            total += written;
            if (written < n) {
                break;
            }
        }
        return total;
    }

    /**
     * Writes {@code n} host bytes to a writable descriptor's file (at {@code offset} when not negative,
     * else at its position or, for O_APPEND, its end): the count written, short only for a non-blocking
     * pipe, or -errno. A pipe without readers raises SIGPIPE.
     */
    long put(GuestThread thread, FileTable.OpenFile file, byte[] bytes, int n, long offset) throws IOException {
        if (file instanceof FileTable.Device) {
            return n;
        }
        if (file instanceof FileTable.OutStream out) {
            synchronized (out) {
                out.out.write(bytes, 0, n);
                out.out.flush();
            }
            return n;
        }
        if (file instanceof FileTable.PipeEnd pipe) {
            long written = pipe.outShut ? -EPIPE : pipe.out.write(thread, bytes, n, (file.statusFlags & O_NONBLOCK) != 0);
            if (written == -EPIPE) {
                brokenPipe(thread);
            }
            return written;
        }
        FileTable.HostFile f = (FileTable.HostFile) file;
        ByteBuffer bb = ByteBuffer.wrap(bytes, 0, n);
        while (bb.hasRemaining()) {
            if (offset >= 0) {
                f.channel.write(bb, offset + bb.position());
            } else {
                if (f.append || (f.statusFlags & O_APPEND) != 0) {
                    f.channel.position(f.channel.size());
                }
                f.channel.write(bb);
            }
        }
        return n;
    }

    /** A write to a pipe nobody reads: SIGPIPE to the writing thread (EPIPE is returned too). */
    void brokenPipe(GuestThread thread) {
        thread.kernel.lock.lock();
        try {
            Processes.post(thread, Signals.SIGPIPE, Signals.sent(Signals.SIGPIPE, Signals.SI_USER, process.pid));
        } finally {
            thread.kernel.lock.unlock();
        }
    }

    /** readv/writev: struct iovec { void *base; size_t len; }, at most IOV_MAX (1024) entries. */
    private long vector(GuestThread thread, long fd, long iov, long iovcnt, boolean write, long offset) throws IOException {
        if (files().get(fd) == null) {
            return -EBADF;
        }
        if (iovcnt < 0 || iovcnt > 1024) {
            return -EINVAL;
        }
        long[] entries = new long[(int) iovcnt * 2];
        if (!space().readLongs(iov, entries, entries.length)) {
            return -EFAULT;
        }
        long total = 0;
        for (int i = 0; i < iovcnt; i++) {
            long base = entries[2 * i];
            long len = entries[2 * i + 1];
            if (len < 0 || total + len < 0) {
                return -EINVAL;
            }
            if (len == 0) {
                continue;
            }
            long at = offset < 0 ? -1 : offset + total;
            long n = write ? write(thread, fd, base, len, at) : read(thread, fd, base, len, at);
            if (n < 0) {
                return total > 0 ? total : n;
            }
            total += n;
            if (n < len) {
                break;
            }
        }
        return total;
    }

    /** Resolves a guest path against dirfd; null with {@code error[0]} set on failure. */
    Path resolve(long dirfd, long pathname, long[] error) {
        String name = space().readCString(pathname, PATH_MAX);
        if (name == null) {
            error[0] = pathname != 0 && space().isMapped(pathname, 1) ? -ENAMETOOLONG : -EFAULT;
            return null;
        }
        if (name.isEmpty()) {
            error[0] = -ENOENT;
            return null;
        }
        if (name.equals("/proc/self/exe") && process.executable != null) {
            return process.executable.toAbsolutePath();
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            error[0] = -ENOENT;
            return null;
        }
        if (path.isAbsolute()) {
            return underSysroot(path);
        }
        if ((int) dirfd == AT_FDCWD) {
            return process.cwd.resolve(path);
        }
        FileTable.OpenFile dir = files().get(dirfd);
        if (dir == null) {
            error[0] = -EBADF;
            return null;
        }
        if (!(dir instanceof FileTable.Directory d)) {
            error[0] = -ENOTDIR;
            return null;
        }
        return d.path.resolve(path);
    }

    /** Why {@code path} does not exist: ENOTDIR when one of its directories is a file, else ENOENT. */
    static long missingError(Path path) {
        for (Path p = path.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? -ENOENT : -ENOTDIR;
            }
        }
        return -ENOENT;
    }

    /** An absolute guest path: the same path under the sysroot when it exists there (qemu-user's -L), else itself. */
    private Path underSysroot(Path path) {
        Path root = process.kernel.sysroot;
        if (root != null && path.getNameCount() > 0) {
            Path under = root.resolve(path.getRoot().relativize(path));
            if (Files.exists(under, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return under;
            }
        }
        return path;
    }

    /** A path as the process names it (execve), resolved against its working directory. */
    Path resolvePath(String name) {
        if (name.equals("/proc/self/exe") && process.executable != null) {
            return process.executable.toAbsolutePath();
        }
        Path path = Path.of(name);
        return path.isAbsolute() ? underSysroot(path) : process.cwd.resolve(name);
    }

    /**
     * Whether a write through {@code path} (following a final symlink, dangling or not, as open does)
     * lands under the --allow-write directory.
     */
    boolean writeAllowed(Path path) {
        try {
            return HostPaths.writable(host.allowWrite(), HostPaths.location(path, true));
        } catch (IOException e) {
            return false;
        }
    }

    private long openat(GuestThread thread, long dirfd, long pathname, int flags, int mode) {
        long[] error = new long[1];
        Path path = resolve(dirfd, pathname, error);
        if (path == null) {
            return error[0];
        }
        int access = flags & O_ACCMODE;
        boolean cloexec = (flags & O_CLOEXEC) != 0;
        String device = path.normalize().toString();
        if (device.equals("/dev/null") || device.equals("/dev/zero") || device.equals("/dev/full")) {
            FileTable.OpenFile f = new FileTable.Device(!device.equals("/dev/null"), access != O_WRONLY, access != 0);
            f.statusFlags = flags & (O_APPEND | O_NONBLOCK);
            int fd = files().add(f, 0, cloexec);
            return fd < 0 ? -EMFILE : fd;
        }
        if (device.equals("/dev/tty") || device.equals("/dev/stdin") || device.equals("/dev/stdout") || device.equals("/dev/stderr")) {
            int source = device.equals("/dev/stdin") ? 0 : device.equals("/dev/stderr") ? 2 : device.equals("/dev/stdout") ? 1 : access == 0 ? 0 : 2;
            FileTable.OpenFile f = files().get(source);
            if (f == null) {
                return device.equals("/dev/tty") ? -ENXIO : -ENOENT;
            }
            int fd = files().add(f.retain(), 0, cloexec);
            if (fd < 0) {
                f.release();
                return -EMFILE;
            }
            return fd;
        }
        boolean wantsWrite = access == O_WRONLY || access == O_RDWR || (flags & (O_CREAT | O_TRUNC)) != 0;
        boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.exists(path);
        if ((flags & O_CREAT) != 0 && (flags & O_EXCL) != 0 && exists) {
            return -EEXIST;
        }
        if (!exists) {
            try {
                HostPaths.location(path, false); // ENOTDIR when a file stands where a directory should
            } catch (IOException e) {
                return HostPaths.errno(e);
            }
            if ((flags & O_CREAT) == 0) {
                return -ENOENT;
            }
        }
        Object fifo = exists ? fifoKey(path) : null;
        if (fifo != null) {
            return openFifo(thread, fifo, flags, cloexec);
        }
        if (Files.isDirectory(path)) {
            if (wantsWrite && (flags & O_CREAT) == 0) {
                return -EISDIR;
            }
            if ((flags & O_CREAT) != 0 && access != 0) {
                return -EISDIR;
            }
            int fd = files().add(new FileTable.Directory(path), 0, cloexec);
            return fd < 0 ? -EMFILE : fd;
        }
        if ((flags & O_DIRECTORY) != 0) {
            return -ENOTDIR;
        }
        if (wantsWrite) {
            synchronized (process.kernel.pathLock) {
                if (!writeAllowed(path)) {
                    return Files.exists(path) ? -EACCES : -EROFS; // a dangling symlink creates: EROFS
                }
                return openHost(path, flags, mode, exists, cloexec);
            }
        }
        return openHost(path, flags, mode, exists, cloexec);
    }

    /** The host file key of {@code path} when it is a FIFO (following symlinks), else null. */
    private static Object fifoKey(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer m && (m & 0170000) == S_IFIFO) {
                return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // Not a FIFO we can tell apart: opened as a host file.
        }
        return null;
    }

    /**
     * Opens a FIFO as Linux's fifo_open does, on a kernel pipe shared by every guest process that opens
     * the same node: a blocking open for reading waits for a writer and vice versa, O_NONBLOCK reading
     * opens at once, O_NONBLOCK writing without a reader is ENXIO, O_RDWR never waits. Nothing is read
     * from or written to the host node itself.
     */
    private long openFifo(GuestThread thread, Object key, int flags, boolean cloexec) {
        int access = flags & O_ACCMODE;
        boolean read = access == 0 || access == O_RDWR;
        boolean write = access == O_WRONLY || access == O_RDWR;
        boolean nonblocking = (flags & O_NONBLOCK) != 0;
        Kernel kernel = process.kernel;
        kernel.lock.lock();
        try {
            Pipe pipe = kernel.fifos.computeIfAbsent(key, k -> new Pipe(kernel, k));
            if (access == O_WRONLY && nonblocking && pipe.readers == 0) {
                if (pipe.writers == 0) {
                    kernel.fifos.remove(key, pipe);
                }
                return -ENXIO;
            }
            if (read) {
                pipe.readers++;
                pipe.readerOpens++;
            }
            if (write) {
                pipe.writers++;
                pipe.writerOpens++;
            }
            kernel.changed.signalAll();
            // Linux's wait_for_partner: only without a partner, until one opens (even if it closes again at once).
            if (!nonblocking && access != O_RDWR && (read ? pipe.writers : pipe.readers) == 0) {
                long otherOpens = read ? pipe.writerOpens : pipe.readerOpens;
                while ((read ? pipe.writerOpens : pipe.readerOpens) == otherOpens) {
                    if (thread.interrupted()) {
                        pipe.closeEnd(write); // the kernel lock is reentrant
                        return -ERESTARTSYS;
                    }
                    kernel.changed.awaitNanos(1_000_000_000L);
                }
            }
            FileTable.PipeEnd end = new FileTable.PipeEnd(pipe, read, write);
            end.statusFlags = flags & O_NONBLOCK;
            int fd = files().add(end, 0, cloexec);
            if (fd < 0) {
                end.close();
                return -EMFILE;
            }
            return fd;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        } finally {
            kernel.lock.unlock();
        }
    }

    private long openHost(Path path, int flags, int mode, boolean exists, boolean cloexec) {
        int access = flags & O_ACCMODE;
        Set<OpenOption> options = new HashSet<>();
        boolean read = access == 0 || access == O_RDWR;
        boolean write = access == O_WRONLY || access == O_RDWR;
        if (read) {
            options.add(StandardOpenOption.READ);
        }
        if (write || (flags & O_CREAT) != 0) {
            options.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            options.add(StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && write) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            if (Files.isSymbolicLink(path)) {
                return -ELOOP;
            }
            options.add(LinkOption.NOFOLLOW_LINKS);
        }
        try {
            boolean created = !exists && (flags & O_CREAT) != 0;
            FileChannel channel = FileChannel.open(path, options);
            if (created) {
                FileCalls.applyMode(path, mode & ~process.umask & 07777);
            }
            FileTable.HostFile file = new FileTable.HostFile(channel, path, read, write, (flags & O_APPEND) != 0);
            file.statusFlags = flags & (O_APPEND | O_NONBLOCK);
            int fd = files().add(file, 0, cloexec);
            if (fd < 0) {
                channel.close();
                return -EMFILE;
            }
            return fd;
        } catch (NoSuchFileException e) {
            return missingError(path);
        } catch (FileAlreadyExistsException e) {
            return -EEXIST;
        } catch (AccessDeniedException e) {
            return -EACCES;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return -EACCES;
        }
    }

    private long close(long fd) {
        FileTable.OpenFile file = files().remove(fd);
        if (file == null) {
            return -EBADF;
        }
        file.release();
        return 0;
    }

    private long lseek(long fd, long offset, long whence) throws IOException {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        if (!(file instanceof FileTable.HostFile f)) {
            return file instanceof FileTable.Directory ? 0 : -ESPIPE;
        }
        long base = switch ((int) whence) {
            case 0 -> 0;
            case 1 -> f.channel.position();
            case 2 -> f.channel.size();
            default -> -1;
        };
        if (base < 0 || whence < 0 || whence > 2) {
            return -EINVAL;
        }
        long target = base + offset;
        if (target < 0) {
            return -EINVAL;
        }
        f.channel.position(target);
        return target;
    }

    private long fcntl(long fd, int cmd, long arg) {
        FileTable.OpenFile f = files().get(fd);
        if (f == null) {
            return -EBADF;
        }
        return switch (cmd) {
            case 0, 1030 -> { // F_DUPFD, F_DUPFD_CLOEXEC
                if (arg < 0 || arg >= FileTable.MAX_FDS) {
                    yield -EINVAL;
                }
                int copy = files().add(f.retain(), (int) arg, cmd == 1030);
                if (copy < 0) {
                    f.release();
                    yield -EMFILE;
                }
                yield copy;
            }
            case 1 -> files().closeOnExec(fd) ? 1 : 0; // F_GETFD
            case 2 -> { // F_SETFD
                files().setCloseOnExec(fd, (arg & 1) != 0);
                yield 0;
            }
            case 3 -> (f.readable() && f.writable() ? O_RDWR : f.writable() ? O_WRONLY : 0) | f.statusFlags; // F_GETFL
            case 4 -> { // F_SETFL: O_APPEND, O_NONBLOCK (and O_ASYNC, O_DIRECT, O_NOATIME, accepted and ignored)
                f.statusFlags = (int) arg & (O_APPEND | O_NONBLOCK);
                yield 0;
            }
            case 5, 6, 7, 36, 37, 38 -> 0; // F_GETLK/SETLK/SETLKW and OFD locks: one guest, no contention
            case 1031, 1032 -> -EINVAL; // F_SETPIPE_SZ / F_GETPIPE_SZ answered below for pipes
            case 1033, 1034 -> f instanceof FileTable.PipeEnd ? Pipe.CAPACITY : -EBADF;
            default -> -EINVAL;
        };
    }

    private long dup(long fd) {
        FileTable.OpenFile f = files().get(fd);
        if (f == null) {
            return -EBADF;
        }
        int copy = files().add(f.retain(), 0, false);
        if (copy < 0) {
            f.release();
            return -EMFILE;
        }
        return copy;
    }

    private long dup3(long oldfd, long newfd, long flags) {
        if ((flags & ~O_CLOEXEC) != 0 || oldfd == newfd) {
            return -EINVAL;
        }
        FileTable.OpenFile f = files().get(oldfd);
        if (f == null || newfd < 0 || newfd >= FileTable.MAX_FDS) {
            return -EBADF;
        }
        files().put((int) newfd, f.retain(), (flags & O_CLOEXEC) != 0);
        return newfd;
    }

    private long pipe2(long fds, long flags) {
        if ((flags & ~(O_CLOEXEC | O_NONBLOCK | 0x4000 /* O_DIRECT */)) != 0) {
            return -EINVAL;
        }
        Pipe pipe = new Pipe(process.kernel);
        FileTable.PipeEnd reader = new FileTable.PipeEnd(pipe, false);
        FileTable.PipeEnd writer = new FileTable.PipeEnd(pipe, true);
        reader.statusFlags = (int) flags & O_NONBLOCK;
        writer.statusFlags = (int) flags & O_NONBLOCK;
        return installPair(reader, writer, (flags & O_CLOEXEC) != 0, fds);
    }

    /**
     * pipe2 and socketpair: puts two new open files at the lowest free descriptors and writes the two
     * numbers to {@code fds}; on EMFILE or EFAULT neither descriptor is left open.
     */
    long installPair(FileTable.OpenFile first, FileTable.OpenFile second, boolean cloexec, long fds) {
        int a = files().add(first, 0, cloexec);
        int b = a < 0 ? -1 : files().add(second, 0, cloexec);
        if (b < 0) {
            if (a >= 0) {
                files().remove(a);
            }
            first.release();
            second.release();
            return -EMFILE;
        }
        byte[] numbers = new byte[8];
        AddressSpace.putInt(numbers, 0, a);
        AddressSpace.putInt(numbers, 4, b);
        if (!space().write(fds, numbers)) {
            close(a);
            close(b);
            return -EFAULT;
        }
        return 0;
    }

    /** struct linux_dirent64 { u64 d_ino; s64 d_off; u16 d_reclen; u8 d_type; char d_name[]; }, 8-byte aligned. */
    private long getdents64(long fd, long dirp, long count) {
        FileTable.OpenFile f = files().get(fd);
        if (f == null) {
            return -EBADF;
        }
        if (!(f instanceof FileTable.Directory dir)) {
            return -ENOTDIR;
        }
        synchronized (dir) {
            if (dir.pending == null) {
                dir.pending = new java.util.ArrayList<>();
                dir.pending.add(FileCalls.dirent(dir.path, ".", 1));
                dir.pending.add(FileCalls.dirent(dir.path.getParent() == null ? dir.path : dir.path.getParent(), "..", 2));
                try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir.path)) {
                    long offset = 3;
                    for (Path entry : entries) {
                        dir.pending.add(FileCalls.dirent(entry, entry.getFileName().toString(), offset++));
                    }
                } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                    return dir.path.toFile().exists() ? -EACCES : -ENOENT;
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (!dir.pending.isEmpty() && out.size() + dir.pending.get(0).length <= count) {
                out.writeBytes(dir.pending.remove(0));
            }
            if (out.size() == 0 && !dir.pending.isEmpty()) {
                return -EINVAL; // the buffer cannot hold the next entry
            }
            return space().write(dirp, out.toByteArray()) ? out.size() : -EFAULT;
        }
    }

    long fstat(long fd, long statbuf) {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        if (file instanceof FileTable.HostFile f) {
            return stat(f.path, true, statbuf);
        }
        if (file instanceof FileTable.Directory d) {
            return stat(d.path, true, statbuf);
        }
        // The standard streams are pipes as far as the guest knows (so ioctl(TCGETS) fails consistently).
        return space().write(statbuf, FileStatus.of(file).toStat()) ? 0 : -EFAULT;
    }

    private long newfstatat(long dirfd, long pathname, long statbuf, int flags) {
        if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | 0x800 /* AT_NO_AUTOMOUNT */)) != 0) {
            return -EINVAL;
        }
        if ((flags & AT_EMPTY_PATH) != 0) {
            String name = space().readCString(pathname, PATH_MAX);
            if (name == null) {
                return -EFAULT;
            }
            if (name.isEmpty()) {
                return (int) dirfd == AT_FDCWD ? stat(process.cwd, true, statbuf) : fstat(dirfd, statbuf);
            }
        }
        long[] error = new long[1];
        Path path = resolve(dirfd, pathname, error);
        if (path == null) {
            return error[0];
        }
        return stat(path, (flags & AT_SYMLINK_NOFOLLOW) == 0, statbuf);
    }

    /** struct stat of asm-generic (128 bytes), which arm64 uses. */
    long stat(Path path, boolean follow, long statbuf) {
        if (!space().isMapped(statbuf, 128)) {
            return -EFAULT;
        }
        try {
            return space().write(statbuf, FileStatus.of(path, follow).toStat()) ? 0 : -EFAULT;
        } catch (IOException e) {
            return HostPaths.errno(e);
        }
    }

    private long faccessat(long dirfd, long pathname, int mode) {
        long[] error = new long[1];
        Path path = resolve(dirfd, pathname, error);
        if (path == null) {
            return error[0];
        }
        if (!Files.exists(path)) {
            return missingError(path);
        }
        if ((mode & 2) != 0 && !writeAllowed(path)) {
            return -EACCES;
        }
        if ((mode & 4) != 0 && !Files.isReadable(path) || (mode & 1) != 0 && !Files.isExecutable(path)) {
            return -EACCES;
        }
        return 0;
    }

    private long readlinkat(long dirfd, long pathname, long buf, long bufsiz) {
        if (bufsiz <= 0 || bufsiz > Integer.MAX_VALUE) {
            return -EINVAL;
        }
        String name = space().readCString(pathname, PATH_MAX);
        if (name == null) {
            return -EFAULT;
        }
        String target;
        if (name.equals("/proc/self/exe")) {
            if (process.executable == null) {
                return -ENOENT;
            }
            target = process.executable.toAbsolutePath().normalize().toString();
        } else {
            long[] error = new long[1];
            Path path = resolve(dirfd, pathname, error);
            if (path == null) {
                return error[0];
            }
            try {
                target = Files.readSymbolicLink(path).toString();
            } catch (NotLinkException e) {
                return -EINVAL;
            } catch (NoSuchFileException e) {
                return missingError(path);
            } catch (IOException | UnsupportedOperationException e) {
                return -EINVAL;
            }
        }
        byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(bytes.length, bufsiz);
        return space().write(buf, bytes, 0, n) ? n : -EFAULT;
    }

    private long getcwd(long buf, long size) {
        byte[] cwd = (process.cwd.toString() + "\0").getBytes(StandardCharsets.UTF_8);
        if (size < cwd.length) {
            return -ERANGE;
        }
        return space().write(buf, cwd) ? cwd.length : -EFAULT;
    }

    private long chdir(long pathname) {
        long[] error = new long[1];
        Path path = resolve(AT_FDCWD, pathname, error);
        if (path == null) {
            return error[0];
        }
        return changeDirectory(path);
    }

    private long fchdir(long fd) {
        FileTable.OpenFile f = files().get(fd);
        if (f == null) {
            return -EBADF;
        }
        return f instanceof FileTable.Directory d ? changeDirectory(d.path) : -ENOTDIR;
    }

    private long changeDirectory(Path path) {
        if (!Files.exists(path)) {
            return missingError(path);
        }
        if (!Files.isDirectory(path)) {
            return -ENOTDIR;
        }
        if (!Files.isExecutable(path)) {
            return -EACCES;
        }
        process.cwd = path.normalize();
        return 0;
    }

    /** Terminal requests fail with ENOTTY (no descriptor is a terminal); FIONREAD answers for pipes and files. */
    private long ioctl(GuestThread thread, long fd, long request, long arg) throws IOException {
        FileTable.OpenFile f = files().get(fd);
        if (f == null) {
            return -EBADF;
        }
        if (f.terminal) {
            long result = Terminal.ioctl(process, request, arg);
            if (result != -ENOTTY) {
                return result;
            }
        }
        if (request == FIONREAD) {
            long n;
            if (f instanceof FileTable.PipeEnd p) {
                n = p.in != null ? p.in.available() : 0;
            } else if (f instanceof FileTable.HostFile h) {
                n = Math.max(0, h.channel.size() - h.channel.position());
            } else if (f instanceof FileTable.InStream in) {
                n = in.in.available();
            } else {
                return -ENOTTY;
            }
            byte[] b = new byte[4];
            AddressSpace.putInt(b, 0, (int) Math.min(n, Integer.MAX_VALUE));
            return space().write(arg, b) ? 0 : -EFAULT;
        }
        if (request == FIOCLEX || request == FIONCLEX) {
            files().setCloseOnExec(fd, request == FIOCLEX);
            return 0;
        }
        if (request == FIONBIO) {
            long[] value = new long[1];
            byte[] b = new byte[4];
            if (!space().read(arg, b, 0, 4)) {
                return -EFAULT;
            }
            value[0] = Signals.getInt(b, 0);
            f.statusFlags = value[0] != 0 ? f.statusFlags | O_NONBLOCK : f.statusFlags & ~O_NONBLOCK;
            return 0;
        }
        return -ENOTTY;
    }

    // ---- memory --------------------------------------------------------------------------------

    private long mmap(long addr, long length, int prot, int flags, long fd, long offset) throws IOException {
        AddressSpace space = space();
        synchronized (space) {
            return mmapLocked(space, addr, length, prot, flags, fd, offset);
        }
    }

    private long mmapLocked(AddressSpace space, long addr, long length, int prot, int flags, long fd, long offset) throws IOException {
        int type = flags & 3;
        if (length <= 0 || (offset & (AddressSpace.PAGE - 1)) != 0 || (type != MAP_SHARED && type != MAP_PRIVATE && type != 3)) {
            return -EINVAL;
        }
        long size = AddressSpace.pageUp(length);
        if (size <= 0 || size > AddressSpace.MAX_MAPPING) {
            return -ENOMEM;
        }
        FileTable.HostFile file = null;
        if ((flags & MAP_ANONYMOUS) == 0) {
            FileTable.OpenFile f = files().get(fd);
            if (f == null) {
                return -EBADF;
            }
            if (!(f instanceof FileTable.HostFile h) || !h.read) {
                return f instanceof FileTable.HostFile ? -EACCES : -ENODEV;
            }
            if (type == MAP_SHARED && (prot & 2) != 0 && !h.write) {
                return -EACCES;
            }
            file = h;
        }
        boolean fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) != 0;
        long at;
        if (fixed) {
            if ((addr & (AddressSpace.PAGE - 1)) != 0) {
                return -EINVAL;
            }
            if (addr < AddressSpace.MMAP_MIN || addr + size > AddressSpace.USER_TOP || addr + size < addr) {
                return (flags & MAP_FIXED) != 0 ? -EPERM : -ENOMEM;
            }
            if ((flags & MAP_FIXED) == 0 && !space().isFree(addr, size)) {
                return -EEXIST;
            }
            space().unmap(addr, size);
            at = addr;
        } else if (addr >= AddressSpace.MMAP_MIN && (addr & (AddressSpace.PAGE - 1)) == 0 && space().isFree(addr, size)) {
            at = addr;
        } else {
            at = space().findFree(size);
            if (at < 0) {
                return -ENOMEM;
            }
        }
        try {
            if (type == MAP_SHARED || type == 3 /* MAP_SHARED_VALIDATE */) {
                space().mapShared(at, size);
            } else {
                space().mapFixed(at, size);
            }
        } catch (OutOfMemoryError e) {
            return -ENOMEM;
        }
        if (file != null) {
            long fileSize = file.channel.size();
            long available = Math.max(0, Math.min(length, fileSize - offset));
            byte[] bytes = new byte[(int) Math.min(available, IO_CHUNK)];
            long done = 0;
            while (done < available) {
                int want = (int) Math.min(available - done, bytes.length);
                int n = file.channel.read(ByteBuffer.wrap(bytes, 0, want), offset + done);
                if (n <= 0) {
                    break;
                }
                space().write(at + done, bytes, 0, n);
                done += n;
            }
        }
        if (file != null && type == MAP_SHARED) {
            // Pages wholly past the end of the file fault with SIGBUS, as Linux's do.
            long backed = Math.max(0, Math.min(size, AddressSpace.pageUp(file.channel.size() - offset)));
            if (backed < size) {
                space.protect(at + backed, size - backed, false, false);
                space.markBeyondEof(at + backed, at + size);
            }
            if (backed > 0) {
                space.addShared(new AddressSpace.SharedMapping(file, offset, at, backed));
                file.mappedShared = true;
            }
        }
        if ((prot & 2) == 0) {
            space.protect(at, size, (prot & 5) != 0, false);
        }
        return at;
    }

    private long munmap(long addr, long length) {
        if ((addr & (AddressSpace.PAGE - 1)) != 0 || length <= 0 || addr < 0 || addr + length > AddressSpace.USER_TOP) {
            return -EINVAL;
        }
        AddressSpace space = space();
        synchronized (space) {
            space.unmap(addr, AddressSpace.pageUp(length));
        }
        return 0;
    }

    private long mprotect(long addr, long length, long prot) {
        if ((addr & (AddressSpace.PAGE - 1)) != 0 || length < 0 || (prot & ~(PROT_MASK | 0x01000000L | 0x02000000L | 0x10 | 0x20)) != 0) {
            return -EINVAL; // PROT_GROWSDOWN/UP, PROT_BTI (0x10), PROT_MTE (0x20) are accepted and ignored
        }
        if (length == 0) {
            return 0;
        }
        long size = AddressSpace.pageUp(length);
        if (addr + size < addr || addr + size > AddressSpace.USER_TOP) {
            return -ENOMEM;
        }
        // PROT_WRITE implies read on arm64; PROT_EXEC alone still reads (no execute-only here).
        boolean writable = (prot & 2) != 0;
        boolean readable = writable || (prot & 5) != 0;
        return space().protect(addr, size, readable, writable) ? 0 : -ENOMEM;
    }

    /** mremap: grows or shrinks a mapping in place when it can, else moves it (MREMAP_MAYMOVE), keeping its bytes. */
    private long mremap(long oldAddress, long oldSize, long newSize, long flags, long newAddress) {
        final long mayMove = 1;
        final long fixed = 2;
        if ((oldAddress & (AddressSpace.PAGE - 1)) != 0 || (flags & ~(mayMove | fixed | 4)) != 0 || newSize <= 0
                || ((flags & fixed) != 0 && (flags & mayMove) == 0)) {
            return -EINVAL;
        }
        long oldLength = AddressSpace.pageUp(oldSize);
        long newLength = AddressSpace.pageUp(newSize);
        if (newLength > AddressSpace.MAX_MAPPING || oldLength <= 0) {
            return oldLength <= 0 ? -EINVAL : -ENOMEM;
        }
        AddressSpace space = space();
        synchronized (space) {
            if (!space.isMapped(oldAddress, oldLength)) {
                return -EFAULT;
            }
            if ((flags & fixed) == 0) {
                if (newLength <= oldLength) {
                    space.unmap(oldAddress + newLength, oldLength - newLength);
                    return oldAddress;
                }
                if (space.isFree(oldAddress + oldLength, newLength - oldLength)) {
                    space.mapFixed(oldAddress + oldLength, newLength - oldLength);
                    return oldAddress;
                }
                if ((flags & mayMove) == 0) {
                    return -ENOMEM;
                }
            }
            long target;
            if ((flags & fixed) != 0) {
                if ((newAddress & (AddressSpace.PAGE - 1)) != 0 || newAddress < AddressSpace.MMAP_MIN
                        || newAddress + newLength > AddressSpace.USER_TOP) {
                    return -EINVAL;
                }
                space.unmap(newAddress, newLength);
                target = newAddress;
            } else {
                target = space.findFree(newLength);
                if (target < 0) {
                    return -ENOMEM;
                }
            }
            byte[] bytes = new byte[(int) Math.min(oldLength, newLength)];
            space.read(oldAddress, bytes, 0, bytes.length);
            try {
                space.mapFixed(target, newLength);
            } catch (OutOfMemoryError e) {
                return -ENOMEM;
            }
            space.write(target, bytes);
            space.unmap(oldAddress, oldLength);
            return target;
        }
    }

    // ---- misc ----------------------------------------------------------------------------------

    private long getrandom(long buf, long count, long flags) {
        if ((flags & ~7L) != 0) {
            return -EINVAL; // GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE
        }
        if (count < 0) {
            return -EINVAL;
        }
        int n = (int) Math.min(count, 33554431); // Linux caps one call at 32 MiB - 1
        if (!space().isMapped(buf, n)) {
            return -EFAULT;
        }
        byte[] bytes = new byte[n];
        host.random().nextBytes(bytes);
        space().write(buf, bytes);
        return n;
    }

    private long nowNanos(long clock) {
        return Clocks.nanos(clock, process.startNanos);
    }

    /**
     * A CPU-time clock's reading: CLOCK_PROCESS_CPUTIME_ID (2), CLOCK_THREAD_CPUTIME_ID (3) and the ids
     * clock_getcpuclockid makes; Long.MIN_VALUE when {@code clock} is none, -ESRCH-like -1 for a
     * process or thread that does not exist.
     */
    private long cpuClockNanos(GuestThread thread, long clock) {
        int[] id = clock == 2 ? new int[] {0, 0, 2} : clock == 3 ? new int[] {0, 1, 2} : Clocks.cpuClock(clock);
        if (id == null) {
            return Long.MIN_VALUE;
        }
        Kernel kernel = process.kernel;
        long[] cpu;
        kernel.lock.lock();
        try {
            if (id[1] == 1) {
                GuestThread target = id[0] == 0 ? thread : kernel.thread(id[0]);
                if (target == null || target.process != process) {
                    return -1;
                }
                cpu = target.cpuTime();
            } else {
                GuestProcess target = id[0] == 0 ? process : kernel.process(id[0]);
                if (target == null || target.isZombie()) {
                    return -1;
                }
                cpu = target.cpuTime();
            }
        } finally {
            kernel.lock.unlock();
        }
        return id[2] == 1 ? cpu[1] : cpu[0];
    }

    private long clockGettime(GuestThread thread, long clock, long tp) {
        long cpuNanos = cpuClockNanos(thread, clock);
        if (cpuNanos == -1) {
            return -EINVAL;
        }
        if (cpuNanos != Long.MIN_VALUE) {
            return space().writeLongs(tp, cpuNanos / 1_000_000_000L, cpuNanos % 1_000_000_000L) ? 0 : -EFAULT;
        }
        if (clock < 0 || clock > 11) {
            return -EINVAL;
        }
        long nanos = nowNanos(clock);
        if (nanos == Long.MIN_VALUE) {
            return -EINVAL;
        }
        return space().writeLongs(tp, Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)) ? 0 : -EFAULT;
    }

    private long clockGetres(long clock, long res) {
        boolean cpuClock = clock == 2 || clock == 3 || Clocks.cpuClock(clock) != null;
        if (!cpuClock && (clock < 0 || clock > 11 || nowNanos(clock) == Long.MIN_VALUE)) {
            return -EINVAL;
        }
        if (res == 0) {
            return 0;
        }
        return space().writeLongs(res, 0, 1) ? 0 : -EFAULT;
    }

    private long gettimeofday(long tv, long tz) {
        if (tv != 0) {
            Instant now = Instant.now();
            if (!space().writeLongs(tv, now.getEpochSecond(), now.getNano() / 1000)) {
                return -EFAULT;
            }
        }
        if (tz != 0 && !space().write(tz, new byte[8])) {
            return -EFAULT;
        }
        return 0;
    }

    /**
     * nanosleep and clock_nanosleep: sleeps until the deadline or a signal; on a signal the remaining
     * time is written to {@code rem} (relative sleeps) and the call fails with EINTR.
     */
    private long sleep(GuestThread thread, long clock, long flags, long req, long rem) {
        long[] ts = new long[2];
        if (!space().readLongs(req, ts, 2)) {
            return -EFAULT;
        }
        long nanos = Clocks.timespec(ts[0], ts[1]);
        if (nanos < 0) {
            return -EINVAL;
        }
        long now = nowNanos(clock);
        if (now == Long.MIN_VALUE || clock == 2 || clock == 3) {
            return clock == 2 || clock == 3 ? -ENOTSUP : -EINVAL;
        }
        boolean absolute = (flags & 1) != 0; // TIMER_ABSTIME
        long deadline = System.nanoTime() + (absolute ? nanos - now : nanos);
        Kernel kernel = thread.kernel;
        kernel.lock.lock();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return 0;
                }
                if (thread.interrupted()) {
                    if (!absolute && rem != 0) {
                        space().writeLongs(rem, left / 1_000_000_000L, left % 1_000_000_000L);
                    }
                    return -EINTR;
                }
                kernel.changed.awaitNanos(Math.min(left, 1_000_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        } finally {
            kernel.lock.unlock();
        }
    }

    /** struct sysinfo: uptime, loads, total/free RAM (the host JVM's), processes, mem_unit 1. */
    private long sysinfo(long info) {
        byte[] b = new byte[112];
        Runtime runtime = Runtime.getRuntime();
        AddressSpace.putLong(b, 0, (System.nanoTime() - process.kernel.startNanos) / 1_000_000_000L);
        AddressSpace.putLong(b, 32, runtime.maxMemory());
        AddressSpace.putLong(b, 40, runtime.maxMemory() - runtime.totalMemory() + runtime.freeMemory());
        process.kernel.lock.lock();
        try {
            b[80] = (byte) process.kernel.liveProcesses().size();
            b[81] = (byte) (process.kernel.liveProcesses().size() >> 8);
        } finally {
            process.kernel.lock.unlock();
        }
        AddressSpace.putInt(b, 104, 1);
        return space().write(info, b) ? 0 : -EFAULT;
    }

    /** times: struct tms in clock ticks (100 Hz); the result is ticks since an arbitrary point. */
    private long times(long buf) {
        long[] self;
        long[] children;
        process.kernel.lock.lock();
        try {
            self = process.cpuTime();
            children = process.childrenCpu.clone();
        } finally {
            process.kernel.lock.unlock();
        }
        long tick = 10_000_000L;
        if (buf != 0 && !space().writeLongs(buf, self[1] / tick, (self[0] - self[1]) / tick, children[1] / tick,
                (children[0] - children[1]) / tick)) {
            return -EFAULT;
        }
        return (System.nanoTime() - process.kernel.startNanos) / 10_000_000L + 100;
    }

    /** prctl: the thread name and the options glibc and busybox ask about; the rest is EINVAL. */
    private long prctl(GuestThread thread, long option, long arg2, long arg3) {
        switch ((int) option) {
            case 15: { // PR_SET_NAME
                String name = space().readCString(arg2, 4096);
                if (name == null) {
                    return -EFAULT;
                }
                byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
                thread.name = new String(bytes, 0, Math.min(15, bytes.length), StandardCharsets.UTF_8);
                return 0;
            }
            case 16: { // PR_GET_NAME
                byte[] out = new byte[16];
                byte[] bytes = thread.name.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(bytes, 0, out, 0, Math.min(15, bytes.length));
                return space().write(arg2, out) ? 0 : -EFAULT;
            }
            case 1: // PR_SET_PDEATHSIG
                return arg2 < 0 || arg2 > 64 ? -EINVAL : 0;
            case 2: // PR_GET_PDEATHSIG
                return space().write(arg2, new byte[4]) ? 0 : -EFAULT;
            case 3: // PR_GET_DUMPABLE
                return 1;
            case 4: // PR_SET_DUMPABLE
                return arg2 == 0 || arg2 == 1 ? 0 : -EINVAL;
            case 36: // PR_SET_CHILD_SUBREAPER
            case 38: // PR_SET_NO_NEW_PRIVS
                return 0;
            case 37: // PR_GET_CHILD_SUBREAPER
                return space().write(arg2, new byte[4]) ? 0 : -EFAULT;
            case 39: // PR_GET_NO_NEW_PRIVS
                return 0;
            case 0x59616d61: // PR_SET_PTRACER
                return 0;
            default:
                return -EINVAL;
        }
    }

    /** getrusage: CPU times of the process, its waited-for children or the thread; ru_maxrss its mapped memory. */
    private long getrusage(GuestThread thread, long who, long usage) {
        if (who < -1 || who > 1) {
            return -EINVAL;
        }
        long[] cpu;
        process.kernel.lock.lock();
        try {
            cpu = who == 0 ? process.cpuTime() : who == -1 ? process.childrenCpu.clone() : thread.cpuTime();
        } finally {
            process.kernel.lock.unlock();
        }
        long resident = 0;
        for (org.a64wb.emulator.memory.RamSlot slot : space().memory().slots()) {
            resident += slot.size();
        }
        return space().write(usage, Clocks.rusage(cpu, who == -1 ? 0 : resident / 1024)) ? 0 : -EFAULT;
    }

    /** memfd_create: an anonymous file, kept in a host temporary file that disappears with its last descriptor. */
    private long memfdCreate(long name, long flags) {
        if ((flags & ~7L) != 0) {
            return -EINVAL; // MFD_CLOEXEC, MFD_ALLOW_SEALING, MFD_HUGETLB
        }
        String label = space().readCString(name, 250);
        if (label == null) {
            return -EFAULT;
        }
        try {
            Path path = Files.createTempFile("a64-memfd-", ".bin");
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            FileTable.HostFile file = new FileTable.HostFile(channel, path, true, true, false);
            int fd = files().add(file, 0, (flags & 1) != 0);
            if (fd < 0) {
                channel.close();
                return -EMFILE;
            }
            return fd;
        } catch (IOException | RuntimeException e) {
            return -ENOMEM;
        }
    }

    /** One CPU per host processor the JVM may use. */
    private long schedGetaffinity(long pid, long size, long mask) {
        int cpus = Runtime.getRuntime().availableProcessors();
        int bytes = (cpus + 63) / 64 * 8;
        if (size < bytes || (size & 7) != 0) {
            return -EINVAL;
        }
        byte[] b = new byte[bytes];
        for (int i = 0; i < cpus; i++) {
            b[i / 8] |= (byte) (1 << (i % 8));
        }
        return space().write(mask, b) ? bytes : -EFAULT;
    }

    /** membarrier: the query and the barriers; a full fence stands for any of them. */
    private long membarrier(long cmd) {
        if (cmd == 0) { // MEMBARRIER_CMD_QUERY
            return 1 | 8 | 16; // GLOBAL, PRIVATE_EXPEDITED, REGISTER_PRIVATE_EXPEDITED
        }
        if (cmd == 1 || cmd == 8 || cmd == 16) {
            java.lang.invoke.VarHandle.fullFence();
            return 0;
        }
        return -EINVAL;
    }

    private long uname(long buf) {
        byte[] u = new byte[6 * 65];
        String[] fields = {"Linux", "a64wb", "6.1.0-a64wb", "#1 SMP PREEMPT a64wb user mode", "aarch64", "(none)"};
        for (int i = 0; i < fields.length; i++) {
            byte[] f = fields[i].getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(f, 0, u, i * 65, Math.min(64, f.length));
        }
        return space().write(buf, u) ? 0 : -EFAULT;
    }

    private long prlimit64(long pid, long resource, long newLimit, long oldLimit) {
        if (pid != 0 && pid != process.pid) {
            return -ESRCH;
        }
        if (resource < 0 || resource >= process.limits.length) {
            return -EINVAL;
        }
        long[] replacement = null;
        if (newLimit != 0) {
            replacement = new long[2];
            if (!space().readLongs(newLimit, replacement, 2)) {
                return -EFAULT;
            }
            if (Long.compareUnsigned(replacement[0], replacement[1]) > 0) {
                return -EINVAL;
            }
        }
        if (oldLimit != 0 && !space().writeLongs(oldLimit, process.limits[(int) resource].clone())) {
            return -EFAULT;
        }
        if (replacement != null) {
            process.limits[(int) resource] = replacement;
        }
        return 0;
    }

}
