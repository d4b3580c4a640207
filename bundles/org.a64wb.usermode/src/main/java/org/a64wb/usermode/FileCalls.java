package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * File system calls beyond open/read/write/stat: those that change the host's files (mkdir, unlink,
 * rename, link, chmod, utimens, truncate), copy between descriptors (sendfile, copy_file_range),
 * describe files and file systems (statx, statfs) or only promise something (fsync, fadvise, mlock).
 *
 * <p>Every change to the host goes through {@link HostPaths#location} and is allowed only at or
 * under the --allow-write directory; elsewhere it fails with EROFS, as on a read-only mount. Calls
 * that create act on the parent's real path; unlink and rename act on a final symlink itself; calls
 * that follow a final symlink check where it points. The check and the change happen under
 * {@link Kernel#pathLock}.
 */
final class FileCalls {

    static final int AT_REMOVEDIR = 0x200;
    static final int AT_SYMLINK_FOLLOW = 0x400;
    static final int AT_NO_AUTOMOUNT = 0x800;
    static final int AT_STATX_SYNC_TYPE = 0x6000;
    static final int RENAME_NOREPLACE = 1;
    static final int RENAME_EXCHANGE = 2;
    static final int RENAME_WHITEOUT = 4;
    static final long UTIME_NOW = (1L << 30) - 1;
    static final long UTIME_OMIT = (1L << 30) - 2;
    static final int FALLOC_FL_KEEP_SIZE = 1;
    static final int CLOSE_RANGE_UNSHARE = 2;
    static final int CLOSE_RANGE_CLOEXEC = 4;
    static final int NAME_MAX = 255;
    static final long STATX_RESERVED = 0x80000000L;
    static final long PIPEFS_MAGIC = 0x50495045L;
    static final long TMPFS_MAGIC = 0x01021994L;
    static final int ST_RDONLY = 1;
    static final int ST_VALID = 0x20;

    private final GuestThread thread;
    private final Syscalls syscalls;
    private final GuestProcess process;
    private final Path allowWrite;

    private FileCalls(GuestThread thread, Syscalls syscalls) {
        this.thread = thread;
        this.syscalls = syscalls;
        this.process = thread.process;
        this.allowWrite = process.kernel.host.allowWrite();
    }

    static long call(GuestThread thread, Syscalls syscalls, long nr, long a0, long a1, long a2, long a3, long a4, long a5)
            throws IOException {
        return new FileCalls(thread, syscalls).call(nr, a0, a1, a2, a3, a4, a5);
    }

    private long call(long nr, long a0, long a1, long a2, long a3, long a4, long a5) throws IOException {
        switch ((int) Math.max(-1, Math.min(nr, Integer.MAX_VALUE))) {
            case SYS_MKDIRAT:
                return mkdirat(a0, a1, (int) a2);
            case SYS_MKNODAT:
                return mknodat(a0, a1, (int) a2);
            case SYS_UNLINKAT:
                return unlinkat(a0, a1, a2);
            case SYS_SYMLINKAT:
                return symlinkat(a0, a1, a2);
            case SYS_LINKAT:
                return linkat(a0, a1, a2, a3, a4);
            case SYS_RENAMEAT:
                return renameat2(a0, a1, a2, a3, 0);
            case SYS_RENAMEAT2:
                return renameat2(a0, a1, a2, a3, a4);
            case SYS_FCHMOD:
                return fchmod(a0, (int) a1);
            case SYS_FCHMODAT:
                return fchmodat(a0, a1, (int) a2, 0); // the system call has no flags argument
            case SYS_FCHMODAT2:
                return fchmodat(a0, a1, (int) a2, a3);
            case SYS_FCHOWNAT:
                return fchownat(a0, a1, a4);
            case SYS_FCHOWN:
                return fchown(a0);
            case SYS_UTIMENSAT:
                return utimensat(a0, a1, a2, a3);
            case SYS_TRUNCATE:
                return truncate(a0, a1);
            case SYS_FTRUNCATE:
                return ftruncate(a0, a1);
            case SYS_FALLOCATE:
                return fallocate(a0, a1, a2, a3);
            case SYS_SENDFILE:
                return sendfile(a0, a1, a2, a3);
            case SYS_COPY_FILE_RANGE:
                return copyFileRange(a0, a1, a2, a3, a4, a5);
            case SYS_STATX:
                return statx(a0, a1, a2, a3, a4);
            case SYS_STATFS:
                return statfs(a0, a1);
            case SYS_FSTATFS:
                return fstatfs(a0, a1);
            case SYS_CLOSE_RANGE:
                return closeRange(a0, a1, a2);
            case SYS_FSYNC:
            case SYS_FDATASYNC:
                return fsync(a0, nr == SYS_FSYNC);
            case SYS_SYNC:
                return 0;
            case SYS_SYNCFS:
                return files().get(a0) == null ? -EBADF : 0;
            case SYS_SYNC_FILE_RANGE:
                return syncFileRange(a0, a1, a2, a3);
            case SYS_FADVISE64:
                return fadvise64(a0, a2, a3);
            case SYS_MSYNC:
                return msync(a0, a1, a2);
            case SYS_MLOCK:
            case SYS_MUNLOCK:
                return mlock(a0, a1, 0);
            case SYS_MLOCK2:
                return mlock(a0, a1, a2);
            case SYS_MLOCKALL: // MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT; ONFAULT alone means nothing
                return a0 == 0 || (a0 & ~7L) != 0 || a0 == 4 ? -EINVAL : 0;
            case SYS_MUNLOCKALL:
                return 0;
            default:
                return syscalls.unsupported(nr);
        }
    }

    private AddressSpace space() {
        return process.space();
    }

    private FileTable files() {
        return process.files;
    }

    private boolean writable(Path real) {
        return HostPaths.writable(allowWrite, real);
    }

    // ---- names ---------------------------------------------------------------------------------

    /** A path argument: the host path it names, its last component as written, and whether it ended in '/'. */
    private record Name(Path path, String last, boolean trailingSlash) {
        /** "." or ".." (or "/"): no name a directory entry could be created, removed or renamed under. */
        boolean special() {
            return last.equals(".") || last.equals("..") || last.equals("/");
        }
    }

    /** Reads and resolves a path argument against dirfd; null with {@code error[0]} set (EFAULT, ENOENT, ENAMETOOLONG, EBADF, ENOTDIR). */
    private Name name(long dirfd, long pathname, long[] error) {
        Path path = syscalls.resolve(dirfd, pathname, error);
        if (path == null) {
            return null;
        }
        String text = Objects.requireNonNullElse(space().readCString(pathname, Syscalls.PATH_MAX), "/");
        for (String part : text.split("/")) {
            if (part.getBytes(StandardCharsets.UTF_8).length > NAME_MAX) {
                error[0] = -ENAMETOOLONG;
                return null;
            }
        }
        String trimmed = text.replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return new Name(path, "/", false);
        }
        return new Name(path, trimmed.substring(trimmed.lastIndexOf('/') + 1), trimmed.length() < text.length());
    }

    /** Whether the path argument is the empty string (or NULL, which Linux 6.11 accepts) and AT_EMPTY_PATH asks for the descriptor. */
    private boolean emptyPath(long pathname, long flags) {
        if ((flags & Syscalls.AT_EMPTY_PATH) == 0) {
            return false;
        }
        if (pathname == 0) {
            return true;
        }
        String text = space().readCString(pathname, 1);
        return text != null && text.isEmpty();
    }

    /** The host path behind a host file or directory descriptor; null for pipes, devices and the standard streams. */
    private static Path pathOf(FileTable.OpenFile file) {
        if (file instanceof FileTable.HostFile f) {
            return f.path;
        }
        if (file instanceof FileTable.Directory d) {
            return d.path;
        }
        return null;
    }

    // ---- creating, removing, renaming ------------------------------------------------------------

    /** Makes the new directory entry at a checked host path: 0 or -errno. */
    private interface Creation {
        long create(Path at) throws IOException;
    }

    /**
     * What mkdirat, mknodat and symlinkat share (Linux's filename_create): the name must not exist ("." and
     * ".." always do), only a directory may be named with a trailing '/', and it must be under
     * --allow-write; checked and created under the path lock.
     */
    private long createEntry(long dirfd, long pathname, boolean directory, Creation creation) {
        long[] error = new long[1];
        Name name = name(dirfd, pathname, error);
        if (name == null) {
            return error[0];
        }
        if (name.special()) {
            return -EEXIST;
        }
        synchronized (process.kernel.pathLock) {
            try {
                Path at = HostPaths.location(name.path, false);
                if (HostPaths.exists(at)) {
                    return -EEXIST;
                }
                if (!directory && name.trailingSlash) {
                    return -ENOENT; // a trailing '/' asks for a directory
                }
                if (!writable(at)) {
                    return -EROFS;
                }
                return creation.create(at);
            } catch (InvalidPathException e) {
                return -ENOENT;
            } catch (IOException e) {
                return HostPaths.errno(e);
            }
        }
    }

    private long mkdirat(long dirfd, long pathname, int mode) {
        return createEntry(dirfd, pathname, true, at -> {
            Files.createDirectory(at);
            applyMode(at, mode & ~process.umask & 0777);
            return 0;
        });
    }

    /**
     * mknodat: FIFOs and regular files. The FIFO node is made with the host's mkfifo(1), the one host
     * program the runner ever starts (Java has no mkfifo), on a path already checked against
     * --allow-write; what goes through it between guest processes is a kernel pipe ({@code Syscalls.openFifo}).
     * Device nodes need a privilege the runner does not give (EPERM).
     */
    private long mknodat(long dirfd, long pathname, int mode) {
        int type = mode & 0170000;
        if (type != 0 && type != Syscalls.S_IFREG && type != Syscalls.S_IFIFO && type != Syscalls.S_IFCHR
                && type != 0060000 /* S_IFBLK */ && type != 0140000 /* S_IFSOCK */) {
            return -EINVAL;
        }
        int permissions = mode & ~process.umask & 07777;
        return createEntry(dirfd, pathname, false, at -> {
            if (type == 0 || type == Syscalls.S_IFREG) {
                Files.createFile(at);
                applyMode(at, permissions);
                return 0;
            }
            return type == Syscalls.S_IFIFO ? makeFifo(at, permissions) : -EPERM;
        });
    }

    private static long makeFifo(Path at, int permissions) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", Integer.toOctalString(permissions), "--", at.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                mkfifo.destroyForcibly();
                return -EIO;
            }
            return mkfifo.exitValue() == 0 ? 0 : HostPaths.exists(at) ? -EEXIST : -EACCES;
        } catch (IOException e) {
            return -EPERM; // no mkfifo on this host
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        }
    }

    /** unlinkat and, with AT_REMOVEDIR, rmdir; a final symlink is removed itself, never what it points to. */
    private long unlinkat(long dirfd, long pathname, long flags) {
        if ((flags & ~AT_REMOVEDIR) != 0) {
            return -EINVAL;
        }
        boolean rmdir = (flags & AT_REMOVEDIR) != 0;
        long[] error = new long[1];
        Name name = name(dirfd, pathname, error);
        if (name == null) {
            return error[0];
        }
        if (name.special()) { // namei.c do_rmdir/do_unlinkat on LAST_DOTDOT, LAST_DOT, LAST_ROOT
            return !rmdir ? -EISDIR : name.last.equals("..") ? -ENOTEMPTY : name.last.equals(".") ? -EINVAL : -EBUSY;
        }
        synchronized (process.kernel.pathLock) {
            try {
                Path at = HostPaths.location(name.path, false);
                if (!writable(at)) {
                    return -EROFS;
                }
                if (HostPaths.isRoot(allowWrite, at)) {
                    return -EBUSY;
                }
                BasicFileAttributes a = Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (rmdir && !a.isDirectory()) {
                    return -ENOTDIR;
                }
                if (!rmdir && a.isDirectory()) {
                    return -EISDIR;
                }
                if (!rmdir && name.trailingSlash) {
                    return -ENOTDIR;
                }
                Files.delete(at);
                return 0;
            } catch (IOException e) {
                return HostPaths.errno(e);
            }
        }
    }

    /** symlinkat: the target is only a string and may name anything; writes through the link are checked where it points. */
    private long symlinkat(long target, long newdirfd, long linkpath) {
        String text = space().readCString(target, Syscalls.PATH_MAX);
        if (text == null) {
            return target != 0 && space().isMapped(target, 1) ? -ENAMETOOLONG : -EFAULT;
        }
        if (text.isEmpty()) {
            return -ENOENT;
        }
        return createEntry(newdirfd, linkpath, false, at -> {
            Files.createSymbolicLink(at, Path.of(text));
            return 0;
        });
    }

    /** linkat: both names must be under --allow-write (a hard link would otherwise let writes reach an outside file). */
    private long linkat(long olddirfd, long oldpath, long newdirfd, long newpath, long flags) {
        if ((flags & ~(AT_SYMLINK_FOLLOW | Syscalls.AT_EMPTY_PATH)) != 0) {
            return -EINVAL;
        }
        long[] error = new long[1];
        Path oldPath;
        boolean follow = (flags & AT_SYMLINK_FOLLOW) != 0;
        if (emptyPath(oldpath, flags)) {
            FileTable.OpenFile file = files().get(olddirfd);
            if (file == null) {
                return (int) olddirfd == Syscalls.AT_FDCWD ? -EPERM : -EBADF;
            }
            if (file instanceof FileTable.Directory) {
                return -EPERM;
            }
            oldPath = pathOf(file);
            if (oldPath == null) {
                return -ENOENT; // a pipe has no name to link to
            }
            follow = true;
        } else {
            Name oldName = name(olddirfd, oldpath, error);
            if (oldName == null) {
                return error[0];
            }
            oldPath = oldName.path;
        }
        Name newName = name(newdirfd, newpath, error);
        if (newName == null) {
            return error[0];
        }
        synchronized (process.kernel.pathLock) {
            try {
                Path old = HostPaths.location(oldPath, follow);
                if (!HostPaths.exists(old)) {
                    return -ENOENT;
                }
                if (newName.special()) {
                    return -EEXIST;
                }
                Path at = HostPaths.location(newName.path, false);
                if (HostPaths.exists(at)) {
                    return -EEXIST;
                }
                if (newName.trailingSlash) {
                    return -ENOENT;
                }
                if (!writable(at)) {
                    return -EROFS;
                }
                if (!writable(old)) {
                    return -EXDEV; // as between two mounts
                }
                if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
                    return -EPERM;
                }
                Files.createLink(at, old);
                return 0;
            } catch (IOException e) {
                return HostPaths.errno(e);
            }
        }
    }

    /** renameat and renameat2 (RENAME_NOREPLACE, RENAME_EXCHANGE); both names must be under --allow-write. */
    private long renameat2(long olddirfd, long oldpath, long newdirfd, long newpath, long flags) {
        if ((flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT)) != 0
                || (flags & (RENAME_NOREPLACE | RENAME_EXCHANGE)) == (RENAME_NOREPLACE | RENAME_EXCHANGE)
                || (flags & RENAME_WHITEOUT) != 0) {
            return -EINVAL; // whiteouts are for overlay file systems, which this is not
        }
        boolean exchange = (flags & RENAME_EXCHANGE) != 0;
        long[] error = new long[1];
        Name oldName = name(olddirfd, oldpath, error);
        if (oldName == null) {
            return error[0];
        }
        Name newName = name(newdirfd, newpath, error);
        if (newName == null) {
            return error[0];
        }
        if (oldName.special() || newName.special()) {
            return (flags & RENAME_NOREPLACE) != 0 && !oldName.special() ? -EEXIST : -EBUSY;
        }
        synchronized (process.kernel.pathLock) {
            try {
                Path from = HostPaths.location(oldName.path, false);
                Path to = HostPaths.location(newName.path, false);
                boolean fromWritable = writable(from);
                boolean toWritable = writable(to);
                if (fromWritable != toWritable) {
                    return -EXDEV;
                }
                if (!fromWritable) {
                    return -EROFS;
                }
                if (HostPaths.isRoot(allowWrite, from) || HostPaths.isRoot(allowWrite, to)) {
                    return -EBUSY;
                }
                BasicFileAttributes source = Files.readAttributes(from, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                boolean targetExists = HostPaths.exists(to);
                BasicFileAttributes target = targetExists
                        ? Files.readAttributes(to, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS) : null;
                if (!source.isDirectory() && (oldName.trailingSlash || newName.trailingSlash && !exchange)) {
                    return -ENOTDIR;
                }
                if (exchange && !targetExists) {
                    return -ENOENT;
                }
                if ((flags & RENAME_NOREPLACE) != 0 && targetExists) {
                    return -EEXIST;
                }
                if (from.equals(to) || targetExists && source.fileKey() != null && source.fileKey().equals(target.fileKey())) {
                    return 0; // the same file under both names: nothing to do
                }
                if (to.startsWith(from)) {
                    return -EINVAL; // a directory into itself
                }
                if (from.startsWith(to)) {
                    return exchange ? -EINVAL : -ENOTEMPTY;
                }
                if (exchange) {
                    Path aside = from.resolveSibling(".a64wb-exchange-" + System.nanoTime());
                    Files.move(from, aside, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(to, from, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(aside, to, StandardCopyOption.ATOMIC_MOVE);
                    return 0;
                }
                if (targetExists) {
                    if (source.isDirectory() && !target.isDirectory()) {
                        return -ENOTDIR;
                    }
                    if (!source.isDirectory() && target.isDirectory()) {
                        return -EISDIR;
                    }
                }
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE); // rename(2): replaces a file or an empty directory
                return 0;
            } catch (IOException e) {
                return HostPaths.errno(e);
            }
        }
    }

    // ---- attributes ------------------------------------------------------------------------------

    private long fchmod(long fd, int mode) {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        Path path = pathOf(file);
        return path == null ? 0 : chmod(path, true, mode); // a pipe's mode lives nowhere on the host
    }

    /** fchmodat (flags 0) and fchmodat2 (AT_SYMLINK_NOFOLLOW: a symlink's own mode cannot change, AT_EMPTY_PATH). */
    private long fchmodat(long dirfd, long pathname, int mode, long flags) {
        if ((flags & ~(Syscalls.AT_SYMLINK_NOFOLLOW | Syscalls.AT_EMPTY_PATH)) != 0) {
            return -EINVAL;
        }
        if (emptyPath(pathname, flags)) {
            return (int) dirfd == Syscalls.AT_FDCWD ? chmod(process.cwd, true, mode) : fchmod(dirfd, mode);
        }
        long[] error = new long[1];
        Name name = name(dirfd, pathname, error);
        if (name == null) {
            return error[0];
        }
        return chmod(name.path, (flags & Syscalls.AT_SYMLINK_NOFOLLOW) == 0, mode);
    }

    private long chmod(Path path, boolean follow, int mode) {
        synchronized (process.kernel.pathLock) {
            try {
                Path at = HostPaths.location(path, follow);
                if (!HostPaths.exists(at)) {
                    return -ENOENT;
                }
                if (Files.isSymbolicLink(at)) {
                    return -ENOTSUP;
                }
                if (!writable(at)) {
                    return -EROFS;
                }
                applyMode(at, mode & 07777);
                return 0;
            } catch (IOException e) {
                return HostPaths.errno(e);
            }
        }
    }

    /** fchownat: ownership does not change on the host; allowed (a no-op) exactly where a write would be. */
    private long fchownat(long dirfd, long pathname, long flags) {
        if ((flags & ~(Syscalls.AT_SYMLINK_NOFOLLOW | Syscalls.AT_EMPTY_PATH)) != 0) {
            return -EINVAL;
        }
        if (emptyPath(pathname, flags)) {
            return (int) dirfd == Syscalls.AT_FDCWD ? changeOwner(process.cwd, true) : fchown(dirfd);
        }
        long[] error = new long[1];
        Name name = name(dirfd, pathname, error);
        if (name == null) {
            return error[0];
        }
        return changeOwner(name.path, (flags & Syscalls.AT_SYMLINK_NOFOLLOW) == 0);
    }

    private long fchown(long fd) {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        Path path = pathOf(file);
        return path == null ? 0 : changeOwner(path, true);
    }

    private long changeOwner(Path path, boolean follow) {
        try {
            Path at = HostPaths.location(path, follow);
            if (!HostPaths.exists(at)) {
                return -ENOENT;
            }
            return writable(at) ? 0 : -EROFS;
        } catch (IOException e) {
            return HostPaths.errno(e);
        }
    }

    /**
     * utimensat: times[0] is the access time, times[1] the modification time; tv_nsec UTIME_NOW or
     * UTIME_OMIT; NULL times means now for both. A NULL pathname means the file dirfd refers to.
     */
    private long utimensat(long dirfd, long pathname, long times, long flags) {
        long[] ts = null;
        if (times != 0) {
            ts = new long[4];
            if (!space().readLongs(times, ts, 4)) {
                return -EFAULT;
            }
            if (ts[1] == UTIME_OMIT && ts[3] == UTIME_OMIT) {
                return 0; // fs/utimes.c: nothing to do, so not even the path is looked at
            }
            for (int i = 1; i < 4; i += 2) {
                if (ts[i] != UTIME_NOW && ts[i] != UTIME_OMIT && (ts[i] < 0 || ts[i] >= 1_000_000_000L)) {
                    return -EINVAL;
                }
            }
        }
        if ((flags & ~(Syscalls.AT_SYMLINK_NOFOLLOW | Syscalls.AT_EMPTY_PATH)) != 0) {
            return -EINVAL;
        }
        Path path;
        boolean follow = (flags & Syscalls.AT_SYMLINK_NOFOLLOW) == 0;
        if (pathname == 0 && (int) dirfd == Syscalls.AT_FDCWD) {
            return -EFAULT;
        }
        if (pathname == 0 || emptyPath(pathname, flags)) {
            if (pathname == 0 && flags != 0) {
                return -EINVAL; // fs/utimes.c do_utimes_fd
            }
            if ((int) dirfd == Syscalls.AT_FDCWD) {
                path = process.cwd;
            } else {
                FileTable.OpenFile file = files().get(dirfd);
                if (file == null) {
                    return -EBADF;
                }
                path = pathOf(file);
                if (path == null) {
                    return 0; // a pipe's times live nowhere on the host
                }
            }
            follow = true;
        } else {
            long[] error = new long[1];
            Name name = name(dirfd, pathname, error);
            if (name == null) {
                return error[0];
            }
            path = name.path;
        }
        synchronized (process.kernel.pathLock) {
            try {
                Path at = HostPaths.location(path, follow);
                if (!HostPaths.exists(at)) {
                    return -ENOENT;
                }
                if (!writable(at)) {
                    return -EROFS;
                }
                FileTime now = FileTime.from(Instant.now());
                FileTime atime = ts == null ? now : time(ts[0], ts[1], now);
                FileTime mtime = ts == null ? now : time(ts[2], ts[3], now);
                Files.getFileAttributeView(at, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setTimes(mtime, atime, null);
                return 0;
            } catch (IOException e) {
                return HostPaths.errno(e);
            } catch (ArithmeticException | java.time.DateTimeException e) {
                return -EINVAL;
            }
        }
    }

    /** One struct timespec of utimensat: UTIME_NOW, UTIME_OMIT (null: leave alone) or a time. */
    private static FileTime time(long seconds, long nanos, FileTime now) {
        if (nanos == UTIME_NOW) {
            return now;
        }
        return nanos == UTIME_OMIT ? null : FileTime.from(Instant.ofEpochSecond(seconds, nanos));
    }

    // ---- sizes -----------------------------------------------------------------------------------

    private long truncate(long pathname, long length) {
        if (length < 0) {
            return -EINVAL;
        }
        long[] error = new long[1];
        Name name = name(Syscalls.AT_FDCWD, pathname, error);
        if (name == null) {
            return error[0];
        }
        synchronized (process.kernel.pathLock) {
            try {
                Path at = HostPaths.location(name.path, true);
                BasicFileAttributes a = Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isDirectory()) {
                    return -EISDIR;
                }
                if (!a.isRegularFile()) {
                    return -EINVAL;
                }
                if (!writable(at)) {
                    return -EROFS;
                }
                try (FileChannel channel = FileChannel.open(at, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)) {
                    resize(channel, length);
                }
                return 0;
            } catch (IOException e) {
                return HostPaths.errno(e);
            }
        }
    }

    /** ftruncate: the descriptor must be a host file open for writing (else EINVAL, as Linux says); its offset stays. */
    private long ftruncate(long fd, long length) throws IOException {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        if (length < 0 || !(file instanceof FileTable.HostFile f) || !f.write) {
            return -EINVAL;
        }
        resize(f.channel, length);
        return 0;
    }

    /** Sets a file's size like ftruncate(2): cuts, or grows with zeros, and leaves the position alone. */
    private static void resize(FileChannel channel, long length) throws IOException {
        long size = channel.size();
        if (length < size) {
            long position = channel.position();
            channel.truncate(length);
            channel.position(position);
        } else if (length > size) {
            channel.write(ByteBuffer.wrap(new byte[1]), length - 1);
        }
    }

    /** fallocate: mode 0 grows the file to cover the range, FALLOC_FL_KEEP_SIZE reserves nothing visible; others EOPNOTSUPP. */
    private long fallocate(long fd, long mode, long offset, long length) throws IOException {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        if (offset < 0 || length <= 0) {
            return -EINVAL;
        }
        if ((mode & ~FALLOC_FL_KEEP_SIZE) != 0) {
            return -ENOTSUP;
        }
        if (!file.writable()) {
            return -EBADF;
        }
        if (file instanceof FileTable.PipeEnd || file instanceof FileTable.OutStream) {
            return -ESPIPE;
        }
        if (!(file instanceof FileTable.HostFile f)) {
            return -ENODEV;
        }
        if (offset + length < 0) {
            return -EFBIG;
        }
        if (mode == 0 && offset + length > f.channel.size()) {
            resize(f.channel, offset + length);
        }
        return 0;
    }

    // ---- copying between descriptors ---------------------------------------------------------------

    /**
     * sendfile: from a host file (at *offset, which is updated, or at its file offset) to any writable
     * descriptor. Linux needs a regular file to read from: a pipe, device or directory is EINVAL.
     */
    private long sendfile(long outFd, long inFd, long offsetPointer, long count) throws IOException {
        long[] offset = null;
        if (offsetPointer != 0) {
            offset = new long[1];
            if (!space().readLongs(offsetPointer, offset, 1)) {
                return -EFAULT;
            }
        }
        FileTable.OpenFile in = files().get(inFd);
        if (in == null || !in.readable() && !(in instanceof FileTable.Directory)) {
            return -EBADF;
        }
        if (offset != null && !(in instanceof FileTable.HostFile || in instanceof FileTable.Directory)) {
            return -ESPIPE;
        }
        if (offset != null && offset[0] < 0) {
            return -EINVAL;
        }
        FileTable.OpenFile out = files().get(outFd);
        if (out == null || !out.writable()) {
            return -EBADF;
        }
        if (!(in instanceof FileTable.HostFile source)) {
            return -EINVAL;
        }
        if (out instanceof FileTable.HostFile target && (target.append || (target.statusFlags & Syscalls.O_APPEND) != 0)) {
            return -EINVAL;
        }
        long position = offset != null ? offset[0] : source.channel.position();
        long total = 0;
        long want = Math.max(0, Math.min(count, 0x7ffff000L)); // MAX_RW_COUNT
        byte[] bytes = new byte[(int) Math.min(want, Syscalls.IO_CHUNK)];
        while (total < want) {
            int n = source.channel.read(ByteBuffer.wrap(bytes, 0, (int) Math.min(want - total, bytes.length)), position + total);
            if (n <= 0) {
                break;
            }
            long written = syscalls.put(thread, out, bytes, n, -1);
            if (written < 0) {
                if (total == 0) {
                    return written;
                }
                break;
            }
            total += written;
            if (written < n) {
                break;
            }
        }
        if (offset != null) {
            space().writeLongs(offsetPointer, position + total);
        } else {
            source.channel.position(position + total);
        }
        return total;
    }

    /** copy_file_range: between two regular host files, at *off_in / *off_out (updated) or at their file offsets. */
    private long copyFileRange(long fdIn, long offInPointer, long fdOut, long offOutPointer, long length, long flags)
            throws IOException {
        if (flags != 0) {
            return -EINVAL;
        }
        long[] offIn = new long[1];
        long[] offOut = new long[1];
        if (offInPointer != 0 && !space().readLongs(offInPointer, offIn, 1)
                || offOutPointer != 0 && !space().readLongs(offOutPointer, offOut, 1)) {
            return -EFAULT;
        }
        FileTable.OpenFile in = files().get(fdIn);
        FileTable.OpenFile out = files().get(fdOut);
        if (in == null || out == null) {
            return -EBADF;
        }
        if (!in.readable() && !(in instanceof FileTable.Directory) || !out.writable()) {
            return -EBADF;
        }
        if (out instanceof FileTable.HostFile o && (o.append || (o.statusFlags & Syscalls.O_APPEND) != 0)) {
            return -EBADF;
        }
        if (in instanceof FileTable.Directory) {
            return -EISDIR;
        }
        if (!(in instanceof FileTable.HostFile source) || !(out instanceof FileTable.HostFile target)) {
            return -EINVAL;
        }
        long from = offInPointer != 0 ? offIn[0] : source.channel.position();
        long to = offOutPointer != 0 ? offOut[0] : target.channel.position();
        if (from < 0 || to < 0 || length < 0) {
            return -EINVAL;
        }
        long size = source.channel.size();
        long count = from >= size ? 0 : Math.min(length, size - from);
        if (sameFile(source, target) && to + count > from && to < from + count) {
            return -EINVAL; // overlapping ranges of one file
        }
        long total = 0;
        while (total < count) {
            long n = source.channel.transferTo(from + total, count - total, new PositionedWrite(target.channel, to + total));
            if (n <= 0) {
                break;
            }
            total += n;
        }
        if (offInPointer != 0) {
            space().writeLongs(offInPointer, from + total);
        } else {
            source.channel.position(from + total);
        }
        if (offOutPointer != 0) {
            space().writeLongs(offOutPointer, to + total);
        } else {
            target.channel.position(to + total);
        }
        return total;
    }

    private static boolean sameFile(FileTable.HostFile a, FileTable.HostFile b) {
        try {
            return a == b || Files.isSameFile(a.path, b.path);
        } catch (IOException e) {
            return false;
        }
    }

    /** A channel view of a file that writes at a given position and on, leaving the file's own position alone. */
    private static final class PositionedWrite implements WritableByteChannel {
        private final FileChannel channel;
        private long position;

        PositionedWrite(FileChannel channel, long position) {
            this.channel = channel;
            this.position = position;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = channel.write(src, position);
            position += n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
        }
    }

    // ---- describing ------------------------------------------------------------------------------

    /** statx: struct statx for a path, or (AT_EMPTY_PATH) for dirfd itself, pipes and devices included. */
    private long statx(long dirfd, long pathname, long flags, long mask, long buf) {
        if ((flags & ~(Syscalls.AT_SYMLINK_NOFOLLOW | Syscalls.AT_EMPTY_PATH | AT_NO_AUTOMOUNT | AT_STATX_SYNC_TYPE)) != 0
                || (flags & AT_STATX_SYNC_TYPE) == AT_STATX_SYNC_TYPE || (mask & STATX_RESERVED) != 0) {
            return -EINVAL;
        }
        FileStatus status;
        try {
            if (emptyPath(pathname, flags)) {
                if ((int) dirfd == Syscalls.AT_FDCWD) {
                    status = FileStatus.of(process.cwd, true);
                } else {
                    FileTable.OpenFile file = files().get(dirfd);
                    if (file == null) {
                        return -EBADF;
                    }
                    Path path = pathOf(file);
                    status = path == null ? FileStatus.of(file) : FileStatus.of(path, true);
                }
            } else {
                long[] error = new long[1];
                Path path = syscalls.resolve(dirfd, pathname, error);
                if (path == null) {
                    return error[0];
                }
                status = FileStatus.of(path, (flags & Syscalls.AT_SYMLINK_NOFOLLOW) == 0);
            }
        } catch (IOException e) {
            return HostPaths.errno(e);
        }
        return space().write(buf, status.toStatx()) ? 0 : -EFAULT;
    }

    private long statfs(long pathname, long buf) {
        long[] error = new long[1];
        Path path = syscalls.resolve(Syscalls.AT_FDCWD, pathname, error);
        if (path == null) {
            return error[0];
        }
        return writeStatfs(path, buf);
    }

    private long fstatfs(long fd, long buf) {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        Path path = pathOf(file);
        if (path == null) {
            boolean device = file instanceof FileTable.Device;
            return space().write(buf, statfs(device ? TMPFS_MAGIC : PIPEFS_MAGIC, 4096, 0, 0, 0, 0, ST_VALID)) ? 0 : -EFAULT;
        }
        return writeStatfs(path, buf);
    }

    /** struct statfs for the host file store holding {@code path}; read-only (ST_RDONLY) outside --allow-write. */
    private long writeStatfs(Path path, long buf) {
        byte[] st;
        try {
            Path at = HostPaths.location(path, true);
            FileStore store = Files.getFileStore(at);
            long blockSize = 4096;
            try {
                blockSize = Math.max(512, store.getBlockSize());
            } catch (UnsupportedOperationException e) {
                // keep the page size
            }
            long dev = 0;
            try {
                dev = ((Number) Files.getAttribute(at, "unix:dev")).longValue();
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                // no device number: f_fsid stays zero
            }
            st = statfs(magic(store.type()), blockSize, store.getTotalSpace() / blockSize, store.getUnallocatedSpace() / blockSize,
                    store.getUsableSpace() / blockSize, dev, ST_VALID | (writable(at) && !store.isReadOnly() ? 0 : ST_RDONLY));
        } catch (IOException e) {
            return HostPaths.errno(e);
        }
        return space().write(buf, st) ? 0 : -EFAULT;
    }

    /**
     * struct statfs of asm-generic for 64-bit: f_type, f_bsize, f_blocks, f_bfree, f_bavail, f_files,
     * f_ffree (the host JDK does not tell inode counts: 0, as btrfs reports), f_fsid, f_namelen,
     * f_frsize, f_flags, spare (120 bytes).
     */
    private static byte[] statfs(long type, long blockSize, long blocks, long free, long available, long dev, int flags) {
        byte[] st = new byte[120];
        AddressSpace.putLong(st, 0, type);
        AddressSpace.putLong(st, 8, blockSize);
        AddressSpace.putLong(st, 16, blocks);
        AddressSpace.putLong(st, 24, free);
        AddressSpace.putLong(st, 32, available);
        AddressSpace.putInt(st, 56, (int) dev);
        AddressSpace.putInt(st, 60, (int) (dev >>> 32));
        AddressSpace.putLong(st, 64, NAME_MAX);
        AddressSpace.putLong(st, 72, blockSize);
        AddressSpace.putLong(st, 80, flags);
        return st;
    }

    /** f_type for the host's file system type name (include/uapi/linux/magic.h); 0 when unknown. */
    static long magic(String type) {
        Map<String, Long> magics = Map.ofEntries(Map.entry("ext2", 0xEF53L), Map.entry("ext3", 0xEF53L), Map.entry("ext4", 0xEF53L),
                Map.entry("tmpfs", TMPFS_MAGIC), Map.entry("devtmpfs", TMPFS_MAGIC), Map.entry("xfs", 0x58465342L),
                Map.entry("btrfs", 0x9123683EL), Map.entry("overlay", 0x794c7630L), Map.entry("proc", 0x9fa0L),
                Map.entry("sysfs", 0x62656572L), Map.entry("nfs", 0x6969L), Map.entry("nfs4", 0x6969L), Map.entry("vfat", 0x4d44L),
                Map.entry("zfs", 0x2fc12fc1L), Map.entry("f2fs", 0xF2F52010L), Map.entry("9p", 0x01021997L),
                Map.entry("virtiofs", 0x65735546L), Map.entry("fuse", 0x65735546L), Map.entry("squashfs", 0x73717368L));
        return magics.getOrDefault(type, 0L);
    }

    // ---- descriptors -----------------------------------------------------------------------------

    /** close_range: closes (or with CLOSE_RANGE_CLOEXEC marks) first..last; UNSHARE first gives the process its own table. */
    private long closeRange(long first, long last, long flags) {
        if ((flags & ~(CLOSE_RANGE_UNSHARE | CLOSE_RANGE_CLOEXEC)) != 0 || Integer.compareUnsigned((int) first, (int) last) > 0) {
            return -EINVAL;
        }
        if ((flags & CLOSE_RANGE_UNSHARE) != 0) {
            unshareFiles();
        }
        FileTable table = files();
        long end = Math.min(last & 0xffffffffL, FileTable.MAX_FDS - 1);
        for (long fd = first & 0xffffffffL; fd <= end; fd++) {
            if ((flags & CLOSE_RANGE_CLOEXEC) != 0) {
                if (table.get(fd) != null) {
                    table.setCloseOnExec(fd, true);
                }
            } else {
                FileTable.OpenFile file = table.remove(fd);
                if (file != null) {
                    file.release();
                }
            }
        }
        return 0;
    }

    /** A table shared with another process (clone with CLONE_FILES) is copied so closing here leaves theirs alone. */
    private void unshareFiles() {
        Kernel kernel = process.kernel;
        kernel.lock.lock();
        try {
            for (GuestProcess other : kernel.liveProcesses()) {
                if (other != process && other.files == process.files) {
                    process.files = process.files.copy();
                    return;
                }
            }
        } finally {
            kernel.lock.unlock();
        }
    }

    // ---- promises: sync, advice, locking ---------------------------------------------------------------

    private long fsync(long fd, boolean metadata) throws IOException {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        if (file instanceof FileTable.HostFile f) {
            f.channel.force(metadata);
            return 0;
        }
        return file instanceof FileTable.Directory ? 0 : -EINVAL; // pipes and character devices have no fsync
    }

    private long syncFileRange(long fd, long offset, long nbytes, long flags) {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        if ((flags & ~7L) != 0 || offset < 0 || nbytes < 0 || offset + nbytes < 0) {
            return -EINVAL;
        }
        return file instanceof FileTable.HostFile || file instanceof FileTable.Directory ? 0 : -ESPIPE;
    }

    /** fadvise64: POSIX_FADV_NORMAL ... POSIX_FADV_NOREUSE (0-5) are accepted and change nothing. */
    private long fadvise64(long fd, long length, long advice) {
        FileTable.OpenFile file = files().get(fd);
        if (file == null) {
            return -EBADF;
        }
        if (file instanceof FileTable.PipeEnd || file instanceof FileTable.InStream || file instanceof FileTable.OutStream) {
            return -ESPIPE;
        }
        return length < 0 || advice < 0 || advice > 5 ? -EINVAL : 0;
    }

    /** msync: MS_ASYNC (1), MS_INVALIDATE (2), MS_SYNC (4); private mappings have nothing to write back. */
    private long msync(long addr, long length, long flags) {
        if ((flags & ~7L) != 0 || (addr & (AddressSpace.PAGE - 1)) != 0 || (flags & 5) == 5) {
            return -EINVAL;
        }
        long size = AddressSpace.pageUp(length);
        if (length < 0 || addr + size < addr) {
            return -ENOMEM;
        }
        return size == 0 || space().isMapped(addr, size) ? 0 : -ENOMEM;
    }

    /** mlock, munlock, mlock2 (MLOCK_ONFAULT): all guest memory stays resident anyway; unmapped pages are ENOMEM. */
    private long mlock(long addr, long length, long flags) {
        if ((flags & ~1L) != 0) {
            return -EINVAL;
        }
        long start = addr & ~(AddressSpace.PAGE - 1);
        long size = AddressSpace.pageUp(addr + length) - start;
        if (length < 0 || size < 0) {
            return -ENOMEM;
        }
        return size == 0 || space().isMapped(start, size) ? 0 : -ENOMEM;
    }

    // ---- shared helpers --------------------------------------------------------------------------

    /** Sets a host file's permission bits from a Linux mode (the bits POSIX file attributes carry). */
    static void applyMode(Path path, int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(order[i]);
            }
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (Exception e) {
            // not a POSIX file system: the file keeps the host's default mode
        }
    }

    /** One struct linux_dirent64 record for {@code name} (d_off is the position after it). */
    static byte[] dirent(Path path, String name, long offset) {
        long ino = 0;
        int type = 0; // DT_UNKNOWN
        try {
            Map<String, Object> unix = Files.readAttributes(path, "unix:ino", LinkOption.NOFOLLOW_LINKS);
            ino = ((Number) unix.get("ino")).longValue();
        } catch (Exception e) {
            ino = path.hashCode() & 0x7fffffffL;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            type = a.isDirectory() ? 4 : a.isRegularFile() ? 8 : a.isSymbolicLink() ? 10 : 0;
        } catch (Exception e) {
            type = 0;
        }
        byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int length = (19 + bytes.length + 1 + 7) & ~7;
        byte[] record = new byte[length];
        AddressSpace.putLong(record, 0, ino);
        AddressSpace.putLong(record, 8, offset);
        record[16] = (byte) length;
        record[17] = (byte) (length >> 8);
        record[18] = (byte) type;
        System.arraycopy(bytes, 0, record, 19, bytes.length);
        return record;
    }
}
