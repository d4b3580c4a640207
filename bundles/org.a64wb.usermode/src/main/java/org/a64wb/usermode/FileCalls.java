package org.a64wb.usermode;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** File system calls beyond open/read/write/stat: those that change the host's files, and helpers they share. */
final class FileCalls {

    private FileCalls() {
    }

    static long call(GuestThread thread, Syscalls syscalls, long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        return syscalls.unsupported(nr);
    }

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
