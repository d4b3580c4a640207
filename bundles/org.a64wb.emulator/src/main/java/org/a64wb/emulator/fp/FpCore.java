package org.a64wb.emulator.fp;

import java.math.BigInteger;

/**
 * The floating-point operations of the Arm ARM ({@code shared/functions/float/*}) on raw IEEE 754 bits.
 *
 * <p>Every operation takes the operand width {@code n} (16, 32 or 64), operands as raw bits in the low
 * {@code n} bits of a {@code long} (higher bits are ignored), and an {@link FpStatus} whose FPCR it reads and
 * into whose FPSR it ORs the cumulative exception flags it raises. Results are returned as raw bits in the
 * low bits of a {@code long}, zero above. Values are computed exactly with integers and rounded once by
 * {@link #round} (the pseudocode's {@code FPRoundBase}).
 */
public final class FpCore {
    private FpCore() {
    }

    // FPType
    static final int ZERO = 0, DENORMAL = 1, NONZERO = 2, INFINITY = 3, QNAN = 4, SNAN = 5;

    /** Bit of the value returned by {@link #toFixedJS} that holds the Z flag. */
    public static final long JS_Z = 1L << 32;

    /** The result of FPUnpack: value = (-1)^sign * mant * 2^exp (mant = 0 for zeros). */
    static final class Unpacked {
        int type;
        boolean sign;
        long mant;
        int exp;
        long bits;

        boolean isNaN() {
            return type >= QNAN;
        }
    }

    // ---- format parameters ----

    static int fracBits(int n) {
        return n == 16 ? 10 : n == 32 ? 23 : 52;
    }

    static int expBits(int n) {
        return n == 16 ? 5 : n == 32 ? 8 : 11;
    }

    static int minExp(int n) {
        return n == 16 ? -14 : n == 32 ? -126 : -1022;
    }

    static long mask(int n) {
        return n == 64 ? -1L : (1L << n) - 1;
    }

    static void checkN(int n) {
        if (n != 16 && n != 32 && n != 64) {
            throw new IllegalArgumentException("floating-point width " + n);
        }
    }

    static long signBit(int n, boolean sign) {
        return sign ? 1L << (n - 1) : 0;
    }

    // ---- constants ----

    /** {@code FPZero(sign)}. */
    public static long zero(int n, boolean sign) {
        return signBit(n, sign);
    }

    /** {@code FPInfinity(sign)}. */
    public static long infinity(int n, boolean sign) {
        return signBit(n, sign) | (((1L << expBits(n)) - 1) << fracBits(n));
    }

    /** {@code FPMaxNormal(sign)}. */
    public static long maxNormal(int n, boolean sign) {
        return signBit(n, sign) | (((1L << expBits(n)) - 2) << fracBits(n)) | ((1L << fracBits(n)) - 1);
    }

    /** {@code FPDefaultNaN()}: positive, quiet, zero payload. */
    public static long defaultNaN(int n) {
        return infinity(n, false) | (1L << (fracBits(n) - 1));
    }

    /** {@code FPTwo(sign)}. */
    public static long two(int n, boolean sign) {
        return signBit(n, sign) | (1L << (n - 2));
    }

    /** {@code FPOnePointFive(sign)}. */
    public static long onePointFive(int n, boolean sign) {
        int f = fracBits(n);
        return signBit(n, sign) | (((1L << (expBits(n) - 1)) - 1) << f) | (1L << (f - 1));
    }

    /** {@code FPAbs}. */
    public static long abs(int n, long op) {
        return op & mask(n) & ~(1L << (n - 1));
    }

    /** {@code FPNeg}. */
    public static long neg(int n, long op) {
        return (op ^ (1L << (n - 1))) & mask(n);
    }

    // ---- unpacking ----

    /** {@code FPUnpack} (cv = false: FPCR.AHP ignored) or {@code FPUnpackCV} (cv = true: FPCR.FZ16 ignored). */
    static Unpacked unpack(int n, long bits, FpStatus st, boolean cv) {
        checkN(n);
        int fpcr = st.fpcr();
        Unpacked u = new Unpacked();
        int f = fracBits(n), e = expBits(n);
        bits &= mask(n);
        u.bits = bits;
        u.sign = (bits >>> (n - 1)) != 0;
        int ex = (int) ((bits >>> f) & ((1 << e) - 1));
        long fr = bits & ((1L << f) - 1);
        if (ex == 0) {
            if (fr == 0) {
                u.type = ZERO;
            } else if (n == 16 ? (!cv && (fpcr & FpStatus.FPCR_FZ16) != 0) : (fpcr & FpStatus.FPCR_FZ) != 0) {
                u.type = ZERO;
                if (n != 16) {
                    st.raise(FpStatus.IDC);
                }
            } else {
                u.type = DENORMAL;
                u.mant = fr;
                u.exp = minExp(n) - f;
            }
        } else if (ex == (1 << e) - 1 && !(n == 16 && cv && (fpcr & FpStatus.FPCR_AHP) != 0)) {
            if (fr == 0) {
                u.type = INFINITY;
            } else {
                u.type = (fr >>> (f - 1)) != 0 ? QNAN : SNAN;
            }
        } else {
            u.type = NONZERO;
            u.mant = fr | (1L << f);
            u.exp = ex - ((1 << (e - 1)) - 1) - f;
        }
        return u;
    }

    // ---- NaN processing ----

    /** {@code FPProcessNaN}. */
    static long processNaN(int n, Unpacked u, FpStatus st) {
        long result = u.bits;
        if (u.type == SNAN) {
            result |= 1L << (fracBits(n) - 1);
            st.raise(FpStatus.IOC);
        }
        if ((st.fpcr() & FpStatus.FPCR_DN) != 0) {
            result = defaultNaN(n);
        }
        return result;
    }

    /** {@code FPProcessNaNs}; call only when one operand is a NaN. */
    static long processNaNs(int n, Unpacked a, Unpacked b, FpStatus st) {
        if (a.type == SNAN) {
            return processNaN(n, a, st);
        } else if (b.type == SNAN) {
            return processNaN(n, b, st);
        } else if (a.type == QNAN) {
            return processNaN(n, a, st);
        } else {
            return processNaN(n, b, st);
        }
    }

