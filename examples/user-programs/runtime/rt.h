/* Tiny freestanding runtime for the user-mode test programs: syscalls, strings, printf-like output. */
#ifndef RT_H
#define RT_H

typedef unsigned long u64;
typedef long i64;
typedef unsigned int u32;
typedef int i32;
typedef unsigned short u16;
typedef unsigned char u8;
typedef unsigned long size_t;

#define SYS_openat 56
#define SYS_close 57
#define SYS_lseek 62
#define SYS_read 63
#define SYS_write 64
#define SYS_writev 66
#define SYS_readlinkat 78
#define SYS_newfstatat 79
#define SYS_fstat 80
#define SYS_exit 93
#define SYS_exit_group 94
#define SYS_set_tid_address 96
#define SYS_clock_gettime 113
#define SYS_rt_sigaction 134
#define SYS_rt_sigprocmask 135
#define SYS_uname 160
#define SYS_gettimeofday 169
#define SYS_getpid 172
#define SYS_gettid 178
#define SYS_brk 214
#define SYS_munmap 215
#define SYS_mmap 222
#define SYS_mprotect 226
#define SYS_prlimit64 261
#define SYS_getrandom 278
#define SYS_ioctl 29

static inline long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x4 __asm__("x4") = e;
    register long x5 __asm__("x5") = f;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
    return x0;
}
#define syscall0(n) syscall6(n, 0, 0, 0, 0, 0, 0)
#define syscall1(n, a) syscall6(n, (long)(a), 0, 0, 0, 0, 0)
#define syscall2(n, a, b) syscall6(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define syscall3(n, a, b, c) syscall6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define syscall4(n, a, b, c, d) syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

long rt_write(int fd, const void *buf, size_t n);
long rt_read(int fd, void *buf, size_t n);
__attribute__((noreturn)) void rt_exit(int status);
size_t rt_strlen(const char *s);
int rt_strcmp(const char *a, const char *b);
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
/* %d %i %u %x %X %c %s %p %% with l/ll, width, '0' and '-' flags. Output is buffered; rt_flush() writes it. */
int rt_printf(const char *fmt, ...);
void rt_flush(void);
u64 rt_getauxval(u64 type);

extern char **rt_environ;
int main(int argc, char **argv, char **envp);

#endif
