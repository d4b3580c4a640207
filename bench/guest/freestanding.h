/* What the freestanding guest workloads share: Linux syscalls without a libc and checksum output. */
typedef unsigned long u64;
typedef unsigned int u32;
typedef unsigned char u8;
typedef unsigned short u16;

static long sys3(long n, long a, long b, long c) {
    register long x8 asm("x8") = n;
    register long x0 asm("x0") = a;
    register long x1 asm("x1") = b;
    register long x2 asm("x2") = c;
    asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    return x0;
}

static void put(const char *s) {
    long n = 0;
    while (s[n]) n++;
    sys3(64, 1, (long) s, n);
}

static void puthex(const char *label, u64 v) {
    char buf[40];
    int i = 0;
    while (label[i]) { buf[i] = label[i]; i++; }
    buf[i++] = ' ';
    for (int k = 60; k >= 0; k -= 4) buf[i++] = "0123456789abcdef"[(v >> k) & 15];
    buf[i++] = '\n';
    buf[i] = 0;
    put(buf);
}

/* CoreMark's CRC-16 step (polynomial 0xa001) over the low 16 bits of v: how the CoreMark-like kernels fold results. */
static inline u32 crc16(u32 crc, u32 v) {
    for (int k = 0; k < 16; k++) {
        u32 bit = (crc ^ (v >> k)) & 1;
        crc >>= 1;
        if (bit) crc ^= 0xa001;
    }
    return crc & 0xffff;
}
