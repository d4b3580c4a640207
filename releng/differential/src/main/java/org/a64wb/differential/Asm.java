package org.a64wb.differential;

/**
 * The few fixed instructions the harness's prologue and epilogue need, encoded from their Arm ARM
 * layouts (each checked against our disassembler, and so against llvm-mc, by AsmTest).
 */
final class Asm {

    private Asm() {
    }

    static int movz(int rd, int imm16, int shift) {
        return 0xd2800000 | (shift / 16) << 21 | (imm16 & 0xffff) << 5 | rd;
    }

    static int movk(int rd, int imm16, int shift) {
        return 0xf2800000 | (shift / 16) << 21 | (imm16 & 0xffff) << 5 | rd;
    }

    /** MOVZ + 3 MOVK: any 64-bit constant. */
    static int[] mov64(int rd, long value) {
        return new int[] {movz(rd, (int) value, 0), movk(rd, (int) (value >>> 16), 16), movk(rd, (int) (value >>> 32), 32),
            movk(rd, (int) (value >>> 48), 48)};
    }

    static int ldpX(int rt, int rt2, int rn, int offset) {
        return 0xa9400000 | ((offset / 8) & 0x7f) << 15 | rt2 << 10 | rn << 5 | rt;
    }

    static int stpX(int rt, int rt2, int rn, int offset) {
        return 0xa9000000 | ((offset / 8) & 0x7f) << 15 | rt2 << 10 | rn << 5 | rt;
    }

    static int ldpQ(int rt, int rt2, int rn, int offset) {
        return 0xad400000 | ((offset / 16) & 0x7f) << 15 | rt2 << 10 | rn << 5 | rt;
    }

    static int stpQ(int rt, int rt2, int rn, int offset) {
        return 0xad000000 | ((offset / 16) & 0x7f) << 15 | rt2 << 10 | rn << 5 | rt;
    }

    static int ldrX(int rt, int rn, int offset) {
        return 0xf9400000 | (offset / 8) << 10 | rn << 5 | rt;
    }

    static int strX(int rt, int rn, int offset) {
        return 0xf9000000 | (offset / 8) << 10 | rn << 5 | rt;
    }

    static int ldrPost(int rt, int rn, int imm) {
        return 0xf8400400 | (imm & 0x1ff) << 12 | rn << 5 | rt;
    }

    static int strPost(int rt, int rn, int imm) {
        return 0xf8000400 | (imm & 0x1ff) << 12 | rn << 5 | rt;
    }

    static int subsImm(int rd, int rn, int imm12) {
        return 0xf1000000 | imm12 << 10 | rn << 5 | rd;
    }

    /** B.NE by a byte offset. */
    static int bne(int offset) {
        return 0x54000001 | ((offset / 4) & 0x7ffff) << 5;
    }

    static int msrNzcv(int rt) {
        return 0xd51b4200 | rt;
    }

    static int mrsNzcv(int rt) {
        return 0xd53b4200 | rt;
    }

    static int msrFpcr(int rt) {
        return 0xd51b4400 | rt;
    }

    static int msrFpsr(int rt) {
        return 0xd51b4420 | rt;
    }

    static int mrsFpsr(int rt) {
        return 0xd53b4420 | rt;
    }

    /** LSR Xd, Xn, #32 (UBFM Xd, Xn, #32, #63). */
    static int lsr32(int rd, int rn) {
        return 0xd360fc00 | rn << 5 | rd;
    }

    /** ORR Xd, Xn, Xm, LSL #32. */
    static int orrLsl32(int rd, int rn, int rm) {
        return 0xaa008000 | rm << 16 | rn << 5 | rd;
    }

    static int movReg(int rd, int rm) {
        return 0xaa0003e0 | rm << 16 | rd;
    }

    static final int SVC0 = 0xd4000001;
    static final int CLREX = 0xd5033f5f;
}
