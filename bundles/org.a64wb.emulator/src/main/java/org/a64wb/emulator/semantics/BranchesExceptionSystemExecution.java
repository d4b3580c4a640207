package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.cpu.SystemRegisterStore;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.isa.a64.A64BranchesExceptionSystemSemantics;

/**
 * Branches, exception generating and system instructions (Arm ARM C4.1.3 and C6.2). The PE has EL0
 * and EL1 only, is never in Debug state, and has no FEAT_PAuth, FEAT_BTI or FEAT_MTE: PAuth
 * instructions in the hint space are NOPs, the others UNDEFINED. System registers are described by
 * {@link SystemRegisters}.
 *
 * <p>WFI and WFE end execution with {@link GuestException.Kind#WAIT_FOR_INTERRUPT}/{@code WAIT_FOR_EVENT}
 * whose {@code pc()} is the WFx instruction and whose {@code returnAddress()} is the next one: a runner
 * that simply resumes at the return address has executed the WFx (which may complete at any time,
 * Arm ARM D1.16 "Wait for Interrupt"), and a VMM that wants the architectural trap (EC 0x01, preferred
 * return address the WFx itself) has {@code pc()}. The kind is the same whatever SCTLR_EL1.nTWI/nTWE say:
 * whoever takes over decides whether an EL0 WFx traps to EL1.
 */
public interface BranchesExceptionSystemExecution extends A64BranchesExceptionSystemSemantics, Execution {

    // ---- Branches (C6.2 "B.cond", "B", "BL", "CBZ", "CBNZ", "TBZ", "TBNZ", "BR", "BLR", "RET") ----

    @Override
    default void B_cond(int imm19, int cond) {
        Cpu cpu = cpu();
        if (cpu.conditionHolds(cond)) {
            cpu.branchTo(cpu.pc + ((long) imm19 << 2));
        }
    }

    @Override
    default void B(int imm26) {
        Cpu cpu = cpu();
        cpu.branchTo(cpu.pc + ((long) imm26 << 2));
    }

    @Override
    default void BL(int imm26) {
        Cpu cpu = cpu();
        cpu.x[30] = cpu.pc + 4;
        cpu.branchTo(cpu.pc + ((long) imm26 << 2));
    }

    @Override
    default void CBZ_w(int imm19, int Rt) {
        Cpu cpu = cpu();
        if (cpu.w(Rt) == 0) {
            cpu.branchTo(cpu.pc + ((long) imm19 << 2));
        }
    }

    @Override
    default void CBZ_x(int imm19, int Rt) {
        Cpu cpu = cpu();
        if (cpu.x(Rt) == 0) {
            cpu.branchTo(cpu.pc + ((long) imm19 << 2));
        }
    }

    @Override
    default void CBNZ_w(int imm19, int Rt) {
        Cpu cpu = cpu();
        if (cpu.w(Rt) != 0) {
            cpu.branchTo(cpu.pc + ((long) imm19 << 2));
        }
    }

    @Override
    default void CBNZ_x(int imm19, int Rt) {
        Cpu cpu = cpu();
        if (cpu.x(Rt) != 0) {
            cpu.branchTo(cpu.pc + ((long) imm19 << 2));
        }
    }

    @Override
    default void TBZ(int b5, int b40, int imm14, int Rt) {
        Cpu cpu = cpu();
        if ((cpu.x(Rt) >>> (b5 << 5 | b40) & 1) == 0) {
            cpu.branchTo(cpu.pc + ((long) imm14 << 2));
        }
    }

    @Override
    default void TBNZ(int b5, int b40, int imm14, int Rt) {
        Cpu cpu = cpu();
        if ((cpu.x(Rt) >>> (b5 << 5 | b40) & 1) != 0) {
            cpu.branchTo(cpu.pc + ((long) imm14 << 2));
        }
    }

    @Override
    default void BR(int Rn) {
        Cpu cpu = cpu();
        cpu.branchTo(branchAddress(cpu, cpu.x(Rn)));
    }

    @Override
    default void BLR(int Rn) {
        Cpu cpu = cpu();
        long target = cpu.x(Rn); // read before X30 is written: BLR X30 branches to the old X30
        cpu.x[30] = cpu.pc + 4;
        cpu.branchTo(branchAddress(cpu, target));
    }

    @Override
    default void RET(int Rn) {
        Cpu cpu = cpu();
        cpu.branchTo(branchAddress(cpu, cpu.x(Rn)));
    }

