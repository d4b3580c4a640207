package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.isa.a64.A64LoadsStoresSimdFpSemantics;

/**
 * Semantics of the SIMD&FP loads and stores (isa-spec/loads-stores-simd-fp.a64): LDR/STR of B, H, S,
 * D and Q registers in every addressing form, LDR (literal), LDP/STP/LDNP/STNP, LD1-LD4/ST1-ST4
 * (multiple structures), single-structure lane loads and stores, and LD1R-LD4R.
 *
 * Base register 31 is SP; write-back happens after all memory accesses, so a {@code MemoryAbort}
 * leaves every register as it was (the data movement itself is in {@link VectorAccess}). Post-index
 * by register with Rm = 31 means "by the number of bytes transferred" (Arm ARM, shared decode of the
 * Advanced SIMD load/store structure classes: {@code if m != 31 then offs = X[m]}).
 */
public interface LoadsStoresSimdFpExecution extends A64LoadsStoresSimdFpSemantics, Execution {

    // ---- helpers

    private void ldr(long address, int t, int scale) {
        VectorAccess.load(cpu(), memory(), address, t, scale);
    }

    private void str(long address, int t, int scale) {
        VectorAccess.store(cpu(), memory(), address, t, scale);
    }

    /** Signed or unsigned offset without write-back. */
    private void offset(boolean load, long offset, int n, int t, int scale) {
        long address = cpu().xsp(n) + offset;
        if (load) {
            ldr(address, t, scale);
        } else {
            str(address, t, scale);
        }
    }

    private void postIndex(boolean load, long offset, int n, int t, int scale) {
        Cpu cpu = cpu();
        long address = cpu.xsp(n);
        if (load) {
            ldr(address, t, scale);
        } else {
            str(address, t, scale);
        }
        cpu.setXsp(n, address + offset);
    }

    private void preIndex(boolean load, long offset, int n, int t, int scale) {
        Cpu cpu = cpu();
        long address = cpu.xsp(n) + offset;
        if (load) {
            ldr(address, t, scale);
        } else {
            str(address, t, scale);
        }
        cpu.setXsp(n, address);
    }

    /** Register offset: shift = if S == '1' then scale else 0 (LDR (register, SIMD&FP)). */
    private void registerOffset(boolean load, int m, int option, int s, int n, int t, int scale) {
        Cpu cpu = cpu();
        long address = cpu.xsp(n) + VectorAccess.extendReg(cpu, m, option, s != 0 ? scale : 0);
        if (load) {
            ldr(address, t, scale);
        } else {
            str(address, t, scale);
        }
    }

    /** idx: 0 offset (also LDNP/STNP), 1 post-index, 2 pre-index. */
    private void pair(boolean load, int idx, int imm7, int t2, int n, int t, int scale) {
        Cpu cpu = cpu();
        long base = cpu.xsp(n);
        long offset = (long) imm7 << scale;
        long address = idx == 1 ? base : base + offset;
        if (load) {
            VectorAccess.loadPair(cpu, memory(), address, t, t2, scale);
        } else {
            VectorAccess.storePair(cpu, memory(), address, t, t2, scale);
        }
        if (idx != 0) {
            cpu.setXsp(n, base + offset);
        }
    }

    /** m: {@link VectorAccess#NO_WRITEBACK}, 31 (by the bytes transferred) or the offset register. */
    private void multiple(boolean load, int rpt, int selem, int q, int size, int m, int n, int t) {
        Cpu cpu = cpu();
        long address = cpu.xsp(n);
        int bytes = load ? VectorAccess.loadMultiple(cpu, memory(), address, t, rpt, selem, q, size)
                : VectorAccess.storeMultiple(cpu, memory(), address, t, rpt, selem, q, size);
        writeBack(cpu, m, n, address, bytes);
    }

    private void lane(boolean load, int selem, int size, int index, int m, int n, int t) {
        Cpu cpu = cpu();
        long address = cpu.xsp(n);
        int bytes = load ? VectorAccess.loadLane(cpu, memory(), address, t, selem, size, index)
                : VectorAccess.storeLane(cpu, memory(), address, t, selem, size, index);
        writeBack(cpu, m, n, address, bytes);
    }

    private void replicate(int selem, int q, int size, int m, int n, int t) {
        Cpu cpu = cpu();
        long address = cpu.xsp(n);
        int bytes = VectorAccess.loadReplicate(cpu, memory(), address, t, selem, q, size);
        writeBack(cpu, m, n, address, bytes);
    }

