package org.a64wb.usermode;

import java.util.Map;

/** Linux arm64 ABI numbers: system calls (include/uapi/asm-generic/unistd.h) and errno values. */
public final class Linux {

    private Linux() {
    }

    // errno (include/uapi/asm-generic/errno-base.h, errno.h)
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EEXIST = 17;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int EMFILE = 24;
    public static final int ENOTTY = 25;
    public static final int EFBIG = 27;
    public static final int ENOSPC = 28;
    public static final int ESPIPE = 29;
    public static final int EROFS = 30;
    public static final int ERANGE = 34;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOSYS = 38;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int ENODEV = 19;
    public static final int ENXIO = 6;
    public static final int E2BIG = 7;
    public static final int ENOEXEC = 8;
    public static final int ECHILD = 10;
    public static final int EBUSY = 16;
    public static final int EXDEV = 18;
    public static final int EMLINK = 31;
    public static final int EPIPE = 32;
    public static final int ENOTSUP = 95;
    public static final int ETIMEDOUT = 110;
    public static final int EAFNOSUPPORT = 97;
    public static final int ENOTSOCK = 88;
    public static final int EMSGSIZE = 90;
    public static final int ENOPROTOOPT = 92;
    public static final int EPROTONOSUPPORT = 93;
    public static final int EOPNOTSUPP = 95;
    public static final int EISCONN = 106;
    public static final int EOVERFLOW = 75;
    /** Kernel-internal: restart the call if the signal's action says SA_RESTART (never seen by the guest). */
    public static final int ERESTARTSYS = 512;
    /** Kernel-internal: restart the call only if no handler runs. */
    public static final int ERESTARTNOHAND = 514;

    // open flags and ioctls of arm64 (asm-generic)
    public static final int O_NONBLOCK = 0x800;
    public static final int O_CLOEXEC = 0x80000;
    public static final long FIONREAD = 0x541b;
    public static final long FIONBIO = 0x5421;
    public static final long FIONCLEX = 0x5450;
    public static final long FIOCLEX = 0x5451;

