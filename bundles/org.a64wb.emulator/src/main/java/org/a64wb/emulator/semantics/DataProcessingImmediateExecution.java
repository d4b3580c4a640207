package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.isa.a64.A64DataProcessingImmediateSemantics;

/**
 * Data Processing -- Immediate (Arm ARM C4.1.86): PC-relative addressing, add/subtract, logical,
 * move wide, bitfield and extract. Register 31 is SP where the Arm ARM reads or writes SP[] (the
 * Rn of add/subtract, the Rd of the non-flag-setting add/subtract and logical forms) and ZR
 * elsewhere. W forms write zero-extended results.
 */
public interface DataProcessingImmediateExecution extends A64DataProcessingImmediateSemantics, Execution {

    // ---- PC-rel. addressing ----

    @Override
    default void ADR(int immlo, int immhi, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.pc + pcrelImmediate(immlo, immhi));
    }

    @Override
    default void ADRP(int immlo, int immhi, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, (cpu.pc & ~0xfffL) + (pcrelImmediate(immlo, immhi) << 12));
    }

    /** SignExtend(immhi:immlo, 64). */
    private static long pcrelImmediate(int immlo, int immhi) {
        return (long) ((immhi << 2 | immlo) << 11) >> 11;
    }

    // ---- Add/subtract (immediate) ----

    @Override
    default void ADD_imm_w(int sh, int imm12, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setWsp(Rd, (int) cpu.xsp(Rn) + (imm12 << (sh * 12)));
    }

    @Override
    default void ADD_imm_x(int sh, int imm12, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setXsp(Rd, cpu.xsp(Rn) + ((long) imm12 << (sh * 12)));
    }

    @Override
    default void ADDS_imm_w(int sh, int imm12, int Rn, int Rd) {
        Cpu cpu = cpu();
        int x = (int) cpu.xsp(Rn);
        int y = imm12 << (sh * 12);
        int sum = x + y;
        cpu.nzcv = Alu.addFlags32(x, y, sum);
        cpu.setW(Rd, sum);
    }

    @Override
    default void ADDS_imm_x(int sh, int imm12, int Rn, int Rd) {
        Cpu cpu = cpu();
        long x = cpu.xsp(Rn);
        long y = (long) imm12 << (sh * 12);
        long sum = x + y;
        cpu.nzcv = Alu.addFlags64(x, y, sum);
        cpu.setX(Rd, sum);
    }

    @Override
    default void SUB_imm_w(int sh, int imm12, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setWsp(Rd, (int) cpu.xsp(Rn) - (imm12 << (sh * 12)));
    }

    @Override
    default void SUB_imm_x(int sh, int imm12, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setXsp(Rd, cpu.xsp(Rn) - ((long) imm12 << (sh * 12)));
    }

    @Override
    default void SUBS_imm_w(int sh, int imm12, int Rn, int Rd) {
        Cpu cpu = cpu();
        int x = (int) cpu.xsp(Rn);
        // AddWithCarry(x, NOT(imm), 1).
        int y = ~(imm12 << (sh * 12));
        int sum = x + y + 1;
        cpu.nzcv = Alu.addFlags32(x, y, sum);
        cpu.setW(Rd, sum);
    }

    @Override
    default void SUBS_imm_x(int sh, int imm12, int Rn, int Rd) {
        Cpu cpu = cpu();
        long x = cpu.xsp(Rn);
        long y = ~((long) imm12 << (sh * 12));
        long sum = x + y + 1;
        cpu.nzcv = Alu.addFlags64(x, y, sum);
        cpu.setX(Rd, sum);
    }

    // ---- Logical (immediate) ----

    @Override
    default void AND_imm_w(int N, int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setWsp(Rd, cpu.w(Rn) & (int) Alu.logicalImmediate(N, immr, imms));
    }

    @Override
    default void AND_imm_x(int N, int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setXsp(Rd, cpu.x(Rn) & Alu.logicalImmediate(N, immr, imms));
    }

    @Override
    default void ORR_imm_w(int N, int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setWsp(Rd, cpu.w(Rn) | (int) Alu.logicalImmediate(N, immr, imms));
    }

    @Override
    default void ORR_imm_x(int N, int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setXsp(Rd, cpu.x(Rn) | Alu.logicalImmediate(N, immr, imms));
    }

    @Override
    default void EOR_imm_w(int N, int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setWsp(Rd, cpu.w(Rn) ^ (int) Alu.logicalImmediate(N, immr, imms));
    }

    @Override
    default void EOR_imm_x(int N, int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setXsp(Rd, cpu.x(Rn) ^ Alu.logicalImmediate(N, immr, imms));
    }

    @Override
    default void ANDS_imm_w(int N, int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        int result = cpu.w(Rn) & (int) Alu.logicalImmediate(N, immr, imms);
        cpu.nzcv = Alu.logicFlags32(result);
        cpu.setW(Rd, result);
    }

    @Override
    default void ANDS_imm_x(int N, int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        long result = cpu.x(Rn) & Alu.logicalImmediate(N, immr, imms);
        cpu.nzcv = Alu.logicFlags64(result);
        cpu.setX(Rd, result);
    }

    // ---- Move wide (immediate) ----

    @Override
    default void MOVN_w(int hw, int imm16, int Rd) {
        cpu().setW(Rd, ~(imm16 << (hw * 16)));
    }

    @Override
    default void MOVN_x(int hw, int imm16, int Rd) {
        cpu().setX(Rd, ~((long) imm16 << (hw * 16)));
    }

    @Override
    default void MOVZ_w(int hw, int imm16, int Rd) {
        cpu().setW(Rd, imm16 << (hw * 16));
    }

    @Override
    default void MOVZ_x(int hw, int imm16, int Rd) {
        cpu().setX(Rd, (long) imm16 << (hw * 16));
    }

    @Override
    default void MOVK_w(int hw, int imm16, int Rd) {
        Cpu cpu = cpu();
        int pos = hw * 16;
        cpu.setW(Rd, (cpu.w(Rd) & ~(0xffff << pos)) | (imm16 << pos));
    }

    @Override
    default void MOVK_x(int hw, int imm16, int Rd) {
        Cpu cpu = cpu();
        int pos = hw * 16;
        cpu.setX(Rd, (cpu.x(Rd) & ~(0xffffL << pos)) | ((long) imm16 << pos));
    }

    // ---- Bitfield ----

    @Override
    default void SBFM_w(int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, Alu.bitfield32(0, 0, cpu.w(Rn), immr, imms));
    }

    @Override
    default void SBFM_x(int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Alu.bitfield64(0, 0, cpu.x(Rn), immr, imms));
    }

    @Override
    default void BFM_w(int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, Alu.bitfield32(1, cpu.w(Rd), cpu.w(Rn), immr, imms));
    }

    @Override
    default void BFM_x(int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Alu.bitfield64(1, cpu.x(Rd), cpu.x(Rn), immr, imms));
    }

    @Override
    default void UBFM_w(int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, Alu.bitfield32(2, 0, cpu.w(Rn), immr, imms));
    }

    @Override
    default void UBFM_x(int immr, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Alu.bitfield64(2, 0, cpu.x(Rn), immr, imms));
    }

    // ---- Extract ----

    /** EXTR: (Rn:Rm)<lsb + 31:lsb>. */
    @Override
    default void EXTR_w(int Rm, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        int low = cpu.w(Rm);
        // A shift by 32 - 0 would be a shift by 0 in Java: lsb = 0 is just Rm.
        cpu.setW(Rd, imms == 0 ? low : (low >>> imms) | (cpu.w(Rn) << (32 - imms)));
    }

    /** EXTR: (Rn:Rm)<lsb + 63:lsb>. */
    @Override
    default void EXTR_x(int Rm, int imms, int Rn, int Rd) {
        Cpu cpu = cpu();
        long low = cpu.x(Rm);
        cpu.setX(Rd, imms == 0 ? low : (low >>> imms) | (cpu.x(Rn) << (64 - imms)));
    }
}
