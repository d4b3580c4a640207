package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each system call as the guest makes it: number in x8, arguments in x0-x5, result in x0. */
class SyscallsTest {

    static final long BUF = 0x10000;
    static final long UNMAPPED = 0x5000_0000L;

    @TempDir
    Path dir;

    PhysicalMemory memory;
    AddressSpace space;
    Cpu cpu;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    Sys sys;

    /** The first process and thread of a run, as the calls see them. */
    static final class Sys {
        final UserProcess process;

        Sys(UserProcess process) {
            this.process = process;
        }

        void dispatch() {
            process.guestProcess().syscalls.dispatch(process.mainThread());
        }

        boolean exited() {
            return process.guestProcess().exiting || process.mainThread().exitRequested;
        }

        int exitStatus() {
            GuestProcess p = process.guestProcess();
            return ((p.exiting ? p.exitStatus : p.lastThreadExit) >> 8) & 0xff;
        }

        long signalHandler(int signal) {
            return process.guestProcess().sigactions[signal][0];
        }

        long signalMask() {
            return process.mainThread().sigmask;
        }
    }

    @BeforeEach
    void setUp() {
        sys = syscalls(null, "typed input");
    }

    Sys syscalls(Path allowWrite, String stdin) {
        HostEnvironment host = new HostEnvironment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err,
                Path.of("/opt/prog"), allowWrite, new Random(1), 4242);
        UserProcess process = new UserProcess(host, Engines::standard);
        space = process.addressSpace();
        memory = space.memory();
        cpu = process.cpu();
        space.mapFixed(BUF, 0x10000);
        space.initBrk(0x100000);
        return new Sys(process);
    }

    long call(int number, long... args) {
        cpu.x[8] = number;
        for (int i = 0; i < 6; i++) {
            cpu.x[i] = i < args.length ? args[i] : 0;
        }
        sys.dispatch();
        return cpu.x[0];
    }

    long string(long at, String s) {
        byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
        space.write(at, b);
        return at;
    }

    String read(long at, int n) {
        byte[] b = new byte[n];
        space.read(at, b, 0, n);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void writeCopiesGuestBytesToStdout() {
        string(BUF, "hello");
        assertEquals(5, call(SYS_WRITE, 1, BUF, 5));
        assertEquals("hello", out.toString());
    }

    @Test
    void writeToStderr() {
        string(BUF, "oops");
        assertEquals(4, call(SYS_WRITE, 2, BUF, 4));
        assertEquals("oops", err.toString());
    }

    @Test
    void writeFromUnmappedMemoryIsEfault() {
        assertEquals(-EFAULT, call(SYS_WRITE, 1, UNMAPPED, 4));
        assertEquals(-EFAULT, call(SYS_WRITE, 1, BUF + 0x10000 - 2, 4), "a buffer running off the end of RAM");
        assertEquals("", out.toString());
    }

    @Test
    void writeToBadDescriptor() {
        assertEquals(-EBADF, call(SYS_WRITE, 77, BUF, 1));
        assertEquals(-EBADF, call(SYS_WRITE, 0, BUF, 1), "stdin is not writable");
        assertEquals(-EBADF, call(SYS_WRITE, -1, BUF, 1));
    }

    @Test
    void writevGathersInOrder() {
        string(BUF + 0x100, "ab");
        string(BUF + 0x200, "cde");
        space.writeLongs(BUF, BUF + 0x100, 2, BUF + 0x200, 3, 0, 0);
        assertEquals(5, call(SYS_WRITEV, 1, BUF, 3));
        assertEquals("abcde", out.toString());
        assertEquals(-EINVAL, call(SYS_WRITEV, 1, BUF, 1025));
        assertEquals(-EFAULT, call(SYS_WRITEV, 1, UNMAPPED, 1));
    }

    @Test
    void readFromStdin() {
        assertEquals(5, call(SYS_READ, 0, BUF, 5));
        assertEquals("typed", read(BUF, 5));
        assertEquals(6, call(SYS_READ, 0, BUF, 100));
        assertEquals(0, call(SYS_READ, 0, BUF, 100), "end of file");
        assertEquals(-EFAULT, call(SYS_READ, 0, UNMAPPED, 1));
        assertEquals(-EBADF, call(SYS_READ, 1, BUF, 1));
    }

    @Test
    void exitRecordsTheLowByteAndLeavesX0() {
        assertEquals(0x1234, call(SYS_EXIT_GROUP, 0x1234));
        assertTrue(sys.exited());
        assertEquals(0x34, sys.exitStatus());
    }

    @Test
    void exitAlsoEnds() {
        call(SYS_EXIT, 3);
        assertTrue(sys.exited());
        assertEquals(3, sys.exitStatus());
    }

    @Test
    void openReadSeekStatClose() throws Exception {
        Path file = dir.resolve("data.txt");
        Files.writeString(file, "0123456789");
        long fd = call(SYS_OPENAT, Syscalls.AT_FDCWD, string(BUF, file.toString()), 0, 0);
        assertEquals(3, fd);
        assertEquals(4, call(SYS_READ, fd, BUF + 0x100, 4));
        assertEquals("0123", read(BUF + 0x100, 4));
        assertEquals(8, call(SYS_LSEEK, fd, -2, 2));
        assertEquals(2, call(SYS_READ, fd, BUF + 0x100, 100));
        assertEquals("89", read(BUF + 0x100, 2));
        assertEquals(-EINVAL, call(SYS_LSEEK, fd, -20, 1));
        assertEquals(0, call(SYS_FSTAT, fd, BUF + 0x200));
        assertEquals(10, memory.read64(BUF + 0x200 + 48), "st_size");
        assertEquals(Syscalls.S_IFREG, memory.read32(BUF + 0x200 + 16) & 0170000, "st_mode type");
        assertEquals(0, call(SYS_CLOSE, fd));
        assertEquals(-EBADF, call(SYS_CLOSE, fd));
        assertEquals(-EBADF, call(SYS_READ, fd, BUF, 1));
    }

    @Test
    void openMissingFile() {
        assertEquals(-ENOENT, call(SYS_OPENAT, Syscalls.AT_FDCWD, string(BUF, dir.resolve("none").toString()), 0, 0));
        assertEquals(-EFAULT, call(SYS_OPENAT, Syscalls.AT_FDCWD, UNMAPPED, 0, 0));
    }

    @Test
    void hostFilesAreReadOnlyByDefault() throws Exception {
        Path file = dir.resolve("keep.txt");
        Files.writeString(file, "keep");
        assertEquals(-EACCES, call(SYS_OPENAT, Syscalls.AT_FDCWD, string(BUF, file.toString()), Syscalls.O_WRONLY | Syscalls.O_TRUNC, 0));
        assertEquals(-EROFS, call(SYS_OPENAT, Syscalls.AT_FDCWD, string(BUF, dir.resolve("new").toString()), Syscalls.O_WRONLY
                | Syscalls.O_CREAT, 0644));
        assertEquals("keep", Files.readString(file));
        assertFalse(Files.exists(dir.resolve("new")));
    }

    @Test
    void writesAllowedUnderTheGivenDirectory() throws Exception {
        sys = syscalls(dir, "");
        Path file = dir.resolve("out.txt");
        long fd = call(SYS_OPENAT, Syscalls.AT_FDCWD, string(BUF, file.toString()), Syscalls.O_WRONLY | Syscalls.O_CREAT
                | Syscalls.O_TRUNC, 0644);
        assertEquals(3, fd);
        string(BUF + 0x100, "written");
        assertEquals(7, call(SYS_WRITE, fd, BUF + 0x100, 7));
        assertEquals(0, call(SYS_CLOSE, fd));
        assertEquals("written", Files.readString(file));
        Path outside = dir.getParent().resolve("outside-" + System.nanoTime());
        assertEquals(-EROFS, call(SYS_OPENAT, Syscalls.AT_FDCWD, string(BUF, outside.toString()), Syscalls.O_WRONLY | Syscalls.O_CREAT,
                0644));
    }

    @Test
    void newfstatatFollowsPathsAndEmptyPathMeansTheDescriptor() throws Exception {
        Path file = dir.resolve("s");
        Files.write(file, new byte[1234]);
        assertEquals(0, call(SYS_NEWFSTATAT, Syscalls.AT_FDCWD, string(BUF, file.toString()), BUF + 0x200, 0));
        assertEquals(1234, memory.read64(BUF + 0x200 + 48));
        assertEquals(-ENOENT, call(SYS_NEWFSTATAT, Syscalls.AT_FDCWD, string(BUF, file + "x"), BUF + 0x200, 0));
        assertEquals(0, call(SYS_NEWFSTATAT, 1, string(BUF, ""), BUF + 0x200, Syscalls.AT_EMPTY_PATH));
        assertEquals(Syscalls.S_IFIFO, memory.read32(BUF + 0x200 + 16) & 0170000, "stdout is a pipe to the guest");
        assertEquals(-EFAULT, call(SYS_NEWFSTATAT, Syscalls.AT_FDCWD, string(BUF, file.toString()), UNMAPPED, 0));
    }

    @Test
    void openDirectoryThenRelativeOpenat() throws Exception {
        Files.writeString(dir.resolve("inner"), "x");
        long dfd = call(SYS_OPENAT, Syscalls.AT_FDCWD, string(BUF, dir.toString()), Syscalls.O_DIRECTORY, 0);
        assertEquals(3, dfd);
        long fd = call(SYS_OPENAT, dfd, string(BUF, "inner"), 0, 0);
        assertEquals(4, fd);
        assertEquals(-EISDIR, call(SYS_READ, dfd, BUF, 1));
        assertEquals(-ENOTDIR, call(SYS_OPENAT, fd, string(BUF, "inner"), 0, 0));
    }

    @Test
    void ioctlTcgetsIsNotATerminal() {
        assertEquals(-ENOTTY, call(SYS_IOCTL, 1, Syscalls.TCGETS, BUF));
        assertEquals(-EBADF, call(SYS_IOCTL, 9, Syscalls.TCGETS, BUF));
    }

    @Test
    void lseekOnAStreamIsEspipe() {
        assertEquals(-ESPIPE, call(SYS_LSEEK, 1, 0, 1));
    }

    @Test
    void brkGrowsAndShrinksFromTheEndOfTheImage() {
        assertEquals(0x100000, call(SYS_BRK, 0), "brk(0) asks for the current break");
        assertEquals(0x100000 + 0x2345, call(SYS_BRK, 0x100000 + 0x2345));
        memory.write64(0x102000, 0x55);
        assertEquals(0x55, memory.read64(0x102000));
        assertEquals(0x100000 + 0x1000, call(SYS_BRK, 0x101000));
        assertEquals(0x100000 + 0x3000, call(SYS_BRK, 0x103000));
        assertEquals(0, memory.read64(0x102000), "pages given back and taken again read as zero");
        assertEquals(0x103000, call(SYS_BRK, 0x1000), "below the start: unchanged");
        assertEquals(0x103000, call(SYS_BRK, 0x1000_0000_0000L), "too far: unchanged");
    }

    @Test
    void anonymousMmapIsZeroedPageAlignedRam() {
        long a = call(SYS_MMAP, 0, 10000, 3, Syscalls.MAP_PRIVATE | Syscalls.MAP_ANONYMOUS, -1, 0);
        assertEquals(0, a & 0xfff);
        assertTrue(space.isMapped(a, 12288));
        assertEquals(0, memory.read64(a + 8000));
        long b = call(SYS_MMAP, 0, 4096, 3, Syscalls.MAP_PRIVATE | Syscalls.MAP_ANONYMOUS, -1, 0);
        assertTrue(b + 4096 <= a || b >= a + 12288, "no overlap");
    }

    @Test
    void mmapFixedReplacesAndMunmapSplits() {
        long a = call(SYS_MMAP, 0x2000_0000L, 3 * 4096, 3, Syscalls.MAP_PRIVATE | Syscalls.MAP_ANONYMOUS | Syscalls.MAP_FIXED, -1, 0);
        assertEquals(0x2000_0000L, a);
        memory.write64(a, 1);
        memory.write64(a + 8192, 3);
        assertEquals(0, call(SYS_MUNMAP, a + 4096, 4096));
        assertFalse(memory.isRam(a + 4096, 1));
        assertEquals(1, memory.read64(a));
        assertEquals(3, memory.read64(a + 8192));
        assertEquals(-EINVAL, call(SYS_MUNMAP, a + 1, 4096));
        assertEquals(-EEXIST, call(SYS_MMAP, a, 4096, 3, Syscalls.MAP_PRIVATE | Syscalls.MAP_ANONYMOUS
                | Syscalls.MAP_FIXED_NOREPLACE, -1, 0));
        assertEquals(a, call(SYS_MMAP, a, 4096, 3, Syscalls.MAP_PRIVATE | Syscalls.MAP_ANONYMOUS | Syscalls.MAP_FIXED, -1, 0));
        assertEquals(0, memory.read64(a), "MAP_FIXED replaced the page with a fresh one");
    }

    @Test
    void mmapArgumentErrors() {
        assertEquals(-EINVAL, call(SYS_MMAP, 0, 0, 3, Syscalls.MAP_PRIVATE | Syscalls.MAP_ANONYMOUS, -1, 0));
        assertEquals(-EINVAL, call(SYS_MMAP, 0, 4096, 3, Syscalls.MAP_ANONYMOUS, -1, 0), "neither shared nor private");
        assertEquals(-EBADF, call(SYS_MMAP, 0, 4096, 1, Syscalls.MAP_PRIVATE, 55, 0));
        assertEquals(-EINVAL, call(SYS_MMAP, 0, 4096, 1, Syscalls.MAP_PRIVATE, 3, 100), "offset not page aligned");
    }

    @Test
    void privateFileMappingCopiesTheFile() throws Exception {
        Path file = dir.resolve("m");
        byte[] content = new byte[5000];
        content[4096] = 42;
        content[4999] = 7;
        Files.write(file, content);
        long fd = call(SYS_OPENAT, Syscalls.AT_FDCWD, string(BUF, file.toString()), 0, 0);
        long a = call(SYS_MMAP, 0, 8192, 1, Syscalls.MAP_PRIVATE, fd, 4096);
        assertEquals(42, memory.read8(a));
        assertEquals(7, memory.read8(a + 903));
        assertEquals(0, memory.read8(a + 904), "beyond the end of the file reads zero");
    }

    @Test
    void mprotectNeedsMappedPages() {
        assertEquals(0, call(SYS_MPROTECT, BUF, 4096, 1));
        assertEquals(-ENOMEM, call(SYS_MPROTECT, UNMAPPED, 4096, 1));
        assertEquals(-EINVAL, call(SYS_MPROTECT, BUF + 1, 4096, 1));
    }

    @Test
    void getrandomFillsTheBuffer() {
        assertEquals(32, call(SYS_GETRANDOM, BUF, 32, 0));
        byte[] expected = new byte[32];
        new Random(1).nextBytes(expected);
        byte[] got = new byte[32];
        space.read(BUF, got, 0, 32);
        assertArrayEquals(expected, got);
        assertEquals(-EFAULT, call(SYS_GETRANDOM, UNMAPPED, 8, 0));
        assertEquals(-EINVAL, call(SYS_GETRANDOM, BUF, 8, 0x100));
    }

    @Test
    void clockGettimeRealtimeAndMonotonic() {
        long before = System.currentTimeMillis() / 1000;
        assertEquals(0, call(SYS_CLOCK_GETTIME, 0, BUF));
        long seconds = memory.read64(BUF);
        assertTrue(seconds >= before && seconds <= before + 2);
        assertTrue(memory.read64(BUF + 8) < 1_000_000_000L);
        assertEquals(0, call(SYS_CLOCK_GETTIME, 1, BUF));
        assertEquals(-EINVAL, call(SYS_CLOCK_GETTIME, 99, BUF));
        assertEquals(-EFAULT, call(SYS_CLOCK_GETTIME, 1, UNMAPPED));
    }

    @Test
    void gettimeofdayInMicroseconds() {
        assertEquals(0, call(SYS_GETTIMEOFDAY, BUF, 0));
        assertTrue(memory.read64(BUF + 8) < 1_000_000L);
        assertEquals(0, call(SYS_GETTIMEOFDAY, 0, 0));
        assertEquals(-EFAULT, call(SYS_GETTIMEOFDAY, UNMAPPED, 0));
    }

    @Test
    void unameSaysLinuxOnAarch64() {
        assertEquals(0, call(SYS_UNAME, BUF));
        assertEquals("Linux", space.readCString(BUF, 65));
        assertEquals("aarch64", space.readCString(BUF + 4 * 65, 65));
        assertEquals(-EFAULT, call(SYS_UNAME, UNMAPPED));
    }

    @Test
    void processIdentity() {
        assertEquals(4242, call(SYS_GETPID));
        assertEquals(4242, call(SYS_GETTID));
        assertEquals(4242, call(SYS_SET_TID_ADDRESS, BUF));
        assertEquals(0, call(SYS_GETUID));
        assertEquals(0, call(SYS_SET_ROBUST_LIST, BUF, 24));
        assertEquals(-EINVAL, call(SYS_SET_ROBUST_LIST, BUF, 23));
    }

    @Test
    void sigactionIsRecordedAndReturnedAsTheOldAction() {
        space.writeLongs(BUF, 0x401000, 0x04000000, 0x402000, 0);
        assertEquals(0, call(SYS_RT_SIGACTION, 11, BUF, 0, 8));
        assertEquals(0x401000, sys.signalHandler(11));
        assertEquals(0, call(SYS_RT_SIGACTION, 11, 0, BUF + 0x100, 8));
        assertEquals(0x401000, memory.read64(BUF + 0x100));
        assertEquals(0x04000000, memory.read64(BUF + 0x108));
        assertEquals(-EINVAL, call(SYS_RT_SIGACTION, 9, BUF, 0, 8), "SIGKILL cannot be caught");
        assertEquals(-EINVAL, call(SYS_RT_SIGACTION, 65, BUF, 0, 8));
        assertEquals(-EINVAL, call(SYS_RT_SIGACTION, 11, BUF, 0, 16), "sigsetsize must be 8");
        assertEquals(-EFAULT, call(SYS_RT_SIGACTION, 11, UNMAPPED, 0, 8));
    }

    @Test
    void sigprocmaskBlockUnblockSet() {
        space.writeLongs(BUF, 0b1010 | (1L << 8));
        assertEquals(0, call(SYS_RT_SIGPROCMASK, 0, BUF, BUF + 8, 8));
        assertEquals(0, memory.read64(BUF + 8));
        assertEquals(0b1010, sys.signalMask(), "SIGKILL (bit 8) cannot be blocked");
        space.writeLongs(BUF, 0b0010);
        assertEquals(0, call(SYS_RT_SIGPROCMASK, 1, BUF, 0, 8));
        assertEquals(0b1000, sys.signalMask());
        assertEquals(-EINVAL, call(SYS_RT_SIGPROCMASK, 7, BUF, 0, 8));
    }

    @Test
    void prlimitReportsTheStackLimit() {
        assertEquals(0, call(SYS_PRLIMIT64, 0, 3, 0, BUF));
        assertEquals(8L << 20, memory.read64(BUF));
        assertEquals(-1L, memory.read64(BUF + 8));
        space.writeLongs(BUF + 0x100, 64, 128);
        assertEquals(0, call(SYS_PRLIMIT64, 0, 7, BUF + 0x100, 0));
        assertEquals(0, call(SYS_PRLIMIT64, 0, 7, 0, BUF));
        assertEquals(64, memory.read64(BUF));
        assertEquals(-EINVAL, call(SYS_PRLIMIT64, 0, 99, 0, BUF));
        assertEquals(-ESRCH, call(SYS_PRLIMIT64, 1, 3, 0, BUF));
    }

    @Test
    void readlinkProcSelfExeGivesTheProgramWithoutNul() {
        long n = call(SYS_READLINKAT, Syscalls.AT_FDCWD, string(BUF, "/proc/self/exe"), BUF + 0x100, 256);
        assertEquals(9, n);
        assertEquals("/opt/prog", read(BUF + 0x100, 9));
        assertEquals(4, call(SYS_READLINKAT, Syscalls.AT_FDCWD, string(BUF, "/proc/self/exe"), BUF + 0x100, 4), "truncated");
        assertEquals(-EINVAL, call(SYS_READLINKAT, Syscalls.AT_FDCWD, string(BUF, "/proc/self/exe"), BUF + 0x100, 0));
    }

    @Test
    void rseqIsNotImplemented() {
        assertEquals(-ENOSYS, call(SYS_RSEQ, BUF, 32, 0, 0));
        assertEquals("", err.toString(), "rseq is expected to fail quietly");
    }

    @Test
    void unknownSystemCallsAreReportedOnce() {
        assertEquals(-ENOSYS, call(217, 0));
        assertEquals(-ENOSYS, call(217, 0));
        assertEquals(-ENOSYS, call(100000));
        assertEquals("a64 run-user: unsupported system call 217 (add_key), returning -ENOSYS\n"
                + "a64 run-user: unsupported system call 100000 (?), returning -ENOSYS\n", err.toString());
    }

    @Test
    void standardStreamsAreATerminalOnlyWhenTheRunnersAre() {
        assertEquals(-ENOTTY, call(SYS_IOCTL, 0, Terminal.TCGETS, BUF), "pipes and files are no terminal");
        sys.process.terminal(true);
        assertEquals(0, call(SYS_IOCTL, 0, Terminal.TCGETS, BUF));
        int lflag = memory.read32(BUF + 12);
        assertEquals(2, lflag & 0xa, "canonical input without echo: the host terminal echoes and edits");
        assertEquals(0, call(SYS_IOCTL, 1, Terminal.TIOCGWINSZ, BUF));
        assertTrue(memory.read16(BUF) > 0 && memory.read16(BUF + 2) > 0, "rows and columns");
        assertEquals(0, call(SYS_IOCTL, 2, Terminal.TIOCGPGRP, BUF));
        assertEquals(sys.process.guestProcess().pgid, memory.read32(BUF), "the first process is in the foreground");
        assertEquals(0, call(SYS_IOCTL, 0, Terminal.TCSETS, BUF), "mode changes are accepted");
        assertEquals(0, call(SYS_FSTAT, 1, BUF));
        assertEquals(Syscalls.S_IFCHR, memory.read32(BUF + 16) & 0170000, "a character device");
        assertEquals(0, call(SYS_PIPE2, BUF, 0));
        assertEquals(-ENOTTY, call(SYS_IOCTL, memory.read32(BUF), Terminal.TCGETS, BUF + 8), "a pipe is still no terminal");
    }
}
