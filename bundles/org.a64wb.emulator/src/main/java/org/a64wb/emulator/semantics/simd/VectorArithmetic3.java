package org.a64wb.emulator.semantics.simd;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.fp.FpCore;
import org.a64wb.emulator.fp.FpStatus;

/**
 * The element arithmetic of the Advanced SIMD three-register classes (three same, three same FP16,
 * three-register extension, three different), as {@code AdvSimdThreeRegisterExecution} calls it. Vectors are
 * handled as their two 64-bit halves (lo = bits 63:0, hi = bits 127:64); every method reads all of its
 * sources before it writes V[d], so d may equal n or m. 64-bit vector results (datasize 64) clear bits 127:64.
 * Saturation sets FPSR.QC; FP operations run in {@link FpCore} with the FPCR/FPSR of the CPU.
 */
public final class VectorArithmetic3 {

    private VectorArithmetic3() {
    }

    // ---- lanes

    /** Bits esize-1:0 set (esize 8..64). */
    public static long mask(int esize) {
        return esize == 64 ? -1L : (1L << esize) - 1;
    }

    /** Elem[lo:hi, i, esize], zero-extended. */
    public static long lane(long lo, long hi, int i, int esize) {
        int bit = i * esize;
        long half = bit < 64 ? lo : hi;
        return esize == 64 ? half : half >>> (bit & 63) & ((1L << esize) - 1);
    }

    /** Elem[lo:hi, i, esize], sign-extended. */
    public static long slane(long lo, long hi, int i, int esize) {
        int bit = i * esize;
        long half = bit < 64 ? lo : hi;
        return esize == 64 ? half : half << (64 - esize - (bit & 63)) >> (64 - esize);
    }

    /** Elem[lo:hi, i, esize] as Int(.., unsigned). */
    public static long lane(long lo, long hi, int i, int esize, boolean unsigned) {
        return unsigned ? lane(lo, hi, i, esize) : slane(lo, hi, i, esize);
    }



    /** Lane high bits of each esize-bit lane of a 64-bit half. */
    private static long highBits(int esize) {
        return switch (esize) {
            case 8 -> 0x8080808080808080L;
            case 16 -> 0x8000800080008000L;
            case 32 -> 0x8000000080000000L;
            default -> 0x8000000000000000L;
        };
    }

    // ---- saturation

    /** SatQ(value, esize, unsigned) for esize &lt; 64 and an exact value; sets FPSR.QC on saturation. */
    static long satQ(Cpu cpu, long value, int esize, boolean unsigned) {
        if (unsigned) {
            long max = (1L << esize) - 1;
            if (value < 0) {
                cpu.setSaturated();
                return 0;
            } else if (value > max) {
                cpu.setSaturated();
                return max;
            }
            return value;
        }
        long max = (1L << (esize - 1)) - 1;
        if (value > max) {
            cpu.setSaturated();
            return max;
        } else if (value < -max - 1) {
            cpu.setSaturated();
            return -max - 1;
        }
        return value;
    }

