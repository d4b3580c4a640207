/*
 * Random differential (see gen_random.py, run_random.sh): each case starts from V[i] = pattern(2i+1):
 * pattern(2i) as in cases.c, a 2 KiB buffer with buf[k] = k * 7 + 1 (mod 256), x0..x15 = &buf[1024]
 * and x16..x30 = small_offsets. Prints per case the word, the V registers that changed, the
 * X registers that changed (as the difference from their start value) and the changed buffer bytes.
 */
#include <stdio.h>

struct state { unsigned long long x[32]; unsigned long long v[64]; };
typedef void (*case_fn)(struct state *);
extern const case_fn case_table[];
extern const unsigned case_words[];
extern const unsigned case_count;
extern const long long small_offsets[15];

static unsigned char buf[2048] __attribute__((aligned(16)));

static unsigned long long pattern(int i) {
    return 0xf0f0f0f000000000ULL | (unsigned long long) i * 0x01010101ULL;
}

int main(void) {
    struct state in, out;
    for (unsigned i = 0; i < case_count; i++) {
        for (int k = 0; k < 2048; k++) buf[k] = (unsigned char) (k * 7 + 1);
        for (int r = 0; r < 16; r++) in.x[r] = (unsigned long long) (buf + 1024);
        for (int r = 16; r < 31; r++) in.x[r] = (unsigned long long) small_offsets[r - 16];
        in.x[31] = 0;
        for (int j = 0; j < 64; j++) in.v[j] = pattern(j);
        out = in;
        case_table[i](&out);
        printf("== %08x\n", case_words[i]);
        for (int r = 0; r < 32; r++)
            if (out.v[2 * r] != in.v[2 * r] || out.v[2 * r + 1] != in.v[2 * r + 1])
                printf("v%d %016llx %016llx\n", r, out.v[2 * r + 1], out.v[2 * r]);
        for (int r = 0; r < 31; r++)
            if (out.x[r] != in.x[r]) printf("x%d %+lld\n", r, (long long) (out.x[r] - in.x[r]));
        for (int k = 0; k < 2048; k++)
            if (buf[k] != (unsigned char) (k * 7 + 1)) printf("buf[%d] %02x\n", k, buf[k]);
    }
    return 0;
}
