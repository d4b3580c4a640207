package org.a64wb.usermode;

import java.util.Map;

/**
 * {@code run-user --strace}: one line per system call on stderr, in the shape qemu-aarch64 -strace
 * prints: {@code PID name(args) = result}, failures as {@code = -1 errno=N (name)}.
 */
final class Strace {

    private Strace() {
    }

    /** Arguments each call takes (those not listed print three). */
    private static final Map<String, Integer> ARITY = Map.ofEntries(Map.entry("exit", 1), Map.entry("exit_group", 1),
            Map.entry("close", 1), Map.entry("dup", 1), Map.entry("brk", 1), Map.entry("uname", 1), Map.entry("getpid", 0),
            Map.entry("getppid", 0), Map.entry("gettid", 0), Map.entry("getuid", 0), Map.entry("geteuid", 0),
            Map.entry("getgid", 0), Map.entry("getegid", 0), Map.entry("sched_yield", 0), Map.entry("setsid", 0),
            Map.entry("set_tid_address", 1), Map.entry("umask", 1), Map.entry("chdir", 1), Map.entry("fchdir", 1),
            Map.entry("rt_sigreturn", 0), Map.entry("munmap", 2), Map.entry("pipe2", 2), Map.entry("kill", 2),
            Map.entry("tkill", 2), Map.entry("getcwd", 2), Map.entry("fstat", 2), Map.entry("clock_gettime", 2),
            Map.entry("nanosleep", 2), Map.entry("set_robust_list", 2), Map.entry("sigaltstack", 2), Map.entry("mmap", 6),
            Map.entry("clone", 5), Map.entry("futex", 6), Map.entry("wait4", 4), Map.entry("rt_sigaction", 4),
            Map.entry("rt_sigprocmask", 4), Map.entry("openat", 4), Map.entry("newfstatat", 4), Map.entry("prlimit64", 4),
            Map.entry("clock_nanosleep", 4), Map.entry("ppoll", 5), Map.entry("pselect6", 6), Map.entry("waitid", 5),
            Map.entry("statx", 5), Map.entry("mremap", 5), Map.entry("prctl", 5), Map.entry("readlinkat", 4),
            Map.entry("renameat2", 5), Map.entry("linkat", 5), Map.entry("sendfile", 4));

    /** Which arguments are path names, printed as quoted strings (by call name). */
    private static final Map<String, int[]> PATHS = Map.ofEntries(Map.entry("openat", new int[] {1}),
            Map.entry("newfstatat", new int[] {1}), Map.entry("faccessat", new int[] {1}), Map.entry("faccessat2", new int[] {1}),
            Map.entry("readlinkat", new int[] {1}), Map.entry("execve", new int[] {0}), Map.entry("chdir", new int[] {0}),
            Map.entry("mkdirat", new int[] {1}), Map.entry("unlinkat", new int[] {1}), Map.entry("statx", new int[] {1}),
            Map.entry("symlinkat", new int[] {0, 2}), Map.entry("renameat", new int[] {1, 3}), Map.entry("renameat2", new int[] {1, 3}),
            Map.entry("linkat", new int[] {1, 3}), Map.entry("fchmodat", new int[] {1}), Map.entry("utimensat", new int[] {1}),
            Map.entry("statfs", new int[] {0}), Map.entry("truncate", new int[] {0}));

    /** {@code PID name(args)} for a call about to run; path arguments as quoted strings, AT_FDCWD by name. */
    static String call(AddressSpace space, int pid, long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        String name = Linux.syscallName(nr);
        int arity = ARITY.getOrDefault(name, 3);
        int[] paths = PATHS.getOrDefault(name, new int[0]);
        StringBuilder line = new StringBuilder();
        line.append(pid).append(' ').append(name.equals("?") ? "syscall_" + nr : name).append('(');
        long[] args = {a0, a1, a2, a3, a4, a5};
        for (int i = 0; i < arity; i++) {
            if (i > 0) {
                line.append(',');
            }
            long a = args[i];
            if (contains(paths, i)) {
                String text = a == 0 ? null : space.readCString(a, 4096);
                line.append(text == null ? "0x" + Long.toHexString(a) : '"' + (text.length() > 64 ? text.substring(0, 64) + "..." : text) + '"');
            } else if (a == Syscalls.AT_FDCWD && contains(paths, i + 1)) {
                line.append("AT_FDCWD");
            } else {
                line.append(a >= 0 && a < 4096 ? Long.toString(a) : "0x" + Long.toHexString(a));
            }
        }
        return line.append(')').toString();
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    static void print(Kernel kernel, String call, long result) {
        StringBuilder line = new StringBuilder(call);
        if (result == Syscalls.NO_RESULT) {
            line.append(" = ?");
        } else if (result < 0 && result >= -4095) {
            line.append(" = -1 errno=").append(-result);
        } else {
            line.append(" = ").append(result >= 0 && result < 1 << 20 ? Long.toString(result) : "0x" + Long.toHexString(result));
        }
        synchronized (kernel.host.stderr()) {
            try {
                kernel.host.stderr().write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                kernel.host.stderr().flush();
            } catch (java.io.IOException e) {
                // tracing is best effort
            }
        }
    }
}
