/*
 * Golden-vector generator for org.a64wb.emulator.fp.FpCore. Build for AArch64 and run under qemu-aarch64
 * -cpu max (see regenerate.sh). Each output line is
 *     op fpcr a b c result fpsr
 * (hex, no 0x). The instruction reads its operands from d1, d2, d3 (set from a, b, c with fmov; the
 * H/S forms use the low bits) or from x9 (integer sources), and the result is read back from d0 / x9.
 * Compare results are NZCV>>28; fjcvtzs results are W | (NZCV>>28)<<32. An optional argument replaces
 * the fixed seed of the committed golden.txt.
 */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>

typedef uint64_t u64;
typedef u64 (*fn_t)(u64 fpcr, u64 a, u64 b, u64 c, u64 *fpsr);

#define DEF(name, insn)                                                                            \
    static u64 name(u64 fpcr, u64 a, u64 b, u64 c, u64 *st) {                                      \
        u64 r, s;                                                                                  \
        __asm__ volatile("msr fpcr, %[f]\n\tmsr fpsr, xzr\n\t"                                     \
                         "fmov d1, %[a]\n\tfmov d2, %[b]\n\tfmov d3, %[c]\n\tmov x9, %[a]\n\t"     \
                         "movi d0, #0\n\t" insn "\n\t"                                             \
                         "fmov %[r], d0\n\tmrs %[s], fpsr\n\tmsr fpcr, xzr\n\tmsr fpsr, xzr"       \
                         : [r] "=&r"(r), [s] "=&r"(s)                                              \
                         : [f] "r"(fpcr), [a] "r"(a), [b] "r"(b), [c] "r"(c)                       \
                         : "v0", "v1", "v2", "v3", "x9", "x10", "cc", "memory");                   \
        *st = s;                                                                                   \
        return r;                                                                                  \
    }

