package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.isa.a64.A64DataProcessingImmediateSemantics;

/**
 * Data Processing -- Immediate (Arm ARM C4.1.86): PC-relative addressing, add/subtract, logical,
 * move wide, bitfield and extract, one method per operation of the spec, taking what the Arm ARM's
 * decode sections compute (the spec already decodes immediates, bitmasks and shifts). Register 31 is
 * SP where the Arm ARM reads or writes SP[] (the Rn of add/subtract, the Rd of the non-flag-setting
 * add/subtract and logical forms) and ZR elsewhere. W forms (datasize 32) write zero-extended results.
 */
public interface DataProcessingImmediateExecution extends A64DataProcessingImmediateSemantics, Execution {

    /** ADR, ADRP (C6.2): X[d] = base + imm, base = PC (ADRP: with bits 11:0 cleared). */
    @Override
    default void pcRelativeAddress(int d, long imm, boolean page) {
        Cpu cpu = cpu();
        long base = page ? cpu.pc & ~0xfffL : cpu.pc;
        cpu.setX(d, base + imm);
    }

    /**
     * ADD, ADDS, SUB, SUBS (immediate): (result, nzcv) = AddWithCarry(SP[n] or X[n], imm or NOT(imm),
     * sub); the result goes to SP[d] unless the flags are set.
     */
    @Override
    default void addSubImmediate(int d, int n, long imm, int datasize, boolean sub, boolean setFlags) {
        Cpu cpu = cpu();
        int carry = sub ? 1 : 0;
        if (datasize == 64) {
            long x = cpu.xsp(n);
            long y = sub ? ~imm : imm;
            long result = x + y + carry;
            if (setFlags) {
                cpu.nzcv = Alu.addFlags64(x, y, result);
                cpu.setX(d, result);
            } else {
                cpu.setXsp(d, result);
            }
        } else {
            int x = (int) cpu.xsp(n);
            int y = sub ? ~(int) imm : (int) imm;
            int result = x + y + carry;
            if (setFlags) {
                cpu.nzcv = Alu.addFlags32(x, y, result);
                cpu.setW(d, result);
            } else {
                cpu.setWsp(d, result);
            }
        }
    }

    /** AND, ORR, EOR, ANDS (immediate): op 0 AND, 1 ORR, 2 EOR; ANDS sets N and Z, clears C and V. */
    @Override
    default void logicalImmediate(int d, int n, long imm, int datasize, int op, boolean setFlags) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long result = Alu.logical64(op, cpu.x(n), imm);
            if (setFlags) {
                cpu.nzcv = Alu.logicFlags64(result);
                cpu.setX(d, result);
            } else {
                cpu.setXsp(d, result);
            }
        } else {
            int result = Alu.logical32(op, cpu.w(n), (int) imm);
            if (setFlags) {
                cpu.nzcv = Alu.logicFlags32(result);
                cpu.setW(d, result);
            } else {
                cpu.setWsp(d, result);
            }
        }
    }

    /** MOVN (opcode 0), MOVZ (2), MOVK (3): imm placed at bit pos of zero (or of X[d] for MOVK), MOVN inverts. */
    @Override
    default void moveWide(int d, int imm, int pos, int datasize, int opcode) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long result = opcode == 3 ? cpu.x(d) & ~(0xffffL << pos) : 0;
            result |= (long) imm << pos;
            cpu.setX(d, opcode == 0 ? ~result : result);
        } else {
            int result = opcode == 3 ? cpu.w(d) & ~(0xffff << pos) : 0;
            result |= imm << pos;
            cpu.setW(d, opcode == 0 ? ~result : result);
        }
    }

    /**
     * SBFM (inzero, extend), BFM, UBFM (inzero), as the Arm ARM writes them: dst = inzero ? 0 : X[d];
     * bot = (dst AND NOT(wmask)) OR (ROR(X[n], R) AND wmask); top = extend ? Replicate(X[n]<S>) : dst;
     * X[d] = (top AND NOT(tmask)) OR (bot AND tmask).
     */
    @Override
    default void bitfield(int d, int n, int datasize, boolean inzero, boolean extend, int r, int s, long wmask, long tmask) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long dst = inzero ? 0 : cpu.x(d);
            long src = cpu.x(n);
            long bot = (dst & ~wmask) | (Long.rotateRight(src, r) & wmask);
            long top = extend ? -((src >>> s) & 1) : dst;
            cpu.setX(d, (top & ~tmask) | (bot & tmask));
        } else {
            int dst = inzero ? 0 : cpu.w(d);
            int src = cpu.w(n);
            int w = (int) wmask;
            int t = (int) tmask;
            int bot = (dst & ~w) | (Integer.rotateRight(src, r) & w);
            int top = extend ? -((src >>> s) & 1) : dst;
            cpu.setW(d, (top & ~t) | (bot & t));
        }
    }

    /** EXTR: (X[n]:X[m])<lsb + datasize - 1:lsb>. */
    @Override
    default void extractRegister(int d, int n, int m, int datasize, int lsb) {
        Cpu cpu = cpu();
        // A shift by datasize - 0 would be a shift by 0 in Java: lsb = 0 is just X[m].
        if (datasize == 64) {
            long low = cpu.x(m);
            cpu.setX(d, lsb == 0 ? low : (low >>> lsb) | (cpu.x(n) << (64 - lsb)));
        } else {
            int low = cpu.w(m);
            cpu.setW(d, lsb == 0 ? low : (low >>> lsb) | (cpu.w(n) << (32 - lsb)));
        }
    }
}
