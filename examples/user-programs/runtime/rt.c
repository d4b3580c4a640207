#include "rt.h"
#include <stdarg.h>

char **rt_environ;
static u64 *rt_auxv;

long rt_write(int fd, const void *buf, size_t n) { return syscall3(SYS_write, fd, buf, n); }
long rt_read(int fd, void *buf, size_t n) { return syscall3(SYS_read, fd, buf, n); }

void rt_exit(int status)
{
    rt_flush();
    for (;;) {
        syscall1(SYS_exit_group, status);
    }
}

size_t rt_strlen(const char *s)
{
    size_t n = 0;
    while (s[n]) {
        n++;
    }
    return n;
}

int rt_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (u8)*a - (u8)*b;
}

/* The compiler may emit calls to these even with -ffreestanding. Volatile stops it turning the loops back into calls. */
void *memset(void *d, int c, size_t n)
{
    volatile u8 *p = d;
    while (n--) {
        *p++ = (u8)c;
    }
    return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
    volatile u8 *p = d;
    const u8 *q = s;
    while (n--) {
        *p++ = *q++;
    }
    return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const u8 *p = a, *q = b;
    for (; n; n--, p++, q++) {
        if (*p != *q) {
            return *p - *q;
        }
    }
    return 0;
}

u64 rt_getauxval(u64 type)
{
    for (u64 *a = rt_auxv; a && a[0]; a += 2) {
        if (a[0] == type) {
            return a[1];
        }
    }
    return 0;
}

static char out_buf[4096];
static size_t out_len;

void rt_flush(void)
{
    size_t done = 0;
    while (done < out_len) {
        long n = rt_write(1, out_buf + done, out_len - done);
        if (n <= 0) {
            break;
        }
        done += n;
    }
    out_len = 0;
}

static void put(char c)
{
    if (out_len == sizeof out_buf) {
        rt_flush();
    }
    out_buf[out_len++] = c;
}

static void put_padded(const char *s, size_t len, int width, int left, char pad)
{
    int fill = width > (int)len ? width - (int)len : 0;
    if (!left) {
        while (fill--) {
            put(pad);
        }
    }
    for (size_t i = 0; i < len; i++) {
        put(s[i]);
    }
    if (left) {
        while (fill-- > 0) {
            put(' ');
        }
    }
}

int rt_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            put(*f);
            continue;
        }
        f++;
        int left = 0;
        char pad = ' ';
        int width = 0;
        int longs = 0;
        for (;; f++) {
            if (*f == '-') {
                left = 1;
            } else if (*f == '0') {
                pad = '0';
            } else {
                break;
            }
        }
        while (*f >= '0' && *f <= '9') {
            width = width * 10 + (*f++ - '0');
        }
        while (*f == 'l') {
            longs++;
            f++;
        }
        char tmp[24];
        size_t n = 0;
        u64 v;
        int neg = 0;
        switch (*f) {
        case 'd':
        case 'i': {
            i64 s = longs ? va_arg(ap, i64) : va_arg(ap, int);
            neg = s < 0;
            v = neg ? -(u64)s : (u64)s;
            goto decimal;
        }
        case 'u':
            v = longs ? va_arg(ap, u64) : va_arg(ap, unsigned);
        decimal:
            do {
                tmp[sizeof tmp - ++n] = (char)('0' + v % 10);
                v /= 10;
            } while (v);
            if (neg) {
                tmp[sizeof tmp - ++n] = '-';
            }
            put_padded(tmp + sizeof tmp - n, n, width, left, pad);
            break;
        case 'p':
            put('0');
            put('x');
            longs = 1;
            /* fall through */
        case 'x':
        case 'X':
            v = longs ? va_arg(ap, u64) : va_arg(ap, unsigned);
            do {
                tmp[sizeof tmp - ++n] = (*f == 'X' ? "0123456789ABCDEF" : "0123456789abcdef")[v & 15];
                v >>= 4;
            } while (v);
            put_padded(tmp + sizeof tmp - n, n, width, left, pad);
            break;
        case 'c':
            tmp[0] = (char)va_arg(ap, int);
            put_padded(tmp, 1, width, left, ' ');
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) {
                s = "(null)";
            }
            put_padded(s, rt_strlen(s), width, left, ' ');
            break;
        }
        case '%':
            put('%');
            break;
        default:
            put('%');
            put(*f);
            break;
        }
    }
    va_end(ap);
    return 0;
}

/* Static-pie: apply our own R_AARCH64_RELATIVE relocations (the kernel does not; glibc's
   _dl_relocate_static_pie would). Linked at 0, so the ELF header's run-time address is the bias.
   Both addresses are taken PC-relative (adrp/add), never through the not yet relocated GOT. */
__asm__(".weak _DYNAMIC\n.hidden _DYNAMIC");

static void self_relocate(void)
{
    u64 dynamic, bias;
    __asm__("adrp %0, _DYNAMIC\n\tadd %0, %0, :lo12:_DYNAMIC" : "=r"(dynamic));
    __asm__("adrp %0, __ehdr_start\n\tadd %0, %0, :lo12:__ehdr_start" : "=r"(bias));
    if (dynamic == 0) {
        return; /* not a static-pie */
    }
    const u64 *dyn = (const u64 *)dynamic;
    u64 rela = 0, relasz = 0;
    for (const u64 *d = dyn; d[0]; d += 2) {
        if (d[0] == 7) {
            rela = d[1];
        } else if (d[0] == 8) {
            relasz = d[1];
        }
    }
    for (const u64 *r = (const u64 *)(bias + rela); relasz >= 24; r += 3, relasz -= 24) {
        if ((r[1] & 0xffffffff) == 1027) {
            *(volatile u64 *)(bias + r[0]) = bias + r[2];
        }
    }
}

__attribute__((noreturn, used)) void rt_start(u64 *sp)
{
    self_relocate();
    int argc = (int)sp[0];
    char **argv = (char **)(sp + 1);
    char **envp = argv + argc + 1;
    char **e = envp;
    while (*e) {
        e++;
    }
    rt_environ = envp;
    rt_auxv = (u64 *)(e + 1);
    rt_exit(main(argc, argv, envp));
}