    private static void writeBack(Cpu cpu, int m, int n, long address, int bytes) {
        if (m != VectorAccess.NO_WRITEBACK) {
            cpu.setXsp(n, address + (m == 31 ? bytes : cpu.x[m]));
        }
    }

    // ---- LDR (literal): address = PC + imm19 * 4

    @Override
    default void LDR_lit_FPs(int imm19, int Rt) {
        ldr(cpu().pc + ((long) imm19 << 2), Rt, 2);
    }

    @Override
    default void LDR_lit_FPd(int imm19, int Rt) {
        ldr(cpu().pc + ((long) imm19 << 2), Rt, 3);
    }

    @Override
    default void LDR_lit_FPq(int imm19, int Rt) {
        ldr(cpu().pc + ((long) imm19 << 2), Rt, 4);
    }

    // ---- pairs: LDNP/STNP, LDP/STP post-index, signed offset, pre-index

    @Override
    default void STNP_FPs(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 0, imm7, Rt2, Rn, Rt, 2);
    }

    @Override
    default void LDNP_FPs(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 0, imm7, Rt2, Rn, Rt, 2);
    }

    @Override
    default void STNP_FPd(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 0, imm7, Rt2, Rn, Rt, 3);
    }

    @Override
    default void LDNP_FPd(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 0, imm7, Rt2, Rn, Rt, 3);
    }

    @Override
    default void STNP_FPq(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 0, imm7, Rt2, Rn, Rt, 4);
    }

    @Override
    default void LDNP_FPq(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 0, imm7, Rt2, Rn, Rt, 4);
    }

    @Override
    default void STP_post_FPs(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 1, imm7, Rt2, Rn, Rt, 2);
    }

    @Override
    default void LDP_post_FPs(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 1, imm7, Rt2, Rn, Rt, 2);
    }

    @Override
    default void STP_post_FPd(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 1, imm7, Rt2, Rn, Rt, 3);
    }

    @Override
    default void LDP_post_FPd(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 1, imm7, Rt2, Rn, Rt, 3);
    }

    @Override
    default void STP_post_FPq(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 1, imm7, Rt2, Rn, Rt, 4);
    }

    @Override
    default void LDP_post_FPq(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 1, imm7, Rt2, Rn, Rt, 4);
    }

    @Override
    default void STP_off_FPs(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 0, imm7, Rt2, Rn, Rt, 2);
    }

    @Override
    default void LDP_off_FPs(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 0, imm7, Rt2, Rn, Rt, 2);
    }

    @Override
    default void STP_off_FPd(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 0, imm7, Rt2, Rn, Rt, 3);
    }

    @Override
    default void LDP_off_FPd(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 0, imm7, Rt2, Rn, Rt, 3);
    }

    @Override
    default void STP_off_FPq(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 0, imm7, Rt2, Rn, Rt, 4);
    }

    @Override
    default void LDP_off_FPq(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 0, imm7, Rt2, Rn, Rt, 4);
    }

    @Override
    default void STP_pre_FPs(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 2, imm7, Rt2, Rn, Rt, 2);
    }

    @Override
    default void LDP_pre_FPs(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 2, imm7, Rt2, Rn, Rt, 2);
    }

    @Override
    default void STP_pre_FPd(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 2, imm7, Rt2, Rn, Rt, 3);
    }

    @Override
    default void LDP_pre_FPd(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 2, imm7, Rt2, Rn, Rt, 3);
    }

    @Override
    default void STP_pre_FPq(int imm7, int Rt2, int Rn, int Rt) {
        pair(false, 2, imm7, Rt2, Rn, Rt, 4);
    }

    @Override
    default void LDP_pre_FPq(int imm7, int Rt2, int Rn, int Rt) {
        pair(true, 2, imm7, Rt2, Rn, Rt, 4);
    }

    // ---- single register: unsigned scaled offset

    @Override
    default void STR_ui_FPb(int imm12, int Rn, int Rt) {
        offset(false, (long) imm12 << 0, Rn, Rt, 0);
    }

    @Override
    default void LDR_ui_FPb(int imm12, int Rn, int Rt) {
        offset(true, (long) imm12 << 0, Rn, Rt, 0);
    }

    @Override
    default void STR_ui_FPh(int imm12, int Rn, int Rt) {
        offset(false, (long) imm12 << 1, Rn, Rt, 1);
    }

    @Override
    default void LDR_ui_FPh(int imm12, int Rn, int Rt) {
        offset(true, (long) imm12 << 1, Rn, Rt, 1);
    }

    @Override
    default void STR_ui_FPs(int imm12, int Rn, int Rt) {
        offset(false, (long) imm12 << 2, Rn, Rt, 2);
    }

    @Override
    default void LDR_ui_FPs(int imm12, int Rn, int Rt) {
        offset(true, (long) imm12 << 2, Rn, Rt, 2);
    }

    @Override
    default void STR_ui_FPd(int imm12, int Rn, int Rt) {
        offset(false, (long) imm12 << 3, Rn, Rt, 3);
    }

    @Override
    default void LDR_ui_FPd(int imm12, int Rn, int Rt) {
        offset(true, (long) imm12 << 3, Rn, Rt, 3);
    }

    @Override
    default void STR_ui_FPq(int imm12, int Rn, int Rt) {
        offset(false, (long) imm12 << 4, Rn, Rt, 4);
    }

    @Override
    default void LDR_ui_FPq(int imm12, int Rn, int Rt) {
        offset(true, (long) imm12 << 4, Rn, Rt, 4);
    }

    // ---- single register: unscaled signed offset

    @Override
    default void STUR_FPb(int imm9, int Rn, int Rt) {
        offset(false, imm9, Rn, Rt, 0);
    }

    @Override
    default void LDUR_FPb(int imm9, int Rn, int Rt) {
        offset(true, imm9, Rn, Rt, 0);
    }

    @Override
    default void STUR_FPh(int imm9, int Rn, int Rt) {
        offset(false, imm9, Rn, Rt, 1);
    }

    @Override
    default void LDUR_FPh(int imm9, int Rn, int Rt) {
        offset(true, imm9, Rn, Rt, 1);
    }

    @Override
    default void STUR_FPs(int imm9, int Rn, int Rt) {
        offset(false, imm9, Rn, Rt, 2);
    }

    @Override
    default void LDUR_FPs(int imm9, int Rn, int Rt) {
        offset(true, imm9, Rn, Rt, 2);
    }

    @Override
    default void STUR_FPd(int imm9, int Rn, int Rt) {
        offset(false, imm9, Rn, Rt, 3);
    }

    @Override
    default void LDUR_FPd(int imm9, int Rn, int Rt) {
        offset(true, imm9, Rn, Rt, 3);
    }

    @Override
    default void STUR_FPq(int imm9, int Rn, int Rt) {
        offset(false, imm9, Rn, Rt, 4);
    }

    @Override
    default void LDUR_FPq(int imm9, int Rn, int Rt) {
        offset(true, imm9, Rn, Rt, 4);
    }

    // ---- single register: post-index

    @Override
    default void STR_post_FPb(int imm9, int Rn, int Rt) {
        postIndex(false, imm9, Rn, Rt, 0);
    }

    @Override
    default void LDR_post_FPb(int imm9, int Rn, int Rt) {
        postIndex(true, imm9, Rn, Rt, 0);
    }

    @Override
    default void STR_post_FPh(int imm9, int Rn, int Rt) {
        postIndex(false, imm9, Rn, Rt, 1);
    }

    @Override
    default void LDR_post_FPh(int imm9, int Rn, int Rt) {
        postIndex(true, imm9, Rn, Rt, 1);
    }

    @Override
    default void STR_post_FPs(int imm9, int Rn, int Rt) {
        postIndex(false, imm9, Rn, Rt, 2);
    }

    @Override
    default void LDR_post_FPs(int imm9, int Rn, int Rt) {
        postIndex(true, imm9, Rn, Rt, 2);
    }

    @Override
    default void STR_post_FPd(int imm9, int Rn, int Rt) {
        postIndex(false, imm9, Rn, Rt, 3);
    }

    @Override
    default void LDR_post_FPd(int imm9, int Rn, int Rt) {
        postIndex(true, imm9, Rn, Rt, 3);
    }

    @Override
    default void STR_post_FPq(int imm9, int Rn, int Rt) {
        postIndex(false, imm9, Rn, Rt, 4);
    }

    @Override
    default void LDR_post_FPq(int imm9, int Rn, int Rt) {
        postIndex(true, imm9, Rn, Rt, 4);
    }

    // ---- single register: pre-index

    @Override
    default void STR_pre_FPb(int imm9, int Rn, int Rt) {
        preIndex(false, imm9, Rn, Rt, 0);
    }

    @Override
    default void LDR_pre_FPb(int imm9, int Rn, int Rt) {
        preIndex(true, imm9, Rn, Rt, 0);
    }

    @Override
    default void STR_pre_FPh(int imm9, int Rn, int Rt) {
        preIndex(false, imm9, Rn, Rt, 1);
    }

    @Override
    default void LDR_pre_FPh(int imm9, int Rn, int Rt) {
        preIndex(true, imm9, Rn, Rt, 1);
    }

    @Override
    default void STR_pre_FPs(int imm9, int Rn, int Rt) {
        preIndex(false, imm9, Rn, Rt, 2);
    }

    @Override
    default void LDR_pre_FPs(int imm9, int Rn, int Rt) {
        preIndex(true, imm9, Rn, Rt, 2);
    }

    @Override
    default void STR_pre_FPd(int imm9, int Rn, int Rt) {
        preIndex(false, imm9, Rn, Rt, 3);
    }

    @Override
    default void LDR_pre_FPd(int imm9, int Rn, int Rt) {
        preIndex(true, imm9, Rn, Rt, 3);
    }

    @Override
    default void STR_pre_FPq(int imm9, int Rn, int Rt) {
        preIndex(false, imm9, Rn, Rt, 4);
    }

    @Override
    default void LDR_pre_FPq(int imm9, int Rn, int Rt) {
        preIndex(true, imm9, Rn, Rt, 4);
    }

    // ---- single register: register offset

    @Override
    default void STR_reg_FPb(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(false, Rm, option, S, Rn, Rt, 0);
    }

    @Override
    default void LDR_reg_FPb(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(true, Rm, option, S, Rn, Rt, 0);
    }

    @Override
    default void STR_reg_FPh(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(false, Rm, option, S, Rn, Rt, 1);
    }

    @Override
    default void LDR_reg_FPh(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(true, Rm, option, S, Rn, Rt, 1);
    }

    @Override
    default void STR_reg_FPs(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(false, Rm, option, S, Rn, Rt, 2);
    }

    @Override
    default void LDR_reg_FPs(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(true, Rm, option, S, Rn, Rt, 2);
    }

    @Override
    default void STR_reg_FPd(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(false, Rm, option, S, Rn, Rt, 3);
    }

    @Override
    default void LDR_reg_FPd(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(true, Rm, option, S, Rn, Rt, 3);
    }

    @Override
    default void STR_reg_FPq(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(false, Rm, option, S, Rn, Rt, 4);
    }

    @Override
    default void LDR_reg_FPq(int Rm, int option, int S, int Rn, int Rt) {
        registerOffset(true, Rm, option, S, Rn, Rt, 4);
    }

    // ---- multiple structures: LD1/ST1 (1-4 registers, rpt = count, selem = 1), LD2-4/ST2-4 (rpt = 1)

    @Override
    default void ST1_mult_1(int Q, int size, int Rn, int Rt) {
        multiple(false, 1, 1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST1_mult_1_posti(int Q, int size, int Rn, int Rt) {
        multiple(false, 1, 1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void ST1_mult_1_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(false, 1, 1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void ST1_mult_2(int Q, int size, int Rn, int Rt) {
        multiple(false, 2, 1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST1_mult_2_posti(int Q, int size, int Rn, int Rt) {
        multiple(false, 2, 1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void ST1_mult_2_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(false, 2, 1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void ST1_mult_3(int Q, int size, int Rn, int Rt) {
        multiple(false, 3, 1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST1_mult_3_posti(int Q, int size, int Rn, int Rt) {
        multiple(false, 3, 1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void ST1_mult_3_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(false, 3, 1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void ST1_mult_4(int Q, int size, int Rn, int Rt) {
        multiple(false, 4, 1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST1_mult_4_posti(int Q, int size, int Rn, int Rt) {
        multiple(false, 4, 1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void ST1_mult_4_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(false, 4, 1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void ST2_mult(int Q, int size, int Rn, int Rt) {
        multiple(false, 1, 2, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST2_mult_posti(int Q, int size, int Rn, int Rt) {
        multiple(false, 1, 2, Q, size, 31, Rn, Rt);
    }

    @Override
    default void ST2_mult_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(false, 1, 2, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void ST3_mult(int Q, int size, int Rn, int Rt) {
        multiple(false, 1, 3, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST3_mult_posti(int Q, int size, int Rn, int Rt) {
        multiple(false, 1, 3, Q, size, 31, Rn, Rt);
    }

    @Override
    default void ST3_mult_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(false, 1, 3, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void ST4_mult(int Q, int size, int Rn, int Rt) {
        multiple(false, 1, 4, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST4_mult_posti(int Q, int size, int Rn, int Rt) {
        multiple(false, 1, 4, Q, size, 31, Rn, Rt);
    }

    @Override
    default void ST4_mult_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(false, 1, 4, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD1_mult_1(int Q, int size, int Rn, int Rt) {
        multiple(true, 1, 1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1_mult_1_posti(int Q, int size, int Rn, int Rt) {
        multiple(true, 1, 1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD1_mult_1_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(true, 1, 1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD1_mult_2(int Q, int size, int Rn, int Rt) {
        multiple(true, 2, 1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1_mult_2_posti(int Q, int size, int Rn, int Rt) {
        multiple(true, 2, 1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD1_mult_2_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(true, 2, 1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD1_mult_3(int Q, int size, int Rn, int Rt) {
        multiple(true, 3, 1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1_mult_3_posti(int Q, int size, int Rn, int Rt) {
        multiple(true, 3, 1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD1_mult_3_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(true, 3, 1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD1_mult_4(int Q, int size, int Rn, int Rt) {
        multiple(true, 4, 1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1_mult_4_posti(int Q, int size, int Rn, int Rt) {
        multiple(true, 4, 1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD1_mult_4_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(true, 4, 1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD2_mult(int Q, int size, int Rn, int Rt) {
        multiple(true, 1, 2, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD2_mult_posti(int Q, int size, int Rn, int Rt) {
        multiple(true, 1, 2, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD2_mult_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(true, 1, 2, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD3_mult(int Q, int size, int Rn, int Rt) {
        multiple(true, 1, 3, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD3_mult_posti(int Q, int size, int Rn, int Rt) {
        multiple(true, 1, 3, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD3_mult_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(true, 1, 3, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD4_mult(int Q, int size, int Rn, int Rt) {
        multiple(true, 1, 4, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD4_mult_posti(int Q, int size, int Rn, int Rt) {
        multiple(true, 1, 4, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD4_mult_postr(int Q, int Rm, int size, int Rn, int Rt) {
        multiple(true, 1, 4, Q, size, Rm, Rn, Rt);
    }

    // ---- single structure: lane index is Q:S:size (B), Q:S:size<1> (H), Q:S (S), Q (D)

    @Override
    default void ST1_single_b(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 1, 0, (Q << 3) | (S << 2) | size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST1_single_b_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 1, 0, (Q << 3) | (S << 2) | size, 31, Rn, Rt);
    }

    @Override
    default void ST1_single_b_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(false, 1, 0, (Q << 3) | (S << 2) | size, Rm, Rn, Rt);
    }

    @Override
    default void ST1_single_h(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 1, 1, (Q << 2) | (S << 1) | (size >> 1), VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST1_single_h_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 1, 1, (Q << 2) | (S << 1) | (size >> 1), 31, Rn, Rt);
    }

    @Override
    default void ST1_single_h_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(false, 1, 1, (Q << 2) | (S << 1) | (size >> 1), Rm, Rn, Rt);
    }

    @Override
    default void ST1_single_s(int Q, int S, int Rn, int Rt) {
        lane(false, 1, 2, (Q << 1) | S, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST1_single_s_posti(int Q, int S, int Rn, int Rt) {
        lane(false, 1, 2, (Q << 1) | S, 31, Rn, Rt);
    }

    @Override
    default void ST1_single_s_postr(int Q, int Rm, int S, int Rn, int Rt) {
        lane(false, 1, 2, (Q << 1) | S, Rm, Rn, Rt);
    }

    @Override
    default void ST1_single_d(int Q, int Rn, int Rt) {
        lane(false, 1, 3, Q, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST1_single_d_posti(int Q, int Rn, int Rt) {
        lane(false, 1, 3, Q, 31, Rn, Rt);
    }

    @Override
    default void ST1_single_d_postr(int Q, int Rm, int Rn, int Rt) {
        lane(false, 1, 3, Q, Rm, Rn, Rt);
    }

    @Override
    default void ST2_single_b(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 2, 0, (Q << 3) | (S << 2) | size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST2_single_b_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 2, 0, (Q << 3) | (S << 2) | size, 31, Rn, Rt);
    }

    @Override
    default void ST2_single_b_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(false, 2, 0, (Q << 3) | (S << 2) | size, Rm, Rn, Rt);
    }

    @Override
    default void ST2_single_h(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 2, 1, (Q << 2) | (S << 1) | (size >> 1), VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST2_single_h_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 2, 1, (Q << 2) | (S << 1) | (size >> 1), 31, Rn, Rt);
    }

    @Override
    default void ST2_single_h_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(false, 2, 1, (Q << 2) | (S << 1) | (size >> 1), Rm, Rn, Rt);
    }

    @Override
    default void ST2_single_s(int Q, int S, int Rn, int Rt) {
        lane(false, 2, 2, (Q << 1) | S, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST2_single_s_posti(int Q, int S, int Rn, int Rt) {
        lane(false, 2, 2, (Q << 1) | S, 31, Rn, Rt);
    }

    @Override
    default void ST2_single_s_postr(int Q, int Rm, int S, int Rn, int Rt) {
        lane(false, 2, 2, (Q << 1) | S, Rm, Rn, Rt);
    }

    @Override
    default void ST2_single_d(int Q, int Rn, int Rt) {
        lane(false, 2, 3, Q, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST2_single_d_posti(int Q, int Rn, int Rt) {
        lane(false, 2, 3, Q, 31, Rn, Rt);
    }

    @Override
    default void ST2_single_d_postr(int Q, int Rm, int Rn, int Rt) {
        lane(false, 2, 3, Q, Rm, Rn, Rt);
    }

    @Override
    default void ST3_single_b(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 3, 0, (Q << 3) | (S << 2) | size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST3_single_b_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 3, 0, (Q << 3) | (S << 2) | size, 31, Rn, Rt);
    }

    @Override
    default void ST3_single_b_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(false, 3, 0, (Q << 3) | (S << 2) | size, Rm, Rn, Rt);
    }

    @Override
    default void ST3_single_h(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 3, 1, (Q << 2) | (S << 1) | (size >> 1), VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST3_single_h_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 3, 1, (Q << 2) | (S << 1) | (size >> 1), 31, Rn, Rt);
    }

    @Override
    default void ST3_single_h_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(false, 3, 1, (Q << 2) | (S << 1) | (size >> 1), Rm, Rn, Rt);
    }

    @Override
    default void ST3_single_s(int Q, int S, int Rn, int Rt) {
        lane(false, 3, 2, (Q << 1) | S, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST3_single_s_posti(int Q, int S, int Rn, int Rt) {
        lane(false, 3, 2, (Q << 1) | S, 31, Rn, Rt);
    }

    @Override
    default void ST3_single_s_postr(int Q, int Rm, int S, int Rn, int Rt) {
        lane(false, 3, 2, (Q << 1) | S, Rm, Rn, Rt);
    }

    @Override
    default void ST3_single_d(int Q, int Rn, int Rt) {
        lane(false, 3, 3, Q, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST3_single_d_posti(int Q, int Rn, int Rt) {
        lane(false, 3, 3, Q, 31, Rn, Rt);
    }

    @Override
    default void ST3_single_d_postr(int Q, int Rm, int Rn, int Rt) {
        lane(false, 3, 3, Q, Rm, Rn, Rt);
    }

    @Override
    default void ST4_single_b(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 4, 0, (Q << 3) | (S << 2) | size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST4_single_b_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 4, 0, (Q << 3) | (S << 2) | size, 31, Rn, Rt);
    }

    @Override
    default void ST4_single_b_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(false, 4, 0, (Q << 3) | (S << 2) | size, Rm, Rn, Rt);
    }

    @Override
    default void ST4_single_h(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 4, 1, (Q << 2) | (S << 1) | (size >> 1), VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST4_single_h_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(false, 4, 1, (Q << 2) | (S << 1) | (size >> 1), 31, Rn, Rt);
    }

    @Override
    default void ST4_single_h_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(false, 4, 1, (Q << 2) | (S << 1) | (size >> 1), Rm, Rn, Rt);
    }

    @Override
    default void ST4_single_s(int Q, int S, int Rn, int Rt) {
        lane(false, 4, 2, (Q << 1) | S, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST4_single_s_posti(int Q, int S, int Rn, int Rt) {
        lane(false, 4, 2, (Q << 1) | S, 31, Rn, Rt);
    }

    @Override
    default void ST4_single_s_postr(int Q, int Rm, int S, int Rn, int Rt) {
        lane(false, 4, 2, (Q << 1) | S, Rm, Rn, Rt);
    }

    @Override
    default void ST4_single_d(int Q, int Rn, int Rt) {
        lane(false, 4, 3, Q, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void ST4_single_d_posti(int Q, int Rn, int Rt) {
        lane(false, 4, 3, Q, 31, Rn, Rt);
    }

    @Override
    default void ST4_single_d_postr(int Q, int Rm, int Rn, int Rt) {
        lane(false, 4, 3, Q, Rm, Rn, Rt);
    }

    @Override
    default void LD1_single_b(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 1, 0, (Q << 3) | (S << 2) | size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1_single_b_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 1, 0, (Q << 3) | (S << 2) | size, 31, Rn, Rt);
    }

    @Override
    default void LD1_single_b_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(true, 1, 0, (Q << 3) | (S << 2) | size, Rm, Rn, Rt);
    }

    @Override
    default void LD1_single_h(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 1, 1, (Q << 2) | (S << 1) | (size >> 1), VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1_single_h_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 1, 1, (Q << 2) | (S << 1) | (size >> 1), 31, Rn, Rt);
    }

    @Override
    default void LD1_single_h_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(true, 1, 1, (Q << 2) | (S << 1) | (size >> 1), Rm, Rn, Rt);
    }

    @Override
    default void LD1_single_s(int Q, int S, int Rn, int Rt) {
        lane(true, 1, 2, (Q << 1) | S, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1_single_s_posti(int Q, int S, int Rn, int Rt) {
        lane(true, 1, 2, (Q << 1) | S, 31, Rn, Rt);
    }

    @Override
    default void LD1_single_s_postr(int Q, int Rm, int S, int Rn, int Rt) {
        lane(true, 1, 2, (Q << 1) | S, Rm, Rn, Rt);
    }

    @Override
    default void LD1_single_d(int Q, int Rn, int Rt) {
        lane(true, 1, 3, Q, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1_single_d_posti(int Q, int Rn, int Rt) {
        lane(true, 1, 3, Q, 31, Rn, Rt);
    }

    @Override
    default void LD1_single_d_postr(int Q, int Rm, int Rn, int Rt) {
        lane(true, 1, 3, Q, Rm, Rn, Rt);
    }

    @Override
    default void LD2_single_b(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 2, 0, (Q << 3) | (S << 2) | size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD2_single_b_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 2, 0, (Q << 3) | (S << 2) | size, 31, Rn, Rt);
    }

    @Override
    default void LD2_single_b_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(true, 2, 0, (Q << 3) | (S << 2) | size, Rm, Rn, Rt);
    }

    @Override
    default void LD2_single_h(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 2, 1, (Q << 2) | (S << 1) | (size >> 1), VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD2_single_h_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 2, 1, (Q << 2) | (S << 1) | (size >> 1), 31, Rn, Rt);
    }

    @Override
    default void LD2_single_h_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(true, 2, 1, (Q << 2) | (S << 1) | (size >> 1), Rm, Rn, Rt);
    }

    @Override
    default void LD2_single_s(int Q, int S, int Rn, int Rt) {
        lane(true, 2, 2, (Q << 1) | S, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD2_single_s_posti(int Q, int S, int Rn, int Rt) {
        lane(true, 2, 2, (Q << 1) | S, 31, Rn, Rt);
    }

    @Override
    default void LD2_single_s_postr(int Q, int Rm, int S, int Rn, int Rt) {
        lane(true, 2, 2, (Q << 1) | S, Rm, Rn, Rt);
    }

    @Override
    default void LD2_single_d(int Q, int Rn, int Rt) {
        lane(true, 2, 3, Q, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD2_single_d_posti(int Q, int Rn, int Rt) {
        lane(true, 2, 3, Q, 31, Rn, Rt);
    }

    @Override
    default void LD2_single_d_postr(int Q, int Rm, int Rn, int Rt) {
        lane(true, 2, 3, Q, Rm, Rn, Rt);
    }

    @Override
    default void LD3_single_b(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 3, 0, (Q << 3) | (S << 2) | size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD3_single_b_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 3, 0, (Q << 3) | (S << 2) | size, 31, Rn, Rt);
    }

    @Override
    default void LD3_single_b_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(true, 3, 0, (Q << 3) | (S << 2) | size, Rm, Rn, Rt);
    }

    @Override
    default void LD3_single_h(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 3, 1, (Q << 2) | (S << 1) | (size >> 1), VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD3_single_h_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 3, 1, (Q << 2) | (S << 1) | (size >> 1), 31, Rn, Rt);
    }

    @Override
    default void LD3_single_h_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(true, 3, 1, (Q << 2) | (S << 1) | (size >> 1), Rm, Rn, Rt);
    }

    @Override
    default void LD3_single_s(int Q, int S, int Rn, int Rt) {
        lane(true, 3, 2, (Q << 1) | S, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD3_single_s_posti(int Q, int S, int Rn, int Rt) {
        lane(true, 3, 2, (Q << 1) | S, 31, Rn, Rt);
    }

    @Override
    default void LD3_single_s_postr(int Q, int Rm, int S, int Rn, int Rt) {
        lane(true, 3, 2, (Q << 1) | S, Rm, Rn, Rt);
    }

    @Override
    default void LD3_single_d(int Q, int Rn, int Rt) {
        lane(true, 3, 3, Q, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD3_single_d_posti(int Q, int Rn, int Rt) {
        lane(true, 3, 3, Q, 31, Rn, Rt);
    }

    @Override
    default void LD3_single_d_postr(int Q, int Rm, int Rn, int Rt) {
        lane(true, 3, 3, Q, Rm, Rn, Rt);
    }

    @Override
    default void LD4_single_b(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 4, 0, (Q << 3) | (S << 2) | size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD4_single_b_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 4, 0, (Q << 3) | (S << 2) | size, 31, Rn, Rt);
    }

    @Override
    default void LD4_single_b_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(true, 4, 0, (Q << 3) | (S << 2) | size, Rm, Rn, Rt);
    }

    @Override
    default void LD4_single_h(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 4, 1, (Q << 2) | (S << 1) | (size >> 1), VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD4_single_h_posti(int Q, int S, int size, int Rn, int Rt) {
        lane(true, 4, 1, (Q << 2) | (S << 1) | (size >> 1), 31, Rn, Rt);
    }

    @Override
    default void LD4_single_h_postr(int Q, int Rm, int S, int size, int Rn, int Rt) {
        lane(true, 4, 1, (Q << 2) | (S << 1) | (size >> 1), Rm, Rn, Rt);
    }

    @Override
    default void LD4_single_s(int Q, int S, int Rn, int Rt) {
        lane(true, 4, 2, (Q << 1) | S, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD4_single_s_posti(int Q, int S, int Rn, int Rt) {
        lane(true, 4, 2, (Q << 1) | S, 31, Rn, Rt);
    }

    @Override
    default void LD4_single_s_postr(int Q, int Rm, int S, int Rn, int Rt) {
        lane(true, 4, 2, (Q << 1) | S, Rm, Rn, Rt);
    }

    @Override
    default void LD4_single_d(int Q, int Rn, int Rt) {
        lane(true, 4, 3, Q, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD4_single_d_posti(int Q, int Rn, int Rt) {
        lane(true, 4, 3, Q, 31, Rn, Rt);
    }

    @Override
    default void LD4_single_d_postr(int Q, int Rm, int Rn, int Rt) {
        lane(true, 4, 3, Q, Rm, Rn, Rt);
    }

    // ---- LD1R-LD4R: load one structure and replicate each element to all lanes

    @Override
    default void LD1R(int Q, int size, int Rn, int Rt) {
        replicate(1, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD1R_posti(int Q, int size, int Rn, int Rt) {
        replicate(1, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD1R_postr(int Q, int Rm, int size, int Rn, int Rt) {
        replicate(1, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD2R(int Q, int size, int Rn, int Rt) {
        replicate(2, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD2R_posti(int Q, int size, int Rn, int Rt) {
        replicate(2, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD2R_postr(int Q, int Rm, int size, int Rn, int Rt) {
        replicate(2, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD3R(int Q, int size, int Rn, int Rt) {
        replicate(3, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD3R_posti(int Q, int size, int Rn, int Rt) {
        replicate(3, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD3R_postr(int Q, int Rm, int size, int Rn, int Rt) {
        replicate(3, Q, size, Rm, Rn, Rt);
    }

    @Override
    default void LD4R(int Q, int size, int Rn, int Rt) {
        replicate(4, Q, size, VectorAccess.NO_WRITEBACK, Rn, Rt);
    }

    @Override
    default void LD4R_posti(int Q, int size, int Rn, int Rt) {
        replicate(4, Q, size, 31, Rn, Rt);
    }

    @Override
    default void LD4R_postr(int Q, int Rm, int size, int Rn, int Rt) {
        replicate(4, Q, size, Rm, Rn, Rt);
    }
}