    /**
     * AArch64.BranchAddr (Arm ARM J1.1.3): with top-byte-ignore (TCR_EL1.TBI0/TBI1, chosen by bit 55) the
     * target's bits 63:56 become copies of bit 55. A target whose top byte already is one needs no lookup.
     */
    private static long branchAddress(Cpu cpu, long target) {
        long top = target >> 55;
        if (top == 0 || top == -1) {
            return target;
        }
        long tbi = (target & 1L << 55) == 0 ? SystemRegisters.TCR_TBI0 : SystemRegisters.TCR_TBI1;
        return (SystemRegisters.tcrEl1(cpu) & tbi) != 0 ? target << 8 >> 8 : target;
    }

    // ---- Exception return (C6.2 "ERET", "DRPS"; D1.11 "Exception return") ----

    @Override
    default void ERET() {
        Cpu cpu = cpu();
        if (cpu.el == 0) {
            throw undefined("ERET at EL0");
        }
        long spsr = cpu.sysregs.get(SystemRegisters.SPSR_EL1_KEY, 0);
        long elr = cpu.sysregs.get(SystemRegisters.ELR_EL1_KEY, 0);
        int m = (int) spsr & 0x1f;
        // D1.11.4 "Illegal return events from AArch64 state": only EL0t, EL1t and EL1h are legal targets
        // (no AArch32, no EL2/EL3, EL0 has no SP_EL0/SP_ELx choice, M[1] reserved). The engine has no
        // PSTATE.IL to carry the Illegal Execution state to the next instruction, so an illegal
        // return, or a return with SPSR.IL set, is UNDEFINED at the ERET itself.
        if (m != 0 && m != 4 && m != 5 || (spsr & 1L << 20) != 0) {
            throw undefined("illegal exception return (SPSR_EL1.M or SPSR_EL1.IL)");
        }
        // SetPSTATEFromPSR: NZCV, DAIF, EL, SP, PAN, UAO, DIT, SSBS.
        cpu.nzcv = (int) spsr & 0xf0000000;
        cpu.daif = (int) spsr & 0x3c0;
        cpu.el = m >>> 2;
        cpu.spsel = m & 1;
        SystemRegisters.setPstateBit(cpu, SystemRegisters.PAN_KEY, (int) (spsr >>> 22));
        SystemRegisters.setPstateBit(cpu, SystemRegisters.UAO_KEY, (int) (spsr >>> 23));
        SystemRegisters.setPstateBit(cpu, SystemRegisters.DIT_KEY, (int) (spsr >>> 24));
        SystemRegisters.setPstateBit(cpu, SystemRegisters.SSBS_KEY, (int) (spsr >>> 12));
        // AArch64.ExceptionReturn: ClearExclusiveLocal, then BranchTo with the new EL's address rules.
        cpu.exclusiveArmed = false;
        cpu.branchTo(branchAddress(cpu, elr));
    }

    @Override
    default void DRPS() {
        throw undefined("DRPS outside Debug state");
    }

    // ---- Exception generation (C6.2 "SVC", "HVC", "SMC", "BRK", "HLT", "DCPS1") ----

    @Override
    default void SVC(int imm16) {
        throw call(GuestException.Kind.SUPERVISOR_CALL, imm16);
    }

    /** HVC at EL0 is UNDEFINED; at EL1 the call leaves the engine and a hypervisor decides. */
    @Override
    default void HVC(int imm16) {
        if (cpu().el == 0) {
            throw undefined("HVC at EL0");
        }
        throw call(GuestException.Kind.HYPERVISOR_CALL, imm16);
    }

    /** SMC at EL0 is UNDEFINED; at EL1 the call leaves the engine and a hypervisor decides. */
    @Override
    default void SMC(int imm16) {
        if (cpu().el == 0) {
            throw undefined("SMC at EL0");
        }
        throw call(GuestException.Kind.SECURE_MONITOR_CALL, imm16);
    }

    @Override
    default void BRK(int imm16) {
        throw trap(GuestException.Kind.BREAKPOINT, imm16);
    }

    @Override
    default void HLT(int imm16) {
        throw trap(GuestException.Kind.HALT, imm16);
    }

    @Override
    default void DCPS1(int imm16) {
        throw undefined("DCPS1 outside Debug state");
    }

    @Override
    default void DCPS2(int imm16) {
        throw undefined("DCPS2 outside Debug state");
    }

    @Override
    default void DCPS3(int imm16) {
        throw undefined("DCPS3 outside Debug state");
    }

    // ---- Hints (C6.2 "HINT"): unallocated hints, and those of absent features, execute as NOP ----

    @Override
    default void HINT(int CRm, int op2) {
    }

    @Override
    default void NOP() {
    }

    @Override
    default void YIELD() {
    }

    @Override
    default void WFE() {
        throw call(GuestException.Kind.WAIT_FOR_EVENT, 0);
    }

    @Override
    default void WFI() {
        throw call(GuestException.Kind.WAIT_FOR_INTERRUPT, 0);
    }

    @Override
    default void SEV() {
    }

