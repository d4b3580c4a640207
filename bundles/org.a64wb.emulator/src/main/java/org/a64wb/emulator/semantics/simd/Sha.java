package org.a64wb.emulator.semantics.simd;

import org.a64wb.emulator.cpu.Cpu;

/**
 * The SHA-1 and SHA-256 instructions (Arm ARM {@code SHA1C} ... {@code SHA256SU1} and the shared functions
 * {@code SHAchoose}, {@code SHAparity}, {@code SHAmajority}, {@code SHAhashSIGMA0/1}, {@code SHA256hash}) on
 * 128-bit V registers held as four 32-bit words, word 0 = bits 31:0. Every source is read before V[d] is written.
 */
public final class Sha {

    private Sha() {
    }

    private static int word(Cpu cpu, int r, int e) {
        long half = cpu.v[2 * r + (e >>> 1)];
        return (int) (half >>> ((e & 1) * 32));
    }

    private static long pack(int lo, int hi) {
        return (lo & 0xffffffffL) | (long) hi << 32;
    }

    private static int choose(int x, int y, int z) {
        return ((y ^ z) & x) ^ z;
    }

    private static int parity(int x, int y, int z) {
        return x ^ y ^ z;
    }

    private static int majority(int x, int y, int z) {
        return (x & y) | ((x | y) & z);
    }

    /** SHA1C (op 0, SHAchoose), SHA1P (1, SHAparity), SHA1M (2, SHAmajority). */
    public static void sha1Hash(Cpu cpu, int d, int n, int m, int op) {
        int x0 = word(cpu, d, 0), x1 = word(cpu, d, 1), x2 = word(cpu, d, 2), x3 = word(cpu, d, 3);
        int y = word(cpu, n, 0);
        int[] w = {word(cpu, m, 0), word(cpu, m, 1), word(cpu, m, 2), word(cpu, m, 3)};
        for (int e = 0; e < 4; e++) {
            int t = switch (op) {
                case 0 -> choose(x1, x2, x3);
                case 1 -> parity(x1, x2, x3);
                default -> majority(x1, x2, x3);
            };
            y = y + Integer.rotateLeft(x0, 5) + t + w[e];
            x1 = Integer.rotateLeft(x1, 30);
            // <Y, X> = ROL(Y : X, 32)
            int top = x3;
            x3 = x2;
            x2 = x1;
            x1 = x0;
            x0 = y;
            y = top;
        }
        cpu.setV(d, pack(x0, x1), pack(x2, x3));
    }

    /** SHA1H: ROL(V[n]<31:0>, 30). */
    public static void sha1FixedRotate(Cpu cpu, int d, int n) {
        cpu.setV(d, Integer.rotateLeft(word(cpu, n, 0), 30) & 0xffffffffL, 0);
    }

    /** SHA1SU0: (V[n]<63:0> : V[d]<127:64>) EOR V[d] EOR V[m]. */
    public static void sha1ScheduleUpdate0(Cpu cpu, int d, int n, int m) {
        long d0 = cpu.vLow(d), d1 = cpu.vHigh(d);
        long lo = d1 ^ d0 ^ cpu.vLow(m);
        long hi = cpu.vLow(n) ^ d1 ^ cpu.vHigh(m);
        cpu.setV(d, lo, hi);
    }

    /** SHA1SU1: T = V[d] EOR LSR(V[n], 32); rotations by 1, W3 also with ROL(T<31:0>, 2). */
    public static void sha1ScheduleUpdate1(Cpu cpu, int d, int n) {
        int t0 = word(cpu, d, 0) ^ word(cpu, n, 1);
        int t1 = word(cpu, d, 1) ^ word(cpu, n, 2);
        int t2 = word(cpu, d, 2) ^ word(cpu, n, 3);
        int t3 = word(cpu, d, 3);
        int w0 = Integer.rotateLeft(t0, 1);
        int w1 = Integer.rotateLeft(t1, 1);
        int w2 = Integer.rotateLeft(t2, 1);
        int w3 = Integer.rotateLeft(t3, 1) ^ Integer.rotateLeft(t0, 2);
        cpu.setV(d, pack(w0, w1), pack(w2, w3));
    }