#define BIN3(op)                                        \
    DEF(op##_h, #op " h0, h1, h2")                      \
    DEF(op##_s, #op " s0, s1, s2")                      \
    DEF(op##_d, #op " d0, d1, d2")
#define UN3(op)                                         \
    DEF(op##_h, #op " h0, h1")                          \
    DEF(op##_s, #op " s0, s1")                          \
    DEF(op##_d, #op " d0, d1")
#define UN2(op)                                         \
    DEF(op##_s, #op " s0, s1")                          \
    DEF(op##_d, #op " d0, d1")
#define FMA3(op)                                        \
    DEF(op##_h, #op " h0, h1, h2, h3")                  \
    DEF(op##_s, #op " s0, s1, s2, s3")                  \
    DEF(op##_d, #op " d0, d1, d2, d3")
#define CMP3(op)                                                              \
    DEF(op##_h, #op " h1, h2\n\tmrs x9, nzcv\n\tlsr x9, x9, #28\n\tfmov d0, x9") \
    DEF(op##_s, #op " s1, s2\n\tmrs x9, nzcv\n\tlsr x9, x9, #28\n\tfmov d0, x9") \
    DEF(op##_d, #op " d1, d2\n\tmrs x9, nzcv\n\tlsr x9, x9, #28\n\tfmov d0, x9")

BIN3(fadd) BIN3(fsub) BIN3(fmul) BIN3(fmulx) BIN3(fdiv) BIN3(fmax) BIN3(fmin) BIN3(fmaxnm) BIN3(fminnm)
BIN3(frecps) BIN3(frsqrts) BIN3(fcmeq) BIN3(fcmge) BIN3(fcmgt) BIN3(fabd)
UN3(fsqrt) UN3(frintn) UN3(frintp) UN3(frintm) UN3(frintz) UN3(frinta) UN3(frintx) UN3(frinti)
UN3(frecpe) UN3(frsqrte) UN3(frecpx) UN3(fabs) UN3(fneg)
UN2(frint32x) UN2(frint32z) UN2(frint64x) UN2(frint64z)
FMA3(fmadd) FMA3(fmsub) FMA3(fnmadd) FMA3(fnmsub)
CMP3(fcmp) CMP3(fcmpe)

DEF(fcvt_h_s, "fcvt s0, h1") DEF(fcvt_h_d, "fcvt d0, h1") DEF(fcvt_s_h, "fcvt h0, s1")
DEF(fcvt_s_d, "fcvt d0, s1") DEF(fcvt_d_h, "fcvt h0, d1") DEF(fcvt_d_s, "fcvt s0, d1")
DEF(fcvtxn_d_s, "fcvtxn s0, d1")

#define TOINT1(op, p, r) DEF(op##_##p##_##r, #op " " #r "9, " #p "1\n\tfmov d0, x9")
#define TOINT(op) TOINT1(op, h, w) TOINT1(op, h, x) TOINT1(op, s, w) TOINT1(op, s, x) TOINT1(op, d, w) TOINT1(op, d, x)
TOINT(fcvtzs) TOINT(fcvtzu) TOINT(fcvtns) TOINT(fcvtnu) TOINT(fcvtps) TOINT(fcvtpu)
TOINT(fcvtms) TOINT(fcvtmu) TOINT(fcvtas) TOINT(fcvtau)

#define TOFIX1(op, p, r, fb) DEF(op##_##p##_##r##_##fb, #op " " #r "9, " #p "1, #" #fb "\n\tfmov d0, x9")
#define TOFIX(op) TOFIX1(op, h, w, 1) TOFIX1(op, h, w, 13) TOFIX1(op, h, w, 32) TOFIX1(op, h, x, 1) TOFIX1(op, h, x, 40) TOFIX1(op, h, x, 64) \
    TOFIX1(op, s, w, 1) TOFIX1(op, s, w, 13) TOFIX1(op, s, w, 32) TOFIX1(op, s, x, 1) TOFIX1(op, s, x, 40) TOFIX1(op, s, x, 64) \
    TOFIX1(op, d, w, 1) TOFIX1(op, d, w, 13) TOFIX1(op, d, w, 32) TOFIX1(op, d, x, 1) TOFIX1(op, d, x, 40) TOFIX1(op, d, x, 64)
TOFIX(fcvtzs) TOFIX(fcvtzu)

#define FROMINT1(op, r, p) DEF(op##_##r##_##p, #op " " #p "0, " #r "9")
#define FROMFIX1(op, r, p, fb) DEF(op##_##r##_##p##_##fb, #op " " #p "0, " #r "9, #" #fb)
#define FROMINT(op) FROMINT1(op, w, h) FROMINT1(op, w, s) FROMINT1(op, w, d) FROMINT1(op, x, h) FROMINT1(op, x, s) FROMINT1(op, x, d) \
    FROMFIX1(op, w, h, 1) FROMFIX1(op, w, h, 20) FROMFIX1(op, w, h, 32) FROMFIX1(op, x, h, 1) FROMFIX1(op, x, h, 50) FROMFIX1(op, x, h, 64) \
    FROMFIX1(op, w, s, 1) FROMFIX1(op, w, s, 20) FROMFIX1(op, w, s, 32) FROMFIX1(op, x, s, 1) FROMFIX1(op, x, s, 50) FROMFIX1(op, x, s, 64) \
    FROMFIX1(op, w, d, 1) FROMFIX1(op, w, d, 20) FROMFIX1(op, w, d, 32) FROMFIX1(op, x, d, 1) FROMFIX1(op, x, d, 50) FROMFIX1(op, x, d, 64)
FROMINT(scvtf) FROMINT(ucvtf)

/* 16-bit integers in H registers (AdvSIMD scalar FP16 forms) */
DEF(scvtf_h_h_0, "scvtf h0, h1") DEF(ucvtf_h_h_0, "ucvtf h0, h1")
DEF(scvtf_h_h_7, "scvtf h0, h1, #7") DEF(ucvtf_h_h_7, "ucvtf h0, h1, #7")
DEF(scvtf_h_h_16, "scvtf h0, h1, #16") DEF(ucvtf_h_h_16, "ucvtf h0, h1, #16")
DEF(fcvtzs_h_h_0, "fcvtzs h0, h1") DEF(fcvtzu_h_h_0, "fcvtzu h0, h1")
DEF(fcvtzs_h_h_7, "fcvtzs h0, h1, #7") DEF(fcvtzu_h_h_7, "fcvtzu h0, h1, #7")
DEF(fcvtzs_h_h_16, "fcvtzs h0, h1, #16") DEF(fcvtzu_h_h_16, "fcvtzu h0, h1, #16")
DEF(fcvtns_h_h_0, "fcvtns h0, h1") DEF(fcvtau_h_h_0, "fcvtau h0, h1")
DEF(fcvtps_h_h_0, "fcvtps h0, h1") DEF(fcvtmu_h_h_0, "fcvtmu h0, h1")

DEF(fjcvtzs_d_w, "fjcvtzs w9, d1\n\tmrs x10, nzcv\n\tlsr x10, x10, #28\n\torr x9, x9, x10, lsl #32\n\tfmov d0, x9")
DEF(urecpe_w, "urecpe v0.2s, v1.2s\n\tfmov w9, s0\n\tfmov d0, x9")
DEF(ursqrte_w, "ursqrte v0.2s, v1.2s\n\tfmov w9, s0\n\tfmov d0, x9")

/* ---- input generation ---- */

static u64 rs = 0x9E3779B97F4A7C15ull;
static u64 rnd(void) {
    rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17;
    return rs;
}
static int rndn(int n) { return (int)(rnd() % (u64)n); }

static int fbitsOf(char p) { return p == 'h' ? 10 : p == 's' ? 23 : 52; }
static int ebitsOf(char p) { return p == 'h' ? 5 : p == 's' ? 8 : 11; }
static int widthOf(char p) { return p == 'h' ? 16 : p == 's' ? 32 : 64; }

static u64 pack(char p, int sign, long bexp, u64 frac) {
    int F = fbitsOf(p), E = ebitsOf(p);
    return ((u64)sign << (F + E)) | ((u64)(bexp & ((1 << E) - 1)) << F) | (frac & ((1ull << F) - 1));
}

static u64 randFrac(char p) {
    int F = fbitsOf(p);
    u64 f = rnd() & ((1ull << F) - 1);
    switch (rndn(6)) {
    case 0: { int k = rndn(F + 1); f &= ~((1ull << (F - k)) - 1) | 0; if (k < F) f &= ~((1ull << (F - k)) - 1); break; }
    case 1: { int k = rndn(F + 1); if (k < F) f |= (1ull << (F - k)) - 1; break; }
    case 2: { int k = rndn(F); f = (f & ~((1ull << (F - k)) - 1)) | (1ull << (F - k - 1)); break; } /* halfway-ish */
    default: break;
    }
    return f & ((1ull << F) - 1);
}

/* A random value of precision p; "flavour" biases the exponent. */
static u64 gen(char p) {
    int F = fbitsOf(p), E = ebitsOf(p);
    int bias = (1 << (E - 1)) - 1, maxe = (1 << E) - 1;
    int sign = rndn(2);
    int r = rndn(100);
    if (r < 22) {
        switch (rndn(16)) {
        case 0: return pack(p, sign, 0, 0);
        case 1: return pack(p, sign, maxe, 0);
        case 2: return pack(p, sign, maxe, (1ull << (F - 1)) | (rnd() & ((1ull << (F - 1)) - 1) & (rndn(2) ? ~0ull : 0)));
        case 3: return pack(p, sign, maxe, (rnd() & ((1ull << (F - 1)) - 1)) | 1);
        case 4: return pack(p, sign, 0, 1);
        case 5: return pack(p, sign, 0, (1ull << F) - 1);
        case 6: return pack(p, sign, 1, 0);
        case 7: return pack(p, sign, maxe - 1, (1ull << F) - 1);
        case 8: return pack(p, sign, bias, 0);
        case 9: return pack(p, sign, bias - 1, 0);
        case 10: return pack(p, sign, bias, 1ull << (F - 1));
        case 11: return pack(p, sign, bias + 1, 1ull << (F - 2));
        case 12: return pack(p, sign, 0, rnd());
        case 13: return pack(p, sign, maxe - 1, rnd());
        case 14: return pack(p, sign, maxe, rnd() | 1);
        default: return pack(p, sign, 1, rnd());
        }
    } else if (r < 45) {
        return pack(p, sign, rnd() % (u64)(maxe + 1), rnd());
    } else if (r < 75) {
        int e = bias - 3 + rndn(F + 8);
        if (e > maxe - 1) e = maxe - 1;
        return pack(p, sign, e, randFrac(p));
    } else if (r < 87) {
        static const int lim[] = {15, 16, 31, 32, 63, 64, 52, 53, 10, 11, 23, 24};
        int e = bias + lim[rndn(12)] + rndn(3) - 1;
        if (e > maxe - 1) e = maxe - 1;
        return pack(p, sign, e, randFrac(p));
    } else if (r < 95) {
        int e = rndn(F + 3) - 1;
        if (e < 0) e = 0;
        return pack(p, sign, e, randFrac(p));
    } else {
        return pack(p, sign, maxe - 1 - rndn(4), randFrac(p));
    }
}

/* b for a such that a*b (mul = 1), a/b (mul = -1) lands near the underflow or overflow threshold. */
static u64 genScaled(char p, u64 a, int mul) {
    int F = fbitsOf(p), E = ebitsOf(p);
    int bias = (1 << (E - 1)) - 1, maxe = (1 << E) - 1;
    int ea = (int)((a >> F) & (u64)maxe);
    int target = rndn(3) ? rndn(F + 6) - F - 2 : maxe - 3 + rndn(5);
    int eb = mul > 0 ? target - ea + bias : ea + bias - target;
    if (eb < 0) eb = 0;
    if (eb > maxe - 1) eb = maxe - 1;
    return pack(p, rndn(2), eb, randFrac(p));
}

/* Two operands near the smallest normal, for sums that land in (or just above) the subnormal range. */
static u64 genTiny(char p) {
    return pack(p, rndn(2), rndn(4), randFrac(p));
}

/* A second operand related to a: same or nearby exponent, or a itself with a few bit changes. */
static u64 genRelated(char p, u64 a) {
    int F = fbitsOf(p), E = ebitsOf(p), W = widthOf(p);
    u64 m = W == 64 ? ~0ull : (1ull << W) - 1;
    switch (rndn(5)) {
    case 0: return (a ^ (rnd() & ((1ull << rndn(F)) - 1))) & m;
    case 1: return (a ^ (1ull << (W - 1))) & m;
    case 2: return ((a ^ (1ull << (W - 1))) + (u64)(rndn(5) - 2)) & m;
    case 3: {
        long e = (long)((a >> F) & ((1ull << E) - 1)) + rndn(2 * F + 4) - F - 2;
        if (e < 0) e = 0;
        if (e > (1 << E) - 2) e = (1 << E) - 2;
        return pack(p, rndn(2), e, randFrac(p));
    }
    default: return gen(p);
    }
}

static u64 genInt(char r) {
    u64 v;
    switch (rndn(6)) {
    case 0: v = rnd(); break;
    case 1: v = rnd() >> rndn(64); break;
    case 2: v = -(rnd() >> rndn(64)); break;
    case 3: { static const u64 s[] = {0, 1, ~0ull, 0x7fffffff, 0x80000000, 0xffffffff, 0x7fffffffffffffffull,
                                        0x8000000000000000ull, 0x80000001, 0xfff, 0x1000, 0xffe0, 0xfff0, 0x10000};
              v = s[rndn(14)]; break; }
    case 4: { int k = rndn(64); v = (1ull << k) + (u64)(rndn(9) - 4); if (rndn(2)) v = -v; break; }
    default: { int k = rndn(64); v = (rnd() >> k) << rndn(64 - k + 1 > 63 ? 63 : 64 - k + 1); break; }
    }
    return r == 'w' ? (v & 0xffffffffull) : r == 'h' ? (v & 0xffff) : v;
}

static u64 genFpcr(int ahp) {
    u64 f = (u64)rndn(4) << 22;
    if (rndn(3) == 0) f |= 1u << 24;   /* FZ */
    if (rndn(4) == 0) f |= 1u << 25;   /* DN */
    if (rndn(3) == 0) f |= 1u << 19;   /* FZ16 */
    if (ahp && rndn(2) == 0) f |= 1u << 26; /* AHP */
    return f;
}

static void emit(const char *op, fn_t fn, u64 fpcr, u64 a, u64 b, u64 c) {
    u64 st;
    u64 r = fn(fpcr, a, b, c, &st);
    /* The H-register integer forms write 16 bits (the rest of the vector is zeroed); QEMU 7.2 leaves the
       sign extension in bits 31:16 for FCVTZS Hd, Hn, #fbits, so only the architectural 16 bits are kept. */
    if (strstr(op, ".h.h."))
        r &= 0xffff;
    printf("%s %llx %llx %llx %llx %llx %llx\n", op, (unsigned long long)fpcr, (unsigned long long)a,
           (unsigned long long)b, (unsigned long long)c, (unsigned long long)r, (unsigned long long)st);
}

/* kinds: 1 unary fp, 2 binary fp, 3 fused, 4 int source */
static void run(const char *op, fn_t fn, int kind, char p, char src, int count) {
    for (int i = 0; i < count; i++) {
        u64 fpcr = genFpcr(strncmp(op, "fcvt.", 5) == 0);
        u64 a = 0, b = 0, c = 0;
        if (kind == 4) {
            a = genInt(src);
        } else if (kind == 1) {
            a = gen(p);
        } else if (kind == 2) {
            int muldiv = strncmp(op, "fmul", 4) == 0 ? 1 : strncmp(op, "fdiv", 4) == 0 ? -1
                       : strncmp(op, "frecps", 6) == 0 || strncmp(op, "frsqrts", 7) == 0 ? 1 : 0;
            int t = rndn(10);
            if (t < 2) {
                a = genTiny(p);
                b = rndn(2) ? genTiny(p) : genRelated(p, a);
            } else if (t < 5 && muldiv) {
                a = gen(p);
                b = genScaled(p, a, muldiv);
            } else {
                a = gen(p);
                b = rndn(2) ? genRelated(p, a) : gen(p);
            }
        } else {
            a = gen(p);
            b = rndn(3) ? gen(p) : genScaled(p, a, 1);
            int t = rndn(4);
            if (t == 3) {
                c = genTiny(p);
            } else
            if (t == 0) {
                c = genRelated(p, a);
            } else if (t == 1 && p != 'h') {
                /* c close to -(a*b): cancellation */
                if (p == 'd') {
                    double x, y, z; memcpy(&x, &a, 8); memcpy(&y, &b, 8); z = -(x * y);
                    memcpy(&c, &z, 8);
                } else {
                    float x, y, z; uint32_t u = (uint32_t)a, v = (uint32_t)b, w;
                    memcpy(&x, &u, 4); memcpy(&y, &v, 4); z = -(x * y); memcpy(&w, &z, 4); c = w;
                }
                if (rndn(2)) c ^= (u64)rndn(4);
            } else {
                c = gen(p);
            }
        }
        emit(op, fn, fpcr, a, b, c);
    }
}

#define N_BIN 240
#define N_UN 160
#define N_CVT 100
#define N_FIX 45

#define R3(name, kind, n) run(#name ".h", name##_h, kind, 'h', 0, n); run(#name ".s", name##_s, kind, 's', 0, n); run(#name ".d", name##_d, kind, 'd', 0, n);
#define R2(name, kind, n) run(#name ".s", name##_s, kind, 's', 0, n); run(#name ".d", name##_d, kind, 'd', 0, n);
#define RTOINT1(op, p, r) run(#op "." #p "." #r, op##_##p##_##r, 1, *#p, 0, N_CVT);
#define RTOINT(op) RTOINT1(op, h, w) RTOINT1(op, h, x) RTOINT1(op, s, w) RTOINT1(op, s, x) RTOINT1(op, d, w) RTOINT1(op, d, x)
#define RTOFIX1(op, p, r, fb) run(#op "." #p "." #r "." #fb, op##_##p##_##r##_##fb, 1, *#p, 0, N_FIX);
#define RTOFIX(op) RTOFIX1(op, h, w, 1) RTOFIX1(op, h, w, 13) RTOFIX1(op, h, w, 32) RTOFIX1(op, h, x, 1) RTOFIX1(op, h, x, 40) RTOFIX1(op, h, x, 64) \
    RTOFIX1(op, s, w, 1) RTOFIX1(op, s, w, 13) RTOFIX1(op, s, w, 32) RTOFIX1(op, s, x, 1) RTOFIX1(op, s, x, 40) RTOFIX1(op, s, x, 64) \
    RTOFIX1(op, d, w, 1) RTOFIX1(op, d, w, 13) RTOFIX1(op, d, w, 32) RTOFIX1(op, d, x, 1) RTOFIX1(op, d, x, 40) RTOFIX1(op, d, x, 64)
#define RFROM1(op, r, p, n) run(#op "." #r "." #p, op##_##r##_##p, 4, *#p, *#r, n);
#define RFROMFIX1(op, r, p, fb) run(#op "." #r "." #p "." #fb, op##_##r##_##p##_##fb, 4, *#p, *#r, N_FIX);
#define RFROM(op) RFROM1(op, w, h, N_CVT) RFROM1(op, w, s, N_CVT) RFROM1(op, w, d, N_CVT) RFROM1(op, x, h, N_CVT) RFROM1(op, x, s, N_CVT) RFROM1(op, x, d, N_CVT) \
    RFROMFIX1(op, w, h, 1) RFROMFIX1(op, w, h, 20) RFROMFIX1(op, w, h, 32) RFROMFIX1(op, x, h, 1) RFROMFIX1(op, x, h, 50) RFROMFIX1(op, x, h, 64) \
    RFROMFIX1(op, w, s, 1) RFROMFIX1(op, w, s, 20) RFROMFIX1(op, w, s, 32) RFROMFIX1(op, x, s, 1) RFROMFIX1(op, x, s, 50) RFROMFIX1(op, x, s, 64) \
    RFROMFIX1(op, w, d, 1) RFROMFIX1(op, w, d, 20) RFROMFIX1(op, w, d, 32) RFROMFIX1(op, x, d, 1) RFROMFIX1(op, x, d, 50) RFROMFIX1(op, x, d, 64)

int main(int argc, char **argv) {
    if (argc > 1) rs = strtoull(argv[1], 0, 0) | 1; /* another seed: other vectors (live runs) */
    R3(fadd, 2, N_BIN) R3(fsub, 2, N_BIN) R3(fmul, 2, N_BIN) R3(fmulx, 2, N_UN) R3(fdiv, 2, N_BIN)
    R3(fmax, 2, N_UN) R3(fmin, 2, N_UN) R3(fmaxnm, 2, N_UN) R3(fminnm, 2, N_UN) R3(fabd, 2, N_UN)
    R3(frecps, 2, N_UN) R3(frsqrts, 2, N_UN) R3(fcmeq, 2, N_UN) R3(fcmge, 2, N_UN) R3(fcmgt, 2, N_UN)
    R3(fcmp, 2, N_UN) R3(fcmpe, 2, N_UN)
    R3(fmadd, 3, 2 * N_BIN) R3(fmsub, 3, N_UN) R3(fnmadd, 3, N_UN) R3(fnmsub, 3, N_UN)
    R3(fsqrt, 1, N_BIN) R3(frintn, 1, N_UN) R3(frintp, 1, N_UN) R3(frintm, 1, N_UN) R3(frintz, 1, N_UN)
    R3(frinta, 1, N_UN) R3(frintx, 1, N_UN) R3(frinti, 1, N_UN)
    R2(frint32x, 1, N_UN) R2(frint32z, 1, N_UN) R2(frint64x, 1, N_UN) R2(frint64z, 1, N_UN)
    R3(frecpe, 1, N_UN) R3(frsqrte, 1, N_UN) R3(frecpx, 1, N_UN) R3(fabs, 1, 40) R3(fneg, 1, 40)
    run("fcvt.h.s", fcvt_h_s, 1, 'h', 0, N_UN); run("fcvt.h.d", fcvt_h_d, 1, 'h', 0, N_UN);
    run("fcvt.s.h", fcvt_s_h, 1, 's', 0, N_UN); run("fcvt.s.d", fcvt_s_d, 1, 's', 0, N_UN);
    run("fcvt.d.h", fcvt_d_h, 1, 'd', 0, N_UN); run("fcvt.d.s", fcvt_d_s, 1, 'd', 0, N_UN);
    run("fcvtxn.d.s", fcvtxn_d_s, 1, 'd', 0, N_UN);
    RTOINT(fcvtzs) RTOINT(fcvtzu) RTOINT(fcvtns) RTOINT(fcvtnu) RTOINT(fcvtps) RTOINT(fcvtpu)
    RTOINT(fcvtms) RTOINT(fcvtmu) RTOINT(fcvtas) RTOINT(fcvtau)
    RTOFIX(fcvtzs) RTOFIX(fcvtzu)
    RFROM(scvtf) RFROM(ucvtf)
    run("scvtf.h.h.0", scvtf_h_h_0, 4, 'h', 'h', N_FIX); run("ucvtf.h.h.0", ucvtf_h_h_0, 4, 'h', 'h', N_FIX);
    run("scvtf.h.h.7", scvtf_h_h_7, 4, 'h', 'h', N_FIX); run("ucvtf.h.h.7", ucvtf_h_h_7, 4, 'h', 'h', N_FIX);
    run("scvtf.h.h.16", scvtf_h_h_16, 4, 'h', 'h', N_FIX); run("ucvtf.h.h.16", ucvtf_h_h_16, 4, 'h', 'h', N_FIX);
    run("fcvtzs.h.h.0", fcvtzs_h_h_0, 1, 'h', 0, N_FIX); run("fcvtzu.h.h.0", fcvtzu_h_h_0, 1, 'h', 0, N_FIX);
    run("fcvtzs.h.h.7", fcvtzs_h_h_7, 1, 'h', 0, N_FIX); run("fcvtzu.h.h.7", fcvtzu_h_h_7, 1, 'h', 0, N_FIX);
    run("fcvtzs.h.h.16", fcvtzs_h_h_16, 1, 'h', 0, N_FIX); run("fcvtzu.h.h.16", fcvtzu_h_h_16, 1, 'h', 0, N_FIX);
    run("fcvtns.h.h.0", fcvtns_h_h_0, 1, 'h', 0, N_FIX); run("fcvtau.h.h.0", fcvtau_h_h_0, 1, 'h', 0, N_FIX);
    run("fcvtps.h.h.0", fcvtps_h_h_0, 1, 'h', 0, N_FIX); run("fcvtmu.h.h.0", fcvtmu_h_h_0, 1, 'h', 0, N_FIX);
    run("fjcvtzs.d.w", fjcvtzs_d_w, 1, 'd', 0, 2 * N_UN);
    run("urecpe.w", urecpe_w, 4, 'w', 'w', N_UN);
    run("ursqrte.w", ursqrte_w, 4, 'w', 'w', N_UN);
    return 0;
}
