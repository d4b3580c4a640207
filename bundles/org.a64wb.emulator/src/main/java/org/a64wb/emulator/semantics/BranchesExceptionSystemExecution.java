package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.cpu.SystemRegisterExtension;
import org.a64wb.emulator.cpu.SystemRegisterStore;
import org.a64wb.emulator.debug.SelfHostedDebug;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.mmu.Mmu;
import org.a64wb.isa.a64.A64BranchesExceptionSystemSemantics;
import org.a64wb.isa.api.sysreg.SysregEncoding;

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
    default void branchConditional(long offset, int cond) {
        Cpu cpu = cpu();
        if (cpu.conditionHolds(cond)) {
            cpu.branchTo(cpu.pc + offset);
        }
    }

    /** B, BL: BL writes the return address PC + 4 to X30. */
    @Override
    default void branchImmediate(long offset, boolean link) {
        Cpu cpu = cpu();
        if (link) {
            cpu.x[30] = cpu.pc + 4;
        }
        cpu.branchTo(cpu.pc + offset);
    }

    /** CBZ, CBNZ: branch when X[t] (W[t] for 32 bits) is zero (isZero) or non-zero. */
    @Override
    default void compareAndBranch(int t, int datasize, boolean isZero, long offset) {
        Cpu cpu = cpu();
        boolean zero = datasize == 64 ? cpu.x(t) == 0 : cpu.w(t) == 0;
        if (zero == isZero) {
            cpu.branchTo(cpu.pc + offset);
        }
    }

    /** TBZ, TBNZ: branch when X[t]<bitPos> == bitValue. */
    @Override
    default void testAndBranch(int t, int bitPos, boolean bitValue, long offset) {
        Cpu cpu = cpu();
        if ((cpu.x(t) >>> bitPos & 1) == (bitValue ? 1 : 0)) {
            cpu.branchTo(cpu.pc + offset);
        }
    }

    /** BR, BLR, RET: BLR reads X[n] before X30 is written (BLR X30 branches to the old X30). */
    @Override
    default void branchRegister(int n, boolean link) {
        Cpu cpu = cpu();
        long target = cpu.x(n);
        if (link) {
            cpu.x[30] = cpu.pc + 4;
        }
        cpu.branchTo(branchAddress(cpu, target));
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
    default void exceptionReturn() {
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
        // SetPSTATEFromPSR: NZCV, DAIF, EL, SP, PAN, UAO, DIT, SSBS; SS once the new EL and D are known.
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
        SelfHostedDebug.exceptionReturned(cpu, spsr);
        cpu.branchTo(branchAddress(cpu, elr));
    }

    @Override
    default void debugRestoreProcessState() {
        throw undefined("DRPS outside Debug state");
    }

    // ---- Exception generation (C6.2 "SVC", "HVC", "SMC", "BRK", "HLT", "DCPS1") ----

    /**
     * SVC (target EL1); HVC (EL2) and SMC (EL3) are UNDEFINED at EL0, and at EL1 the call leaves the
     * engine and a hypervisor decides.
     */
    @Override
    default void exceptionCall(int imm, int targetLevel) {
        switch (targetLevel) {
            case 1 -> throw call(GuestException.Kind.SUPERVISOR_CALL, imm);
            case 2 -> {
                if (cpu().el == 0) {
                    throw undefined("HVC at EL0");
                }
                throw call(GuestException.Kind.HYPERVISOR_CALL, imm);
            }
            default -> {
                if (cpu().el == 0) {
                    throw undefined("SMC at EL0");
                }
                throw call(GuestException.Kind.SECURE_MONITOR_CALL, imm);
            }
        }
    }

    @Override
    default void breakpoint(int imm) {
        throw trap(GuestException.Kind.BREAKPOINT, imm);
    }

    @Override
    default void halt(int imm) {
        throw trap(GuestException.Kind.HALT, imm);
    }

    @Override
    default void debugChangeState(int imm, int targetLevel) {
        throw undefined("DCPS" + targetLevel + " outside Debug state");
    }

    // ---- Hints (C6.2 "HINT"): unallocated hints, and those of absent features, execute as NOP ----

    /**
     * HINT and everything in its space (NOP, YIELD, DGH, ESB, TSB, CSDB, BTI and the PAuth hints, which are
     * NOPs without FEAT_PAuth) does nothing, except WFE (op 2), WFI (op 3), SEV (4) and SEVL (5).
     */
    @Override
    default void hint(int op) {
        if (op == 2) {
            throw call(GuestException.Kind.WAIT_FOR_EVENT, 0);
        }
        if (op == 3) {
            throw call(GuestException.Kind.WAIT_FOR_INTERRUPT, 0);
        }
        if (op == 4 || op == 5) {
            // SEV, SEVL: an event for WFE (SEV also for the other PEs, which the host of the PEs delivers).
            Cpu cpu = cpu();
            cpu.eventRegister = true;
            Runnable others = cpu.sendEvent;
            if (op == 4 && others != null) {
                others.run();
            }
        }
    }

    // ---- Barriers: one PE with sequentially consistent memory, so only CLREX has an effect ----

    @Override
    default void clearExclusive() {
        cpu().exclusiveArmed = false;
    }

    /** DSB, DMB, ISB, SB, SSBB, PSSBB. */
    @Override
    default void barrier(int op, int option) {
    }

    // ---- PSTATE (C6.2 "CFINV", "XAFLAG", "AXFLAG", "MSR (immediate)") ----

    @Override
    default void invertCarry() {
        cpu().nzcv ^= 0x20000000;
    }

    /** XAFLAG: converts floating-point comparison flags from the external format to the Arm format. */
    @Override
    default void convertFlagsFromExternal() {
        Cpu cpu = cpu();
        boolean z = cpu.z();
        boolean c = cpu.c();
        cpu.setNzcv(!c && !z, z && c, c || z, !c && z);
    }

    /** AXFLAG: converts floating-point comparison flags from the Arm format to the external format. */
    @Override
    default void convertFlagsToExternal() {
        Cpu cpu = cpu();
        boolean v = cpu.v();
        cpu.setNzcv(false, cpu.z() || v, cpu.c() && !v, false);
    }

    /**
     * MSR (immediate): pstateField is op1:op2, imm is CRm. The op1 field is the lowest EL allowed
     * (CheckSystemAccess: op1 = 000 is EL1, 011 is EL0); DAIFSet/DAIFClr at EL0 trap with EC 0x18 unless
     * SCTLR_EL1.UMA is set.
     */
    @Override
    default void moveImmediateToPstate(int pstateField, int imm) {
        Cpu cpu = cpu();
        int op1 = pstateField >>> 3;
        int op2 = pstateField & 7;
        if (op1 == 0 && cpu.el == 0) {
            throw undefined("MSR (immediate) of an EL1 PSTATE field at EL0");
        }
        switch (pstateField) {
            case 0x03 -> SystemRegisters.setPstateBit(cpu, SystemRegisters.UAO_KEY, imm);
            case 0x04 -> SystemRegisters.setPstateBit(cpu, SystemRegisters.PAN_KEY, imm);
            case 0x05 -> cpu.spsel = imm & 1;
            case 0x19 -> SystemRegisters.setPstateBit(cpu, SystemRegisters.SSBS_KEY, imm);
            case 0x1a -> SystemRegisters.setPstateBit(cpu, SystemRegisters.DIT_KEY, imm);
            case 0x1e, 0x1f -> {
                if (cpu.el == 0 && (SystemRegisters.sctlrEl1(cpu) & SystemRegisters.SCTLR_UMA) == 0) {
                    throw trap(GuestException.Kind.SYSTEM_REGISTER, SysregEncoding.pack(0, op1, 4, imm, op2));
                }
                if (op2 == 6) {
                    cpu.daif |= imm << 6;
                } else {
                    cpu.daif &= ~(imm << 6);
                }
            }
            default -> throw undefined("MSR (immediate) to an unimplemented PSTATE field");
        }
    }

    // ---- System register moves (C6.2 "MRS", "MSR (register)") ----

    @Override
    default void moveSystemRegister(int t, int op0, int op1, int crn, int crm, int op2, boolean read) {
        Cpu cpu = cpu();
        int key = SysregEncoding.pack(op0, op1, crn, crm, op2);
        SystemRegisters.Register r = SystemRegisters.lookup(key);
        SystemRegisterExtension extension = cpu.systemRegisterExtension;
        if (r == null && extension != null && cpu.el >= 1 && extension.provides(key, read)) {
            if (read) {
                cpu.setX(t, extension.read(key, t));
            } else {
                extension.write(key, t, cpu.x(t));
            }
            return;
        }
        if (read) {
            if (r == null) {
                throw undefined("MRS of a system register the engine does not provide");
            }
            int access = SystemRegisters.checkRead(cpu, r);
            if (access != SystemRegisters.ALLOWED) {
                throw accessFault(access, key, "MRS of a register not readable at this EL");
            }
            cpu.setX(t, SystemRegisters.read(cpu, r));
        } else {
            if (r == null) {
                throw undefined("MSR of a system register the engine does not provide");
            }
            int access = SystemRegisters.checkWrite(cpu, r);
            if (access != SystemRegisters.ALLOWED) {
                throw accessFault(access, key, "MSR of a register not writable at this EL");
            }
            SystemRegisters.write(cpu, r, cpu.x(t));
        }
    }

    private GuestException accessFault(int access, int key, String why) {
        return access == SystemRegisters.TRAPPED ? trap(GuestException.Kind.SYSTEM_REGISTER, key) : undefined(why);
    }

    // ---- SYS, SYSL (C6.2 "SYS", "DC", "IC", "TLBI", "AT") ----

    /**
     * SYS, SYSL (hasResult: the engine provides no SYSL operation, so UNDEFINED). The operations are the spec's
     * {@code sysop}s with an effect (isa-spec/system-registers.a64): cache maintenance has nothing to do on this
     * memory model (no caches; decoded code is kept coherent by write watching), DC ZVA zeroes its block (a write
     * through the MMU), AT and TLBI go to the MMU; without one (user mode) they do nothing. An EL0 enable bit that
     * is clear (SCTLR_EL1.DZE for DC ZVA, UCI for the maintenance by VA) makes the EL0 use trap (EC 0x18).
     */
    @Override
    default void systemInstruction(int t, int op1, int crn, int crm, int op2, boolean hasResult) {
        if (hasResult) {
            throw undefined("SYSL operation the engine does not provide");
        }
        Cpu cpu = cpu();
        int key = SysregEncoding.pack(1, op1, crn, crm, op2);
        SystemRegisters.Operation op = SystemRegisters.operation(key);
        int access = op == null ? SystemRegisters.UNDEFINED : SystemRegisters.checkOperation(cpu, op);
        if (access != SystemRegisters.ALLOWED) {
            throw access == SystemRegisters.TRAPPED ? trap(GuestException.Kind.SYSTEM_REGISTER, key)
                    : undefined("SYS operation the engine does not provide");
        }
        switch (op.effect) {
            case SystemRegisters.ZERO_BLOCK -> zeroBlock(cpu.x(t));
            case SystemRegisters.ADDRESS_TRANSLATION -> {
                if (cpu.mmu != null) {
                    cpu.mmu.at(op2, cpu.x(t));
                }
            }
            case SystemRegisters.TLB_INVALIDATE -> {
                if (cpu.mmu != null) {
                    cpu.mmu.tlbi(crm, op2, cpu.x(t));
                }
            }
            default -> {
            }
        }
    }

    /**
     * DC ZVA is one write of the whole block holding {@code va}: a block that is not all RAM aborts as a whole, before
     * any byte is written. The block is smaller than a page: one translation, as a write (WnR = 1), and a fault reports
     * Xt's own address in FAR, as QEMU does.
     */
    private void zeroBlock(long va) {
        Memory memory = memory();
        Cpu cpu = cpu();
        if (cpu.debugArmed) {
            // A store of the whole block for watchpoints (Arm ARM D2.10.6: DC ZVA is watched as a store, CM = 0).
            SelfHostedDebug.checkAccess(cpu, va & -SystemRegisters.DCZ_BLOCK_SIZE, SystemRegisters.DCZ_BLOCK_SIZE, false, true, true, word());
        }
        Mmu mmu = cpu.translation;
        long address = (mmu == null ? va : mmu.physical(va, 1, true)) & -SystemRegisters.DCZ_BLOCK_SIZE;
        if (!memory.isRam(address, SystemRegisters.DCZ_BLOCK_SIZE)) {
            throw new MemoryAbort(address, SystemRegisters.DCZ_BLOCK_SIZE, true, va);
        }
        for (int i = 0; i < SystemRegisters.DCZ_BLOCK_SIZE; i += 8) {
            memory.write64(address + i, 0);
        }
    }

    // ---- Pointer authentication outside the hint space: no FEAT_PAuth ----

    @Override
    default void branchRegisterAuthenticated(int n, int m, boolean link, boolean useKeyA, boolean zeroModifier) {
        throw undefined("no FEAT_PAuth");
    }

    @Override
    default void exceptionReturnAuthenticated(boolean useKeyA) {
        throw undefined("no FEAT_PAuth");
    }
}