    // system call numbers
    public static final int SYS_GETCWD = 17;
    public static final int SYS_FCNTL = 25;
    public static final int SYS_IOCTL = 29;
    public static final int SYS_FACCESSAT = 48;
    public static final int SYS_OPENAT = 56;
    public static final int SYS_CLOSE = 57;
    public static final int SYS_LSEEK = 62;
    public static final int SYS_READ = 63;
    public static final int SYS_WRITE = 64;
    public static final int SYS_READV = 65;
    public static final int SYS_WRITEV = 66;
    public static final int SYS_PREAD64 = 67;
    public static final int SYS_PWRITE64 = 68;
    public static final int SYS_READLINKAT = 78;
    public static final int SYS_NEWFSTATAT = 79;
    public static final int SYS_FSTAT = 80;
    public static final int SYS_EXIT = 93;
    public static final int SYS_EXIT_GROUP = 94;
    public static final int SYS_SET_TID_ADDRESS = 96;
    public static final int SYS_FUTEX = 98;
    public static final int SYS_SET_ROBUST_LIST = 99;
    public static final int SYS_NANOSLEEP = 101;
    public static final int SYS_CLOCK_GETTIME = 113;
    public static final int SYS_CLOCK_GETRES = 114;
    public static final int SYS_SCHED_YIELD = 124;
    public static final int SYS_RT_SIGACTION = 134;
    public static final int SYS_RT_SIGPROCMASK = 135;
    public static final int SYS_UNAME = 160;
    public static final int SYS_GETTIMEOFDAY = 169;
    public static final int SYS_GETPID = 172;
    public static final int SYS_GETPPID = 173;
    public static final int SYS_GETUID = 174;
    public static final int SYS_GETEUID = 175;
    public static final int SYS_GETGID = 176;
    public static final int SYS_GETEGID = 177;
    public static final int SYS_GETTID = 178;
    public static final int SYS_BRK = 214;
    public static final int SYS_MUNMAP = 215;
    public static final int SYS_MMAP = 222;
    public static final int SYS_MPROTECT = 226;
    public static final int SYS_MADVISE = 233;
    public static final int SYS_PRLIMIT64 = 261;
    public static final int SYS_GETRANDOM = 278;
    public static final int SYS_RSEQ = 293;
    public static final int SYS_RT_SIGQUEUEINFO = 138;
    public static final int SYS_MEMFD_CREATE = 279;
    public static final int SYS_SOCKET = 198;
    public static final int SYS_SOCKETPAIR = 199;
    public static final int SYS_GETSOCKNAME = 204;
    public static final int SYS_GETPEERNAME = 205;
    public static final int SYS_SENDTO = 206;
    public static final int SYS_RECVFROM = 207;
    public static final int SYS_SETSOCKOPT = 208;
    public static final int SYS_GETSOCKOPT = 209;
    public static final int SYS_SHUTDOWN = 210;
    public static final int SYS_SENDMSG = 211;
    public static final int SYS_RECVMSG = 212;
    public static final int SYS_TIMERFD_CREATE = 85;
    public static final int SYS_TIMERFD_SETTIME = 86;
    public static final int SYS_TIMERFD_GETTIME = 87;
    public static final int SYS_TIMER_CREATE = 107;
    public static final int SYS_TIMER_GETTIME = 108;
    public static final int SYS_TIMER_GETOVERRUN = 109;
    public static final int SYS_TIMER_SETTIME = 110;
    public static final int SYS_TIMER_DELETE = 111;
    public static final int SYS_RT_TGSIGQUEUEINFO = 240;
    public static final int SYS_DUP = 23;
    public static final int SYS_DUP3 = 24;
    public static final int SYS_MKNODAT = 33;
    public static final int SYS_MKDIRAT = 34;
    public static final int SYS_UNLINKAT = 35;
    public static final int SYS_SYMLINKAT = 36;
    public static final int SYS_LINKAT = 37;
    public static final int SYS_RENAMEAT = 38;
    public static final int SYS_STATFS = 43;
    public static final int SYS_FSTATFS = 44;
    public static final int SYS_TRUNCATE = 45;
    public static final int SYS_FTRUNCATE = 46;
    public static final int SYS_FALLOCATE = 47;
    public static final int SYS_CHDIR = 49;
    public static final int SYS_FCHDIR = 50;
    public static final int SYS_FCHMOD = 52;
    public static final int SYS_FCHMODAT = 53;
    public static final int SYS_FCHOWNAT = 54;
    public static final int SYS_FCHOWN = 55;
    public static final int SYS_PIPE2 = 59;
    public static final int SYS_GETDENTS64 = 61;
    public static final int SYS_PREADV = 69;
    public static final int SYS_PWRITEV = 70;
    public static final int SYS_SENDFILE = 71;
    public static final int SYS_PSELECT6 = 72;
    public static final int SYS_PPOLL = 73;
    public static final int SYS_SYNC = 81;
    public static final int SYS_FSYNC = 82;
    public static final int SYS_FDATASYNC = 83;
    public static final int SYS_UTIMENSAT = 88;
    public static final int SYS_WAITID = 95;
    public static final int SYS_GETITIMER = 102;
    public static final int SYS_SETITIMER = 103;
    public static final int SYS_CLOCK_NANOSLEEP = 115;
    public static final int SYS_SCHED_SETAFFINITY = 122;
    public static final int SYS_SCHED_GETAFFINITY = 123;
    public static final int SYS_KILL = 129;
    public static final int SYS_TKILL = 130;
    public static final int SYS_TGKILL = 131;
    public static final int SYS_SIGALTSTACK = 132;
    public static final int SYS_RT_SIGSUSPEND = 133;
    public static final int SYS_RT_SIGPENDING = 136;
    public static final int SYS_RT_SIGTIMEDWAIT = 137;
    public static final int SYS_RT_SIGRETURN = 139;
    public static final int SYS_SETREGID = 143;
    public static final int SYS_SETGID = 144;
    public static final int SYS_SETREUID = 145;
    public static final int SYS_SETUID = 146;
    public static final int SYS_SETRESUID = 147;
    public static final int SYS_GETRESUID = 148;
    public static final int SYS_SETRESGID = 149;
    public static final int SYS_GETRESGID = 150;
    public static final int SYS_SETFSUID = 151;
    public static final int SYS_SETFSGID = 152;
    public static final int SYS_TIMES = 153;
    public static final int SYS_SETPGID = 154;
    public static final int SYS_GETPGID = 155;
    public static final int SYS_GETSID = 156;
    public static final int SYS_SETSID = 157;
    public static final int SYS_GETGROUPS = 158;
    public static final int SYS_SETGROUPS = 159;
    public static final int SYS_GETRLIMIT = 163;
    public static final int SYS_SETRLIMIT = 164;
    public static final int SYS_GETRUSAGE = 165;
    public static final int SYS_UMASK = 166;
    public static final int SYS_PRCTL = 167;
    public static final int SYS_GETCPU = 168;
    public static final int SYS_SYSINFO = 179;
    public static final int SYS_MREMAP = 216;
    public static final int SYS_CLONE = 220;
    public static final int SYS_EXECVE = 221;
    public static final int SYS_FADVISE64 = 223;
    public static final int SYS_MSYNC = 227;
    public static final int SYS_MLOCK = 228;
    public static final int SYS_MUNLOCK = 229;
    public static final int SYS_WAIT4 = 260;
    public static final int SYS_RENAMEAT2 = 276;
    public static final int SYS_EXECVEAT = 281;
    public static final int SYS_MEMBARRIER = 283;
    public static final int SYS_COPY_FILE_RANGE = 285;
    public static final int SYS_STATX = 291;
    public static final int SYS_CLONE3 = 435;
    public static final int SYS_CLOSE_RANGE = 436;
    public static final int SYS_FACCESSAT2 = 439;
    public static final int SYS_SYNC_FILE_RANGE = 84;
    public static final int SYS_MLOCKALL = 230;
    public static final int SYS_MUNLOCKALL = 231;
    public static final int SYS_SYNCFS = 267;
    public static final int SYS_MLOCK2 = 284;
    public static final int SYS_FCHMODAT2 = 452;