    /** {@code FPProcessNaNs3}; call only when one operand is a NaN. */
    static long processNaNs3(int n, Unpacked a, Unpacked b, Unpacked c, FpStatus st) {
        if (a.type == SNAN) {
            return processNaN(n, a, st);
        } else if (b.type == SNAN) {
            return processNaN(n, b, st);
        } else if (c.type == SNAN) {
            return processNaN(n, c, st);
        } else if (a.type == QNAN) {
            return processNaN(n, a, st);
        } else if (b.type == QNAN) {
            return processNaN(n, b, st);
        } else {
            return processNaN(n, c, st);
        }
    }

    static long invalid(int n, FpStatus st) {
        st.raise(FpStatus.IOC);
        return defaultNaN(n);
    }

    // ---- rounding ----

    /**
     * {@code FPRoundBase}: rounds (-1)^sign * (mant + d) * 2^exp to width n, where d = 0 if !sticky and
     * 0 < d < 1 if sticky. mant must be non-zero and below 2^63; if sticky it must be at least 2^(F+1) so
     * that the rounding point lies above its lowest bit. cv selects FPRoundCV (FZ16 ignored, AHP honoured for
     * half); otherwise AHP is ignored.
     */
    static long round(int n, boolean sign, long mant, int exp, boolean sticky, FpRounding rm, FpStatus st,
            boolean cv) {
        int fpcr = st.fpcr();
        int f = fracBits(n), e = expBits(n), minExp = minExp(n);
        int p = 63 - Long.numberOfLeadingZeros(mant);
        int exponent = p + exp;
        boolean fz = n == 16 ? !cv && (fpcr & FpStatus.FPCR_FZ16) != 0 : (fpcr & FpStatus.FPCR_FZ) != 0;
        if (fz && exponent < minExp) {
            st.raise(FpStatus.UFC);
            return zero(n, sign);
        }
        int biasedExp = Math.max(exponent - minExp + 1, 0);
        int lsbWeight = (biasedExp == 0 ? minExp : exponent) - f;
        int rs = lsbWeight - exp;
        long intMant;
        int err; // 0: exact, 1: below half an ulp, 2: exactly half, 3: above half
        if (rs <= 0) {
            intMant = mant << -rs;
            err = sticky ? 1 : 0;
        } else if (rs >= 64) {
            intMant = 0;
            err = 1;
        } else {
            intMant = mant >>> rs;
            long rem = mant & ((1L << rs) - 1);
            long half = 1L << (rs - 1);
            if (rem == 0 && !sticky) {
                err = 0;
            } else if (rem < half) {
                err = 1;
            } else if (rem == half) {
                err = sticky ? 3 : 2;
            } else {
                err = 3;
            }
        }
        if (biasedExp == 0 && err != 0) {
            st.raise(FpStatus.UFC);
        }
        boolean roundUp, overflowToInf;
        switch (rm) {
        case TIEEVEN:
            roundUp = err == 3 || (err == 2 && (intMant & 1) != 0);
            overflowToInf = true;
            break;
        case TIEAWAY:
            roundUp = err >= 2;
            overflowToInf = true;
            break;
        case POSINF:
            roundUp = err != 0 && !sign;
            overflowToInf = !sign;
            break;
        case NEGINF:
            roundUp = err != 0 && sign;
            overflowToInf = sign;
            break;
        default: // ZERO, ODD
            roundUp = false;
            overflowToInf = false;
            break;
        }
        if (roundUp) {
            intMant++;
            if (intMant == 1L << f) {
                biasedExp = 1;
            }
            if (intMant == 1L << (f + 1)) {
                biasedExp++;
                intMant >>>= 1;
            }
        }
        if (err != 0 && rm == FpRounding.ODD) {
            intMant |= 1;
        }
        boolean inexact = err != 0;
        long result;
        if (n != 16 || !cv || (fpcr & FpStatus.FPCR_AHP) == 0) {
            if (biasedExp >= (1 << e) - 1) {
                result = overflowToInf ? infinity(n, sign) : maxNormal(n, sign);
                st.raise(FpStatus.OFC);
                inexact = true;
            } else {
                result = signBit(n, sign) | ((long) biasedExp << f) | (intMant & ((1L << f) - 1));
            }
        } else {
            if (biasedExp >= 1 << e) {
                result = signBit(n, sign) | mask(n - 1);
                st.raise(FpStatus.IOC);
                inexact = false;
            } else {
                result = signBit(n, sign) | ((long) biasedExp << f) | (intMant & ((1L << f) - 1));
            }
        }
        if (inexact) {
            st.raise(FpStatus.IXC);
        }
        return result;
    }

    /** Rounds (-1)^sign * (m + d) * 2^exp for an arbitrary-size m > 0 (d as in {@link #round}). */
    static long roundBig(int n, boolean sign, BigInteger m, int exp, boolean sticky, FpRounding rm, FpStatus st) {
        int bl = m.bitLength();
        if (bl <= 62) {
            return round(n, sign, m.longValue(), exp, sticky, rm, st, false);
        }
        int s = bl - 62;
        boolean lost = m.getLowestSetBit() < s;
        return round(n, sign, m.shiftRight(s).longValue(), exp + s, sticky || lost, rm, st, false);
    }

    /** Rounds (-1)^sign * (hi:lo as unsigned 128 bits) * 2^exp, non-zero. */
    static long round128(int n, boolean sign, long hi, long lo, int exp, FpRounding rm, FpStatus st) {
        if (hi == 0 && lo >= 0) {
            return round(n, sign, lo, exp, false, rm, st, false);
        }
        int len = hi == 0 ? 64 : 128 - Long.numberOfLeadingZeros(hi);
        int s = len - 62; // 2 .. 66
        long mant;
        boolean sticky;
        if (s < 64) {
            mant = (hi << (64 - s)) | (lo >>> s);
            sticky = (lo & ((1L << s) - 1)) != 0;
        } else {
            mant = hi >>> (s - 64);
            sticky = lo != 0 || (hi & ((1L << (s - 64)) - 1)) != 0;
        }
        return round(n, sign, mant, exp + s, sticky, rm, st, false);
    }

    static long zeroByRounding(int n, FpRounding rm) {
        return zero(n, rm == FpRounding.NEGINF);
    }

    // ---- arithmetic ----

    /** {@code FPAdd}. */
    public static long add(int n, long op1, long op2, FpStatus st) {
        return addSub(n, op1, op2, false, st);
    }

    /** {@code FPSub}. */
    public static long sub(int n, long op1, long op2, FpStatus st) {
        return addSub(n, op1, op2, true, st);
    }

