package org.a64wb.emulator.debug;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.isa.api.sysreg.SysregEncoding;

/**
 * When debug exceptions are generated and which, for a PE with EL0 and EL1 only (Arm ARM D2.4 "Enabling
 * debug exceptions", AArch64.GenerateDebugExceptionsFrom): never while the OS lock (OSLSR_EL1.OSLK) or the OS
 * double lock (OSDLR_EL1.DLK, DBGPRCR_EL1.CORENPDRQ being 0 here) is locked; from EL0 always, since they go to
 * EL1; from EL1 only with MDSCR_EL1.KDE set and PSTATE.D clear. Breakpoints and watchpoints also need
 * MDSCR_EL1.MDE; software step needs MDSCR_EL1.SS.
 *
 * <p>Software step (D2.12) is PSTATE.SS ({@link Cpu#softwareStep}) while step is active: 1 is active-not-pending
 * (the next instruction is stepped), 0 active-pending (a Software Step exception is taken before the next
 * instruction). The interpreter clears PSTATE.SS when it starts the stepped instruction and sets it back when the
 * instruction does not complete (a fault, a trap, an exit to the VMM); an exception-generating instruction (SVC,
 * HVC, SMC) and WFI/WFE complete it. The step exception's ISV is 1 when it follows a stepped instruction, with
 * EX = 1 after a load-exclusive ({@link Cpu#stepSyndrome}); 0 when active-pending came another way (an exception
 * return with SPSR.SS = 0, PSTATE.D cleared).
 */
public final class SelfHostedDebug {

    public static final int MDSCR_EL1_KEY = SysregEncoding.pack(2, 0, 0, 2, 2);
    public static final int OSLSR_EL1_KEY = SysregEncoding.pack(2, 0, 1, 1, 4);
    public static final int OSDLR_EL1_KEY = SysregEncoding.pack(2, 0, 1, 3, 4);
    public static final int CONTEXTIDR_EL1_KEY = SysregEncoding.pack(3, 0, 13, 0, 1);
    /** MDSCR_EL1 fields. */
    public static final long MDSCR_SS = 1;
    public static final long MDSCR_KDE = 1L << 13;
    public static final long MDSCR_MDE = 1L << 15;
    /** OSLSR_EL1.OSLK (set at reset) and OSDLR_EL1.DLK. */
    public static final long OSLK = 1L << 1;
    public static final long DLK = 1;
    /** PSTATE.D in {@link Cpu#daif}. */
    private static final int PSTATE_D = 0x200;
    /** SPSR.SS. */
    public static final long SPSR_SS = 1L << 21;

    /** ISS of the debug exceptions: IFSC/DFSC 0b100010 "debug exception", WnR, and the software step's ISV and EX. */
    public static final long FSC_DEBUG = 0x22;
    public static final long ISS_WNR = 1L << 6;
    public static final long ISS_ISV = 1L << 24;
    public static final long ISS_EX = 1L << 6;

    /**
     * The breakpoint and watchpoint pairs (ID_AA64DFR0_EL1.BRPs + 1 and WRPs + 1): what qemu-system-aarch64 -cpu max
     * advertises, as the Cortex-A53/A57 have them.
     */
    public static final int BREAKPOINTS = 6;
    public static final int WATCHPOINTS = 4;

    private SelfHostedDebug() {
    }

    public static int bcrKey(int n) {
        return SysregEncoding.pack(2, 0, 0, n, 5);
    }

    public static int bvrKey(int n) {
        return SysregEncoding.pack(2, 0, 0, n, 4);
    }

    public static int wcrKey(int n) {
        return SysregEncoding.pack(2, 0, 0, n, 7);
    }

    public static int wvrKey(int n) {
        return SysregEncoding.pack(2, 0, 0, n, 6);
    }

    private static long mdscr(Cpu cpu) {
        return cpu.sysregs.get(MDSCR_EL1_KEY, 0);
    }

    /** The OS lock or the OS double lock holds: no debug exception at all (DoubleLockStatus, OSLSR_EL1.OSLK). */
    public static boolean locked(Cpu cpu) {
        return (cpu.sysregs.get(OSLSR_EL1_KEY, OSLK) & OSLK) != 0 || (cpu.sysregs.get(OSDLR_EL1_KEY, 0) & DLK) != 0;
    }

    /** AArch64.GenerateDebugExceptions() at the current EL and PSTATE.D. */
    public static boolean enabled(Cpu cpu) {
        if (locked(cpu)) {
            return false;
        }
        return cpu.el == 0 || (mdscr(cpu) & MDSCR_KDE) != 0 && (cpu.daif & PSTATE_D) == 0;
    }

    /** Software step is active: MDSCR_EL1.SS and debug exceptions enabled where the PE is. */
    public static boolean stepActive(Cpu cpu) {
        return (mdscr(cpu) & MDSCR_SS) != 0 && enabled(cpu);
    }