    /** Names for the "unsupported system call" message (the common ones; others print as "?"). */
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(17, "getcwd"), Map.entry(23, "dup"), Map.entry(24, "dup3"), Map.entry(25, "fcntl"),
            Map.entry(29, "ioctl"), Map.entry(34, "mkdirat"), Map.entry(35, "unlinkat"), Map.entry(38, "renameat"),
            Map.entry(43, "statfs"), Map.entry(46, "ftruncate"), Map.entry(48, "faccessat"), Map.entry(49, "chdir"),
            Map.entry(56, "openat"), Map.entry(57, "close"), Map.entry(59, "pipe2"), Map.entry(61, "getdents64"),
            Map.entry(62, "lseek"), Map.entry(63, "read"), Map.entry(64, "write"), Map.entry(65, "readv"),
            Map.entry(66, "writev"), Map.entry(67, "pread64"), Map.entry(68, "pwrite64"), Map.entry(71, "sendfile"),
            Map.entry(72, "pselect6"), Map.entry(73, "ppoll"), Map.entry(78, "readlinkat"), Map.entry(79, "newfstatat"),
            Map.entry(80, "fstat"), Map.entry(82, "fsync"), Map.entry(93, "exit"), Map.entry(94, "exit_group"),
            Map.entry(96, "set_tid_address"), Map.entry(98, "futex"), Map.entry(99, "set_robust_list"),
            Map.entry(101, "nanosleep"), Map.entry(113, "clock_gettime"), Map.entry(114, "clock_getres"),
            Map.entry(115, "clock_nanosleep"), Map.entry(122, "sched_setaffinity"), Map.entry(123, "sched_getaffinity"),
            Map.entry(124, "sched_yield"), Map.entry(129, "kill"), Map.entry(130, "tkill"), Map.entry(131, "tgkill"),
            Map.entry(132, "sigaltstack"), Map.entry(134, "rt_sigaction"), Map.entry(135, "rt_sigprocmask"),
            Map.entry(139, "rt_sigreturn"), Map.entry(160, "uname"), Map.entry(163, "getrlimit"), Map.entry(165, "getrusage"),
            Map.entry(167, "prctl"), Map.entry(169, "gettimeofday"), Map.entry(172, "getpid"), Map.entry(173, "getppid"),
            Map.entry(174, "getuid"), Map.entry(175, "geteuid"), Map.entry(176, "getgid"), Map.entry(177, "getegid"),
            Map.entry(178, "gettid"), Map.entry(179, "sysinfo"), Map.entry(198, "socket"), Map.entry(199, "socketpair"), Map.entry(203, "connect"), Map.entry(204, "getsockname"), Map.entry(205, "getpeername"), Map.entry(206, "sendto"), Map.entry(207, "recvfrom"), Map.entry(208, "setsockopt"), Map.entry(209, "getsockopt"), Map.entry(210, "shutdown"), Map.entry(211, "sendmsg"), Map.entry(212, "recvmsg"),
            Map.entry(214, "brk"), Map.entry(217, "add_key"), Map.entry(85, "timerfd_create"), Map.entry(86, "timerfd_settime"), Map.entry(87, "timerfd_gettime"), Map.entry(107, "timer_create"), Map.entry(108, "timer_gettime"), Map.entry(109, "timer_getoverrun"), Map.entry(110, "timer_settime"), Map.entry(111, "timer_delete"), Map.entry(138, "rt_sigqueueinfo"), Map.entry(240, "rt_tgsigqueueinfo"), Map.entry(95, "waitid"), Map.entry(102, "getitimer"), Map.entry(103, "setitimer"), Map.entry(133, "rt_sigsuspend"), Map.entry(136, "rt_sigpending"), Map.entry(137, "rt_sigtimedwait"), Map.entry(154, "setpgid"), Map.entry(155, "getpgid"), Map.entry(156, "getsid"), Map.entry(157, "setsid"), Map.entry(166, "umask"), Map.entry(153, "times"), Map.entry(276, "renameat2"), Map.entry(283, "membarrier"), Map.entry(50, "fchdir"), Map.entry(53, "fchmodat"), Map.entry(36, "symlinkat"), Map.entry(37, "linkat"), Map.entry(88, "utimensat"), Map.entry(164, "setrlimit"), Map.entry(44, "fstatfs"), Map.entry(83, "fdatasync"), Map.entry(281, "execveat"), Map.entry(436, "close_range"), Map.entry(215, "munmap"), Map.entry(216, "mremap"), Map.entry(220, "clone"),
            Map.entry(221, "execve"), Map.entry(222, "mmap"), Map.entry(226, "mprotect"), Map.entry(233, "madvise"),
            Map.entry(260, "wait4"), Map.entry(261, "prlimit64"), Map.entry(278, "getrandom"), Map.entry(279, "memfd_create"),
            Map.entry(291, "statx"), Map.entry(45, "truncate"), Map.entry(47, "fallocate"), Map.entry(52, "fchmod"),
            Map.entry(54, "fchownat"), Map.entry(55, "fchown"), Map.entry(81, "sync"), Map.entry(84, "sync_file_range"),
            Map.entry(223, "fadvise64"), Map.entry(227, "msync"), Map.entry(228, "mlock"), Map.entry(229, "munlock"),
            Map.entry(230, "mlockall"), Map.entry(231, "munlockall"), Map.entry(267, "syncfs"), Map.entry(284, "mlock2"),
            Map.entry(285, "copy_file_range"), Map.entry(452, "fchmodat2"), Map.entry(293, "rseq"), Map.entry(435, "clone3"), Map.entry(439, "faccessat2"));

    public static String syscallName(long number) {
        String name = number >= 0 && number < Integer.MAX_VALUE ? NAMES.get((int) number) : null;
        return name == null ? "?" : name;
    }
}
