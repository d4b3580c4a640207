#!/usr/bin/env python3
"""Cases of FloatingPointSemanticsTest: generates fp.c (run under qemu-aarch64 -cpu max by regenerate.sh,
output in fp.expected) and, with the qemu output, the Java table in FloatingPointSemanticsTest."""
RN, RP, RM, RZ = 0, 1 << 22, 2 << 22, 3 << 22
FZ, DN, AHP, FZ16 = 1 << 24, 1 << 25, 1 << 26, 1 << 19
HI = 0x1111222233334444  # high half of every V register on entry (scalar writes must clear it)

# family, asm, fpcr, x0, x1, v0, v1, v2, nzcv (bits 31:28)
CASES = [
    # fpConvertToGeneral
    ("toGeneral", "fcvtzs w0, s1, #1", RN, 0, 0, 0, 0x402ccccd, 0, 0),          # 2.7 * 2 -> 5, IXC
    ("toGeneral", "fcvtzu x0, d1", RN, 7, 0, 0, 0xbff0000000000000, 0, 0),        # -1.0 -> 0, IOC
    ("toGeneral", "fcvtns w0, d1", RN, 0, 0, 0, 0x4004000000000000, 0, 0),        # 2.5 -> 2
    ("toGeneral", "fcvtas w0, d1", RN, 0, 0, 0, 0x4004000000000000, 0, 0),        # 2.5 -> 3
    ("toGeneral", "fcvtps x0, h1", RN, 0, 0, 0, 0xbe00, 0, 0),                    # -1.5 -> -1
    ("toGeneral", "fcvtms x0, h1", RN, 0, 0, 0, 0xbe00, 0, 0),                    # -1.5 -> -2
    ("toGeneral", "fcvtzs w0, d1", RN, 0, 0, 0, 0x4202a05f20000000, 0, 0),        # 1e10 -> saturates, IOC
    ("toGeneral", "fcvtzs x0, s1", RN, 0, 0, 0, 0x7fc00001, 0, 0),                # NaN -> 0, IOC
    ("toGeneral", "fcvtzu w0, s1", FZ, 0, 0, 0, 0x00000001, 0, 0),                # denormal flushed, IDC
    ("toGeneral", "fcvtzs x0, d1, #64", RN, 0, 0, 0, 0x3fe0000000000000, 0, 0),   # 0.5 * 2^64 saturates
    # fpConvertFromGeneral
    ("fromGeneral", "scvtf s0, x0", RZ, 0x7fffffffffffffff, 0, 0, 0, 0, 0),
    ("fromGeneral", "scvtf s0, x0", RN, 0x7fffffffffffffff, 0, 0, 0, 0, 0),
    ("fromGeneral", "ucvtf d0, x0", RN, 0xffffffffffffffff, 0, 0, 0, 0, 0),
    ("fromGeneral", "scvtf h0, w0", RN, 70000, 0, 0, 0, 0, 0),                    # overflows half
    ("fromGeneral", "ucvtf h0, w0, #32", RN, 1, 0, 0, 0, 0, 0),                   # 2^-32: tiny half
    ("fromGeneral", "ucvtf h0, w0, #32", FZ16, 1, 0, 0, 0, 0, 0),
    ("fromGeneral", "scvtf d0, w0, #3", RM, 0xfffffff5, 0, 0, 0, 0, 0),           # -11 / 8
    # fpMoveToGeneral / fpMoveFromGeneral
    ("move", "fmov x0, v1.d[1]", RN, 0, 0, 0, 0x0123456789abcdef, 0, 0),
    ("move", "fmov v0.d[1], x0", RN, 0xfedcba9876543210, 0, 0x5555, 0, 0, 0),
    ("move", "fmov h0, w0", RN, 0xffffffff12345678, 0, 0x5555, 0, 0, 0),
    ("move", "fmov x0, h1", RN, 0, 0, 0, 0xabcdef0123456789, 0, 0),
    ("move", "fmov w0, s1", RN, 0, 0, 0, 0xabcdef0123456789, 0, 0),
    ("move", "fmov d0, x0", RN, 0x8000000000000001, 0, 0, 0, 0, 0),
    # fpJavaScriptConvert
    ("javaScript", "fjcvtzs w0, d1", RN, 0, 0, 0, 0x4008000000000000, 0, 0),      # 3.0: exact, Z
    ("javaScript", "fjcvtzs w0, d1", RN, 0, 0, 0, 0x8000000000000000, 0, 0xf << 28),  # -0.0: not Z
    ("javaScript", "fjcvtzs w0, d1", RN, 0, 0, 0, 0x41f0000005000000, 0, 0),      # 2^32 + 80: modulo, IOC
    ("javaScript", "fjcvtzs w0, d1", RN, 0, 0, 0, 0xc00c000000000000, 0, 0),      # -3.5 -> -3, IXC
    ("javaScript", "fjcvtzs w0, d1", RN, 0, 0, 0, 0xfff0000000000000, 0, 0),      # -inf -> 0, IOC
    # fpScalarUnary
    ("unary", "fmov s0, s1", RN, 0, 0, 0, 0x7f800001, 0, 0),
    ("unary", "fabs d0, d1", RN, 0, 0, 0, 0xfff0000000000001, 0, 0),              # sNaN: no IOC
    ("unary", "fneg h0, h1", RN, 0, 0, 0, 0x7c01, 0, 0),
    ("unary", "fsqrt s0, s1", RN, 0, 0, 0, 0xbf800000, 0, 0),                     # sqrt(-1): default NaN
    ("unary", "fsqrt d0, d1", RM, 0, 0, 0, 0x4000000000000000, 0, 0),             # sqrt(2) rounded down
    ("unary", "fsqrt h0, h1", RN, 0, 0, 0, 0x0001, 0, 0),                         # half denormal
    ("unary", "fsqrt s0, s1", FZ, 0, 0, 0, 0x80000001, 0, 0),                     # -denormal flushed: -0
    # fpScalarConvert
    ("convert", "fcvt h0, s1", AHP, 0, 0, 0, 0x49742400, 0, 0),                   # 1e6 to AHP: max, IOC
    ("convert", "fcvt h0, s1", RN, 0, 0, 0, 0x49742400, 0, 0),                    # 1e6 to IEEE half: inf
    ("convert", "fcvt s0, h1", AHP, 0, 0, 0, 0x7c01, 0, 0),                       # AHP: no NaNs
    ("convert", "fcvt s0, h1", RN, 0, 0, 0, 0x7d01, 0, 0),                        # sNaN quieted, IOC
    ("convert", "fcvt d0, s1", DN, 0, 0, 0, 0xffc12345, 0, 0),                    # DN
    ("convert", "fcvt s0, d1", RZ, 0, 0, 0, 0x3ff0000010000001, 0, 0),
    ("convert", "fcvt h0, d1", FZ16 | FZ, 0, 0, 0, 0x3e80000000000000, 0, 0),     # 2^-23: half denormal (FZ16 ignored)
    ("convert", "fcvt s0, d1", FZ, 0, 0, 0, 0x3800000000000000, 0, 0),            # 2^-127: flushed, UFC
    # fpScalarRoundInt / fpScalarRoundIntN
    ("roundInt", "frinta d0, d1", RN, 0, 0, 0, 0x4004000000000000, 0, 0),
    ("roundInt", "frintn d0, d1", RN, 0, 0, 0, 0x4004000000000000, 0, 0),
    ("roundInt", "frintx s0, s1", RN, 0, 0, 0, 0x40200000, 0, 0),                 # 2.5: IXC
    ("roundInt", "frinti s0, s1", RM, 0, 0, 0, 0xbf000000, 0, 0),                 # -0.5 in RM: -1
    ("roundInt", "frintp h0, h1", RN, 0, 0, 0, 0xb800, 0, 0),                     # -0.5: -0
    ("roundInt", "frintz h0, h1", RN, 0, 0, 0, 0x7d00, 0, 0),                     # sNaN
    ("roundInt", "frintm d0, d1", RN, 0, 0, 0, 0x0000000000000001, 0, 0),
    ("roundInt", "frint32z s0, s1", RN, 0, 0, 0, 0x4f32d05e, 0, 0),               # 3e9: out of range
    ("roundInt", "frint32x d0, d1", RP, 0, 0, 0, 0xc1dfffffffc00000, 0, 0),      # -2147483647.0 exactly... ish
    ("roundInt", "frint64x d0, d1", RN, 0, 0, 0, 0x4004000000000000, 0, 0),
    ("roundInt", "frint64z s0, s1", RN, 0, 0, 0, 0xdf000000, 0, 0),               # -2^63 fits
    ("roundInt", "frint64z s0, s1", RN, 0, 0, 0, 0x5f000000, 0, 0),               # 2^63 does not
    # fpScalarCompare
    ("compare", "fcmp s1, #0.0", RN, 0, 0, 0, 0x7fc00000, 0, 0),
    ("compare", "fcmpe s1, #0.0", RN, 0, 0, 0, 0x7fc00000, 0, 0),
    ("compare", "fcmp h1, h2", RN, 0, 0, 0, 0x3c00, 0x4000, 0),
    ("compare", "fcmp d1, d2", RN, 0, 0, 0, 0x8000000000000000, 0, 0),
    ("compare", "fcmpe d1, d2", RN, 0, 0, 0, 0x4000000000000000, 0x3ff0000000000000, 0),
    ("compare", "fcmp s1, s2", RN, 0, 0, 0, 0x3f800000, 0x7f800001, 0),
    # fpScalarMoveImmediate
    ("immediate", "fmov h0, #-1.25", RN, 0, 0, 0, 0, 0, 0),
    ("immediate", "fmov s0, #0.125", RN, 0, 0, 0, 0, 0, 0),
    ("immediate", "fmov d0, #31.0", RN, 0, 0, 0, 0, 0, 0),
    # fpScalarConditionalCompare
    ("conditionalCompare", "fccmp s1, s2, #5, eq", RN, 0, 0, 0, 0x7fa00000, 0, 0),   # Z clear: #5, no IOC
    ("conditionalCompare", "fccmp s1, s2, #5, eq", RN, 0, 0, 0, 0x7fa00000, 0, 4 << 28),  # compares, IOC
    ("conditionalCompare", "fccmpe d1, d2, #0, al", RN, 0, 0, 0, 0x7ff8000000000000, 0, 0),
    ("conditionalCompare", "fccmp h1, h2, #15, ne", RN, 0, 0, 0, 0x3c00, 0xbc00, 0),
    # fpScalarArithmetic
    ("arithmetic", "fadd s0, s1, s2", RP, 0, 0, 0, 0x3f800000, 0x33800000, 0),     # 1 + 2^-24 up
    ("arithmetic", "fadd s0, s1, s2", RN, 0, 0, 0, 0x3f800000, 0x33800000, 0),     # tie to even
    ("arithmetic", "fsub d0, d1, d2", RM, 0, 0, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0),  # -0 in RM
    ("arithmetic", "fdiv d0, d1, d2", RN, 0, 0, 0, 0xbff0000000000000, 0, 0),      # DZC
    ("arithmetic", "fdiv h0, h1, h2", RN, 0, 0, 0, 0x3c00, 0x4200, 0),             # 1/3
    ("arithmetic", "fmul s0, s1, s2", FZ, 0, 0, 0, 0x00400000, 0x3f800000, 0),     # IDC
    ("arithmetic", "fmul s0, s1, s2", RN, 0, 0, 0, 0x00800000, 0x3f000000, 0),     # exact denormal: no UFC
    ("arithmetic", "fmul s0, s1, s2", RN, 0, 0, 0, 0x00800001, 0x3f000000, 0),     # inexact denormal: UFC
    ("arithmetic", "fmul h0, h1, h2", FZ16, 0, 0, 0, 0x0400, 0x3800, 0),           # flushed to 0, UFC
    ("arithmetic", "fmul d0, d1, d2", RZ, 0, 0, 0, 0x7fefffffffffffff, 0x4000000000000000, 0),  # max normal
    ("arithmetic", "fmax s0, s1, s2", RN, 0, 0, 0, 0x80000000, 0x00000000, 0),
    ("arithmetic", "fmin s0, s1, s2", RN, 0, 0, 0, 0x00000000, 0x80000000, 0),
    ("arithmetic", "fmaxnm d0, d1, d2", RN, 0, 0, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0),
    ("arithmetic", "fminnm d0, d1, d2", RN, 0, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0),
    ("arithmetic", "fmax h0, h1, h2", RN, 0, 0, 0, 0x7e00, 0x7d00, 0),
    ("arithmetic", "fnmul s0, s1, s2", RN, 0, 0, 0, 0x7fc00001, 0x3f800000, 0),    # NaN sign flipped
    ("arithmetic", "fnmul s0, s1, s2", DN, 0, 0, 0, 0x7f800000, 0, 0),             # -default NaN
    # fpScalarConditionalSelect
    ("select", "fcsel d0, d1, d2, mi", RN, 0, 0, 0, 0x1111, 0x2222, 8 << 28),
    ("select", "fcsel h0, h1, h2, mi", RN, 0, 0, 0, 0x12345678, 0x9abcdef0, 0),
    # fpScalarMultiplyAdd (Ra = v3 holds the addend; v3 = v0 on entry)
    ("multiplyAdd", "fmadd s0, s1, s2, s0", RN, 0, 0, 0x3f800000, 0x4b800000, 0x3f800001, 0),  # fused
    ("multiplyAdd", "fmsub d0, d1, d2, d0", RN, 0, 0, 0, 0x7ff4000000000000, 0, 0),           # -sNaN
    ("multiplyAdd", "fnmadd h0, h1, h2, h0", RN, 0, 0, 0x3c00, 0x3c00, 0x3c00, 0),            # -(1 + 1)
    ("multiplyAdd", "fnmsub s0, s1, s2, s0", RN, 0, 0, 0x3f800000, 0x3f800000, 0x3f800000, 0),  # 1 - 1 = +0
    ("multiplyAdd", "fnmsub s0, s1, s2, s0", RM, 0, 0, 0x3f800000, 0x3f800000, 0x3f800000, 0),  # -0 in RM
    ("multiplyAdd", "fmadd d0, d1, d2, d0", RN, 0, 0, 0x7ff8000000000000, 0x7ff0000000000000, 0, 0),  # qNaN + inf*0: IOC
]

