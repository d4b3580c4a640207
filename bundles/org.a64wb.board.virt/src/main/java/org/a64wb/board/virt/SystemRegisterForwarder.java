package org.a64wb.board.virt;

import java.util.HashMap;
import java.util.Map;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.api.VcpuRegisters;
import org.a64wb.isa.a64.A64SystemRegisters;
import org.a64wb.isa.api.sysreg.SysregEncoding;
import org.a64wb.isa.api.sysreg.SystemOperationInfo;
import org.osgi.service.component.annotations.Component;

/**
 * The fallback for trapped MSR/MRS/SYS (EC 0x18) when the trap policy forwards every system-register
 * access (TRAP_ALL): the access is done on the vCPU's own register through its KVM id
 * (RegisterId.sysreg(op0, op1, CRn, CRm, op2)), so a guest sees the same values in both modes. Lowest
 * priority: a device that owns a register (a GIC's ICC_*) takes it first.
 *
 * <ul>
 * <li>MRS/MSR (op0 = 2, 3): read into / write from Rt (Rt = 31 is XZR); an unknown register is
 * UNDEFINED, as the accelerator would make it (Arm ARM D18 "UNDEFINED if not implemented").</li>
 * <li>MSR (immediate) (op0 = 0, CRn = 4): DAIFSet, DAIFClr, SPSel, PAN, UAO, DIT and SSBS through PSTATE (C5.1.3).</li>
 * <li>SYS (op0 = 1): the cache maintenance the emulator implements (the spec's {@code sysop}s with effect
 * {@code maintenance}, from the EL and under the EL0 enable bit they give) completes (there is no VMM-side cache);
 * DC ZVA zeroes its block (through the vCPU's translation when the MMU is on); TLBI and AT execute in the
 * accelerator and never arrive here.</li>
 * <li>Anything else that arrives is an encoding no one implements (op0 = 0 outside the PSTATE fields, SYSL,
 * unknown SYS operations): UNDEFINED, as the accelerator makes it without --trap-all.</li>
 * <li>At EL0 only the op1 = 3 (EL0) registers are forwarded; others are UNDEFINED.</li>
 * </ul>
 */
@Component(service = TrapHandler.class)
@TrapFilter(ec = 0x18, priority = -1000, name = "virt sysreg forwarder")
public final class SystemRegisterForwarder implements TrapHandler {

    private static final SysregEncoding FPCR = new SysregEncoding(3, 3, 4, 4, 0);
    private static final SysregEncoding FPSR = new SysregEncoding(3, 3, 4, 4, 1);
    private static final SysregEncoding DCZID_EL0 = new SysregEncoding(3, 3, 0, 0, 7);
    private static final SysregEncoding OSLAR_EL1 = new SysregEncoding(2, 0, 1, 0, 4);
    private static final SysregEncoding OSLSR_EL1 = new SysregEncoding(2, 0, 1, 1, 4);
    private static final String MAINTENANCE = "maintenance";
    private static final String ZERO_BLOCK = "zero_block";
    /** OSLSR_EL1.OSLK; OSLM = 0b10 (bit 3) is fixed. */
    private static final long OSLK = 1L << 1;

    @Override
    public Outcome handle(TrapContext context) {
        Syndrome s = context.syndrome();
        SysregEncoding encoding = s.sysreg();
        int op1 = encoding.op1();
        int crn = encoding.crn();
        int crm = encoding.crm();
        int op2 = encoding.op2();
        int rt = s.sysregRt();
        boolean read = s.sysregRead();
        VcpuRegisters regs = context.registers();
        long pstate = regs.get(RegisterId.PSTATE);
        boolean el0 = (pstate >>> 2 & 3) == 0;
        switch (encoding.op0()) {
            case 0 -> {
                return pstateField(context, op1, crn, crm, op2, pstate, el0, read);
            }
            case 1 -> {
                return sys(context, encoding, rt, read, el0);
            }
            default -> {
                if (el0 && op1 != 3) {
                    context.injectUndefined();
                    return Outcome.RESUME;
                }
                if (encoding.equals(OSLAR_EL1) || encoding.equals(OSLSR_EL1)) {
                    return osLock(context, encoding.equals(OSLAR_EL1), read, rt);
                }
                long id = RegisterId.sysreg(encoding);
                if (encoding.equals(FPCR)) {
                    id = RegisterId.FPCR; // core registers in KVM's list
                } else if (encoding.equals(FPSR)) {
                    id = RegisterId.FPSR;
                }
                try {
                    // Read first even for MSR: the accelerator answers an unknown id (KVM: ENOENT) here,
                    // while a write would only be refused at write-back, after the guest had moved on.
                    long value = regs.get(id);
                    if (read) {
                        regs.setX(rt, value);
                    } else {
                        regs.set(id, regs.x(rt));
                    }
                } catch (IllegalArgumentException unknown) {
                    context.injectUndefined();
                    return Outcome.RESUME;
                }
                context.advancePc();
                return Outcome.RESUME;
            }
        }
    }