    private static int sigma0(int x) {
        return Integer.rotateRight(x, 2) ^ Integer.rotateRight(x, 13) ^ Integer.rotateRight(x, 22);
    }

    private static int sigma1(int x) {
        return Integer.rotateRight(x, 6) ^ Integer.rotateRight(x, 11) ^ Integer.rotateRight(x, 25);
    }

    /** SHA256H (part1: SHA256hash(V[d], V[n], V[m], TRUE)) and SHA256H2 (SHA256hash(V[n], V[d], V[m], FALSE)). */
    public static void sha256Hash(Cpu cpu, int d, int n, int m, boolean part1) {
        int xr = part1 ? d : n, yr = part1 ? n : d;
        int x0 = word(cpu, xr, 0), x1 = word(cpu, xr, 1), x2 = word(cpu, xr, 2), x3 = word(cpu, xr, 3);
        int y0 = word(cpu, yr, 0), y1 = word(cpu, yr, 1), y2 = word(cpu, yr, 2), y3 = word(cpu, yr, 3);
        int[] w = {word(cpu, m, 0), word(cpu, m, 1), word(cpu, m, 2), word(cpu, m, 3)};
        for (int e = 0; e < 4; e++) {
            int chs = choose(y0, y1, y2);
            int maj = majority(x0, x1, x2);
            int t1 = y3 + sigma1(y0) + chs + w[e];
            x3 = t1 + x3;
            y3 = t1 + sigma0(x0) + maj;
            // <Y, X> = ROL(Y : X, 32)
            int tx = x3, ty = y3;
            x3 = x2;
            x2 = x1;
            x1 = x0;
            x0 = ty;
            y3 = y2;
            y2 = y1;
            y1 = y0;
            y0 = tx;
        }
        if (part1) {
            cpu.setV(d, pack(x0, x1), pack(x2, x3));
        } else {
            cpu.setV(d, pack(y0, y1), pack(y2, y3));
        }
    }

    /** SHA256SU0. */
    public static void sha256ScheduleUpdate0(Cpu cpu, int d, int n) {
        int[] op1 = {word(cpu, d, 0), word(cpu, d, 1), word(cpu, d, 2), word(cpu, d, 3)};
        // T = operand2<31:0> : operand1<127:32>
        int[] t = {op1[1], op1[2], op1[3], word(cpu, n, 0)};
        int[] r = new int[4];
        for (int e = 0; e < 4; e++) {
            int elt = t[e];
            elt = Integer.rotateRight(elt, 7) ^ Integer.rotateRight(elt, 18) ^ (elt >>> 3);
            r[e] = elt + op1[e];
        }
        cpu.setV(d, pack(r[0], r[1]), pack(r[2], r[3]));
    }

    private static int smallSigma1(int x) {
        return Integer.rotateRight(x, 17) ^ Integer.rotateRight(x, 19) ^ (x >>> 10);
    }

    /** SHA256SU1. */
    public static void sha256ScheduleUpdate1(Cpu cpu, int d, int n, int m) {
        int[] op1 = {word(cpu, d, 0), word(cpu, d, 1), word(cpu, d, 2), word(cpu, d, 3)};
        // T0 = operand3<31:0> : operand2<127:32>; T1 = operand3<127:64>
        int[] t0 = {word(cpu, n, 1), word(cpu, n, 2), word(cpu, n, 3), word(cpu, m, 0)};
        int m2 = word(cpu, m, 2), m3 = word(cpu, m, 3);
        int r0 = smallSigma1(m2) + op1[0] + t0[0];
        int r1 = smallSigma1(m3) + op1[1] + t0[1];
        int r2 = smallSigma1(r0) + op1[2] + t0[2];
        int r3 = smallSigma1(r1) + op1[3] + t0[3];
        cpu.setV(d, pack(r0, r1), pack(r2, r3));
    }
}
