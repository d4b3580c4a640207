package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file system calls of {@link FileCalls} as the guest makes them, with the errno values Linux
 * gives (checked against qemu-aarch64 on a Linux 6.18 host), and the --allow-write rule: a change
 * reaches the host only at or under the allowed directory, after resolving {@code ..} and symlinks.
 */
class FileCallsTest {

    static final long BUF = 0x10000;
    static final long PATH1 = BUF;
    static final long PATH2 = BUF + 0x1000;
    static final long DATA = BUF + 0x2000;
    static final long STAT = BUF + 0x3000;
    static final long UNMAPPED = 0x5000_0000L;
    static final long AT_FDCWD = Syscalls.AT_FDCWD;
    static final int O_RDWR_CREAT = Syscalls.O_RDWR | Syscalls.O_CREAT;

    @TempDir
    Path base;
    /** The --allow-write directory. */
    Path allowed;
    /** A directory beside it the guest must not change. */
    Path outside;

    AddressSpace space;
    PhysicalMemory memory;
    Cpu cpu;
    UserProcess process;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        allowed = Files.createDirectory(base.resolve("allowed"));
        outside = Files.createDirectory(base.resolve("outside"));
        start(allowed);
    }

    void start(Path allowWrite) {
        HostEnvironment host = new HostEnvironment(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(),
                Path.of("/opt/prog"), allowWrite, new Random(1), 4242);
        process = new UserProcess(host, Engines::standard);
        space = process.addressSpace();
        memory = space.memory();
        cpu = process.cpu();
        space.mapFixed(BUF, 0x10000);
        space.initBrk(0x100000);
    }

    long call(int number, long... args) {
        cpu.x[8] = number;
        for (int i = 0; i < 6; i++) {
            cpu.x[i] = i < args.length ? args[i] : 0;
        }
        process.guestProcess().syscalls.dispatch(process.mainThread());
        return cpu.x[0];
    }

    long path(long at, Object path) {
        space.write(at, (path + "\0").getBytes(StandardCharsets.UTF_8));
        return at;
    }

    long p1(Object path) {
        return path(PATH1, path);
    }

    long p2(Object path) {
        return path(PATH2, path);
    }

    long open(Path path, int flags) {
        long fd = call(SYS_OPENAT, AT_FDCWD, p1(path), flags, 0644);
        assertTrue(fd >= 0, "open " + path + ": " + fd);
        return fd;
    }

    int[] pipe() {
        assertEquals(0, call(SYS_PIPE2, DATA, 0));
        return new int[] {memory.read32(DATA), memory.read32(DATA + 4)};
    }

    static int mode(Path path) throws Exception {
        return ((Number) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue() & 07777;
    }

    // ---- mkdirat -----------------------------------------------------------------------------------

    @Test
    void mkdiratCreatesADirectoryWithTheUmaskedMode() throws Exception {
        assertEquals(0, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("d")), 0777));
        assertTrue(Files.isDirectory(allowed.resolve("d")));
        assertEquals(0755, mode(allowed.resolve("d")), "umask 022");
        call(SYS_UMASK, 077);
        assertEquals(0, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("p")), 0777));
        assertEquals(0700, mode(allowed.resolve("p")));
    }

    @Test
    void mkdiratErrors() throws Exception {
        Files.writeString(allowed.resolve("f"), "x");
        assertEquals(-EEXIST, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("f")), 0755));
        assertEquals(-EEXIST, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed + "/f/.."), 0755), "the last name is ..");
        assertEquals(-ENOENT, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("none/d")), 0755));
        assertEquals(-ENOTDIR, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("f/d")), 0755));
        assertEquals(-EFAULT, call(SYS_MKDIRAT, AT_FDCWD, UNMAPPED, 0755));
        assertEquals(-ENOENT, call(SYS_MKDIRAT, AT_FDCWD, p1(""), 0755));
        assertEquals(-ENAMETOOLONG, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("n".repeat(256))), 0755));
        assertEquals(-EBADF, call(SYS_MKDIRAT, 77, p1("rel"), 0755));
    }

    @Test
    void mkdiratRelativeToADirectoryDescriptor() {
        long dfd = open(allowed, Syscalls.O_DIRECTORY);
        assertEquals(0, call(SYS_MKDIRAT, dfd, p1("sub"), 0755));
        assertTrue(Files.isDirectory(allowed.resolve("sub")));
    }

    // ---- the --allow-write rule ---------------------------------------------------------------------

    @Test
    void mkdiratOutsideTheAllowedDirectoryIsErofs() {
        assertEquals(-EROFS, call(SYS_MKDIRAT, AT_FDCWD, p1(outside.resolve("d")), 0755));
        assertFalse(Files.exists(outside.resolve("d")));
    }

    @Test
    void dotDotCannotEscapeTheAllowedDirectory() {
        String escape = allowed + "/../outside/d";
        assertEquals(-EROFS, call(SYS_MKDIRAT, AT_FDCWD, p1(escape), 0755));
        assertEquals(-EROFS, call(SYS_SYMLINKAT, p2("x"), AT_FDCWD, p1(escape)));
        assertFalse(Files.exists(outside.resolve("d")));
        long dfd = open(allowed, Syscalls.O_DIRECTORY);
        assertEquals(-EROFS, call(SYS_MKDIRAT, dfd, p1("../outside/d"), 0755), "relative to a descriptor");
        assertFalse(Files.exists(outside.resolve("d")));
    }

    @Test
    void aSymlinkedDirectoryCannotEscapeTheAllowedDirectory() throws Exception {
        Files.createSymbolicLink(allowed.resolve("esc"), outside);
        Files.writeString(outside.resolve("victim"), "keep");
        assertEquals(-EROFS, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("esc/d")), 0755));
        assertEquals(-EROFS, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("esc/victim")), 0));
        assertEquals(-EROFS, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("esc/victim")), AT_FDCWD, p2(allowed.resolve("esc/v2"))));
        assertEquals(-EROFS, call(SYS_TRUNCATE, p1(allowed.resolve("esc/victim")), 0));
        assertEquals(-EROFS, call(SYS_LINKAT, AT_FDCWD, p1(allowed.resolve("esc/victim")), AT_FDCWD,
                p2(allowed.resolve("esc/hard")), 0));
        assertEquals("keep", Files.readString(outside.resolve("victim")));
        assertFalse(Files.exists(outside.resolve("d")));
        assertFalse(Files.exists(outside.resolve("hard")));
    }

    @Test
    void aSymlinkMayPointOutsideButWritesThroughItAreRefused() throws Exception {
        Path victim = Files.writeString(outside.resolve("victim"), "keep");
        Files.setPosixFilePermissions(victim, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        FileTime before = Files.getLastModifiedTime(victim);
        assertEquals(0, call(SYS_SYMLINKAT, p2(victim), AT_FDCWD, p1(allowed.resolve("link"))));
        assertEquals(victim, Files.readSymbolicLink(allowed.resolve("link")));
        Path link = allowed.resolve("link");
        assertEquals(-EROFS, call(SYS_TRUNCATE, p1(link), 0));
        assertEquals(-EROFS, call(SYS_FCHMODAT, AT_FDCWD, p1(link), 0777));
        assertEquals(-EROFS, call(SYS_FCHOWNAT, AT_FDCWD, p1(link), 0, 0, 0));
        assertEquals(-EROFS, call(SYS_UTIMENSAT, AT_FDCWD, p1(link), 0, 0));
        assertEquals(-EACCES, call(SYS_OPENAT, AT_FDCWD, p1(link), Syscalls.O_WRONLY | Syscalls.O_TRUNC, 0));
        assertEquals("keep", Files.readString(victim));
        assertEquals(0644, mode(victim));
        assertEquals(before, Files.getLastModifiedTime(victim));
        assertEquals(0, call(SYS_UNLINKAT, AT_FDCWD, p1(link), 0), "the link itself may go");
        assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(victim), "its target stays");
    }

    @Test
    void aDanglingSymlinkCannotCreateItsTargetOutside() throws Exception {
        Path target = outside.resolve("created");
        Files.createSymbolicLink(allowed.resolve("dangling"), target);
        assertEquals(-EROFS, call(SYS_OPENAT, AT_FDCWD, p1(allowed.resolve("dangling")), Syscalls.O_WRONLY | Syscalls.O_CREAT, 0644));
        assertFalse(Files.exists(target));
        Files.createSymbolicLink(allowed.resolve("inside"), allowed.resolve("made"));
        long fd = call(SYS_OPENAT, AT_FDCWD, p1(allowed.resolve("inside")), Syscalls.O_WRONLY | Syscalls.O_CREAT, 0644);
        assertTrue(fd >= 0, "a dangling link to inside creates its target");
        assertTrue(Files.isRegularFile(allowed.resolve("made")));
    }

    @Test
    void symlinkLoopsAreEloop() throws Exception {
        Files.createSymbolicLink(allowed.resolve("a"), allowed.resolve("b"));
        Files.createSymbolicLink(allowed.resolve("b"), allowed.resolve("a"));
        assertEquals(-ELOOP, call(SYS_FCHMODAT, AT_FDCWD, p1(allowed.resolve("a")), 0600));
        assertEquals(-ELOOP, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("a/d")), 0755));
    }

    @Test
    void withoutAllowWriteNothingOnTheHostChanges() throws Exception {
        start(null);
        Path file = Files.writeString(allowed.resolve("f"), "keep");
        Files.createDirectory(allowed.resolve("d"));
        assertEquals(-EROFS, call(SYS_MKDIRAT, AT_FDCWD, p1(allowed.resolve("new")), 0755));
        assertEquals(-EROFS, call(SYS_UNLINKAT, AT_FDCWD, p1(file), 0));
        assertEquals(-EROFS, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("d")), FileCalls.AT_REMOVEDIR));
        assertEquals(-EROFS, call(SYS_SYMLINKAT, p2("x"), AT_FDCWD, p1(allowed.resolve("s"))));
        assertEquals(-EROFS, call(SYS_LINKAT, AT_FDCWD, p1(file), AT_FDCWD, p2(allowed.resolve("h")), 0));
        assertEquals(-EROFS, call(SYS_RENAMEAT, AT_FDCWD, p1(file), AT_FDCWD, p2(allowed.resolve("g"))));
        assertEquals(-EROFS, call(SYS_FCHMODAT, AT_FDCWD, p1(file), 0600));
        assertEquals(-EROFS, call(SYS_FCHOWNAT, AT_FDCWD, p1(file), 0, 0, 0));
        assertEquals(-EROFS, call(SYS_TRUNCATE, p1(file), 0));
        assertEquals(-EROFS, call(SYS_UTIMENSAT, AT_FDCWD, p1(file), 0, 0));
        long fd = open(file, 0);
        assertEquals(-EROFS, call(SYS_FCHMOD, fd, 0600), "a read-only descriptor on a read-only tree");
        assertEquals(-EROFS, call(SYS_UTIMENSAT, fd, 0, 0, 0));
        assertEquals("keep", Files.readString(file));
        assertTrue(Files.isDirectory(allowed.resolve("d")));
        try (var entries = Files.list(allowed)) {
            assertEquals(2, entries.count(), "nothing created");
        }
    }

    // ---- unlinkat ---------------------------------------------------------------------------------

    @Test
    void unlinkatRemovesFilesAndWithAtRemovedirEmptyDirectories() throws Exception {
        Files.writeString(allowed.resolve("f"), "x");
        Files.createDirectories(allowed.resolve("full/inner"));
        assertEquals(0, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("f")), 0));
        assertFalse(Files.exists(allowed.resolve("f")));
        assertEquals(-ENOENT, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("f")), 0));
        assertEquals(-EISDIR, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("full")), 0));
        assertEquals(-ENOTEMPTY, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("full")), FileCalls.AT_REMOVEDIR));
        assertEquals(0, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("full/inner")), FileCalls.AT_REMOVEDIR));
        assertFalse(Files.exists(allowed.resolve("full/inner")));
    }

    @Test
    void unlinkatErrors() throws Exception {
        Files.writeString(allowed.resolve("f"), "x");
        Files.createDirectory(allowed.resolve("d"));
        assertEquals(-EINVAL, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("f")), 1));
        assertEquals(-ENOTDIR, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed.resolve("f")), FileCalls.AT_REMOVEDIR));
        assertEquals(-ENOTDIR, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed + "/f/"), 0), "a trailing slash asks for a directory");
        assertEquals(-EINVAL, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed + "/d/."), FileCalls.AT_REMOVEDIR));
        assertEquals(-ENOTEMPTY, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed + "/d/.."), FileCalls.AT_REMOVEDIR));
        assertEquals(-EISDIR, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed + "/d/.."), 0));
        assertEquals(-EBUSY, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed), FileCalls.AT_REMOVEDIR), "the allowed directory is a mount point");
        assertTrue(Files.exists(allowed.resolve("f")));
    }

    @Test
    void unlinkatOutsideIsErofs() throws Exception {
        Path victim = Files.writeString(outside.resolve("victim"), "keep");
        assertEquals(-EROFS, call(SYS_UNLINKAT, AT_FDCWD, p1(victim), 0));
        assertEquals(-EROFS, call(SYS_UNLINKAT, AT_FDCWD, p1(allowed + "/../outside/victim"), 0));
        assertEquals(-EROFS, call(SYS_UNLINKAT, AT_FDCWD, p1(outside), FileCalls.AT_REMOVEDIR));
        assertTrue(Files.exists(victim));
    }

    // ---- symlinkat, linkat ---------------------------------------------------------------------------

    @Test
    void symlinkatCreatesALinkWithTheTargetText() throws Exception {
        assertEquals(0, call(SYS_SYMLINKAT, p2("../data.txt"), AT_FDCWD, p1(allowed.resolve("l"))));
        assertEquals(Path.of("../data.txt"), Files.readSymbolicLink(allowed.resolve("l")));
        assertEquals(-EEXIST, call(SYS_SYMLINKAT, p2("x"), AT_FDCWD, p1(allowed.resolve("l"))));
        assertEquals(-ENOENT, call(SYS_SYMLINKAT, p2(""), AT_FDCWD, p1(allowed.resolve("m"))));
        assertEquals(-ENOENT, call(SYS_SYMLINKAT, p2("x"), AT_FDCWD, p1(allowed.resolve("none/m"))));
        assertEquals(-EFAULT, call(SYS_SYMLINKAT, UNMAPPED, AT_FDCWD, p1(allowed.resolve("m"))));
    }

    @Test
    void linkatMakesASecondNameForTheSameFile() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "x");
        assertEquals(0, call(SYS_LINKAT, AT_FDCWD, p1(file), AT_FDCWD, p2(allowed.resolve("h")), 0));
        assertEquals(2, Files.getAttribute(file, "unix:nlink"));
        assertEquals(-EEXIST, call(SYS_LINKAT, AT_FDCWD, p1(file), AT_FDCWD, p2(allowed.resolve("h")), 0));
        assertEquals(-ENOENT, call(SYS_LINKAT, AT_FDCWD, p1(allowed.resolve("none")), AT_FDCWD, p2(allowed.resolve("i")), 0));
        Files.createDirectory(allowed.resolve("d"));
        assertEquals(-EPERM, call(SYS_LINKAT, AT_FDCWD, p1(allowed.resolve("d")), AT_FDCWD, p2(allowed.resolve("i")), 0));
        assertEquals(-EINVAL, call(SYS_LINKAT, AT_FDCWD, p1(file), AT_FDCWD, p2(allowed.resolve("i")), 1));
    }

    @Test
    void linkatFollowsAFinalSymlinkOnlyWithAtSymlinkFollow() throws Exception {
        Files.writeString(allowed.resolve("f"), "x");
        Files.createSymbolicLink(allowed.resolve("l"), Path.of("f"));
        assertEquals(0, call(SYS_LINKAT, AT_FDCWD, p1(allowed.resolve("l")), AT_FDCWD, p2(allowed.resolve("same-link")), 0));
        assertTrue(Files.isSymbolicLink(allowed.resolve("same-link")));
        assertEquals(0, call(SYS_LINKAT, AT_FDCWD, p1(allowed.resolve("l")), AT_FDCWD, p2(allowed.resolve("same-file")),
                FileCalls.AT_SYMLINK_FOLLOW));
        assertTrue(Files.isSameFile(allowed.resolve("f"), allowed.resolve("same-file")));
        assertFalse(Files.isSymbolicLink(allowed.resolve("same-file")));
    }

    @Test
    void linkatNeedsBothNamesInside() throws Exception {
        Path victim = Files.writeString(outside.resolve("victim"), "keep");
        Path file = Files.writeString(allowed.resolve("f"), "x");
        assertEquals(-EXDEV, call(SYS_LINKAT, AT_FDCWD, p1(victim), AT_FDCWD, p2(allowed.resolve("h")), 0),
                "an outside file linked inside would become writable");
        assertEquals(-EROFS, call(SYS_LINKAT, AT_FDCWD, p1(file), AT_FDCWD, p2(outside.resolve("h")), 0));
        Files.createSymbolicLink(allowed.resolve("l"), victim);
        assertEquals(-EXDEV, call(SYS_LINKAT, AT_FDCWD, p1(allowed.resolve("l")), AT_FDCWD, p2(allowed.resolve("h")),
                FileCalls.AT_SYMLINK_FOLLOW), "following a link out");
        assertFalse(Files.exists(allowed.resolve("h")));
        assertFalse(Files.exists(outside.resolve("h")));
    }

    // ---- renameat, renameat2 ---------------------------------------------------------------------------

    @Test
    void renameatMovesAndReplaces() throws Exception {
        Files.writeString(allowed.resolve("a"), "A");
        Files.writeString(allowed.resolve("b"), "B");
        assertEquals(0, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("a")), AT_FDCWD, p2(allowed.resolve("b"))));
        assertFalse(Files.exists(allowed.resolve("a")));
        assertEquals("A", Files.readString(allowed.resolve("b")));
        assertEquals(-ENOENT, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("a")), AT_FDCWD, p2(allowed.resolve("c"))));
        assertEquals(0, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("b")), AT_FDCWD, p2(allowed.resolve("b"))), "onto itself");
    }

    @Test
    void renameat2NoreplaceAndExchange() throws Exception {
        Files.writeString(allowed.resolve("a"), "A");
        Files.writeString(allowed.resolve("b"), "B");
        assertEquals(-EEXIST, call(SYS_RENAMEAT2, AT_FDCWD, p1(allowed.resolve("a")), AT_FDCWD, p2(allowed.resolve("b")),
                FileCalls.RENAME_NOREPLACE));
        assertEquals(0, call(SYS_RENAMEAT2, AT_FDCWD, p1(allowed.resolve("a")), AT_FDCWD, p2(allowed.resolve("b")),
                FileCalls.RENAME_EXCHANGE));
        assertEquals("B", Files.readString(allowed.resolve("a")));
        assertEquals("A", Files.readString(allowed.resolve("b")));
        assertEquals(-ENOENT, call(SYS_RENAMEAT2, AT_FDCWD, p1(allowed.resolve("a")), AT_FDCWD, p2(allowed.resolve("c")),
                FileCalls.RENAME_EXCHANGE));
        assertEquals(-EINVAL, call(SYS_RENAMEAT2, AT_FDCWD, p1(allowed.resolve("a")), AT_FDCWD, p2(allowed.resolve("c")), 3));
        assertEquals(0, call(SYS_RENAMEAT2, AT_FDCWD, p1(allowed.resolve("a")), AT_FDCWD, p2(allowed.resolve("c")),
                FileCalls.RENAME_NOREPLACE));
        try (var entries = Files.list(allowed)) {
            assertEquals(2, entries.count(), "no exchange leftovers");
        }
    }

    @Test
    void renameatDirectoryRules() throws Exception {
        Files.createDirectories(allowed.resolve("d/inner"));
        Files.createDirectories(allowed.resolve("full/x"));
        Files.writeString(allowed.resolve("f"), "x");
        assertEquals(-EINVAL, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("d")), AT_FDCWD, p2(allowed.resolve("d/inner/d"))));
        assertEquals(-ENOTEMPTY, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("d/inner")), AT_FDCWD, p2(allowed.resolve("d"))));
        assertEquals(-ENOTDIR, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("d")), AT_FDCWD, p2(allowed.resolve("f"))));
        assertEquals(-EISDIR, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("f")), AT_FDCWD, p2(allowed.resolve("d"))));
        assertEquals(-ENOTEMPTY, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("d")), AT_FDCWD, p2(allowed.resolve("full"))));
        assertEquals(-ENOTDIR, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed + "/f/"), AT_FDCWD, p2(allowed.resolve("g"))));
        assertEquals(-EBUSY, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed + "/d/.."), AT_FDCWD, p2(allowed.resolve("g"))));
        assertEquals(0, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("d/inner")), AT_FDCWD, p2(allowed.resolve("full/x"))),
                "a directory replaces an empty one");
        assertTrue(Files.isDirectory(allowed.resolve("full/x")));
    }

    @Test
    void renameatNeedsBothNamesInside() throws Exception {
        Path victim = Files.writeString(outside.resolve("victim"), "keep");
        Path file = Files.writeString(allowed.resolve("f"), "x");
        assertEquals(-EXDEV, call(SYS_RENAMEAT, AT_FDCWD, p1(victim), AT_FDCWD, p2(allowed.resolve("g"))));
        assertEquals(-EXDEV, call(SYS_RENAMEAT, AT_FDCWD, p1(file), AT_FDCWD, p2(outside.resolve("g"))));
        assertEquals(-EROFS, call(SYS_RENAMEAT, AT_FDCWD, p1(victim), AT_FDCWD, p2(outside.resolve("g"))));
        assertEquals(-EXDEV, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed), AT_FDCWD, p2(allowed + "-moved")), "the allowed directory out");
        assertEquals(-EBUSY, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed), AT_FDCWD, p2(allowed.resolve("x"))), "a mount point");
        assertTrue(Files.exists(victim));
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(outside.resolve("g")));
    }

    @Test
    void renamingASymlinkMovesTheLinkNotItsTarget() throws Exception {
        Path victim = Files.writeString(outside.resolve("victim"), "keep");
        Files.createSymbolicLink(allowed.resolve("l"), victim);
        assertEquals(0, call(SYS_RENAMEAT, AT_FDCWD, p1(allowed.resolve("l")), AT_FDCWD, p2(allowed.resolve("m"))));
        assertTrue(Files.isSymbolicLink(allowed.resolve("m")));
        assertEquals("keep", Files.readString(victim));
    }

    // ---- fchmod, fchown, utimensat -------------------------------------------------------------------

    @Test
    void fchmodatAndFchmodSetPermissionBits() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "x");
        assertEquals(0, call(SYS_FCHMODAT, AT_FDCWD, p1(file), 0600));
        assertEquals(0600, mode(file));
        long fd = open(file, 0);
        assertEquals(0, call(SYS_FCHMOD, fd, 0751));
        assertEquals(0751, mode(file));
        assertEquals(-ENOENT, call(SYS_FCHMODAT, AT_FDCWD, p1(allowed.resolve("none")), 0600));
        assertEquals(-EBADF, call(SYS_FCHMOD, 77, 0600));
        int[] pipe = pipe();
        assertEquals(0, call(SYS_FCHMOD, pipe[0], 0600), "a pipe accepts a mode");
        Path victim = Files.writeString(outside.resolve("victim"), "keep");
        assertEquals(-EROFS, call(SYS_FCHMODAT, AT_FDCWD, p1(victim), 0777));
    }

    @Test
    void fchmodat2WithNofollowCannotChangeASymlink() throws Exception {
        Files.writeString(allowed.resolve("f"), "x");
        Files.createSymbolicLink(allowed.resolve("l"), Path.of("f"));
        assertEquals(-ENOTSUP, call(SYS_FCHMODAT2, AT_FDCWD, p1(allowed.resolve("l")), 0600, Syscalls.AT_SYMLINK_NOFOLLOW));
        assertEquals(0, call(SYS_FCHMODAT2, AT_FDCWD, p1(allowed.resolve("l")), 0600, 0));
        assertEquals(0600, mode(allowed.resolve("f")));
    }

    @Test
    void fchownIsANoOpWhereWritesAreAllowed() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "x");
        Object owner = Files.getAttribute(file, "unix:uid");
        assertEquals(0, call(SYS_FCHOWNAT, AT_FDCWD, p1(file), 1234, 1234, 0));
        assertEquals(owner, Files.getAttribute(file, "unix:uid"));
        assertEquals(0, call(SYS_FCHOWN, open(file, 0), -1, -1));
        assertEquals(-ENOENT, call(SYS_FCHOWNAT, AT_FDCWD, p1(allowed.resolve("none")), 0, 0, 0));
        assertEquals(-EINVAL, call(SYS_FCHOWNAT, AT_FDCWD, p1(file), 0, 0, 0x4000));
        assertEquals(-EBADF, call(SYS_FCHOWN, 77, 0, 0));
        assertEquals(-EROFS, call(SYS_FCHOWNAT, AT_FDCWD, p1(Files.writeString(outside.resolve("v"), "")), 0, 0, 0));
    }

    @Test
    void utimensatSetsOmitsAndNowsTimes() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "x");
        space.writeLongs(DATA, 1_000_000, 5, 2_000_000, 7);
        assertEquals(0, call(SYS_UTIMENSAT, AT_FDCWD, p1(file), DATA, 0));
        assertEquals(FileTime.from(java.time.Instant.ofEpochSecond(2_000_000, 7)), Files.getLastModifiedTime(file));
        assertEquals(FileTime.from(java.time.Instant.ofEpochSecond(1_000_000, 5)), Files.getAttribute(file, "lastAccessTime"));
        space.writeLongs(DATA, 0, FileCalls.UTIME_NOW, 0, FileCalls.UTIME_OMIT);
        assertEquals(0, call(SYS_UTIMENSAT, AT_FDCWD, p1(file), DATA, 0));
        assertEquals(FileTime.from(java.time.Instant.ofEpochSecond(2_000_000, 7)), Files.getLastModifiedTime(file), "omitted");
        assertTrue(((FileTime) Files.getAttribute(file, "lastAccessTime")).toMillis() > 1_000_000_000_000L, "now");
        long fd = open(file, 0);
        assertEquals(0, call(SYS_UTIMENSAT, fd, 0, 0, 0), "NULL pathname: the descriptor's file, NULL times: now");
        assertTrue(Files.getLastModifiedTime(file).toMillis() > 1_000_000_000_000L);
    }

    @Test
    void utimensatErrors() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "x");
        space.writeLongs(DATA, 0, 2_000_000_000L, 0, 0);
        assertEquals(-EINVAL, call(SYS_UTIMENSAT, AT_FDCWD, p1(file), DATA, 0), "tv_nsec out of range");
        assertEquals(-EFAULT, call(SYS_UTIMENSAT, AT_FDCWD, 0, 0, 0), "NULL pathname with AT_FDCWD");
        assertEquals(-EINVAL, call(SYS_UTIMENSAT, open(file, 0), 0, 0, Syscalls.AT_SYMLINK_NOFOLLOW));
        assertEquals(-ENOENT, call(SYS_UTIMENSAT, AT_FDCWD, p1(allowed.resolve("none")), 0, 0));
        assertEquals(-EFAULT, call(SYS_UTIMENSAT, AT_FDCWD, p1(file), UNMAPPED, 0));
        space.writeLongs(DATA, 0, FileCalls.UTIME_OMIT, 0, FileCalls.UTIME_OMIT);
        assertEquals(0, call(SYS_UTIMENSAT, AT_FDCWD, p1(allowed.resolve("none")), DATA, 0), "both omitted: not even looked up");
    }

    // ---- truncate, ftruncate, fallocate -------------------------------------------------------------

    @Test
    void ftruncateCutsAndGrowsAndKeepsTheOffset() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "0123456789");
        long fd = open(file, Syscalls.O_RDWR);
        assertEquals(8, call(SYS_LSEEK, fd, 8, 0));
        assertEquals(0, call(SYS_FTRUNCATE, fd, 4));
        assertEquals("0123", Files.readString(file));
        assertEquals(8, call(SYS_LSEEK, fd, 0, 1), "the offset stays past the end");
        assertEquals(0, call(SYS_FTRUNCATE, fd, 6));
        assertEquals("0123\0\0", Files.readString(file));
        assertEquals(-EINVAL, call(SYS_FTRUNCATE, fd, -1));
        assertEquals(-EINVAL, call(SYS_FTRUNCATE, open(file, 0), 0), "not open for writing");
        assertEquals(-EINVAL, call(SYS_FTRUNCATE, pipe()[1], 0));
        assertEquals(-EBADF, call(SYS_FTRUNCATE, 77, 0));
    }

    @Test
    void truncateByName() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "0123456789");
        assertEquals(0, call(SYS_TRUNCATE, p1(file), 3));
        assertEquals("012", Files.readString(file));
        assertEquals(-EISDIR, call(SYS_TRUNCATE, p1(allowed), 0));
        assertEquals(-ENOENT, call(SYS_TRUNCATE, p1(allowed.resolve("none")), 0));
        assertEquals(-EINVAL, call(SYS_TRUNCATE, p1(file), -1));
        Path victim = Files.writeString(outside.resolve("victim"), "keep");
        assertEquals(-EROFS, call(SYS_TRUNCATE, p1(victim), 0));
        assertEquals("keep", Files.readString(victim));
    }

    @Test
    void fallocateGrowsTheFileUnlessKeepSize() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "abc");
        long fd = open(file, Syscalls.O_RDWR);
        assertEquals(0, call(SYS_FALLOCATE, fd, FileCalls.FALLOC_FL_KEEP_SIZE, 0, 100));
        assertEquals(3, Files.size(file));
        assertEquals(0, call(SYS_FALLOCATE, fd, 0, 10, 90));
        assertEquals(100, Files.size(file));
        assertEquals(0, call(SYS_FALLOCATE, fd, 0, 0, 10), "inside the file: nothing to do");
        assertEquals(100, Files.size(file));
        assertEquals(-EINVAL, call(SYS_FALLOCATE, fd, 0, 0, 0));
        assertEquals(-ENOTSUP, call(SYS_FALLOCATE, fd, 0x10, 0, 10));
        assertEquals(-EBADF, call(SYS_FALLOCATE, open(file, 0), 0, 0, 10));
        assertEquals(-ESPIPE, call(SYS_FALLOCATE, pipe()[1], 0, 0, 10));
    }

    // ---- sendfile, copy_file_range ---------------------------------------------------------------------

    @Test
    void sendfileWithAnOffsetPointerLeavesTheFileOffset() throws Exception {
        Path src = Files.writeString(allowed.resolve("src"), "0123456789");
        long in = open(src, 0);
        long outFd = call(SYS_OPENAT, AT_FDCWD, p1(allowed.resolve("dst")), O_RDWR_CREAT, 0644);
        space.writeLongs(DATA, 2);
        assertEquals(5, call(SYS_SENDFILE, outFd, in, DATA, 5));
        assertEquals(7, memory.read64(DATA), "*offset advanced");
        assertEquals(0, call(SYS_LSEEK, in, 0, 1), "the file offset did not move");
        assertEquals("23456", Files.readString(allowed.resolve("dst")));
        assertEquals(10, call(SYS_SENDFILE, outFd, in, 0, 100), "from the file offset, to the end");
        assertEquals(10, call(SYS_LSEEK, in, 0, 1));
        assertEquals(0, call(SYS_SENDFILE, outFd, in, 0, 100), "at the end");
        assertEquals("234560123456789", Files.readString(allowed.resolve("dst")));
    }

    @Test
    void sendfileToStdoutAndToAPipe() throws Exception {
        long in = open(Files.writeString(allowed.resolve("src"), "hello"), 0);
        assertEquals(5, call(SYS_SENDFILE, 1, in, 0, 5));
        assertEquals("hello", out.toString());
        int[] pipe = pipe();
        space.writeLongs(DATA + 0x100, 1);
        assertEquals(4, call(SYS_SENDFILE, pipe[1], in, DATA + 0x100, 10));
        assertEquals(4, call(SYS_READ, pipe[0], DATA + 0x200, 10));
        assertEquals("ello", new String(readBytes(DATA + 0x200, 4), StandardCharsets.UTF_8));
    }

    @Test
    void sendfileErrors() throws Exception {
        Path file = Files.writeString(allowed.resolve("src"), "hello");
        long in = open(file, 0);
        int[] pipe = pipe();
        assertEquals(-EINVAL, call(SYS_SENDFILE, 1, pipe[0], 0, 5), "Linux reads only from regular files");
        assertEquals(-ESPIPE, call(SYS_SENDFILE, 1, pipe[0], DATA, 5));
        assertEquals(-EINVAL, call(SYS_SENDFILE, 1, open(allowed, Syscalls.O_DIRECTORY), 0, 5));
        assertEquals(-EBADF, call(SYS_SENDFILE, in, in, 0, 5), "the output is read-only");
        assertEquals(-EBADF, call(SYS_SENDFILE, 1, 77, 0, 5));
        assertEquals(-EBADF, call(SYS_SENDFILE, 1, pipe[1], 0, 5), "the input is write-only");
        long append = open(file, Syscalls.O_WRONLY | Syscalls.O_APPEND);
        assertEquals(-EINVAL, call(SYS_SENDFILE, append, in, 0, 5));
        space.writeLongs(DATA, -1);
        assertEquals(-EINVAL, call(SYS_SENDFILE, 1, in, DATA, 5));
        assertEquals(-EFAULT, call(SYS_SENDFILE, 1, in, UNMAPPED, 5));
    }

    @Test
    void copyFileRangeCopiesBetweenFiles() throws Exception {
        long in = open(Files.writeString(allowed.resolve("src"), "0123456789"), 0);
        long outFd = call(SYS_OPENAT, AT_FDCWD, p1(allowed.resolve("dst")), O_RDWR_CREAT, 0644);
        space.writeLongs(DATA, 3, 2);
        assertEquals(4, call(SYS_COPY_FILE_RANGE, in, DATA, outFd, DATA + 8, 4, 0));
        assertEquals(7, memory.read64(DATA));
        assertEquals(6, memory.read64(DATA + 8));
        assertEquals("\0\0" + "3456", Files.readString(allowed.resolve("dst")));
        assertEquals(0, call(SYS_LSEEK, outFd, 0, 1), "offsets given: the file offsets stay");
        assertEquals(10, call(SYS_COPY_FILE_RANGE, in, 0, outFd, 0, 100, 0));
        assertEquals(10, call(SYS_LSEEK, in, 0, 1));
        assertEquals(10, call(SYS_LSEEK, outFd, 0, 1));
        assertEquals(0, call(SYS_COPY_FILE_RANGE, in, 0, outFd, 0, 100, 0), "at the end of the input");
    }

    @Test
    void copyFileRangeErrors() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "0123456789");
        long rw = open(file, Syscalls.O_RDWR);
        long ro = open(file, 0);
        space.writeLongs(DATA, 0, 2);
        assertEquals(-EINVAL, call(SYS_COPY_FILE_RANGE, rw, DATA, rw, DATA + 8, 5, 0), "overlapping ranges of one file");
        assertEquals(-EINVAL, call(SYS_COPY_FILE_RANGE, rw, 0, rw, 0, 5, 1), "flags");
        assertEquals(-EBADF, call(SYS_COPY_FILE_RANGE, rw, 0, ro, 0, 5, 0));
        assertEquals(-EBADF, call(SYS_COPY_FILE_RANGE, rw, 0, open(file, Syscalls.O_WRONLY | Syscalls.O_APPEND), 0, 5, 0));
        assertEquals(-EISDIR, call(SYS_COPY_FILE_RANGE, open(allowed, Syscalls.O_DIRECTORY), 0, rw, 0, 5, 0));
        assertEquals(-EINVAL, call(SYS_COPY_FILE_RANGE, pipe()[0], 0, rw, 0, 5, 0));
    }

    // ---- statx, statfs ---------------------------------------------------------------------------------

    @Test
    void statxOfARegularFileAgreesWithStat() throws Exception {
        Path file = Files.write(allowed.resolve("f"), new byte[5000]);
        assertEquals(0, call(SYS_STATX, AT_FDCWD, p1(file), 0, FileStatus.STATX_BASIC_STATS, STAT));
        assertEquals(0, call(SYS_NEWFSTATAT, AT_FDCWD, p1(file), DATA, 0));
        assertEquals(0x7ff, memory.read32(STAT), "stx_mask: the basic stats");
        assertEquals(4096, memory.read32(STAT + 4), "stx_blksize");
        assertEquals(1, memory.read32(STAT + 16), "stx_nlink");
        assertEquals(Syscalls.S_IFREG | 0644, memory.read32(STAT + 28) & 0xffff, "stx_mode");
        assertEquals(memory.read64(DATA + 8), memory.read64(STAT + 32), "stx_ino is st_ino");
        assertEquals(5000, memory.read64(STAT + 40), "stx_size");
        assertEquals(memory.read64(DATA + 64), memory.read64(STAT + 48), "stx_blocks");
        assertEquals(memory.read64(DATA + 88), memory.read64(STAT + 112), "stx_mtime.tv_sec is st_mtime");
        long dev = memory.read64(DATA);
        assertEquals(FileStatus.major(dev), memory.read32(STAT + 136), "stx_dev_major");
        assertEquals(FileStatus.minor(dev), memory.read32(STAT + 140), "stx_dev_minor");
    }

    @Test
    void statxOfDescriptorsPipesAndDevices() {
        int[] pipe = pipe();
        assertEquals(0, call(SYS_STATX, pipe[0], p1(""), Syscalls.AT_EMPTY_PATH, 0x7ff, STAT));
        assertEquals(Syscalls.S_IFIFO | 0600, memory.read32(STAT + 28) & 0xffff);
        assertEquals(0, call(SYS_STATX, 1, p1(""), Syscalls.AT_EMPTY_PATH, 0x7ff, STAT));
        assertEquals(Syscalls.S_IFIFO, memory.read32(STAT + 28) & 0170000, "stdout is a pipe to the guest");
        long devNull = call(SYS_OPENAT, AT_FDCWD, p1("/dev/null"), Syscalls.O_RDWR, 0);
        assertEquals(0, call(SYS_STATX, devNull, p1(""), Syscalls.AT_EMPTY_PATH, 0x7ff, STAT));
        assertEquals(Syscalls.S_IFCHR | 0666, memory.read32(STAT + 28) & 0xffff);
        assertEquals(1, memory.read32(STAT + 128), "rdev 1:3");
        assertEquals(3, memory.read32(STAT + 132));
        assertEquals(0, call(SYS_STATX, open(allowed, Syscalls.O_DIRECTORY), 0, Syscalls.AT_EMPTY_PATH, 0x7ff, STAT),
                "a NULL pathname with AT_EMPTY_PATH (Linux 6.11)");
        assertEquals(Syscalls.S_IFDIR, memory.read32(STAT + 28) & 0170000);
    }

    @Test
    void statxNofollowAndErrors() throws Exception {
        Files.createSymbolicLink(allowed.resolve("l"), Path.of("nowhere"));
        assertEquals(0, call(SYS_STATX, AT_FDCWD, p1(allowed.resolve("l")), Syscalls.AT_SYMLINK_NOFOLLOW, 0x7ff, STAT));
        assertEquals(Syscalls.S_IFLNK, memory.read32(STAT + 28) & 0170000);
        assertEquals(7, memory.read64(STAT + 40), "a link's size is its target's length");
        assertEquals(-ENOENT, call(SYS_STATX, AT_FDCWD, p1(allowed.resolve("l")), 0, 0x7ff, STAT), "it dangles");
        assertEquals(-ENOENT, call(SYS_STATX, AT_FDCWD, p1(""), 0, 0x7ff, STAT));
        assertEquals(-EINVAL, call(SYS_STATX, AT_FDCWD, p1(allowed), 0x6000, 0x7ff, STAT), "both sync types");
        assertEquals(-EINVAL, call(SYS_STATX, AT_FDCWD, p1(allowed), 0, 0x80000000L, STAT), "STATX__RESERVED");
        assertEquals(-EFAULT, call(SYS_STATX, AT_FDCWD, p1(allowed), 0, 0x7ff, UNMAPPED));
        assertEquals(-EBADF, call(SYS_STATX, 77, p1(""), Syscalls.AT_EMPTY_PATH, 0x7ff, STAT));
    }

    @Test
    void statfsSaysReadOnlyOutsideTheAllowedDirectory() {
        assertEquals(0, call(SYS_STATFS, p1(allowed), STAT));
        assertTrue(memory.read64(STAT + 8) >= 512, "f_bsize");
        assertTrue(memory.read64(STAT + 16) > 0, "f_blocks");
        assertEquals(255, memory.read64(STAT + 64), "f_namelen");
        assertEquals(memory.read64(STAT + 8), memory.read64(STAT + 72), "f_frsize");
        assertEquals(FileCalls.ST_VALID, memory.read64(STAT + 80), "f_flags: writable");
        assertEquals(0, call(SYS_STATFS, p1(outside), STAT));
        assertEquals(FileCalls.ST_VALID | FileCalls.ST_RDONLY, memory.read64(STAT + 80), "f_flags: ST_RDONLY");
        assertEquals(-ENOENT, call(SYS_STATFS, p1(allowed.resolve("none")), STAT));
        assertEquals(-EFAULT, call(SYS_STATFS, p1(allowed), UNMAPPED));
    }

    @Test
    void fstatfsOfAPipeIsPipefs() {
        assertEquals(0, call(SYS_FSTATFS, pipe()[0], STAT));
        assertEquals(FileCalls.PIPEFS_MAGIC, memory.read64(STAT));
        assertEquals(0, call(SYS_FSTATFS, open(allowed, Syscalls.O_DIRECTORY), STAT));
        assertEquals(-EBADF, call(SYS_FSTATFS, 77, STAT));
    }

    // ---- descriptors, syncs, promises -------------------------------------------------------------------

    @Test
    void closeRangeClosesOrMarksCloseOnExec() throws Exception {
        Path file = Files.writeString(allowed.resolve("f"), "x");
        long a = open(file, 0);
        long b = open(file, 0);
        long c = open(file, 0);
        assertEquals(0, call(SYS_CLOSE_RANGE, b, c, FileCalls.CLOSE_RANGE_CLOEXEC));
        assertEquals(1, call(SYS_FCNTL, b, 1), "FD_CLOEXEC");
        assertEquals(0, call(SYS_FCNTL, a, 1));
        assertEquals(0, call(SYS_CLOSE_RANGE, b, 0xffffffffL, 0));
        assertEquals(-EBADF, call(SYS_FCNTL, b, 1));
        assertEquals(-EBADF, call(SYS_FCNTL, c, 1));
        assertEquals(0, call(SYS_FCNTL, a, 1), "below the range: still open");
        assertEquals(-EINVAL, call(SYS_CLOSE_RANGE, 5, 3, 0));
        assertEquals(-EINVAL, call(SYS_CLOSE_RANGE, 3, 5, 1));
    }

    @Test
    void fsyncAndFriends() throws Exception {
        long fd = open(Files.writeString(allowed.resolve("f"), "x"), 0);
        int[] pipe = pipe();
        assertEquals(0, call(SYS_FSYNC, fd));
        assertEquals(0, call(SYS_FDATASYNC, fd));
        assertEquals(0, call(SYS_FSYNC, open(allowed, Syscalls.O_DIRECTORY)));
        assertEquals(-EINVAL, call(SYS_FSYNC, pipe[0]));
        assertEquals(-EBADF, call(SYS_FSYNC, 77));
        assertEquals(0, call(SYS_SYNC));
        assertEquals(0, call(SYS_SYNCFS, pipe[0]));
        assertEquals(-EBADF, call(SYS_SYNCFS, 77));
        assertEquals(0, call(SYS_SYNC_FILE_RANGE, fd, 0, 0, 7));
        assertEquals(-ESPIPE, call(SYS_SYNC_FILE_RANGE, pipe[0], 0, 0, 0));
        assertEquals(-EINVAL, call(SYS_SYNC_FILE_RANGE, fd, 0, 0, 8));
        assertEquals(0, call(SYS_FADVISE64, fd, 0, 0, 4));
        assertEquals(-EINVAL, call(SYS_FADVISE64, fd, 0, 0, 9));
        assertEquals(-ESPIPE, call(SYS_FADVISE64, pipe[0], 0, 0, 0));
        assertEquals(-EBADF, call(SYS_FADVISE64, 77, 0, 0, 0));
    }

    @Test
    void msyncAndMlockNeedMappedPages() {
        assertEquals(0, call(SYS_MSYNC, BUF, 0x1000, 4));
        assertEquals(-EINVAL, call(SYS_MSYNC, BUF + 1, 0x1000, 4), "unaligned");
        assertEquals(-EINVAL, call(SYS_MSYNC, BUF, 0x1000, 5), "MS_ASYNC with MS_SYNC");
        assertEquals(-ENOMEM, call(SYS_MSYNC, UNMAPPED, 0x1000, 4));
        assertEquals(0, call(SYS_MLOCK, BUF + 5, 100));
        assertEquals(0, call(SYS_MUNLOCK, BUF, 0x2000));
        assertEquals(-ENOMEM, call(SYS_MLOCK, UNMAPPED, 0x1000));
        assertEquals(-EINVAL, call(SYS_MLOCK2, BUF, 0x1000, 2));
        assertEquals(0, call(SYS_MLOCKALL, 3));
        assertEquals(-EINVAL, call(SYS_MLOCKALL, 0));
        assertEquals(-EINVAL, call(SYS_MLOCKALL, 4), "MCL_ONFAULT alone");
        assertEquals(0, call(SYS_MUNLOCKALL));
    }

    byte[] readBytes(long at, int n) {
        byte[] b = new byte[n];
        space.read(at, b, 0, n);
        return b;
    }
}
