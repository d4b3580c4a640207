package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;

/**
 * Where a guest path lands on the host, and whether the guest may change what is there. The
 * --allow-write directory is treated like a read-write mount in an otherwise read-only tree: a
 * change is allowed only when the real location (every symlink and {@code ..} resolved) is at or
 * under the directory's real path.
 */
final class HostPaths {

    /** Linux's MAXSYMLINKS: more hops than this is ELOOP. */
    static final int MAX_SYMLINKS = 40;

    private HostPaths() {
    }

    /**
     * The real host location of {@code path}: its parent directory's real path joined with the last
     * name. With {@code followFinal} a final symlink is followed too, also when it dangles (where
     * open(O_CREAT) would create the file); without, the location is the link itself (what unlink
     * and rename act on). Fails with NoSuchFileException (a missing directory on the way),
     * "Not a directory" or "Too many levels of symbolic links" as the host reports them.
     */
    static Path location(Path path, boolean followFinal) throws IOException {
        Path at = path.toAbsolutePath();
        for (int hops = 0; hops <= MAX_SYMLINKS; hops++) {
            Path parent = at.getParent();
            Path name = at.getFileName();
            if (parent == null || name == null) {
                return at; // the root directory
            }
            String last = name.toString();
            if (last.equals(".") || last.equals("..")) {
                return at.toRealPath(); // a directory: nothing dangles here
            }
            Path realParent = parent.toRealPath();
            if (!Files.isDirectory(realParent)) {
                throw new FileSystemException(path.toString(), null, "Not a directory");
            }
            Path candidate = realParent.resolve(last);
            if (!followFinal || !Files.isSymbolicLink(candidate)) {
                return candidate;
            }
            at = candidate.getParent().resolve(Files.readSymbolicLink(candidate));
        }
        throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
    }

    /** Whether {@code real} (a {@link #location}) is at or under the --allow-write directory {@code root} (null: nothing is). */
    static boolean writable(Path root, Path real) {
        if (root == null) {
            return false;
        }
        try {
            return real.startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code real} is the --allow-write directory itself: like a mount point, it cannot be removed or renamed. */
    static boolean isRoot(Path root, Path real) {
        try {
            return root != null && real.equals(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The errno a host failure stands for (the JDK names the common ones by class, the rest by strerror text). */
    static long errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return -ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return -EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return -ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return -ENOTDIR;
        }
        if (e instanceof AccessDeniedException) {
            return -EACCES;
        }
        if (e instanceof NotLinkException) {
            return -EINVAL;
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        if (reason.startsWith("Too many levels of symbolic links")) {
            return -ELOOP; // the JDK adds " or unable to access attributes of symbolic link"
        }
        return switch (reason) {
            case "Not a directory" -> -ENOTDIR;
            case "Is a directory" -> -EISDIR;
            case "Directory not empty" -> -ENOTEMPTY;
            case "Invalid cross-device link" -> -EXDEV;
            case "Read-only file system" -> -EROFS;
            case "Operation not permitted" -> -EPERM;
            case "Permission denied" -> -EACCES;
            case "File name too long" -> -ENAMETOOLONG;
            case "No space left on device" -> -ENOSPC;
            case "File exists" -> -EEXIST;
            case "No such file or directory" -> -ENOENT;
            case "Device or resource busy" -> -EBUSY;
            case "Too many links" -> -EMLINK;
            case "Invalid argument" -> -EINVAL;
            case "File too large" -> -EFBIG;
            default -> -EIO;
        };
    }

    /** Whether something (a file, a directory, a symlink even when it dangles) is at {@code real}. */
    static boolean exists(Path real) {
        return Files.exists(real, LinkOption.NOFOLLOW_LINKS);
    }
}