    private static long saturate64(Cpu cpu, boolean negative, boolean unsigned) {
        cpu.setSaturated();
        return unsigned ? (negative ? 0 : -1L) : negative ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    static long satAdd(Cpu cpu, long a, long b, int esize, boolean unsigned) {
        if (esize < 64) {
            return satQ(cpu, a + b, esize, unsigned);
        }
        long r = a + b;
        if (unsigned) {
            return Long.compareUnsigned(r, a) < 0 ? saturate64(cpu, false, true) : r;
        }
        return ((a ^ r) & (b ^ r)) < 0 ? saturate64(cpu, a < 0, false) : r;
    }

    static long satSub(Cpu cpu, long a, long b, int esize, boolean unsigned) {
        if (esize < 64) {
            return satQ(cpu, a - b, esize, unsigned);
        }
        long r = a - b;
        if (unsigned) {
            return Long.compareUnsigned(a, b) < 0 ? saturate64(cpu, true, true) : r;
        }
        return ((a ^ b) & (a ^ r)) < 0 ? saturate64(cpu, a < 0, false) : r;
    }

    // ---- shifts by register

    /** Int(a) >> r for r &gt;= 0, with shifts of 64 and more giving the sign (or 0). */
    private static long shr(long a, int r, boolean unsigned) {
        if (r >= 64) {
            return unsigned ? 0 : a >> 63;
        }
        return unsigned ? a >>> r : a >> r;
    }

    /**
     * The element of SSHL/USHL/SRSHL/URSHL/SQSHL/UQSHL/SQRSHL/UQRSHL: (Int(a) + round_const) << shift with
     * shift = SInt(b<7:0>), saturated or truncated to esize bits (the caller masks).
     */
    static long shiftByRegister(Cpu cpu, long a, long b, int esize, boolean unsigned, boolean round,
            boolean saturating) {
        int shift = (byte) b;
        if (shift < 0) {
            int r = -shift;
            long v = shr(a, r, unsigned);
            if (round) {
                v += shr(a, r - 1, unsigned) & 1;
            }
            return v; // a right shift cannot saturate
        }
        if (!saturating) {
            return shift >= 64 ? 0 : a << shift;
        }
        if (a == 0) {
            return 0;
        }
        if (shift >= esize) {
            return satResult(cpu, a, esize, unsigned);
        }
        long r = a << shift;
        if (unsigned) {
            if ((r >>> shift) != a || (esize < 64 && (r >>> esize) != 0)) {
                return satResult(cpu, a, esize, true);
            }
        } else {
            long min = esize == 64 ? Long.MIN_VALUE : -(1L << (esize - 1));
            if ((r >> shift) != a || r < min || r > ~min) {
                return satResult(cpu, a, esize, false);
            }
        }
        return r;
    }

    /** The saturated value of a non-zero element shifted left too far. */
    private static long satResult(Cpu cpu, long a, int esize, boolean unsigned) {
        cpu.setSaturated();
        if (unsigned) {
            return mask(esize);
        }
        long max = esize == 64 ? Long.MAX_VALUE : (1L << (esize - 1)) - 1;
        return a < 0 ? ~max : max;
    }

    // ---- integer three same

    /** 8-bit polynomial multiply, the low 8 bits (PMUL). */
    static long pmul8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            if ((b >>> i & 1) != 0) {
                r ^= a << i;
            }
        }
        return r;
    }

    /** Carry-less 64 x 64 multiply: the low 64 bits of the product. */
    static long clmulLow(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i++) {
            if ((b >>> i & 1) != 0) {
                r ^= a << i;
            }
        }
        return r;
    }

    /** Carry-less 64 x 64 multiply: the high 64 bits of the product. */
    static long clmulHigh(long a, long b) {
        long r = 0;
        for (int i = 1; i < 64; i++) {
            if ((b >>> i & 1) != 0) {
                r ^= a >>> (64 - i);
            }
        }
        return r;
    }

    /** One element of the integer three-same families (opcode op), a and b extended per unsigned. */
    static long integerElement(Cpu cpu, int op, boolean unsigned, int esize, long a, long b, long acc) {
        return switch (op) {
            case 0b00000 -> (a + b) >> 1; // SHADD, UHADD (esize <= 32)
            case 0b00001 -> satAdd(cpu, a, b, esize, unsigned); // SQADD, UQADD
            case 0b00010 -> (a + b + 1) >> 1; // SRHADD, URHADD
            case 0b00100 -> (a - b) >> 1; // SHSUB, UHSUB
            case 0b00101 -> satSub(cpu, a, b, esize, unsigned); // SQSUB, UQSUB
            case 0b01000 -> shiftByRegister(cpu, a, b, esize, unsigned, false, false);
            case 0b01001 -> shiftByRegister(cpu, a, b, esize, unsigned, false, true);
            case 0b01010 -> shiftByRegister(cpu, a, b, esize, unsigned, true, false);
            case 0b01011 -> shiftByRegister(cpu, a, b, esize, unsigned, true, true);
            case 0b01100, 0b10100 -> Math.max(a, b); // SMAX(P), UMAX(P) (esize <= 32: exact in long)
            case 0b01101, 0b10101 -> Math.min(a, b);
            case 0b01110 -> Math.abs(a - b); // SABD, UABD
            case 0b01111 -> acc + Math.abs(a - b); // SABA, UABA
            case 0b10010 -> unsigned ? acc - a * b : acc + a * b; // MLS, MLA
            case 0b10011 -> unsigned ? pmul8(a, b) : a * b; // PMUL, MUL
            case 0b10111 -> a + b; // ADDP
            case 0b10110 -> { // SQDMULH, SQRDMULH (U = round): (2 * a * b + round) >> esize, halved exactly
                long p = a * b + (unsigned ? 1L << (esize - 2) : 0);
                yield satQ(cpu, p >> (esize - 1), esize, false);
            }
            default -> throw new IllegalArgumentException("integer three-same opcode " + op);
        };
    }

    /** The integer three-same families other than ADD/SUB, compares and logical (op = opcode, U = unsigned). */
    public static void integerSame(Cpu cpu, int d, int n, int m, int esize, int datasize, int op, boolean unsigned) {
        long nlo = cpu.vLow(n), nhi = cpu.vHigh(n), mlo = cpu.vLow(m), mhi = cpu.vHigh(m);
        long dlo = cpu.vLow(d), dhi = cpu.vHigh(d);
        int elements = datasize / esize;
        long mask = mask(esize);
        // the signedness of the operands: SQDMULH/SQRDMULH are signed whatever U says; PMUL/MUL/MLA/MLS and
        // the halving/pairwise add do not care beyond the truncation, except the halving forms (exact)
        boolean extendUnsigned = unsigned && op != 0b10110;
        boolean pairwise = op == 0b10100 || op == 0b10101 || op == 0b10111;
        long rlo = 0, rhi = 0;
        int half = elements / 2;
        for (int e = 0; e < elements; e++) {
            long a, b;
            if (pairwise) {
                if (e < half) {
                    a = lane(nlo, nhi, 2 * e, esize, extendUnsigned);
                    b = lane(nlo, nhi, 2 * e + 1, esize, extendUnsigned);
                } else {
                    a = lane(mlo, mhi, 2 * (e - half), esize, extendUnsigned);
                    b = lane(mlo, mhi, 2 * (e - half) + 1, esize, extendUnsigned);
                }
            } else {
                a = lane(nlo, nhi, e, esize, extendUnsigned);
                b = op >= 0b01000 && op <= 0b01011 ? lane(mlo, mhi, e, esize) : lane(mlo, mhi, e, esize, extendUnsigned);
            }
            long acc = op == 0b01111 || op == 0b10010 ? lane(dlo, dhi, e, esize) : 0;
            long r = integerElement(cpu, op, unsigned, esize, a, b, acc) & mask;
            int bit = e * esize;
            if (bit < 64) {
                rlo |= r << bit;
            } else {
                rhi |= r << (bit - 64);
            }
        }
        cpu.writeV(d, datasize, rlo, rhi);
    }

    /** ADD, SUB: lane-wise modular arithmetic on the 64-bit halves. */
    public static void addSub(Cpu cpu, int d, int n, int m, int esize, int datasize, boolean sub) {
        long lo = addSub64(cpu.vLow(n), cpu.vLow(m), esize, sub);
        long hi = datasize == 64 ? 0 : addSub64(cpu.vHigh(n), cpu.vHigh(m), esize, sub);
        cpu.setV(d, lo, hi);
    }

    static long addSub64(long a, long b, int esize, boolean sub) {
        if (esize == 64) {
            return sub ? a - b : a + b;
        }
        long h = highBits(esize);
        if (sub) {
            return ((a | h) - (b & ~h)) ^ ((a ^ ~b) & h);
        }
        return ((a & ~h) + (b & ~h)) ^ ((a ^ b) & h);
    }

    /** CMGT 0, CMGE 1, CMHI 2, CMHS 3, CMEQ 4, CMTST 5. */
    public static void compare(Cpu cpu, int d, int n, int m, int esize, int datasize, int cmp) {
        long lo = compare64(cpu.vLow(n), cpu.vLow(m), esize, cmp);
        long hi = datasize == 64 ? 0 : compare64(cpu.vHigh(n), cpu.vHigh(m), esize, cmp);
        cpu.setV(d, lo, hi);
    }

    static long compare64(long x, long y, int esize, int cmp) {
        long mask = mask(esize);
        long r = 0;
        for (int bit = 0; bit < 64; bit += esize) {
            long a = esize == 64 ? x : x >>> bit & mask;
            long b = esize == 64 ? y : y >>> bit & mask;
            boolean t = switch (cmp) {
                case 0 -> signed(a, esize) > signed(b, esize);
                case 1 -> signed(a, esize) >= signed(b, esize);
                case 2 -> Long.compareUnsigned(a, b) > 0;
                case 3 -> Long.compareUnsigned(a, b) >= 0;
                case 4 -> a == b;
                default -> (a & b) != 0;
            };
            if (t) {
                r |= mask << bit;
            }
        }
        return r;
    }

    private static long signed(long a, int esize) {
        return a << (64 - esize) >> (64 - esize);
    }

    /** AND 0, BIC 1, ORR 2, ORN 3, EOR 4, BSL 5, BIT 6, BIF 7. */
    public static void logical(Cpu cpu, int d, int n, int m, int datasize, int op) {
        long lo = logical64(cpu.vLow(d), cpu.vLow(n), cpu.vLow(m), op);
        long hi = datasize == 64 ? 0 : logical64(cpu.vHigh(d), cpu.vHigh(n), cpu.vHigh(m), op);
        cpu.setV(d, lo, hi);
    }

    static long logical64(long dv, long nv, long mv, int op) {
        return switch (op) {
            case 0 -> nv & mv;
            case 1 -> nv & ~mv;
            case 2 -> nv | mv;
            case 3 -> nv | ~mv;
            case 4 -> nv ^ mv;
            case 5 -> mv ^ ((mv ^ nv) & dv); // BSL
            case 6 -> dv ^ ((dv ^ nv) & mv); // BIT
            default -> dv ^ ((dv ^ nv) & ~mv); // BIF
        };
    }

    // ---- floating point

    private static FpStatus status(Cpu cpu) {
        return new FpStatus((int) cpu.fpcr, (int) cpu.fpsr);
    }

    private static void flags(Cpu cpu, FpStatus st) {
        cpu.fpsr |= st.fpsr() & 0xffffffffL;
    }

    /** One element of the FP three-same operations, op = U:a:opc (pairwise ops by their base op). */
    static long fpElement(int op, int w, long a, long b, long acc, FpStatus st) {
        return switch (op) {
            case 0, 16 -> FpCore.maxNum(w, a, b, st);
            case 1 -> FpCore.mulAdd(w, acc, a, b, st);
            case 2, 18 -> FpCore.add(w, a, b, st);
            case 3 -> FpCore.mulX(w, a, b, st);
            case 4 -> FpCore.compareEQ(w, a, b, st) ? -1L : 0;
            case 6, 22 -> FpCore.max(w, a, b, st);
            case 7 -> FpCore.recipStepFused(w, a, b, st);
            case 8, 24 -> FpCore.minNum(w, a, b, st);
            case 9 -> FpCore.mulAdd(w, acc, FpCore.neg(w, a), b, st);
            case 10 -> FpCore.sub(w, a, b, st);
            case 14, 30 -> FpCore.min(w, a, b, st);
            case 15 -> FpCore.rsqrtStepFused(w, a, b, st);
            case 19 -> FpCore.mul(w, a, b, st);
            case 20 -> FpCore.compareGE(w, a, b, st) ? -1L : 0;
            case 21 -> FpCore.compareGE(w, FpCore.abs(w, a), FpCore.abs(w, b), st) ? -1L : 0;
            case 23 -> FpCore.div(w, a, b, st);
            case 26 -> FpCore.abs(w, FpCore.sub(w, a, b, st));
            case 28 -> FpCore.compareGT(w, a, b, st) ? -1L : 0;
            case 29 -> FpCore.compareGT(w, FpCore.abs(w, a), FpCore.abs(w, b), st) ? -1L : 0;
            default -> throw new IllegalArgumentException("FP three-same op " + op);
        };
    }

    public static void fpSame(Cpu cpu, int d, int n, int m, int esize, int datasize, int op) {
        long nlo = cpu.vLow(n), nhi = cpu.vHigh(n), mlo = cpu.vLow(m), mhi = cpu.vHigh(m);
        long dlo = cpu.vLow(d), dhi = cpu.vHigh(d);
        FpStatus st = status(cpu);
        int elements = datasize / esize;
        long mask = mask(esize);
        boolean pairwise = op == 16 || op == 18 || op == 22 || op == 24 || op == 30;
        boolean accumulate = op == 1 || op == 9;
        int half = elements / 2;
        long rlo = 0, rhi = 0;
        for (int e = 0; e < elements; e++) {
            long a, b;
            if (pairwise) {
                if (e < half) {
                    a = lane(nlo, nhi, 2 * e, esize);
                    b = lane(nlo, nhi, 2 * e + 1, esize);
                } else {
                    a = lane(mlo, mhi, 2 * (e - half), esize);
                    b = lane(mlo, mhi, 2 * (e - half) + 1, esize);
                }
            } else {
                a = lane(nlo, nhi, e, esize);
                b = lane(mlo, mhi, e, esize);
            }
            long acc = accumulate ? lane(dlo, dhi, e, esize) : 0;
            long r = fpElement(op, esize, a, b, acc, st) & mask;
            int bit = e * esize;
            if (bit < 64) {
                rlo |= r << bit;
            } else {
                rhi |= r << (bit - 64);
            }
        }
        flags(cpu, st);
        cpu.writeV(d, datasize, rlo, rhi);
    }

    /** FCMLA (vector): complex multiply-accumulate with rotation rot x 90 degrees. */
    public static void fcmla(Cpu cpu, int d, int n, int m, int esize, int datasize, int rot) {
        long nlo = cpu.vLow(n), nhi = cpu.vHigh(n), mlo = cpu.vLow(m), mhi = cpu.vHigh(m);
        long dlo = cpu.vLow(d), dhi = cpu.vHigh(d);
        FpStatus st = status(cpu);
        int elements = datasize / esize;
        long mask = mask(esize);
        long rlo = 0, rhi = 0;
        for (int p = 0; p < elements / 2; p++) {
            int re = 2 * p, im = 2 * p + 1;
            long e1, e2, e3, e4;
            switch (rot) {
                case 0 -> {
                    e1 = lane(mlo, mhi, re, esize);
                    e2 = lane(nlo, nhi, re, esize);
                    e3 = lane(mlo, mhi, im, esize);
                    e4 = lane(nlo, nhi, re, esize);
                }
                case 1 -> {
                    e1 = FpCore.neg(esize, lane(mlo, mhi, im, esize));
                    e2 = lane(nlo, nhi, im, esize);
                    e3 = lane(mlo, mhi, re, esize);
                    e4 = lane(nlo, nhi, im, esize);
                }
                case 2 -> {
                    e1 = FpCore.neg(esize, lane(mlo, mhi, re, esize));
                    e2 = lane(nlo, nhi, re, esize);
                    e3 = FpCore.neg(esize, lane(mlo, mhi, im, esize));
                    e4 = lane(nlo, nhi, re, esize);
                }
                default -> {
                    e1 = lane(mlo, mhi, im, esize);
                    e2 = lane(nlo, nhi, im, esize);
                    e3 = FpCore.neg(esize, lane(mlo, mhi, re, esize));
                    e4 = lane(nlo, nhi, im, esize);
                }
            }
            long r0 = FpCore.mulAdd(esize, lane(dlo, dhi, re, esize), e2, e1, st) & mask;
            long r1 = FpCore.mulAdd(esize, lane(dlo, dhi, im, esize), e4, e3, st) & mask;
            long pair = esize == 64 ? r0 : r0 | r1 << esize;
            int bit = re * esize;
            if (esize == 64) {
                rlo = r0;
                rhi = r1;
            } else if (bit < 64) {
                rlo |= pair << bit;
            } else {
                rhi |= pair << (bit - 64);
            }
        }
        flags(cpu, st);
        cpu.writeV(d, datasize, rlo, rhi);
    }

    /** FCADD: complex add with rotation 90 (rot 0) or 270 (rot 1). */
    public static void fcadd(Cpu cpu, int d, int n, int m, int esize, int datasize, int rot) {
        long nlo = cpu.vLow(n), nhi = cpu.vHigh(n), mlo = cpu.vLow(m), mhi = cpu.vHigh(m);
        FpStatus st = status(cpu);
        int elements = datasize / esize;
        long mask = mask(esize);
        long rlo = 0, rhi = 0;
        for (int e = 0; e < elements; e++) {
            long a = lane(nlo, nhi, e, esize);
            // even elements add the rotated imaginary part of m, odd ones the rotated real part
            long b = (e & 1) == 0 ? lane(mlo, mhi, e + 1, esize) : lane(mlo, mhi, e - 1, esize);
            if (((e & 1) == 0) == (rot == 0)) {
                b = FpCore.neg(esize, b);
            }
            long r = FpCore.add(esize, a, b, st) & mask;
            int bit = e * esize;
            if (bit < 64) {
                rlo |= r << bit;
            } else {
                rhi |= r << (bit - 64);
            }
        }
        flags(cpu, st);
        cpu.writeV(d, datasize, rlo, rhi);
    }

    // ---- three-register extension (integer)

    /** SQRDMLAH, SQRDMLSH: SignedSatQ(((d << esize) +- 2 * n * m + (1 << (esize - 1))) >> esize), halved exactly. */
    public static void sqrdmlah(Cpu cpu, int d, int n, int m, int esize, int datasize, boolean sub) {
        long nlo = cpu.vLow(n), nhi = cpu.vHigh(n), mlo = cpu.vLow(m), mhi = cpu.vHigh(m);
        long dlo = cpu.vLow(d), dhi = cpu.vHigh(d);
        int elements = datasize / esize;
        long mask = mask(esize);
        long rlo = 0, rhi = 0;
        for (int e = 0; e < elements; e++) {
            long p = slane(nlo, nhi, e, esize) * slane(mlo, mhi, e, esize);
            long acc = slane(dlo, dhi, e, esize) << (esize - 1);
            long half = (sub ? acc - p : acc + p) + (1L << (esize - 2));
            long r = satQ(cpu, half >> (esize - 1), esize, false) & mask;
            int bit = e * esize;
            if (bit < 64) {
                rlo |= r << bit;
            } else {
                rhi |= r << (bit - 64);
            }
        }
        cpu.writeV(d, datasize, rlo, rhi);
    }

    /** SDOT, UDOT (vector): each 32-bit element of d plus the dot product of four bytes of n and m. */
    public static void dot(Cpu cpu, int d, int n, int m, int datasize, boolean unsigned) {
        long nlo = cpu.vLow(n), nhi = cpu.vHigh(n), mlo = cpu.vLow(m), mhi = cpu.vHigh(m);
        long dlo = cpu.vLow(d), dhi = cpu.vHigh(d);
        long rlo = 0, rhi = 0;
        for (int e = 0; e < datasize / 32; e++) {
            long sum = lane(dlo, dhi, e, 32);
            for (int i = 0; i < 4; i++) {
                sum += lane(nlo, nhi, 4 * e + i, 8, unsigned) * lane(mlo, mhi, 4 * e + i, 8, unsigned);
            }
            long r = sum & 0xffffffffL;
            if (e < 2) {
                rlo |= r << (32 * e);
            } else {
                rhi |= r << (32 * e - 64);
            }
        }
        cpu.writeV(d, datasize, rlo, rhi);
    }

    // ---- three different

    /**
     * The long and wide forms, op = opcode: ADDL 0, ADDW 1, SUBL 2, SUBW 3, ABAL 5, ABDL 7, MLAL 8, SQDMLAL 9,
     * MLSL 10, SQDMLSL 11, MULL 12, SQDMULL 13, PMULL 14 (esize 64: the 1Q form). Sources are Vpart[.., part]
     * (the wide operand of ADDW/SUBW is all of V[n]); the result is 128 bits of 2 * esize elements.
     */
    public static void longForm(Cpu cpu, int d, int n, int m, int esize, int part, int op, boolean unsigned) {
        long n1 = part == 0 ? cpu.vLow(n) : cpu.vHigh(n);
        long m1 = part == 0 ? cpu.vLow(m) : cpu.vHigh(m);
        if (esize == 64) { // PMULL{2} 1Q
            cpu.setV(d, clmulLow(n1, m1), clmulHigh(n1, m1));
            return;
        }
        long nlo = cpu.vLow(n), nhi = cpu.vHigh(n);
        long dlo = cpu.vLow(d), dhi = cpu.vHigh(d);
        int elements = 64 / esize;
        int wide = 2 * esize;
        long wmask = mask(wide);
        boolean wideN = op == 1 || op == 3;
        long rlo = 0, rhi = 0;
        for (int e = 0; e < elements; e++) {
            long a = wideN ? lane(nlo, nhi, e, wide, unsigned) : lane(n1, 0, e, esize, unsigned);
            long b = lane(m1, 0, e, esize, unsigned);
            long r = switch (op) {
                case 0, 1 -> a + b;
                case 2, 3 -> a - b;
                case 5 -> lane(dlo, dhi, e, wide) + Math.abs(a - b);
                case 7 -> Math.abs(a - b);
                case 8 -> lane(dlo, dhi, e, wide) + a * b;
                case 10 -> lane(dlo, dhi, e, wide) - a * b;
                case 12 -> a * b;
                case 9, 11, 13 -> {
                    long product = doublingProduct(cpu, a, b, esize);
                    if (op == 13) {
                        yield product;
                    }
                    long acc = slane(dlo, dhi, e, wide);
                    yield op == 9 ? satAdd(cpu, acc, product, wide, false) : satSub(cpu, acc, product, wide, false);
                }
                case 14 -> pmul8to16(a, b);
                default -> throw new IllegalArgumentException("three-different opcode " + op);
            } & wmask;
            int bit = e * wide;
            if (bit < 64) {
                rlo |= r << bit;
            } else {
                rhi |= r << (bit - 64);
            }
        }
        cpu.setV(d, rlo, rhi);
    }

    /** SignedSatQ(2 * a * b, 2 * esize) for signed esize-bit a, b (esize 16 or 32). */
    static long doublingProduct(Cpu cpu, long a, long b, int esize) {
        long p = a * b;
        long limit = 1L << (2 * esize - 2);
        if (p == limit) { // both operands the most negative value
            cpu.setSaturated();
            return esize == 32 ? Long.MAX_VALUE : (1L << (2 * esize - 1)) - 1;
        }
        return 2 * p;
    }

    static long pmul8to16(long a, long b) {
        a &= 0xff;
        b &= 0xff;
        long r = 0;
        for (int i = 0; i < 8; i++) {
            if ((b >>> i & 1) != 0) {
                r ^= a << i;
            }
        }
        return r;
    }

    /** ADDHN, SUBHN, RADDHN, RSUBHN: the high halves of the 2 * esize-bit sums written to Vpart[d, part]. */
    public static void narrowHigh(Cpu cpu, int d, int n, int m, int esize, int part, boolean sub, boolean round) {
        long nlo = cpu.vLow(n), nhi = cpu.vHigh(n), mlo = cpu.vLow(m), mhi = cpu.vHigh(m);
        int elements = 64 / esize;
        int wide = 2 * esize;
        long mask = mask(esize);
        long roundConst = round ? 1L << (esize - 1) : 0;
        long r = 0;
        for (int e = 0; e < elements; e++) {
            long a = lane(nlo, nhi, e, wide);
            long b = lane(mlo, mhi, e, wide);
            long sum = (sub ? a - b : a + b) + roundConst;
            r |= (sum >>> esize & mask) << (e * esize);
        }
        if (part == 0) {
            cpu.setV(d, r, 0);
        } else {
            cpu.setV(d, cpu.vLow(d), r);
        }
    }
}
