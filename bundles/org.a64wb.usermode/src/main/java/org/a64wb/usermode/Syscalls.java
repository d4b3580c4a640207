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
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
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

    private final AddressSpace space;
    private final HostEnvironment host;
    private final FileTable files;
    private final Set<Long> reported = new HashSet<>();
    private final long startNanos = System.nanoTime();

    private boolean exited;
    private int exitStatus;
    private long clearChildTid;
    private long robustList;
    private long signalMask;
    /** struct sigaction per signal: handler, flags, restorer, mask. */
    private final long[][] sigactions = new long[65][4];
    private final long[][] limits = new long[16][];

    public Syscalls(AddressSpace space, HostEnvironment host) {
        this.space = space;
        this.host = host;
        this.files = new FileTable(host.stdin(), host.stdout(), host.stderr());
        for (int i = 0; i < limits.length; i++) {
            limits[i] = new long[] {RLIM_INFINITY, RLIM_INFINITY};
        }
        limits[3] = new long[] {AddressSpace.STACK_SIZE, RLIM_INFINITY}; // RLIMIT_STACK
        limits[4] = new long[] {0, RLIM_INFINITY}; // RLIMIT_CORE
        limits[7] = new long[] {FileTable.MAX_FDS, FileTable.MAX_FDS}; // RLIMIT_NOFILE
    }

    /** Whether exit or exit_group ran. */
    public boolean exited() {
        return exited;
    }

    /** The status passed to exit (low 8 bits, as the parent's wait sees it). */
    public int exitStatus() {
        return exitStatus;
    }

    /** Signal mask set by rt_sigprocmask (recorded only). */
    public long signalMask() {
        return signalMask;
    }

    /** The handler recorded for {@code signal} by rt_sigaction. */
    public long signalHandler(int signal) {
        return sigactions[signal][0];
    }

    /** Closes host files; flushes the output streams. */
    public void close() {
        files.closeAll();
        flush(host.stdout());
        flush(host.stderr());
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // nothing useful to do when the host's stream is gone
        }
    }

    /** Serves the system call in x8 with arguments x0-x5 and puts its result in x0 (except after exit). */
    public void dispatch(Cpu cpu) {
        long[] x = cpu.x;
        long nr = x[8];
        long result;
        try {
            result = call(nr, x[0], x[1], x[2], x[3], x[4], x[5]);
        } catch (IOException e) {
            result = -EIO;
        }
        if (!exited) {
            x[0] = result;
        }
    }

    private long call(long nr, long a0, long a1, long a2, long a3, long a4, long a5) throws IOException {
        switch ((int) Math.max(-1, Math.min(nr, Integer.MAX_VALUE))) {
            case SYS_EXIT:
            case SYS_EXIT_GROUP:
                exited = true;
                exitStatus = (int) (a0 & 0xff);
                return 0;
            case SYS_READ:
                return read(a0, a1, a2, -1);
            case SYS_PREAD64:
                return a3 < 0 ? -EINVAL : read(a0, a1, a2, a3);
            case SYS_WRITE:
                return write(a0, a1, a2, -1);
            case SYS_PWRITE64:
                return a3 < 0 ? -EINVAL : write(a0, a1, a2, a3);
            case SYS_READV:
                return vector(a0, a1, a2, false);
            case SYS_WRITEV:
                return vector(a0, a1, a2, true);
            case SYS_OPENAT:
                return openat(a0, a1, (int) a2, (int) a3);
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
            case SYS_READLINKAT:
                return readlinkat(a0, a1, a2, a3);
            case SYS_GETCWD:
                return getcwd(a0, a1);
            case SYS_IOCTL:
                return files.get(a0) == null ? -EBADF : -ENOTTY;
            case SYS_FCNTL:
                return fcntl(a0, (int) a1);
            case SYS_BRK:
                return space.setBrk(a0);
            case SYS_MMAP:
                return mmap(a0, a1, (int) a2, (int) a3, a4, a5);
            case SYS_MUNMAP:
                return munmap(a0, a1);
            case SYS_MPROTECT:
                return mprotect(a0, a1, a2);
            case SYS_MADVISE:
                return (a0 & (AddressSpace.PAGE - 1)) != 0 ? -EINVAL : 0;
            case SYS_GETRANDOM:
                return getrandom(a0, a1, a2);
            case SYS_CLOCK_GETTIME:
                return clockGettime(a0, a1);
            case SYS_CLOCK_GETRES:
                return clockGetres(a0, a1);
            case SYS_GETTIMEOFDAY:
                return gettimeofday(a0, a1);
            case SYS_NANOSLEEP:
                return nanosleep(a0, a1);
            case SYS_UNAME:
                return uname(a0);
            case SYS_GETPID:
            case SYS_GETTID:
                return host.pid();
            case SYS_GETPPID:
                return 1;
            case SYS_GETUID:
            case SYS_GETEUID:
            case SYS_GETGID:
            case SYS_GETEGID:
                return 0;
            case SYS_SET_TID_ADDRESS:
                clearChildTid = a0;
                return host.pid();
            case SYS_SET_ROBUST_LIST:
                if (a1 != 24) {
                    return -EINVAL; // sizeof(struct robust_list_head)
                }
                robustList = a0;
                return 0;
            case SYS_RT_SIGACTION:
                return rtSigaction(a0, a1, a2, a3);
            case SYS_RT_SIGPROCMASK:
                return rtSigprocmask(a0, a1, a2, a3);
            case SYS_PRLIMIT64:
                return prlimit64(a0, a1, a2, a3);
            case SYS_SCHED_YIELD:
                return 0;
            case SYS_RSEQ:
                return -ENOSYS; // glibc then runs without restartable sequences
            default:
                if (reported.add(nr)) {
                    byte[] line = ("a64 run-user: unsupported system call " + nr + " (" + syscallName(nr) + "), returning -ENOSYS\n")
                            .getBytes(StandardCharsets.UTF_8);
                    host.stderr().write(line);
                    host.stderr().flush();
                }
                return -ENOSYS;
        }
    }

    // ---- file I/O ------------------------------------------------------------------------------

    private long read(long fd, long buf, long count, long offset) throws IOException {
        FileTable.OpenFile file = files.get(fd);
        if (file == null || !file.readable()) {
            return file instanceof FileTable.Directory ? -EISDIR : -EBADF;
        }
        if (count < 0) {
            return -EINVAL;
        }
        if (count == 0) {
            return 0;
        }
        if (!space.isMapped(buf, count)) {
            return -EFAULT;
        }
        if (file instanceof FileTable.InStream in) {
            if (offset >= 0) {
                return -ESPIPE;
            }
            byte[] bytes = new byte[(int) Math.min(count, IO_CHUNK)];
            flush(host.stdout()); // an interactive program's prompt must show before it blocks
            int n = in.in.read(bytes, 0, bytes.length);
            if (n <= 0) {
                return 0;
            }
            space.write(buf, bytes, 0, n);
            return n;
        }
        FileTable.HostFile f = (FileTable.HostFile) file;
        long total = 0;
        byte[] bytes = new byte[(int) Math.min(count, IO_CHUNK)];
        while (total < count) {
            int want = (int) Math.min(count - total, bytes.length);
            ByteBuffer bb = ByteBuffer.wrap(bytes, 0, want);
            int n = offset >= 0 ? f.channel.read(bb, offset + total) : f.channel.read(bb);
            if (n <= 0) {
                break;
            }
            space.write(buf + total, bytes, 0, n);
            total += n;
            if (n < want) {
                break;
            }
        }
        return total;
    }

    private long write(long fd, long buf, long count, long offset) throws IOException {
        FileTable.OpenFile file = files.get(fd);
        if (file == null || !file.writable()) {
            return -EBADF;
        }
        if (count < 0) {
            return -EINVAL;
        }
        if (!space.isMapped(buf, count)) {
            return -EFAULT;
        }
        byte[] bytes = new byte[(int) Math.min(count, IO_CHUNK)];
        long total = 0;
        while (total < count) {
            int n = (int) Math.min(count - total, bytes.length);
            space.read(buf + total, bytes, 0, n);
            if (file instanceof FileTable.OutStream out) {
                if (offset >= 0) {
                    return -ESPIPE;
                }
                out.out.write(bytes, 0, n);
            } else {
                FileTable.HostFile f = (FileTable.HostFile) file;
                ByteBuffer bb = ByteBuffer.wrap(bytes, 0, n);
                while (bb.hasRemaining()) {
                    if (offset >= 0) {
                        f.channel.write(bb, offset + total + bb.position());
                    } else {
                        if (f.append) {
                            f.channel.position(f.channel.size());
                        }
                        f.channel.write(bb);
                    }
                }
            }
            total += n;
        }
        if (file instanceof FileTable.OutStream out) {
            out.out.flush();
        }
        return total;
    }

    /** readv/writev: struct iovec { void *base; size_t len; }, at most IOV_MAX (1024) entries. */
    private long vector(long fd, long iov, long iovcnt, boolean write) throws IOException {
        if (files.get(fd) == null) {
            return -EBADF;
        }
        if (iovcnt < 0 || iovcnt > 1024) {
            return -EINVAL;
        }
        long[] entries = new long[(int) iovcnt * 2];
        if (!space.readLongs(iov, entries, entries.length)) {
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
            long n = write ? write(fd, base, len, -1) : read(fd, base, len, -1);
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
    private Path resolve(long dirfd, long pathname, long[] error) {
        String name = space.readCString(pathname, PATH_MAX);
        if (name == null) {
            error[0] = pathname != 0 && space.isMapped(pathname, 1) ? -ENAMETOOLONG : -EFAULT;
            return null;
        }
        if (name.isEmpty()) {
            error[0] = -ENOENT;
            return null;
        }
        if (name.equals("/proc/self/exe") && host.executable() != null) {
            return host.executable().toAbsolutePath();
        }
        Path path = Path.of(name);
        if (path.isAbsolute() || (int) dirfd == AT_FDCWD) {
            return path.toAbsolutePath();
        }
        FileTable.OpenFile dir = files.get(dirfd);
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

    private boolean writeAllowed(Path path) {
        Path root = host.allowWrite();
        if (root == null) {
            return false;
        }
        try {
            Path realRoot = root.toRealPath();
            Path real = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().getParent().toRealPath().resolve(path.getFileName());
            return real.startsWith(realRoot);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private long openat(long dirfd, long pathname, int flags, int mode) {
        long[] error = new long[1];
        Path path = resolve(dirfd, pathname, error);
        if (path == null) {
            return error[0];
        }
        int access = flags & O_ACCMODE;
        boolean wantsWrite = access == O_WRONLY || access == O_RDWR || (flags & (O_CREAT | O_TRUNC)) != 0;
        boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.exists(path);
        if ((flags & O_CREAT) != 0 && (flags & O_EXCL) != 0 && exists) {
            return -EEXIST;
        }
        if (!exists && (flags & O_CREAT) == 0) {
            return -ENOENT;
        }
        if (Files.isDirectory(path)) {
            if (wantsWrite && (flags & O_CREAT) == 0) {
                return -EISDIR;
            }
            if ((flags & O_CREAT) != 0 && access != 0) {
                return -EISDIR;
            }
            int fd = files.add(new FileTable.Directory(path));
            return fd < 0 ? -EMFILE : fd;
        }
        if ((flags & O_DIRECTORY) != 0) {
            return -ENOTDIR;
        }
        if (wantsWrite && !writeAllowed(path)) {
            return exists ? -EACCES : -EROFS;
        }
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
            FileChannel channel = FileChannel.open(path, options);
            int fd = files.add(new FileTable.HostFile(channel, path, read, write, (flags & O_APPEND) != 0));
            if (fd < 0) {
                channel.close();
                return -EMFILE;
            }
            return fd;
        } catch (NoSuchFileException e) {
            return -ENOENT;
        } catch (FileAlreadyExistsException e) {
            return -EEXIST;
        } catch (AccessDeniedException e) {
            return -EACCES;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return -EACCES;
        }
    }

    private long close(long fd) throws IOException {
        FileTable.OpenFile file = files.remove(fd);
        if (file == null) {
            return -EBADF;
        }
        if (fd > 2) {
            file.close();
        }
        return 0;
    }

    private long lseek(long fd, long offset, long whence) throws IOException {
        FileTable.OpenFile file = files.get(fd);
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

    private long fcntl(long fd, int cmd) {
        if (files.get(fd) == null) {
            return -EBADF;
        }
        return switch (cmd) {
            case 1, 2 -> 0; // F_GETFD, F_SETFD
            case 3 -> { // F_GETFL
                FileTable.OpenFile f = files.get(fd);
                yield f.readable() && f.writable() ? O_RDWR : f.writable() ? O_WRONLY : 0;
            }
            case 4 -> 0; // F_SETFL: flags recorded nowhere
            default -> -EINVAL;
        };
    }

    private long fstat(long fd, long statbuf) throws IOException {
        FileTable.OpenFile file = files.get(fd);
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
        byte[] st = new byte[128];
        AddressSpace.putLong(st, 8, 3 + fd);
        AddressSpace.putInt(st, 16, S_IFIFO | 0600);
        AddressSpace.putInt(st, 20, 1);
        AddressSpace.putInt(st, 56, 4096);
        return space.write(statbuf, st) ? 0 : -EFAULT;
    }

    private long newfstatat(long dirfd, long pathname, long statbuf, int flags) throws IOException {
        if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | 0x800 /* AT_NO_AUTOMOUNT */)) != 0) {
            return -EINVAL;
        }
        if ((flags & AT_EMPTY_PATH) != 0) {
            String name = space.readCString(pathname, PATH_MAX);
            if (name == null) {
                return -EFAULT;
            }
            if (name.isEmpty()) {
                return (int) dirfd == AT_FDCWD ? stat(Path.of("").toAbsolutePath(), true, statbuf) : fstat(dirfd, statbuf);
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
    private long stat(Path path, boolean follow, long statbuf) throws IOException {
        if (!space.isMapped(statbuf, 128)) {
            return -EFAULT;
        }
        LinkOption[] links = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        byte[] st = new byte[128];
        try {
            BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, links);
            long dev = 0;
            long ino = 0;
            int mode = (basic.isDirectory() ? S_IFDIR : basic.isSymbolicLink() ? S_IFLNK : basic.isRegularFile() ? S_IFREG : S_IFCHR)
                    | (Files.isWritable(path) ? 0644 : 0444) | (basic.isDirectory() ? 0111 : 0);
            int nlink = 1;
            int uid = 0;
            int gid = 0;
            long rdev = 0;
            FileTime ctime = basic.lastModifiedTime();
            try {
                Map<String, Object> unix = Files.readAttributes(path, "unix:dev,ino,mode,nlink,uid,gid,rdev,ctime", links);
                dev = ((Number) unix.get("dev")).longValue();
                ino = ((Number) unix.get("ino")).longValue();
                mode = ((Number) unix.get("mode")).intValue();
                nlink = ((Number) unix.get("nlink")).intValue();
                uid = ((Number) unix.get("uid")).intValue();
                gid = ((Number) unix.get("gid")).intValue();
                rdev = ((Number) unix.get("rdev")).longValue();
                ctime = (FileTime) unix.get("ctime");
            } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
                // not a Unix host file system view: keep the basic attributes
            }
            long size = basic.size();
            AddressSpace.putLong(st, 0, dev);
            AddressSpace.putLong(st, 8, ino);
            AddressSpace.putInt(st, 16, mode);
            AddressSpace.putInt(st, 20, nlink);
            AddressSpace.putInt(st, 24, uid);
            AddressSpace.putInt(st, 28, gid);
            AddressSpace.putLong(st, 32, rdev);
            AddressSpace.putLong(st, 48, size);
            AddressSpace.putInt(st, 56, 4096);
            AddressSpace.putLong(st, 64, (size + 511) / 512);
            putTime(st, 72, basic.lastAccessTime());
            putTime(st, 88, basic.lastModifiedTime());
            putTime(st, 104, ctime);
        } catch (NoSuchFileException e) {
            return -ENOENT;
        } catch (AccessDeniedException e) {
            return -EACCES;
        } catch (NotDirectoryException e) {
            return -ENOTDIR;
        }
        return space.write(statbuf, st) ? 0 : -EFAULT;
    }

    private static void putTime(byte[] st, int at, FileTime time) {
        Instant i = time.toInstant();
        AddressSpace.putLong(st, at, i.getEpochSecond());
        AddressSpace.putLong(st, at + 8, i.getNano());
    }

    private long faccessat(long dirfd, long pathname, int mode) {
        long[] error = new long[1];
        Path path = resolve(dirfd, pathname, error);
        if (path == null) {
            return error[0];
        }
        if (!Files.exists(path)) {
            return -ENOENT;
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
        String name = space.readCString(pathname, PATH_MAX);
        if (name == null) {
            return -EFAULT;
        }
        String target;
        if (name.equals("/proc/self/exe")) {
            if (host.executable() == null) {
                return -ENOENT;
            }
            target = host.executable().toAbsolutePath().normalize().toString();
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
                return -ENOENT;
            } catch (IOException | UnsupportedOperationException e) {
                return -EINVAL;
            }
        }
        byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(bytes.length, bufsiz);
        return space.write(buf, bytes, 0, n) ? n : -EFAULT;
    }

    private long getcwd(long buf, long size) {
        byte[] cwd = (Path.of("").toAbsolutePath().toString() + "\0").getBytes(StandardCharsets.UTF_8);
        if (size < cwd.length) {
            return -ERANGE;
        }
        return space.write(buf, cwd) ? cwd.length : -EFAULT;
    }

    // ---- memory --------------------------------------------------------------------------------

    private long mmap(long addr, long length, int prot, int flags, long fd, long offset) throws IOException {
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
            FileTable.OpenFile f = files.get(fd);
            if (f == null) {
                return -EBADF;
            }
            if (!(f instanceof FileTable.HostFile h) || !h.read) {
                return f instanceof FileTable.HostFile ? -EACCES : -ENODEV;
            }
            if (type == MAP_SHARED && (prot & 2) != 0) {
                // Writes through a shared mapping would have to reach the host file: not supported.
                return h.write ? -ENODEV : -EACCES;
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
            if ((flags & MAP_FIXED) == 0 && !space.isFree(addr, size)) {
                return -EEXIST;
            }
            space.unmap(addr, size);
            at = addr;
        } else if (addr >= AddressSpace.MMAP_MIN && (addr & (AddressSpace.PAGE - 1)) == 0 && space.isFree(addr, size)) {
            at = addr;
        } else {
            at = space.findFree(size);
            if (at < 0) {
                return -ENOMEM;
            }
        }
        try {
            space.mapFixed(at, size);
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
                space.write(at + done, bytes, 0, n);
                done += n;
            }
        }
        return at;
    }

    private long munmap(long addr, long length) {
        if ((addr & (AddressSpace.PAGE - 1)) != 0 || length <= 0 || addr < 0 || addr + length > AddressSpace.USER_TOP) {
            return -EINVAL;
        }
        space.unmap(addr, AddressSpace.pageUp(length));
        return 0;
    }

    private long mprotect(long addr, long length, long prot) {
        if ((addr & (AddressSpace.PAGE - 1)) != 0 || length < 0 || (prot & ~(PROT_MASK | 0x01000000L | 0x02000000L | 0x10 | 0x20)) != 0) {
            return -EINVAL; // PROT_GROWSDOWN/UP, PROT_BTI (0x10), PROT_MTE (0x20) are accepted and ignored
        }
        if (length == 0) {
            return 0;
        }
        return space.isMapped(addr, AddressSpace.pageUp(length)) ? 0 : -ENOMEM;
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
        if (!space.isMapped(buf, n)) {
            return -EFAULT;
        }
        byte[] bytes = new byte[n];
        host.random().nextBytes(bytes);
        space.write(buf, bytes);
        return n;
    }

    private long nowNanos(long clock) {
        return switch ((int) clock) {
            case 0, 5, 8, 11 -> { // REALTIME, REALTIME_COARSE, REALTIME_ALARM, TAI
                Instant now = Instant.now();
                yield now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }
            case 1, 4, 6, 7, 9 -> System.nanoTime(); // MONOTONIC, _RAW, _COARSE, BOOTTIME, BOOTTIME_ALARM
            case 2, 3 -> System.nanoTime() - startNanos; // PROCESS/THREAD_CPUTIME_ID: wall time since start
            default -> Long.MIN_VALUE;
        };
    }

    private long clockGettime(long clock, long tp) {
        if (clock < 0 || clock > 11) {
            return -EINVAL;
        }
        long nanos = nowNanos(clock);
        if (nanos == Long.MIN_VALUE) {
            return -EINVAL;
        }
        return space.writeLongs(tp, Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)) ? 0 : -EFAULT;
    }

    private long clockGetres(long clock, long res) {
        if (clock < 0 || clock > 11 || nowNanos(clock) == Long.MIN_VALUE) {
            return -EINVAL;
        }
        if (res == 0) {
            return 0;
        }
        return space.writeLongs(res, 0, 1) ? 0 : -EFAULT;
    }

    private long gettimeofday(long tv, long tz) {
        if (tv != 0) {
            Instant now = Instant.now();
            if (!space.writeLongs(tv, now.getEpochSecond(), now.getNano() / 1000)) {
                return -EFAULT;
            }
        }
        if (tz != 0 && !space.write(tz, new byte[8])) {
            return -EFAULT;
        }
        return 0;
    }

    private long nanosleep(long req, long rem) {
        long[] ts = new long[2];
        if (!space.readLongs(req, ts, 2)) {
            return -EFAULT;
        }
        if (ts[0] < 0 || ts[1] < 0 || ts[1] >= 1_000_000_000L) {
            return -EINVAL;
        }
        try {
            long millis = Math.min(ts[0], Long.MAX_VALUE / 1000) * 1000 + ts[1] / 1_000_000;
            Thread.sleep(millis, (int) (ts[1] % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        }
        return 0;
    }

    private long uname(long buf) {
        byte[] u = new byte[6 * 65];
        String[] fields = {"Linux", "a64wb", "6.1.0-a64wb", "#1 SMP PREEMPT a64wb user mode", "aarch64", "(none)"};
        for (int i = 0; i < fields.length; i++) {
            byte[] f = fields[i].getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(f, 0, u, i * 65, Math.min(64, f.length));
        }
        return space.write(buf, u) ? 0 : -EFAULT;
    }

    /** struct sigaction of the kernel ABI: handler, flags, restorer, mask (32 bytes); sigsetsize must be 8. */
    private long rtSigaction(long signal, long act, long oldact, long sigsetsize) {
        if (sigsetsize != 8) {
            return -EINVAL;
        }
        if (signal < 1 || signal > 64 || (act != 0 && (signal == SIGKILL || signal == SIGSTOP))) {
            return -EINVAL;
        }
        long[] replacement = null;
        if (act != 0) {
            replacement = new long[4];
            if (!space.readLongs(act, replacement, 4)) {
                return -EFAULT;
            }
        }
        if (oldact != 0 && !space.writeLongs(oldact, sigactions[(int) signal].clone())) {
            return -EFAULT;
        }
        if (replacement != null) {
            replacement[3] &= ~((1L << (SIGKILL - 1)) | (1L << (SIGSTOP - 1)));
            sigactions[(int) signal] = replacement;
        }
        return 0;
    }

    private long rtSigprocmask(long how, long set, long oldset, long sigsetsize) {
        if (sigsetsize != 8) {
            return -EINVAL;
        }
        long[] value = new long[1];
        if (set != 0) {
            if (how < 0 || how > 2) {
                return -EINVAL;
            }
            if (!space.readLongs(set, value, 1)) {
                return -EFAULT;
            }
        }
        if (oldset != 0 && !space.writeLongs(oldset, signalMask)) {
            return -EFAULT;
        }
        if (set != 0) {
            long unblockable = (1L << (SIGKILL - 1)) | (1L << (SIGSTOP - 1));
            long mask = switch ((int) how) {
                case 0 -> signalMask | value[0];
                case 1 -> signalMask & ~value[0];
                default -> value[0];
            };
            signalMask = mask & ~unblockable;
        }
        return 0;
    }

    private long prlimit64(long pid, long resource, long newLimit, long oldLimit) {
        if (pid != 0 && pid != host.pid()) {
            return -ESRCH;
        }
        if (resource < 0 || resource >= limits.length) {
            return -EINVAL;
        }
        long[] replacement = null;
        if (newLimit != 0) {
            replacement = new long[2];
            if (!space.readLongs(newLimit, replacement, 2)) {
                return -EFAULT;
            }
            if (Long.compareUnsigned(replacement[0], replacement[1]) > 0) {
                return -EINVAL;
            }
        }
        if (oldLimit != 0 && !space.writeLongs(oldLimit, limits[(int) resource].clone())) {
            return -EFAULT;
        }
        if (replacement != null) {
            limits[(int) resource] = replacement;
        }
        return 0;
    }

    long clearChildTid() {
        return clearChildTid;
    }

    long robustList() {
        return robustList;
    }
}
