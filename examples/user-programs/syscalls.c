/* Linux system calls as a static program uses them; prints only what is the same on any Linux host.
   Exit status 5. */
#include "rt.h"

static int ends_with(const char *s, long n, const char *suffix)
{
    long k = (long)rt_strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)envp;
    /* errors come back as -errno */
    rt_printf("write from bad pointer = %ld (-EFAULT)\n", syscall3(SYS_write, 1, 8, 4));
    rt_printf("read from closed fd = %ld (-EBADF)\n", syscall3(SYS_read, 77, 0, 0));
    rt_printf("open missing file = %ld (-ENOENT)\n", syscall4(SYS_openat, -100, "/nonexistent/a64wb", 0, 0));
    rt_printf("unknown syscall 1000 = %ld (-ENOSYS)\n", syscall0(1000));
    rt_printf("ioctl(1, TCGETS) = %ld (-ENOTTY)\n", syscall3(SYS_ioctl, 1, 0x5401, 0));

    /* the program's own file */
    long fd = syscall4(SYS_openat, -100, argv[0], 0, 0);
    char magic[4] = {0};
    rt_printf("open self = %ld, read = %ld, magic ok = %d\n", fd, syscall3(SYS_read, fd, magic, 4),
              magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F');
    u64 st[16];
    rt_printf("fstat = %ld, regular = %d, size > 1000 = %d\n", syscall2(SYS_fstat, fd, st), (st[2] & 0170000) == 0100000, (i64)st[6] > 1000);
    rt_printf("lseek(0, SEEK_END) == size = %d\n", syscall3(SYS_lseek, fd, 0, 2) == (i64)st[6]);
    rt_printf("lseek(-1, SEEK_SET) = %ld (-EINVAL)\n", syscall3(SYS_lseek, fd, -1, 0));
    u64 st2[16];
    rt_printf("newfstatat = %ld, same size = %d\n", syscall4(SYS_newfstatat, -100, argv[0], st2, 0), st2[6] == st[6]);
    u8 *map = (u8 *)syscall6(SYS_mmap, 0, 8192, 1, 2, fd, 0);
    rt_printf("private file mmap: page aligned = %d, magic ok = %d\n", ((u64)map & 4095) == 0, map[1] == 'E' && map[3] == 'F');
    rt_printf("munmap = %ld\n", syscall2(SYS_munmap, map, 8192));
    rt_printf("close = %ld, close again = %ld (-EBADF)\n", syscall1(SYS_close, fd), syscall1(SYS_close, fd));
    char link[512];
    long n = syscall4(SYS_readlinkat, -100, "/proc/self/exe", link, sizeof link);
    rt_printf("readlink /proc/self/exe: absolute = %d, ends with /build/syscalls = %d\n", link[0] == '/', ends_with(link, n, "/build/syscalls"));

    /* heap */
    u64 brk0 = syscall1(SYS_brk, 0);
    u64 brk1 = syscall1(SYS_brk, brk0 + 65536 + 10);
    rt_printf("brk grows by 65546 = %d\n", brk1 == brk0 + 65546);
    volatile u8 *heap = (u8 *)brk0;
    heap[0] = 1;
    heap[65545] = 2;
    rt_printf("heap ends readable = %d\n", heap[0] + heap[65545] == 3);
    rt_printf("brk shrinks = %d\n", (u64)syscall1(SYS_brk, brk0 + 4096) == brk0 + 4096);

    /* anonymous memory */
    u64 *anon = (u64 *)syscall6(SYS_mmap, 0, 1 << 20, 3, 0x22, -1, 0);
    u64 zero = 0;
    for (int i = 0; i < (1 << 17); i += 512) {
        zero |= anon[i];
        anon[i] = i;
    }
    rt_printf("anonymous mmap 1 MiB: zeroed = %d, aligned = %d\n", zero == 0, ((u64)anon & 4095) == 0);
    rt_printf("mprotect read-only = %ld\n", syscall3(SYS_mprotect, anon, 4096, 1));
    rt_printf("munmap middle page = %ld, neighbours kept = %d\n", syscall2(SYS_munmap, (u8 *)anon + 8192, 4096),
              anon[0] == 0 && anon[1536] == 1536);
    rt_printf("mmap length 0 = %ld (-EINVAL)\n", syscall6(SYS_mmap, 0, 0, 3, 0x22, -1, 0));

    /* time, randomness, identity */
    u64 t0[2], t1[2], rt[2];
    syscall2(SYS_clock_gettime, 1, t0);
    syscall2(SYS_clock_gettime, 1, t1);
    rt_printf("monotonic does not go back = %d\n", t1[0] > t0[0] || (t1[0] == t0[0] && t1[1] >= t0[1]));
    rt_printf("clock_gettime(REALTIME) = %ld, after 2020 = %d\n", syscall2(SYS_clock_gettime, 0, rt), rt[0] > 1577836800);
    rt_printf("clock_gettime bad clock = %ld (-EINVAL)\n", syscall2(SYS_clock_gettime, 12345, rt));
    u64 tv[2];
    rt_printf("gettimeofday = %ld, usec < 1e6 = %d\n", syscall2(SYS_gettimeofday, tv, 0), tv[1] < 1000000);
    u8 rnd[16];
    rt_printf("getrandom(16) = %ld\n", syscall3(SYS_getrandom, rnd, 16, 0));
    char uts[6 * 65];
    syscall1(SYS_uname, uts);
    rt_printf("uname sysname = %s machine = %s\n", uts, uts + 4 * 65);
    long pid = syscall0(SYS_getpid);
    rt_printf("getpid > 0 = %d, gettid == getpid = %d\n", pid > 0, syscall0(SYS_gettid) == pid);
    rt_printf("set_tid_address == getpid = %d\n", syscall1(SYS_set_tid_address, &zero) == pid);

    /* signals are recorded */
    u64 act[4] = {0x1234, 0, 0, 0}, old[4];
    rt_printf("rt_sigaction(SIGUSR1) = %ld\n", syscall4(SYS_rt_sigaction, 10, act, 0, 8));
    rt_printf("rt_sigaction read back = %ld, handler 0x%lx\n", syscall4(SYS_rt_sigaction, 10, 0, old, 8), old[0]);
    rt_printf("rt_sigaction(SIGKILL) = %ld (-EINVAL)\n", syscall4(SYS_rt_sigaction, 9, act, 0, 8));
    u64 set = 1 << 9, oldset = 99;
    rt_printf("rt_sigprocmask block = %ld\n", syscall4(SYS_rt_sigprocmask, 0, &set, 0, 8));
    rt_printf("rt_sigprocmask read = %ld, mask 0x%lx\n", syscall4(SYS_rt_sigprocmask, 0, 0, &oldset, 8), oldset);
    u64 lim[2];
    rt_printf("prlimit64(RLIMIT_NOFILE) = %ld\n", syscall4(SYS_prlimit64, 0, 7, 0, lim));
    rt_printf("prlimit64(bad resource) = %ld (-EINVAL)\n", syscall4(SYS_prlimit64, 0, 99, 0, lim));
    return 5;
}