    /**
     * The OS lock as KVM emulates it: OSLAR_EL1 is write-only and has no state of its own, its bit 0 is
     * OSLSR_EL1.OSLK; OSLSR_EL1 is read-only to the guest (Arm ARM D17.3 "OSLAR_EL1", "OSLSR_EL1").
     */
    private static Outcome osLock(TrapContext context, boolean oslar, boolean read, int rt) {
        VcpuRegisters regs = context.registers();
        long oslsr = RegisterId.sysreg(OSLSR_EL1);
        if (oslar == read) {
            context.injectUndefined(); // MRS OSLAR_EL1, MSR OSLSR_EL1
            return Outcome.RESUME;
        }
        if (read) {
            regs.setX(rt, regs.get(oslsr));
        } else {
            long current = regs.get(oslsr);
            regs.set(oslsr, current & ~OSLK | (regs.x(rt) & 1) << 1);
        }
        context.advancePc();
        return Outcome.RESUME;
    }

    private static Outcome undefined(TrapContext context) {
        context.injectUndefined();
        return Outcome.RESUME;
    }

    private static Outcome pstateField(TrapContext context, int op1, int crn, int crm, int op2, long pstate, boolean el0, boolean read) {
        if (crn != 4 || read) {
            return undefined(context);
        }
        long updated;
        if (op1 == 3 && op2 == 6) { // DAIFSet: D A I F = CRm<3:0> into PSTATE bits 9..6
            updated = pstate | (long) crm << 6;
        } else if (op1 == 3 && op2 == 7) { // DAIFClr
            updated = pstate & ~((long) crm << 6);
        } else if (op1 == 0 && op2 == 5 && !el0) { // SPSel: M[0]
            updated = pstate & ~1L | (crm & 1);
        } else if (op1 == 0 && op2 == 4 && !el0) { // PAN (FEAT_PAN), bit 22 of the SPSR layout
            updated = pstate & ~(1L << 22) | (long) (crm & 1) << 22;
        } else if (op1 == 0 && op2 == 3 && !el0) { // UAO (FEAT_UAO), bit 23
            updated = pstate & ~(1L << 23) | (long) (crm & 1) << 23;
        } else if (op1 == 3 && op2 == 2) { // DIT (FEAT_DIT), bit 24, also at EL0
            updated = pstate & ~(1L << 24) | (long) (crm & 1) << 24;
        } else if (op1 == 3 && op2 == 1) { // SSBS (FEAT_SSBS), bit 12, also at EL0
            updated = pstate & ~(1L << 12) | (long) (crm & 1) << 12;
        } else {
            return undefined(context);
        }
        if (el0 && op1 == 3 && op2 >= 6) {
            // DAIF at EL0 needs SCTLR_EL1.UMA; without the bit it traps to EL1 (EC 0x18) as the accelerator would.
            long sctlr = context.registers().get(RegisterId.SCTLR_EL1);
            if ((sctlr & 1L << 9) == 0) {
                context.injectException(context.syndrome(), 0);
                return Outcome.RESUME;
            }
        }
        context.registers().set(RegisterId.PSTATE, updated);
        context.advancePc();
        return Outcome.RESUME;
    }

    /**
     * The spec's SYS operations (isa-spec/system-registers.a64) that complete here: the cache maintenance and DC ZVA
     * the emulator implements. TLBI and AT execute in the accelerator and never arrive; anything else is UNDEFINED.
     */
    private static final Map<Integer, SystemOperationInfo> COMPLETED = new HashMap<>();

    static {
        for (SystemOperationInfo op : A64SystemRegisters.OPERATIONS) {
            if (MAINTENANCE.equals(op.effect()) || ZERO_BLOCK.equals(op.effect())) {
                COMPLETED.put(op.encoding().pack(), op);
            }
        }
    }

    private static Outcome sys(TrapContext context, SysregEncoding encoding, int rt, boolean read, boolean el0) {
        SystemOperationInfo op = COMPLETED.get(encoding.pack());
        if (read || op == null || (el0 ? 0 : 1) < op.el()) {
            return undefined(context); // SYSL: no such operation is implemented
        }
        VcpuRegisters regs = context.registers();
        if (el0 && op.el0EnableRegister() != null && (regs.get(RegisterId.sysreg(op.el0EnableRegister())) & op.el0EnableMask()) == 0) {
            context.injectException(context.syndrome(), 0); // trapped to EL1 (EC 0x18), as without --trap-all
            return Outcome.RESUME;
        }
        if (ZERO_BLOCK.equals(op.effect())) {
            long dczid = regs.get(RegisterId.sysreg(DCZID_EL0));
            int bytes = 4 << (dczid & 15);
            long address = context.translate(regs.x(rt) & -(long) bytes);
            if (address == -1 || !context.vm().isRam(address, bytes)) {
                return Outcome.DECLINE; // a fault or a device: the report says where
            }
            context.vm().writePhysical(address, new byte[bytes], 0, bytes);
        }
        context.advancePc();
        return Outcome.RESUME;
    }
}
