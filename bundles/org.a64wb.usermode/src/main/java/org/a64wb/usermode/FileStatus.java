package org.a64wb.usermode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * What stat and statx report about a file: read once from the host (or made up for pipes, devices
 * and the standard streams, which the guest sees as pipes) and laid out as asm-generic struct stat
 * (128 bytes, which arm64 uses) or struct statx (256 bytes, include/uapi/linux/stat.h).
 */
record FileStatus(long dev, long ino, int mode, int nlink, int uid, int gid, long rdev, long size, long blocks, int blksize,
        Instant atime, Instant mtime, Instant ctime) {

    static final int S_IFMT = 0170000;
    /** STATX_TYPE ... STATX_BLOCKS: everything but the birth time, which the host JDK does not tell. */
    static final int STATX_BASIC_STATS = 0x7ff;

    /** A host file's status; a final symlink is followed when {@code follow}. NoSuchFileException and friends pass through. */
    static FileStatus of(Path path, boolean follow) throws IOException {
        LinkOption[] links = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, links);
        long dev = 0;
        long ino = 0;
        int mode = (basic.isDirectory() ? Syscalls.S_IFDIR : basic.isSymbolicLink() ? Syscalls.S_IFLNK
                : basic.isRegularFile() ? Syscalls.S_IFREG : Syscalls.S_IFCHR) | (Files.isWritable(path) ? 0644 : 0444)
                | (basic.isDirectory() ? 0111 : 0);
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
        return new FileStatus(dev, ino, mode, nlink, uid, gid, rdev, size, (size + 511) / 512, 4096,
                basic.lastAccessTime().toInstant(), basic.lastModifiedTime().toInstant(), ctime.toInstant());
    }

    /** A descriptor that is no host file: /dev/null and /dev/zero are character devices 1:3 and 1:5, the rest pipes. */
    static FileStatus of(FileTable.OpenFile file) {
        Instant epoch = Instant.EPOCH;
        long ino = System.identityHashCode(file) & 0xffffffffL;
        if (file.terminal) {
            return new FileStatus(0x16, ino, Syscalls.S_IFCHR | 0620, 1, 0, 5, 0x8800, 0, 0, 1024, epoch, epoch, epoch);
        }
        if (file instanceof FileTable.Device device) {
            return new FileStatus(5, ino, Syscalls.S_IFCHR | 0666, 1, 0, 0, device.zero ? 0x105 : 0x103, 0, 0, 4096, epoch, epoch,
                    epoch);
        }
        if (file instanceof FileTable.PipeEnd end && end.socket) {
            return new FileStatus(0x8, ino, 0140000 /* S_IFSOCK */ | 0777, 1, 0, 0, 0, 0, 0, 4096, epoch, epoch, epoch);
        }
        return new FileStatus(0xf, ino, Syscalls.S_IFIFO | 0600, 1, 0, 0, 0, 0, 0, 4096, epoch, epoch, epoch);
    }

    /** struct stat: st_dev, st_ino, st_mode, st_nlink, st_uid, st_gid, st_rdev, pad, st_size, st_blksize, pad, st_blocks, times. */
    byte[] toStat() {
        byte[] st = new byte[128];
        AddressSpace.putLong(st, 0, dev);
        AddressSpace.putLong(st, 8, ino);
        AddressSpace.putInt(st, 16, mode);
        AddressSpace.putInt(st, 20, nlink);
        AddressSpace.putInt(st, 24, uid);
        AddressSpace.putInt(st, 28, gid);
        AddressSpace.putLong(st, 32, rdev);
        AddressSpace.putLong(st, 48, size);
        AddressSpace.putInt(st, 56, blksize);
        AddressSpace.putLong(st, 64, blocks);
        putTimespec(st, 72, atime);
        putTimespec(st, 88, mtime);
        putTimespec(st, 104, ctime);
        return st;
    }

    /**
     * struct statx: stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid, stx_mode (u16),
     * stx_ino, stx_size, stx_blocks, stx_attributes_mask, atime, btime, ctime, mtime (16 bytes each),
     * rdev and dev as major/minor pairs. Everything basic is filled whatever was asked, as Linux does.
     */
    byte[] toStatx() {
        byte[] sx = new byte[256];
        AddressSpace.putInt(sx, 0, STATX_BASIC_STATS);
        AddressSpace.putInt(sx, 4, blksize);
        AddressSpace.putInt(sx, 16, nlink);
        AddressSpace.putInt(sx, 20, uid);
        AddressSpace.putInt(sx, 24, gid);
        sx[28] = (byte) mode;
        sx[29] = (byte) (mode >> 8);
        AddressSpace.putLong(sx, 32, ino);
        AddressSpace.putLong(sx, 40, size);
        AddressSpace.putLong(sx, 48, blocks);
        putTimespec(sx, 64, atime);
        putTimespec(sx, 96, ctime);
        putTimespec(sx, 112, mtime);
        AddressSpace.putInt(sx, 128, major(rdev));
        AddressSpace.putInt(sx, 132, minor(rdev));
        AddressSpace.putInt(sx, 136, major(dev));
        AddressSpace.putInt(sx, 140, minor(dev));
        return sx;
    }

    /** The major and minor numbers of a Linux dev_t (include/linux/kdev_t.h, new_decode_dev's 64-bit form in glibc). */
    static int major(long dev) {
        return (int) (((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL));
    }

    static int minor(long dev) {
        return (int) ((dev & 0xff) | ((dev >>> 12) & ~0xffL));
    }

    /** A struct timespec (and statx_timestamp, whose tv_nsec is a u32 followed by padding): seconds, nanoseconds. */
    private static void putTimespec(byte[] b, int at, Instant time) {
        AddressSpace.putLong(b, at, time.getEpochSecond());
        AddressSpace.putLong(b, at + 8, time.getNano());
    }
}