    private static long addSub(int n, long op1, long op2, boolean subtract, FpStatus st) {
        FpRounding rm = st.rounding();
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            return processNaNs(n, a, b, st);
        }
        boolean s1 = a.sign, s2 = b.sign ^ subtract;
        boolean inf1 = a.type == INFINITY, inf2 = b.type == INFINITY;
        if (inf1 && inf2 && s1 != s2) {
            return invalid(n, st);
        } else if ((inf1 && !s1) || (inf2 && !s2)) {
            return infinity(n, false);
        } else if ((inf1 && s1) || (inf2 && s2)) {
            return infinity(n, true);
        } else if (a.type == ZERO && b.type == ZERO && s1 == s2) {
            return zero(n, s1);
        }
        return addExact(n, s1, a.mant, a.exp, s2, b.mant, b.exp, rm, st);
    }

    /** Rounds the exact sum of two finite values of at most 53-bit mantissas. */
    static long addExact(int n, boolean s1, long m1, int e1, boolean s2, long m2, int e2, FpRounding rm,
            FpStatus st) {
        if (m1 == 0 && m2 == 0) {
            return zeroByRounding(n, rm);
        } else if (m1 == 0) {
            return round(n, s2, m2, e2, false, rm, st, false);
        } else if (m2 == 0) {
            return round(n, s1, m1, e1, false, rm, st, false);
        }
        int p1 = 63 - Long.numberOfLeadingZeros(m1), p2 = 63 - Long.numberOfLeadingZeros(m2);
        if (p1 + e1 < p2 + e2) {
            boolean ts = s1;
            s1 = s2;
            s2 = ts;
            long tm = m1;
            m1 = m2;
            m2 = tm;
            int te = e1;
            e1 = e2;
            e2 = te;
            int tp = p1;
            p1 = p2;
            p2 = tp;
        }
        long a = m1 << (61 - p1);
        int ea = e1 - (61 - p1);
        long b = m2 << (61 - p2);
        int eb = e2 - (61 - p2);
        long d = (long) ea - eb;
        boolean sticky = false;
        if (d > 0) {
            if (d >= 63) {
                sticky = true;
                b = 0;
            } else {
                sticky = (b & ((1L << d) - 1)) != 0;
                b >>>= d;
            }
        }
        if (s1 == s2) {
            return round(n, s1, a + b, ea, sticky, rm, st, false);
        }
        if (sticky) {
            return round(n, s1, a - b - 1, ea, true, rm, st, false);
        }
        long diff = a - b;
        if (diff == 0) {
            return zeroByRounding(n, rm);
        } else if (diff < 0) {
            return round(n, s2, -diff, ea, false, rm, st, false);
        }
        return round(n, s1, diff, ea, false, rm, st, false);
    }

    /** {@code FPMul}. */
    public static long mul(int n, long op1, long op2, FpStatus st) {
        return mul(n, op1, op2, false, st);
    }

    /** {@code FPMulX}: as FPMul but infinity times zero is 2.0 with the product's sign. */
    public static long mulX(int n, long op1, long op2, FpStatus st) {
        return mul(n, op1, op2, true, st);
    }

    private static long mul(int n, long op1, long op2, boolean mulx, FpStatus st) {
        FpRounding rm = st.rounding();
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            return processNaNs(n, a, b, st);
        }
        boolean sign = a.sign ^ b.sign;
        boolean inf1 = a.type == INFINITY, inf2 = b.type == INFINITY;
        boolean zero1 = a.type == ZERO, zero2 = b.type == ZERO;
        if ((inf1 && zero2) || (zero1 && inf2)) {
            return mulx ? two(n, sign) : invalid(n, st);
        } else if (inf1 || inf2) {
            return infinity(n, sign);
        } else if (zero1 || zero2) {
            return zero(n, sign);
        }
        return round128(n, sign, Math.multiplyHigh(a.mant, b.mant), a.mant * b.mant, a.exp + b.exp, rm, st);
    }

    /** {@code FPMulAdd}: addend + op1 * op2 with a single rounding. */
    public static long mulAdd(int n, long addend, long op1, long op2, FpStatus st) {
        FpRounding rm = st.rounding();
        Unpacked a = unpack(n, addend, st, false);
        Unpacked b = unpack(n, op1, st, false);
        Unpacked c = unpack(n, op2, st, false);
        boolean inf1 = b.type == INFINITY, inf2 = c.type == INFINITY;
        boolean zero1 = b.type == ZERO, zero2 = c.type == ZERO;
        if (a.isNaN() || b.isNaN() || c.isNaN()) {
            long result = processNaNs3(n, a, b, c, st);
            if (a.type == QNAN && ((inf1 && zero2) || (zero1 && inf2))) {
                result = invalid(n, st);
            }
            return result;
        }
        boolean infA = a.type == INFINITY, zeroA = a.type == ZERO;
        boolean signP = b.sign ^ c.sign;
        boolean infP = inf1 || inf2, zeroP = zero1 || zero2;
        if ((inf1 && zero2) || (zero1 && inf2) || (infA && infP && a.sign != signP)) {
            return invalid(n, st);
        } else if ((infA && !a.sign) || (infP && !signP)) {
            return infinity(n, false);
        } else if ((infA && a.sign) || (infP && signP)) {
            return infinity(n, true);
        } else if (zeroA && zeroP && a.sign == signP) {
            return zero(n, a.sign);
        }
        return fused(n, a.sign, a.mant, a.exp, signP, zeroP ? 0 : b.mant, zeroP ? 0 : c.mant, b.exp + c.exp, rm,
                st);
    }

    /**
     * Rounds (-1)^sa * ma * 2^ea + (-1)^sp * m1 * m2 * 2^ep exactly (zero result: sign by rounding mode);
     * ma, m1, m2 below 2^53. The product is formed in 128 bits and both terms are aligned in a 128-bit frame
     * (top bit at 125), the smaller one's shifted-out bits kept as a sticky bit.
     */
    static long fused(int n, boolean sa, long ma, int ea, boolean sp, long m1, long m2, int ep, FpRounding rm,
            FpStatus st) {
        long ph = Math.multiplyHigh(m1, m2), pl = m1 * m2;
        boolean pZero = (ph | pl) == 0;
        if (pZero && ma == 0) {
            return zeroByRounding(n, rm);
        } else if (pZero) {
            return round(n, sa, ma, ea, false, rm, st, false);
        } else if (ma == 0) {
            return round128(n, sp, ph, pl, ep, rm, st);
        }
        int lp = ph != 0 ? 128 - Long.numberOfLeadingZeros(ph) : 64 - Long.numberOfLeadingZeros(pl);
        int la = 64 - Long.numberOfLeadingZeros(ma);
        int tp = lp - 1 + ep, ta = la - 1 + ea;
        long bh, bl, sh, sl;
        boolean sb, ss;
        int tb, ts, lb, ls;
        if (tp >= ta) {
            bh = ph; bl = pl; sb = sp; tb = tp; lb = lp;
            sh = 0; sl = ma; ss = sa; ts = ta; ls = la;
        } else {
            bh = 0; bl = ma; sb = sa; tb = ta; lb = la;
            sh = ph; sl = pl; ss = sp; ts = tp; ls = lp;
        }
        // normalise both to top bit 125
        int k = 125 - (lb - 1);
        if (k >= 64) {
            bh = bl << (k - 64);
            bl = 0;
        } else if (k > 0) {
            bh = (bh << k) | (bl >>> (64 - k));
            bl <<= k;
        }
        k = 125 - (ls - 1);
        if (k >= 64) {
            sh = sl << (k - 64);
            sl = 0;
        } else if (k > 0) {
            sh = (sh << k) | (sl >>> (64 - k));
            sl <<= k;
        }
        int e = tb - 125;
        long d = (long) tb - ts;
        boolean sticky;
        if (d == 0) {
            sticky = false;
        } else if (d < 64) {
            int dd = (int) d;
            sticky = (sl & ((1L << dd) - 1)) != 0;
            sl = (sl >>> dd) | (sh << (64 - dd));
            sh >>>= dd;
        } else if (d < 128) {
            int dd = (int) d - 64;
            sticky = sl != 0 || (sh & ((1L << dd) - 1)) != 0;
            sl = sh >>> dd;
            sh = 0;
        } else {
            sticky = true;
            sh = 0;
            sl = 0;
        }
        long rh, rl;
        boolean sign = sb;
        if (sb == ss) {
            rl = bl + sl;
            rh = bh + sh + (Long.compareUnsigned(rl, bl) < 0 ? 1 : 0);
        } else {
            if (sticky) { // big - (small + delta) = (big - small - 1) + (1 - delta)
                sl += 1;
                if (sl == 0) {
                    sh++;
                }
            }
            rl = bl - sl;
            rh = bh - sh - (Long.compareUnsigned(bl, sl) < 0 ? 1 : 0);
            if (rh < 0) {
                rl = -rl;
                rh = ~rh + (rl == 0 ? 1 : 0);
                sign = ss;
            } else if ((rh | rl) == 0) {
                return zeroByRounding(n, rm);
            }
        }
        int len = rh != 0 ? 128 - Long.numberOfLeadingZeros(rh) : 64 - Long.numberOfLeadingZeros(rl);
        if (len <= 62) {
            return round(n, sign, rl, e, sticky, rm, st, false);
        }
        int s2 = len - 62;
        long mant;
        boolean lost;
        if (s2 < 64) {
            mant = (rl >>> s2) | (rh << (64 - s2));
            lost = (rl & ((1L << s2) - 1)) != 0;
        } else {
            mant = rh >>> (s2 - 64);
            lost = rl != 0 || (rh & ((1L << (s2 - 64)) - 1)) != 0;
        }
        return round(n, sign, mant, e + s2, sticky || lost, rm, st, false);
    }

    /** {@code FPDiv}. */
    public static long div(int n, long op1, long op2, FpStatus st) {
        FpRounding rm = st.rounding();
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            return processNaNs(n, a, b, st);
        }
        boolean sign = a.sign ^ b.sign;
        boolean inf1 = a.type == INFINITY, inf2 = b.type == INFINITY;
        boolean zero1 = a.type == ZERO, zero2 = b.type == ZERO;
        if ((inf1 && inf2) || (zero1 && zero2)) {
            return invalid(n, st);
        } else if (inf1 || zero2) {
            if (!inf1) {
                st.raise(FpStatus.DZC);
            }
            return infinity(n, sign);
        } else if (zero1 || inf2) {
            return zero(n, sign);
        }
        // long division, 9 quotient bits per step (remainder < 2^53, so remainder << 9 fits), until the
        // quotient has at least 54 bits; the remainder is the sticky bit
        long q = a.mant / b.mant, r = a.mant % b.mant;
        int e = a.exp - b.exp;
        while (q < (1L << 53)) {
            r <<= 9;
            q = (q << 9) | (r / b.mant);
            r %= b.mant;
            e -= 9;
        }
        return round(n, sign, q, e, r != 0, rm, st, false);
    }

    /** {@code FPSqrt}. */
    public static long sqrt(int n, long op, FpStatus st) {
        FpRounding rm = st.rounding();
        Unpacked a = unpack(n, op, st, false);
        if (a.isNaN()) {
            return processNaN(n, a, st);
        } else if (a.type == ZERO) {
            return zero(n, a.sign);
        } else if (a.type == INFINITY && !a.sign) {
            return infinity(n, false);
        } else if (a.sign) {
            return invalid(n, st);
        }
        long m = a.mant;
        int e = a.exp;
        if ((e & 1) != 0) {
            m <<= 1;
            e--;
        }
        // s = floor(sqrt(M)) for M = m * 2^2j of 107 or 108 bits: estimate with Math.sqrt, then correct
        // exactly with 128-bit squares; s has 54 bits and M != s^2 is the sticky bit
        int bl = 64 - Long.numberOfLeadingZeros(m);
        int sh = 2 * ((108 - bl) / 2);
        long mh, ml;
        if (sh >= 64) {
            mh = m << (sh - 64);
            ml = 0;
        } else {
            mh = m >>> (64 - sh);
            ml = m << sh;
        }
        double approx = Math.sqrt(mh * 0x1p64 + (ml >= 0 ? (double) ml : ((ml >>> 1) | (ml & 1)) * 2.0));
        long root = (long) approx;
        while (compare128(Math.multiplyHigh(root, root), root * root, mh, ml) > 0) {
            root--;
        }
        while (compare128(Math.multiplyHigh(root + 1, root + 1), (root + 1) * (root + 1), mh, ml) <= 0) {
            root++;
        }
        boolean inexact = compare128(Math.multiplyHigh(root, root), root * root, mh, ml) != 0;
        return round(n, false, root, (e - sh) / 2, inexact, rm, st, false);
    }

    private static int compare128(long ah, long al, long bh, long bl) {
        int c = Long.compare(ah, bh);
        return c != 0 ? c : Long.compareUnsigned(al, bl);
    }

    // ---- min / max / compare ----

    /** Signed comparison key of a non-NaN unpacked value (zeros equal, flushed denormals are zeros). */
    private static long key(int n, Unpacked u) {
        long mag = u.type == ZERO ? 0 : u.bits & mask(n - 1);
        return u.sign ? -mag : mag;
    }

    /** {@code FPMax}. */
    public static long max(int n, long op1, long op2, FpStatus st) {
        return maxMin(n, op1, op2, true, st);
    }

    /** {@code FPMin}. */
    public static long min(int n, long op1, long op2, FpStatus st) {
        return maxMin(n, op1, op2, false, st);
    }

    private static long maxMin(int n, long op1, long op2, boolean max, FpStatus st) {
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            return processNaNs(n, a, b, st);
        }
        long k1 = key(n, a), k2 = key(n, b);
        Unpacked r = (max ? k1 > k2 : k1 < k2) ? a : b;
        if (r.type == INFINITY) {
            return infinity(n, r.sign);
        } else if (r.type == ZERO) {
            return zero(n, max ? a.sign && b.sign : a.sign || b.sign);
        }
        // FPRound of an exactly representable value (denormals are not flushed here: FZ would have
        // flushed them on input) returns it unchanged without exceptions.
        return r.bits;
    }

    /** {@code FPMaxNum}: a single quiet NaN operand is treated as -infinity. */
    public static long maxNum(int n, long op1, long op2, FpStatus st) {
        return maxMinNum(n, op1, op2, true, st);
    }

    /** {@code FPMinNum}: a single quiet NaN operand is treated as +infinity. */
    public static long minNum(int n, long op1, long op2, FpStatus st) {
        return maxMinNum(n, op1, op2, false, st);
    }

    private static long maxMinNum(int n, long op1, long op2, boolean max, FpStatus st) {
        int t1 = unpack(n, op1, st, false).type;
        int t2 = unpack(n, op2, st, false).type;
        if (t1 == QNAN && t2 != QNAN) {
            op1 = infinity(n, max);
        } else if (t1 != QNAN && t2 == QNAN) {
            op2 = infinity(n, max);
        }
        return maxMin(n, op1, op2, max, st);
    }

    /** NZCV value (N = 8, Z = 4, C = 2, V = 1) of {@link #compare} for an unordered pair. */
    public static final int NZCV_UNORDERED = 0b0011;

    /**
     * {@code FPCompare}: returns NZCV in bits 3:0 (equal 0110, less 1000, greater 0010, unordered 0011).
     * signalNaNs is true for FCMPE (IOC for any NaN), false for FCMP (IOC for signalling NaNs only).
     */
    public static int compare(int n, long op1, long op2, boolean signalNaNs, FpStatus st) {
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            if (a.type == SNAN || b.type == SNAN || signalNaNs) {
                st.raise(FpStatus.IOC);
            }
            return NZCV_UNORDERED;
        }
        long k1 = key(n, a), k2 = key(n, b);
        return k1 == k2 ? 0b0110 : k1 < k2 ? 0b1000 : 0b0010;
    }

    /** {@code FPCompareEQ} (quiet: IOC only for signalling NaNs). */
    public static boolean compareEQ(int n, long op1, long op2, FpStatus st) {
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            if (a.type == SNAN || b.type == SNAN) {
                st.raise(FpStatus.IOC);
            }
            return false;
        }
        return key(n, a) == key(n, b);
    }

    /** {@code FPCompareGE} (signalling: IOC for any NaN). */
    public static boolean compareGE(int n, long op1, long op2, FpStatus st) {
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            st.raise(FpStatus.IOC);
            return false;
        }
        return key(n, a) >= key(n, b);
    }

    /** {@code FPCompareGT} (signalling: IOC for any NaN). */
    public static boolean compareGT(int n, long op1, long op2, FpStatus st) {
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            st.raise(FpStatus.IOC);
            return false;
        }
        return key(n, a) > key(n, b);
    }

    // ---- integer rounding ----

    /**
     * floor(|value| * 2^shift) split for a finite non-zero value of mant &lt; 2^63: returns the integer part
     * (as BigInteger) and sets err[0] to 0 exact, 1 below half, 2 half, 3 above half.
     */
    private static BigInteger floorMag(long mant, int exp, int[] err) {
        if (exp >= 0) {
            err[0] = 0;
            return BigInteger.valueOf(mant).shiftLeft(exp);
        }
        int rs = -exp;
        if (rs >= 64) {
            err[0] = 1;
            return BigInteger.ZERO;
        }
        long q = mant >>> rs;
        long rem = mant & ((1L << rs) - 1);
        long half = 1L << (rs - 1);
        err[0] = rem == 0 ? 0 : rem < half ? 1 : rem == half ? 2 : 3;
        return BigInteger.valueOf(q);
    }

    /**
     * The pseudocode's RoundDown(value) + rounding increment for a signed value; returns the rounded integer
     * and leaves in err[0] whether the value was inexact (non-zero).
     */
    private static BigInteger roundToInteger(boolean sign, long mant, int exp, FpRounding rm, int[] err) {
        BigInteger q = floorMag(mant, exp, err);
        int c = err[0];
        BigInteger intResult;
        if (!sign) {
            intResult = q;
        } else if (c == 0) {
            intResult = q.negate();
        } else {
            intResult = q.negate().subtract(BigInteger.ONE);
            c = 4 - c; // error is 1 - fraction
        }
        boolean roundUp;
        switch (rm) {
        case TIEEVEN:
            roundUp = c == 3 || (c == 2 && intResult.testBit(0));
            break;
        case POSINF:
            roundUp = c != 0;
            break;
        case NEGINF:
            roundUp = false;
            break;
        case ZERO:
            roundUp = c != 0 && intResult.signum() < 0;
            break;
        case TIEAWAY:
            roundUp = c == 3 || (c == 2 && intResult.signum() >= 0);
            break;
        default:
            throw new IllegalArgumentException("rounding " + rm + " for an integer result");
        }
        return roundUp ? intResult.add(BigInteger.ONE) : intResult;
    }

    /**
     * {@link #roundToInteger} in {@code long} arithmetic; only for |value| &lt; 2^62 (exp &lt; 0 and mant &lt; 2^63,
     * or bit length of mant + exp &lt;= 62).
     */
    private static long roundToIntegerLong(boolean sign, long mant, int exp, FpRounding rm, int[] err) {
        long q;
        int c;
        if (exp >= 0) {
            q = mant << exp;
            c = 0;
        } else if (exp <= -64) {
            q = 0;
            c = 1;
        } else {
            int rs = -exp;
            q = mant >>> rs;
            long rem = mant & ((1L << rs) - 1);
            long half = 1L << (rs - 1);
            c = rem == 0 ? 0 : rem < half ? 1 : rem == half ? 2 : 3;
        }
        err[0] = c;
        long intResult;
        if (!sign) {
            intResult = q;
        } else if (c == 0) {
            intResult = -q;
        } else {
            intResult = -q - 1;
            c = 4 - c;
        }
        boolean roundUp;
        switch (rm) {
        case TIEEVEN:
            roundUp = c == 3 || (c == 2 && (intResult & 1) != 0);
            break;
        case POSINF:
            roundUp = c != 0;
            break;
        case NEGINF:
            roundUp = false;
            break;
        case ZERO:
            roundUp = c != 0 && intResult < 0;
            break;
        case TIEAWAY:
            roundUp = c == 3 || (c == 2 && intResult >= 0);
            break;
        default:
            throw new IllegalArgumentException("rounding " + rm + " for an integer result");
        }
        return roundUp ? intResult + 1 : intResult;
    }

    private static boolean fitsLong(long mant, int exp) {
        return exp < 0 || 64 - Long.numberOfLeadingZeros(mant) + exp <= 62;
    }

    /** {@code FPRoundInt}: FRINTN/P/M/Z/A/I (exact = false) and FRINTX (exact = true, IXC when inexact). */
    public static long roundInt(int n, long op, FpRounding rm, boolean exact, FpStatus st) {
        Unpacked a = unpack(n, op, st, false);
        if (a.isNaN()) {
            return processNaN(n, a, st);
        } else if (a.type == INFINITY) {
            return infinity(n, a.sign);
        } else if (a.type == ZERO) {
            return zero(n, a.sign);
        }
        if (a.exp >= 0) {
            return a.bits; // already an integer
        }
        int[] err = new int[1];
        long r = roundToIntegerLong(a.sign, a.mant, a.exp, rm, err);
        long result = r == 0 ? zero(n, a.sign)
                : round(n, r < 0, Math.abs(r), 0, false, FpRounding.ZERO, st, false);
        if (err[0] != 0 && exact) {
            st.raise(FpStatus.IXC);
        }
        return result;
    }

    /** {@code FPRoundIntN}: FRINT32X/Z, FRINT64X/Z (n = 32 or 64, intSize = 32 or 64). */
    public static long roundIntN(int n, long op, FpRounding rm, int intSize, FpStatus st) {
        if ((n != 32 && n != 64) || (intSize != 32 && intSize != 64)) {
            throw new IllegalArgumentException("FPRoundIntN width " + n + ", integer size " + intSize);
        }
        Unpacked a = unpack(n, op, st, false);
        int f = fracBits(n);
        long saturated = signBit(n, true) | ((long) ((n == 32 ? 126 : 1022) + intSize) << f);
        if (a.type == INFINITY || a.isNaN()) {
            st.raise(FpStatus.IOC);
            return saturated;
        } else if (a.type == ZERO) {
            return zero(n, a.sign);
        }
        int[] err = new int[1];
        BigInteger r = roundToInteger(a.sign, a.mant, a.exp, rm, err);
        if (r.bitLength() > intSize - 1 && !(r.signum() < 0 && r.negate().bitCount() == 1
                && r.negate().bitLength() == intSize)) {
            st.raise(FpStatus.IOC);
            return saturated;
        }
        long result;
        if (r.signum() == 0) {
            result = zero(n, a.sign);
        } else {
            BigInteger mag = r.abs();
            result = roundBig(n, r.signum() < 0, mag, 0, false, FpRounding.ZERO, st);
        }
        if (err[0] != 0) {
            st.raise(FpStatus.IXC);
        }
        return result;
    }

    // ---- conversions ----

    /** {@code FPConvertNaN}: keeps sign and the top of the payload, sets the quiet bit. */
    static long convertNaN(int n, long op, int m) {
        boolean sign = ((op >>> (n - 1)) & 1) != 0;
        long frac; // 51 bits below the quiet bit
        if (n == 64) {
            frac = op & ((1L << 51) - 1);
        } else if (n == 32) {
            frac = (op & ((1L << 22) - 1)) << 29;
        } else {
            frac = (op & ((1L << 9) - 1)) << 42;
        }
        long result = defaultNaN(m) | signBit(m, sign);
        if (m == 64) {
            result |= frac;
        } else if (m == 32) {
            result |= frac >>> 29;
        } else {
            result |= frac >>> 42;
        }
        return result;
    }

    /** {@code FPConvert}: FCVT between widths n and m (FPCR.AHP applies to the half side), and FCVTXN (ODD). */
    public static long convert(int n, long op, int m, FpRounding rm, FpStatus st) {
        checkN(m);
        Unpacked a = unpack(n, op, st, true);
        boolean altHp = m == 16 && (st.fpcr() & FpStatus.FPCR_AHP) != 0;
        if (a.isNaN()) {
            long result;
            if (altHp) {
                result = zero(m, a.sign);
            } else if ((st.fpcr() & FpStatus.FPCR_DN) != 0) {
                result = defaultNaN(m);
            } else {
                result = convertNaN(n, a.bits, m);
            }
            if (a.type == SNAN || altHp) {
                st.raise(FpStatus.IOC);
            }
            return result;
        } else if (a.type == INFINITY) {
            if (altHp) {
                st.raise(FpStatus.IOC);
                return signBit(m, a.sign) | mask(m - 1);
            }
            return infinity(m, a.sign);
        } else if (a.type == ZERO) {
            return zero(m, a.sign);
        }
        return round(m, a.sign, a.mant, a.exp, false, rm, st, true);
    }

    /** {@code FPConvert} with the FPCR rounding mode. */
    public static long convert(int n, long op, int m, FpStatus st) {
        return convert(n, op, m, st.rounding(), st);
    }

    /**
     * {@code FPToFixed}: converts to a signed or unsigned m-bit (16, 32 or 64) integer with fbits fraction bits,
     * saturating (IOC on NaN or overflow, IXC when inexact). Returns the m-bit result zero-extended.
     */
    public static long toFixed(int n, long op, int fbits, boolean unsigned, FpRounding rm, int m, FpStatus st) {
        Unpacked a = unpack(n, op, st, false);
        if (a.isNaN()) {
            st.raise(FpStatus.IOC);
        }
        BigInteger r;
        int[] err = new int[1];
        if (a.type == INFINITY) {
            r = a.sign ? BigInteger.ONE.shiftLeft(m + 1).negate() : BigInteger.ONE.shiftLeft(m + 1);
        } else if (a.type == ZERO || a.isNaN()) {
            r = BigInteger.ZERO;
        } else if (fitsLong(a.mant, a.exp + fbits)) {
            long v = roundToIntegerLong(a.sign, a.mant, a.exp + fbits, rm, err);
            long lo = unsigned ? 0 : m == 64 ? Long.MIN_VALUE : -(1L << (m - 1));
            long hi = unsigned ? (m == 64 ? -1L : (1L << m) - 1) : m == 64 ? Long.MAX_VALUE : (1L << (m - 1)) - 1;
            // |v| <= 2^62, so only the bounds below 2^62 in magnitude can be crossed
            if (v < lo) {
                st.raise(FpStatus.IOC);
                v = lo;
            } else if (!(unsigned && m == 64) && v > hi) {
                st.raise(FpStatus.IOC);
                v = hi;
            } else if (err[0] != 0) {
                st.raise(FpStatus.IXC);
            }
            return v & mask(m);
        } else {
            r = roundToInteger(a.sign, a.mant, a.exp + fbits, rm, err);
        }
        BigInteger lo, hi;
        if (unsigned) {
            lo = BigInteger.ZERO;
            hi = BigInteger.ONE.shiftLeft(m).subtract(BigInteger.ONE);
        } else {
            lo = BigInteger.ONE.shiftLeft(m - 1).negate();
            hi = BigInteger.ONE.shiftLeft(m - 1).subtract(BigInteger.ONE);
        }
        if (r.compareTo(hi) > 0) {
            st.raise(FpStatus.IOC);
            r = hi;
        } else if (r.compareTo(lo) < 0) {
            st.raise(FpStatus.IOC);
            r = lo;
        } else if (err[0] != 0) {
            st.raise(FpStatus.IXC);
        }
        return r.longValue() & mask(m);
    }

    /**
     * {@code FixedToFP}: converts the m-bit (16, 32 or 64) signed or unsigned integer op with fbits fraction bits
     * to width n with the given rounding.
     */
    public static long fixedToFp(int m, long op, int fbits, boolean unsigned, FpRounding rm, int n, FpStatus st) {
        checkN(n);
        if (m != 16 && m != 32 && m != 64) {
            throw new IllegalArgumentException("integer width " + m);
        }
        long v = unsigned ? op & mask(m) : (op << (64 - m)) >> (64 - m);
        if (v == 0) {
            return zero(n, false);
        }
        boolean sign = !unsigned && v < 0;
        long mag = sign ? -v : v; // unsigned magnitude
        boolean sticky = false;
        int exp = -fbits;
        if (mag < 0) { // >= 2^63 as unsigned
            sticky = (mag & 1) != 0;
            mag >>>= 1;
            exp++;
        }
        return round(n, sign, mag, exp, sticky, rm, st, false);
    }

    /**
     * {@code FPToFixedJS} (FJCVTZS): double to 32-bit integer, truncating, modulo 2^32. Returns the 32-bit result
     * zero-extended, with the Z flag in bit 32 ({@link #JS_Z}).
     */
    public static long toFixedJS(long op, FpStatus st) {
        Unpacked a = unpack(64, op, st, false);
        boolean z = true;
        if (a.isNaN()) {
            st.raise(FpStatus.IOC);
            z = false;
        }
        if (a.type == INFINITY) {
            st.raise(FpStatus.IOC);
            return 0;
        }
        long result = 0;
        boolean overflow = false, inexact = false;
        boolean valueZero = a.type == ZERO || a.isNaN();
        if (!valueZero) {
            int[] err = new int[1];
            BigInteger q = floorMag(a.mant, a.exp, err); // truncation magnitude
            inexact = err[0] != 0;
            BigInteger r = a.sign ? q.negate() : q;
            result = r.longValue() & 0xFFFF_FFFFL;
            overflow = r.bitLength() > 31 && !(r.signum() < 0 && q.bitCount() == 1 && q.bitLength() == 32);
        }
        if (overflow) {
            st.raise(FpStatus.IOC);
            z = false;
        } else if (inexact) {
            st.raise(FpStatus.IXC);
            z = false;
        } else if (a.sign && valueZero) {
            z = false;
        } else if (!a.sign && valueZero && (op & ((1L << 52) - 1)) != 0) {
            z = false;
        }
        return result | (z ? JS_Z : 0);
    }

    // ---- estimates and steps ----

    /** {@code RecipEstimate}: 256 &lt;= a &lt; 512 to 256 &lt;= r &lt; 512. */
    public static int recipEstimate(int a) {
        a = a * 2 + 1;
        int b = (1 << 19) / a;
        return (b + 1) / 2;
    }

    /** {@code RecipSqrtEstimate}: 128 &lt;= a &lt; 512 to 256 &lt;= r &lt; 512. */
    public static int recipSqrtEstimate(int a) {
        if (a < 256) {
            a = a * 2 + 1;
        } else {
            a = (a >> 1) << 1;
            a = (a + 1) * 2;
        }
        long b = 512;
        while (a * (b + 1) * (b + 1) < (1L << 28)) {
            b++;
        }
        return (int) ((b + 1) / 2);
    }

    private static final int[] RECIP = new int[512];
    private static final int[] RSQRT = new int[512];
    static {
        for (int i = 256; i < 512; i++) {
            RECIP[i] = recipEstimate(i);
        }
        for (int i = 128; i < 512; i++) {
            RSQRT[i] = recipSqrtEstimate(i);
        }
    }

    /** {@code UnsignedRecipEstimate} (URECPE, 32-bit element). */
    public static int unsignedRecipEstimate(int operand) {
        if (operand >= 0) {
            return -1;
        }
        return RECIP[(operand >>> 23) & 0x1FF] << 23;
    }

    /** {@code UnsignedRSqrtEstimate} (URSQRTE, 32-bit element). */
    public static int unsignedRSqrtEstimate(int operand) {
        if ((operand >>> 30) == 0) {
            return -1;
        }
        int scaled = operand < 0 ? (operand >>> 23) & 0x1FF : (operand >>> 23) & 0xFF;
        return RSQRT[scaled] << 23;
    }

    /** {@code FPRecipEstimate} (FRECPE). */
    public static long recipEstimate(int n, long op, FpStatus st) {
        Unpacked a = unpack(n, op, st, false);
        int fpcr = st.fpcr();
        FpRounding rm = st.rounding();
        if (a.isNaN()) {
            return processNaN(n, a, st);
        } else if (a.type == INFINITY) {
            return zero(n, a.sign);
        } else if (a.type == ZERO) {
            st.raise(FpStatus.DZC);
            return infinity(n, a.sign);
        }
        int f = fracBits(n);
        // |value| < 2^-16 / 2^-128 / 2^-1024: value = mant * 2^exp, msb position p
        int top = 63 - Long.numberOfLeadingZeros(a.mant) + a.exp; // floor(log2 |value|)
        int tiny = n == 16 ? -16 : n == 32 ? -128 : -1024;
        if (top < tiny) {
            boolean toInf;
            switch (rm) {
            case TIEEVEN:
                toInf = true;
                break;
            case POSINF:
                toInf = !a.sign;
                break;
            case NEGINF:
                toInf = a.sign;
                break;
            default:
                toInf = false;
                break;
            }
            st.raise(FpStatus.OFC | FpStatus.IXC);
            return toInf ? infinity(n, a.sign) : maxNormal(n, a.sign);
        }
        boolean fz = n == 16 ? (fpcr & FpStatus.FPCR_FZ16) != 0 : (fpcr & FpStatus.FPCR_FZ) != 0;
        int big = n == 16 ? 14 : n == 32 ? 126 : 1022;
        if (fz && top >= big) {
            st.raise(FpStatus.UFC);
            return zero(n, a.sign);
        }
        long fraction = (a.bits & ((1L << f) - 1)) << (52 - f); // 52 bits
        int exp = (int) ((a.bits >>> f) & ((1 << expBits(n)) - 1));
        if (exp == 0) {
            if (((fraction >>> 51) & 1) == 0) {
                exp = -1;
                fraction = (fraction << 2) & ((1L << 52) - 1);
            } else {
                fraction = (fraction << 1) & ((1L << 52) - 1);
            }
        }
        int scaled = (int) (0x100 | (fraction >>> 44));
        int resultExp = (n == 16 ? 29 : n == 32 ? 253 : 2045) - exp;
        int estimate = RECIP[scaled];
        fraction = (long) (estimate & 0xFF) << 44;
        if (resultExp == 0) {
            fraction = (1L << 51) | (fraction >>> 1);
        } else if (resultExp == -1) {
            fraction = (1L << 50) | (fraction >>> 2);
            resultExp = 0;
        }
        return signBit(n, a.sign) | ((long) resultExp << f) | (fraction >>> (52 - f));
    }

    /** {@code FPRSqrtEstimate} (FRSQRTE). */
    public static long rsqrtEstimate(int n, long op, FpStatus st) {
        Unpacked a = unpack(n, op, st, false);
        if (a.isNaN()) {
            return processNaN(n, a, st);
        } else if (a.type == ZERO) {
            st.raise(FpStatus.DZC);
            return infinity(n, a.sign);
        } else if (a.sign) {
            return invalid(n, st);
        } else if (a.type == INFINITY) {
            return zero(n, false);
        }
        int f = fracBits(n);
        long fraction = (a.bits & ((1L << f) - 1)) << (52 - f);
        int exp = (int) ((a.bits >>> f) & ((1 << expBits(n)) - 1));
        if (exp == 0) {
            while (((fraction >>> 51) & 1) == 0) {
                fraction = (fraction << 1) & ((1L << 52) - 1);
                exp--;
            }
            fraction = (fraction << 1) & ((1L << 52) - 1);
        }
        int scaled = (exp & 1) == 0 ? (int) (0x100 | (fraction >>> 44)) : (int) (0x80 | (fraction >>> 45));
        int resultExp = Math.floorDiv((n == 16 ? 44 : n == 32 ? 380 : 3068) - exp, 2);
        int estimate = RSQRT[scaled];
        return ((long) resultExp << f) | ((long) (estimate & 0xFF) << (f - 8));
    }

    /** {@code FPRecipStepFused} (FRECPS): 2.0 - op1 * op2 with a single rounding. */
    public static long recipStepFused(int n, long op1, long op2, FpStatus st) {
        return stepFused(n, op1, op2, false, st);
    }

    /** {@code FPRSqrtStepFused} (FRSQRTS): (3.0 - op1 * op2) / 2.0 with a single rounding. */
    public static long rsqrtStepFused(int n, long op1, long op2, FpStatus st) {
        return stepFused(n, op1, op2, true, st);
    }

    private static long stepFused(int n, long op1, long op2, boolean rsqrt, FpStatus st) {
        FpRounding rm = st.rounding();
        op1 = neg(n, op1);
        Unpacked a = unpack(n, op1, st, false);
        Unpacked b = unpack(n, op2, st, false);
        if (a.isNaN() || b.isNaN()) {
            return processNaNs(n, a, b, st);
        }
        boolean inf1 = a.type == INFINITY, inf2 = b.type == INFINITY;
        boolean zero1 = a.type == ZERO, zero2 = b.type == ZERO;
        if ((inf1 && zero2) || (zero1 && inf2)) {
            return rsqrt ? onePointFive(n, false) : two(n, false);
        } else if (inf1 || inf2) {
            return infinity(n, a.sign ^ b.sign);
        }
        boolean zeroP = zero1 || zero2;
        int adj = rsqrt ? -1 : 0;
        return fused(n, false, rsqrt ? 3 : 2, adj, a.sign ^ b.sign, zeroP ? 0 : a.mant, zeroP ? 0 : b.mant,
                a.exp + b.exp + adj, rm, st);
    }

    /** {@code FPRecpX} (FRECPX). */
    public static long recpX(int n, long op, FpStatus st) {
        Unpacked a = unpack(n, op, st, false);
        if (a.isNaN()) {
            return processNaN(n, a, st);
        }
        int f = fracBits(n), e = expBits(n);
        long exp = (a.bits >>> f) & ((1L << e) - 1);
        long maxExp = (1L << e) - 2;
        long resExp = exp == 0 ? maxExp : (~exp & ((1L << e) - 1));
        return signBit(n, a.sign) | (resExp << f);
    }
}