def c_program():
    out = ['#include <stdio.h>', '#include <stdint.h>',
           'struct st { uint64_t x0, x1, v[8], nzcv, fpcr, fpsr; };']
    for i, c in enumerate(CASES):
        out.append('static void case%d(struct st *s) { asm volatile(' % i)
        out.append('  "ldr x9, [%0, #88]\\n msr fpcr, x9\\n msr fpsr, xzr\\n ldr x9, [%0, #80]\\n msr nzcv, x9\\n"')
        out.append('  "ldp q0, q1, [%0, #16]\\n ldp q2, q3, [%0, #48]\\n ldp x0, x1, [%0]\\n"')
        out.append('  "%s\\n"' % c[1])
        out.append('  "stp x0, x1, [%0]\\n stp q0, q1, [%0, #16]\\n mrs x9, nzcv\\n str x9, [%0, #80]\\n'
                   ' mrs x9, fpsr\\n str x9, [%0, #96]\\n msr fpcr, xzr\\n"')
        out.append('  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }')
    out.append('int main(void) {')
    out.append('  struct st s;')
    for i, (fam, asm, fpcr, x0, x1, v0, v1, v2, nzcv) in enumerate(CASES):
        out.append('  s = (struct st){0x%xULL, 0x%xULL, {0x%xULL, 0x%xULL, 0x%xULL, 0x%xULL, 0x%xULL, 0x%xULL, 0x%xULL, 0x%xULL}, 0x%xULL, 0x%xULL, 0};'
                   % (x0, x1, v0, HI, v1, HI, v2, HI, v0, HI, nzcv, fpcr))
        out.append('  case%d(&s);' % i)
        out.append('  printf("%%d %%016llx %%016llx %%016llx %%08llx %%08llx\\n", %d, (unsigned long long) s.x0, '
                   '(unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, '
                   '(unsigned long long) s.fpsr);' % i)
    out.append('  return 0;\n}')
    return '\n'.join(out) + '\n'

if __name__ == '__main__':
    import sys
    sys.stdout.write(c_program())