    @Override
    default void SEVL() {
    }

    @Override
    default void DGH() {
    }

    @Override
    default void XPACLRI() {
    }

    @Override
    default void PACIA1716() {
    }

    @Override
    default void PACIB1716() {
    }

    @Override
    default void AUTIA1716() {
    }

    @Override
    default void AUTIB1716() {
    }

    @Override
    default void ESB() {
    }

    @Override
    default void TSB() {
    }

    @Override
    default void CSDB() {
    }

    @Override
    default void PACIAZ() {
    }

    @Override
    default void PACIASP() {
    }

    @Override
    default void PACIBZ() {
    }

    @Override
    default void PACIBSP() {
    }

    @Override
    default void AUTIAZ() {
    }

    @Override
    default void AUTIASP() {
    }

    @Override
    default void AUTIBZ() {
    }

    @Override
    default void AUTIBSP() {
    }

    @Override
    default void BTI(int targets) {
    }

    // ---- Barriers: one PE with sequentially consistent memory, so only CLREX has an effect ----

    @Override
    default void CLREX(int CRm) {
        cpu().exclusiveArmed = false;
    }

    @Override
    default void DSB(int CRm) {
    }

    @Override
    default void SSBB() {
    }

    @Override
    default void PSSBB() {
    }

    @Override
    default void DMB(int CRm) {
    }

    @Override
    default void ISB(int CRm) {
    }

    @Override
    default void SB(int CRm) {
    }

    // ---- PSTATE (C6.2 "CFINV", "XAFLAG", "AXFLAG", "MSR (immediate)") ----

    @Override
    default void CFINV() {
        cpu().nzcv ^= 0x20000000;
    }

    /** Converts floating-point comparison flags from the external format to the Arm format. */
    @Override
    default void XAFLAG(int CRm) {
        Cpu cpu = cpu();
        boolean z = cpu.z();
        boolean c = cpu.c();
        cpu.setNzcv(!c && !z, z && c, c || z, !c && z);
    }

    /** Converts floating-point comparison flags from the Arm format to the external format. */
    @Override
    default void AXFLAG(int CRm) {
        Cpu cpu = cpu();
        boolean v = cpu.v();
        cpu.setNzcv(false, cpu.z() || v, cpu.c() && !v, false);
    }

    /**
     * MSR (immediate). The op1 field is the lowest EL allowed (CheckSystemAccess: op1 = 000 is EL1, 011 is
     * EL0); DAIFSet/DAIFClr at EL0 trap with EC 0x18 unless SCTLR_EL1.UMA is set.
     */
    @Override
    default void MSR_imm(int op1, int CRm, int op2) {
        Cpu cpu = cpu();
        if (op1 == 0 && cpu.el == 0) {
            throw undefined("MSR (immediate) of an EL1 PSTATE field at EL0");
        }
        switch (op1 << 3 | op2) {
            case 0x03 -> SystemRegisters.setPstateBit(cpu, SystemRegisters.UAO_KEY, CRm);
            case 0x04 -> SystemRegisters.setPstateBit(cpu, SystemRegisters.PAN_KEY, CRm);
            case 0x05 -> cpu.spsel = CRm & 1;
            case 0x19 -> SystemRegisters.setPstateBit(cpu, SystemRegisters.SSBS_KEY, CRm);
            case 0x1a -> SystemRegisters.setPstateBit(cpu, SystemRegisters.DIT_KEY, CRm);
            case 0x1e, 0x1f -> {
                if (cpu.el == 0 && (SystemRegisters.sctlrEl1(cpu) & SystemRegisters.SCTLR_UMA) == 0) {
                    throw trap(GuestException.Kind.SYSTEM_REGISTER, SystemRegisterStore.key(0, op1, 4, CRm, op2));
                }
                if (op2 == 6) {
                    cpu.daif |= CRm << 6;
                } else {
                    cpu.daif &= ~(CRm << 6);
                }
            }
            default -> throw undefined("MSR (immediate) to an unimplemented PSTATE field");
        }
    }

    // ---- System register moves (C6.2 "MRS", "MSR (register)") ----

    @Override
    default void MRS(int op0, int op1, int CRn, int CRm, int op2, int Rt) {
        Cpu cpu = cpu();
        int key = SystemRegisterStore.key(op0, op1, CRn, CRm, op2);
        SystemRegisters.Register r = SystemRegisters.lookup(key);
        if (r == null) {
            throw undefined("MRS of a system register the engine does not provide");
        }
        int access = SystemRegisters.checkRead(cpu, r);
        if (access != SystemRegisters.ALLOWED) {
            throw accessFault(access, key, "MRS of a register not readable at this EL");
        }
        cpu.setX(Rt, SystemRegisters.read(cpu, r));
    }

