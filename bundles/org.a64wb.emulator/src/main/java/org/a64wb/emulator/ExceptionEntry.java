package org.a64wb.emulator;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.debug.SelfHostedDebug;
import org.a64wb.emulator.semantics.SystemRegisters;

/**
 * Synchronous exception entry to EL1 (Arm ARM D1.10 "Exception entry", AArch64.TakeException):
 * ESR_EL1, FAR_EL1, ELR_EL1 and SPSR_EL1 are written, PSTATE becomes EL1h with D, A, I, F masked (UAO clear,
 * PAN set unless SCTLR_EL1.SPAN, SS clear),
 * the exclusive monitor is cleared, and execution continues at VBAR_EL1 plus the vector offset.
 */
public final class ExceptionEntry {

    private ExceptionEntry() {
    }

    private static final SystemRegisters.Register ESR_EL1 = SystemRegisters.lookup("ESR_EL1");
    private static final SystemRegisters.Register FAR_EL1 = SystemRegisters.lookup("FAR_EL1");
    private static final SystemRegisters.Register ELR_EL1 = SystemRegisters.lookup("ELR_EL1");
    private static final SystemRegisters.Register SPSR_EL1 = SystemRegisters.lookup("SPSR_EL1");
    private static final SystemRegisters.Register VBAR_EL1 = SystemRegisters.lookup("VBAR_EL1");

    /** The PSTATE the way SPSR_ELx stores it: NZCV, PAN/UAO/DIT/SSBS, SS, DAIF, M[3:0] = EL:SP. */
    public static long spsr(Cpu cpu) {
        long pstateBits = 0;
        for (String name : new String[] {"PAN", "UAO", "DIT", "SSBS"}) {
            SystemRegisters.Register r = SystemRegisters.lookup(name);
            pstateBits |= SystemRegisters.read(cpu, r);
        }
        return (cpu.nzcv & 0xffffffffL) | pstateBits | (cpu.softwareStep ? SelfHostedDebug.SPSR_SS : 0) | cpu.daif | (long) cpu.el << 2
                | cpu.spsel;
    }

    /** VBAR_EL1. */
    public static long vbar(Cpu cpu) {
        return SystemRegisters.read(cpu, VBAR_EL1);
    }

    /**
     * Where a synchronous exception taken now would enter: VBAR_EL1 + 0x000 from EL1 with SP_EL0, + 0x200
     * from EL1 with SP_EL1, + 0x400 from EL0 (AArch64 lower EL).
     */
    public static long vector(Cpu cpu) {
        return vbar(cpu) + (cpu.el == 0 ? 0x400 : cpu.spsel == 1 ? 0x200 : 0x000);
    }

    /**
     * Takes a synchronous exception to EL1 with the given ESR value and FAR, returning to
     * {@code preferredReturn}. The vector offset is 0x000 from EL1 with SP_EL0, 0x200 from EL1 with
     * SP_EL1, 0x400 from EL0 (AArch64 lower EL), each + 0 for a synchronous exception.
     */
    public static void take(Cpu cpu, long esr, long far, long preferredReturn) {
        long target = vector(cpu);
        SystemRegisters.write(cpu, ESR_EL1, esr);
        SystemRegisters.write(cpu, FAR_EL1, far);
        enter(cpu, target, preferredReturn);
    }

    /** The same, leaving FAR_EL1 as it was (an exception for which it is UNKNOWN, such as a Software Step exception). */
    public static void takeLeavingFar(Cpu cpu, long esr, long preferredReturn) {
        long target = vector(cpu);
        SystemRegisters.write(cpu, ESR_EL1, esr);
        enter(cpu, target, preferredReturn);
    }

    /** Vector offsets of the asynchronous exceptions, added to the synchronous one's (Arm ARM D1.10.2). */
    public static final int IRQ_OFFSET = 0x80;
    public static final int FIQ_OFFSET = 0x100;
    public static final int SERROR_OFFSET = 0x180;
    /** ESR_EL1 of an SError interrupt: EC 0x2F, IL = 1, ISS 0 (uncategorized, IDS = 0). */
    public static final long SERROR_ESR = 0x2fL << 26 | 1L << 25;

    /**
     * Takes one asynchronous exception asserted on {@link Cpu#interruptLines} that PSTATE does not mask,
     * if any (AArch64.TakePhysicalIRQException/FIQException/SErrorException), and says whether it did.
     * Called between instructions, so the preferred return address is the next instruction to execute,
     * the current PC. Without EL2 and EL3 every one of them targets EL1 and PSTATE.{I,F,A} masks it at
     * EL0 and EL1 alike (Arm ARM D1.3.6 "Asynchronous exception masking"). FIQ before IRQ before SError,
     * QEMU's order (the architecture leaves it IMPLEMENTATION DEFINED). IRQ and FIQ leave ESR_EL1 and
     * FAR_EL1 alone.
     */
    public static boolean takeInterrupt(Cpu cpu) {
        int lines = cpu.interruptLines;
        int offset;
        if ((lines & Cpu.LINE_FIQ) != 0 && (cpu.daif & 0x40) == 0) {
            offset = FIQ_OFFSET;
        } else if ((lines & Cpu.LINE_IRQ) != 0 && (cpu.daif & 0x80) == 0) {
            offset = IRQ_OFFSET;
        } else if ((lines & Cpu.LINE_SERROR) != 0 && (cpu.daif & 0x100) == 0) {
            offset = SERROR_OFFSET;
            SystemRegisters.write(cpu, ESR_EL1, SERROR_ESR);
        } else {
            return false;
        }
        enter(cpu, vector(cpu) + offset, cpu.pc);
        return true;
    }

    private static void enter(Cpu cpu, long target, long preferredReturn) {
        SystemRegisters.write(cpu, SPSR_EL1, spsr(cpu));
        SystemRegisters.write(cpu, ELR_EL1, preferredReturn);
        cpu.el = 1;
        cpu.spsel = 1;
        cpu.daif = 0x3c0;
        cpu.exclusiveArmed = false;
        SelfHostedDebug.exceptionEntered(cpu);
        // FEAT_UAO: UAO is cleared on entry; FEAT_PAN: PAN is set unless SCTLR_EL1.SPAN is 1 (D17.2 "SCTLR_EL1").
        SystemRegisters.setPstateBit(cpu, SystemRegisters.UAO_KEY, 0);
        if ((SystemRegisters.sctlrEl1(cpu) & 1L << 23) == 0) {
            SystemRegisters.setPstateBit(cpu, SystemRegisters.PAN_KEY, 1);
        }
        if (cpu.mmu != null) {
            cpu.mmu.modeChanged();
        }
        cpu.pc = target;
        cpu.nextPc = cpu.pc;
    }
}
