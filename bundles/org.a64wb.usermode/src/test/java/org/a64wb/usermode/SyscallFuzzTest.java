package org.a64wb.usermode;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

import org.a64wb.emulator.cpu.Cpu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every system call number with random arguments (wild pointers, huge lengths, odd flags, descriptors
 * that exist and do not): each call returns a result in x0 and never lets a Java exception out, and the
 * host directory outside --allow-write stays untouched. Calls that block, end the process or start
 * threads are left to the programs that test them.
 */
class SyscallFuzzTest {

    /** Calls that would block, end or replace the caller, or start other threads. */
    static final Set<Integer> SKIPPED = Set.of(Linux.SYS_EXIT, Linux.SYS_EXIT_GROUP, Linux.SYS_CLONE, Linux.SYS_CLONE3,
            Linux.SYS_EXECVE, Linux.SYS_EXECVEAT, Linux.SYS_RT_SIGRETURN, Linux.SYS_WAIT4, Linux.SYS_WAITID, Linux.SYS_FUTEX,
            Linux.SYS_PPOLL, Linux.SYS_PSELECT6, Linux.SYS_NANOSLEEP, Linux.SYS_CLOCK_NANOSLEEP, Linux.SYS_RT_SIGSUSPEND,
            Linux.SYS_RT_SIGTIMEDWAIT, Linux.SYS_READ, Linux.SYS_READV, Linux.SYS_PREAD64, Linux.SYS_PREADV, Linux.SYS_KILL,
            Linux.SYS_TKILL, Linux.SYS_TGKILL, Linux.SYS_RT_SIGQUEUEINFO, Linux.SYS_RT_TGSIGQUEUEINFO, Linux.SYS_SENDFILE,
            Linux.SYS_COPY_FILE_RANGE, Linux.SYS_SYNC);

    @TempDir
    Path allowed;

    @TempDir
    Path outside;

    @Test
    void randomArgumentsNeverEscapeAsJavaExceptions() throws Exception {
        Files.writeString(outside.resolve("keep.txt"), "unchanged");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HostEnvironment host = new HostEnvironment(new ByteArrayInputStream(new byte[0]), out, err, Path.of("/opt/prog"),
                allowed, new Random(7), 4242);
        UserProcess process = new UserProcess(host, Engines::standard);
        AddressSpace space = process.addressSpace();
        space.mapFixed(0x10000, 0x10000);
        space.initBrk(0x100000);
        byte[] path = (outside.resolve("keep.txt") + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        space.write(0x10000, path);
        Random random = new Random(20261206);
        Cpu cpu = process.cpu();
        long[] interesting = {0, 1, 2, 3, -1, -100, 0x10000, 0x10008, 0x1fff8, 0x20000, 0xdead_0000L, Long.MIN_VALUE,
            Long.MAX_VALUE, 0x7fff_ffffL, 4096, 1L << 40};
        for (int nr = 0; nr < 460; nr++) {
            if (SKIPPED.contains(nr)) {
                continue;
            }
            for (int round = 0; round < 40; round++) {
                cpu.x[8] = nr;
                for (int i = 0; i < 6; i++) {
                    cpu.x[i] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextLong() >>> random.nextInt(64);
                }
                try {
                    process.guestProcess().syscalls.dispatch(process.mainThread());
                } catch (RuntimeException | Error e) {
                    fail("system call " + nr + " (" + Linux.syscallName(nr) + ") with " + java.util.Arrays.toString(java.util.Arrays.copyOf(cpu.x, 6))
                            + " threw " + e, e);
                }
                process.mainThread().exitRequested = false;
            }
        }
        assertTrue(Files.readString(outside.resolve("keep.txt")).equals("unchanged"), "nothing outside --allow-write changed");
    }
}