    @Override
    default void MSR_reg(int op0, int op1, int CRn, int CRm, int op2, int Rt) {
        Cpu cpu = cpu();
        int key = SystemRegisterStore.key(op0, op1, CRn, CRm, op2);
        SystemRegisters.Register r = SystemRegisters.lookup(key);
        if (r == null) {
            throw undefined("MSR of a system register the engine does not provide");
        }
        int access = SystemRegisters.checkWrite(cpu, r);
        if (access != SystemRegisters.ALLOWED) {
            throw accessFault(access, key, "MSR of a register not writable at this EL");
        }
        SystemRegisters.write(cpu, r, cpu.x(Rt));
    }

    private GuestException accessFault(int access, int key, String why) {
        return access == SystemRegisters.TRAPPED ? trap(GuestException.Kind.SYSTEM_REGISTER, key) : undefined(why);
    }

    // ---- SYS, SYSL (C6.2 "SYS", "DC", "IC", "TLBI", "AT") ----

    /**
     * Cache maintenance has nothing to do on this memory model (no caches; decoded code is kept
     * coherent by write watching), except DC ZVA which zeroes its block. TLBI and AT have nothing to do
     * while the engine does not translate addresses. EL0 may use DC ZVA when SCTLR_EL1.DZE is set and
     * DC CVAC/CVAU/CVAP/CIVAC and IC IVAU when SCTLR_EL1.UCI is set; otherwise they trap (EC 0x18).
     */
    @Override
    default void SYS(int op1, int CRn, int CRm, int op2, int Rt) {
        Cpu cpu = cpu();
        if (op1 == 3 && CRn == 7 && op2 == 1) {
            switch (CRm) {
                case 4 -> { // DC ZVA
                    el0Enabled(cpu, SystemRegisters.SCTLR_DZE, op1, CRn, CRm, op2);
                    zeroBlock(cpu.x(Rt) & -SystemRegisters.DCZ_BLOCK_SIZE);
                    return;
                }
                case 5, 10, 11, 12, 14 -> { // IC IVAU, DC CVAC, DC CVAU, DC CVAP, DC CIVAC
                    el0Enabled(cpu, SystemRegisters.SCTLR_UCI, op1, CRn, CRm, op2);
                    return;
                }
                default -> {
                }
            }
        } else if (op1 == 0 && cpu.el >= 1) {
            if (CRn == 7 && (CRm == 1 || CRm == 5) && op2 == 0 // IC IALLUIS, IC IALLU
                    || CRn == 7 && CRm == 6 && (op2 == 1 || op2 == 2) // DC IVAC, DC ISW
                    || CRn == 7 && (CRm == 10 || CRm == 14) && op2 == 2 // DC CSW, DC CISW
                    || CRn == 7 && CRm == 8 && op2 <= 3 // AT S1E1R, S1E1W, S1E0R, S1E0W
                    || CRn == 8 && (CRm == 3 || CRm == 7) && op2 != 4 && op2 != 6) { // TLBI of Armv8.0 at EL1
                return;
            }
        }
        throw undefined("SYS operation the engine does not provide");
    }

    private void el0Enabled(Cpu cpu, long sctlrBit, int op1, int CRn, int CRm, int op2) {
        if (cpu.el == 0 && (SystemRegisters.sctlrEl1(cpu) & sctlrBit) == 0) {
            throw trap(GuestException.Kind.SYSTEM_REGISTER, SystemRegisterStore.key(1, op1, CRn, CRm, op2));
        }
    }

    /** DC ZVA is one write of the whole block: a block that is not all RAM aborts as a whole, before any byte is written. */
    private void zeroBlock(long address) {
        Memory memory = memory();
        if (!memory.isRam(address, SystemRegisters.DCZ_BLOCK_SIZE)) {
            throw new MemoryAbort(address, SystemRegisters.DCZ_BLOCK_SIZE, true);
        }
        for (int i = 0; i < SystemRegisters.DCZ_BLOCK_SIZE; i += 8) {
            memory.write64(address + i, 0);
        }
    }

    @Override
    default void SYSL(int op1, int CRn, int CRm, int op2, int Rt) {
        throw undefined("SYSL operation the engine does not provide");
    }

    // ---- Pointer authentication outside the hint space: no FEAT_PAuth ----

    @Override
    default void BRAAZ(int Rn) {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void BRABZ(int Rn) {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void BLRAAZ(int Rn) {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void BLRABZ(int Rn) {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void RETAA() {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void RETAB() {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void ERETAA() {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void ERETAB() {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void BRAA(int Rn, int Rm) {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void BRAB(int Rn, int Rm) {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void BLRAA(int Rn, int Rm) {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void BLRAB(int Rn, int Rm) {
        throw undefined("no FEAT_PAuth");
    }
}