    /**
     * Recomputes {@link Cpu#debugArmed} after a write to MDSCR_EL1, a DBGBCR/DBGWCR, OSLAR_EL1/OSLSR_EL1 or
     * OSDLR_EL1: whether some instruction could raise a debug exception whatever the EL and PSTATE.D.
     */
    public static void update(Cpu cpu) {
        boolean armed = false;
        if (!locked(cpu)) {
            long mdscr = mdscr(cpu);
            armed = (mdscr & MDSCR_SS) != 0;
            if (!armed && (mdscr & MDSCR_MDE) != 0) {
                for (int n = 0; n < BREAKPOINTS && !armed; n++) {
                    armed = (cpu.sysregs.get(bcrKey(n), 0) & DebugMatch.ENABLE) != 0;
                }
                for (int n = 0; n < WATCHPOINTS && !armed; n++) {
                    armed = (cpu.sysregs.get(wcrKey(n), 0) & DebugMatch.ENABLE) != 0;
                }
            }
        }
        cpu.debugArmed = armed;
    }

    /** Before the instruction at PC is fetched: the Software Step exception of the active-pending state. */
    public static void checkStep(Cpu cpu) {
        if (!cpu.softwareStep && stepActive(cpu)) {
            long pc = cpu.pc;
            throw new GuestException(GuestException.Kind.SOFTWARE_STEP, pc, 0, cpu.stepSyndrome | FSC_DEBUG, 0, pc, "software step");
        }
    }

    /** After the fetch, before the instruction executes: a Breakpoint exception if an enabled breakpoint matches PC. */
    public static void checkBreakpoints(Cpu cpu, int word) {
        if ((mdscr(cpu) & MDSCR_MDE) == 0 || !enabled(cpu)) {
            return;
        }
        long pc = cpu.pc;
        long contextId = cpu.sysregs.get(CONTEXTIDR_EL1_KEY, 0);
        for (int n = 0; n < BREAKPOINTS; n++) {
            long bcr = cpu.sysregs.get(bcrKey(n), 0);
            if (DebugMatch.breakpointMatches(bcr, cpu.sysregs.get(bvrKey(n), 0), pc, cpu.el, n, BREAKPOINTS, contextId)
                    && (DebugMatch.type(bcr) != DebugMatch.LINKED_ADDRESS || linkedContextMatches(cpu, bcr, contextId))) {
                throw new GuestException(GuestException.Kind.HARDWARE_BREAKPOINT, pc, word, FSC_DEBUG, 0, pc, "breakpoint " + n);
            }
        }
    }

    /**
     * Before an access of {@code size} bytes at {@code address} (a load, a store, or for an atomic both: then a
     * load watchpoint is reported with WnR = 0, as for a data abort): a Watchpoint exception if an enabled
     * watchpoint matches, FAR = the lowest watched byte accessed. {@code privileged} is false for LDTR/STTR.
     * Cache maintenance by VA (DC IVAC, which the Arm ARM watches as a store with CM = 1) is not checked.
     */
    public static void checkAccess(Cpu cpu, long address, int size, boolean load, boolean store, boolean privileged, int word) {
        if ((mdscr(cpu) & MDSCR_MDE) == 0 || !enabled(cpu)) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            boolean write = pass == 1;
            if (write ? !store : !load) {
                continue;
            }
            for (int n = 0; n < WATCHPOINTS; n++) {
                long wcr = cpu.sysregs.get(wcrKey(n), 0);
                long hit = DebugMatch.watchpointMatch(wcr, cpu.sysregs.get(wvrKey(n), 0), address, size, cpu.el, privileged, write);
                if (hit != -1 && (!DebugMatch.linked(wcr) || linkedContextMatches(cpu, wcr, cpu.sysregs.get(CONTEXTIDR_EL1_KEY, 0)))) {
                    long iss = FSC_DEBUG | (write ? ISS_WNR : 0);
                    throw new GuestException(GuestException.Kind.WATCHPOINT, cpu.pc, word, iss, hit, cpu.pc, "watchpoint " + n);
                }
            }
        }
    }

    /** The context-aware breakpoint that a linked breakpoint or watchpoint's LBN names matches CONTEXTIDR_EL1. */
    private static boolean linkedContextMatches(Cpu cpu, long control, long contextId) {
        int lbn = DebugMatch.linkedBreakpoint(control);
        return lbn < BREAKPOINTS
                && DebugMatch.linkedContextMatches(cpu.sysregs.get(bcrKey(lbn), 0), cpu.sysregs.get(bvrKey(lbn), 0), lbn, BREAKPOINTS, contextId);
    }

    /**
     * The stepped instruction completed: active-pending, and the step exception will say so (ISV = 1, EX = 1 after a
     * load-exclusive). Also what an accelerator calls when its VMM completes a trapped instruction (as KVM's
     * kvm_skip_instr clears PSTATE.SS).
     */
    public static void completed(Cpu cpu, boolean loadExclusive) {
        cpu.softwareStep = false;
        cpu.stepSyndrome = ISS_ISV | (loadExclusive ? ISS_EX : 0);
    }

    /** Exception entry: PSTATE.SS (saved in SPSR.SS by the caller) becomes 0, and no step has completed since. */
    public static void exceptionEntered(Cpu cpu) {
        cpu.softwareStep = false;
        cpu.stepSyndrome = 0;
    }

    /**
     * Exception return, once PSTATE holds the target EL and D: PSTATE.SS = SPSR.SS if software step is active
     * there, else 0 (DebugExceptionReturnSS).
     */
    public static void exceptionReturned(Cpu cpu, long spsr) {
        cpu.softwareStep = (spsr & SPSR_SS) != 0 && stepActive(cpu);
        cpu.stepSyndrome = 0;
    }
}
