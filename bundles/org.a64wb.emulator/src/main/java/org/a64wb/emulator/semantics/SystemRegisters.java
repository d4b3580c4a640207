package org.a64wb.emulator.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.CpuFeature;
import org.a64wb.emulator.cpu.SystemRegisterStore;
import org.a64wb.emulator.debug.SelfHostedDebug;
import org.a64wb.emulator.timer.GenericTimer;
import org.a64wb.isa.a64.A64SystemRegisters;
import org.a64wb.isa.api.sysreg.SysregEncoding;
import org.a64wb.isa.api.sysreg.SystemOperationInfo;
import org.a64wb.isa.api.sysreg.SystemRegisterInfo;

/**
 * THE table of the system registers and SYS operations the engine provides: MRS, MSR (register) and SYS are
 * lookups in it. It is built from the spec (isa-spec/system-registers.a64, generated as {@link A64SystemRegisters}):
 * the registers with {@code state} and the operations with {@code effect}; this class gives the location kinds
 * their meaning and provides the named constants the spec refers to. Each entry gives the register's name and
 * encoding, its reset value, the lowest exception level that may read and write it (EL0 accesses to an encoding
 * with op1 != 3 are UNDEFINED, Arm ARM D13.2 "Accessing system registers"), an optional EL0 enable bit in an EL1
 * control register (a clear bit makes the EL0 access trap with EC 0x18, as SCTLR_EL1.UMA does for DAIF), and
 * where the value lives: a {@link Cpu} field, a constant, a value computed from the PE state, or the
 * {@link SystemRegisterStore}.
 *
 * <p>The engine's PE: AArch64 only, EL0 and EL1 (no EL2, no EL3), no FEAT_PAuth, FEAT_MTE, FEAT_SVE,
 * FEAT_BTI, FEAT_FP16; with FEAT_LSE, FEAT_CRC32, FEAT_LRCPC, FEAT_FlagM/FlagM2, FEAT_DPB, FEAT_SB,
 * FEAT_DGH, FEAT_PAN, FEAT_UAO, FEAT_DIT, FEAT_SSBS2. The ID registers say exactly that.
 *
 * <p>Reset values that the architecture leaves UNKNOWN are chosen so that a fresh {@link Cpu} (which
 * starts at EL0) behaves as a Linux user process: SCTLR_EL1 lets EL0 read CTR_EL0 (UCT), use DC ZVA
 * (DZE) and cache maintenance (UCI), execute WFI/WFE (nTWI, nTWE), but not touch DAIF (UMA = 0);
 * CNTKCTL_EL1 lets EL0 read both counters; TCR_EL1 has TBI0 set (top byte ignored for user addresses).
 *
 * <p>The generic timer's counter is host monotonic time at 62.5 MHz ({@link GenericTimer}), so guest time
 * passes while a PE sleeps; each PE's EL1 physical and virtual timers are its {@link Cpu#timer}.
 */
public final class SystemRegisters {

    /** Where a register's value lives. */
    public static final int STORE = 0;
    public static final int CONSTANT = 1;
    /** A one-bit PSTATE field kept as 0 or 1 in the store under the register's key, read at {@link Register#shift}. */
    public static final int PSTATE_BIT = 2;
    public static final int NZCV = 3;
    public static final int DAIF = 4;
    public static final int FPCR = 5;
    public static final int FPSR = 6;
    public static final int TPIDR_EL0 = 7;
    public static final int TPIDRRO_EL0 = 8;
    public static final int SP_EL0 = 9;
    public static final int SPSEL = 10;
    public static final int CURRENT_EL = 11;
    public static final int DCZID = 12;
    public static final int COUNTER = 13;
    /** MPIDR_EL1: read-only to the guest, set per PE by whoever builds the machine (Cpu.mpidr). */
    public static final int MPIDR = 14;
    /** OSLAR_EL1: write-only, its bit 0 becomes OSLSR_EL1.OSLK (kept in the store under OSLSR_EL1's key). */
    public static final int OS_LOCK_ACCESS = 15;
    /** OSLSR_EL1: OSLM = 0b10 (OS lock implemented, AArch64 only) and OSLK. */
    public static final int OS_LOCK_STATUS = 16;
    /** DBGCLAIMSET_EL1: reads the implemented claim tags as ones; writing ones sets tags (kept under DBGCLAIMCLR_EL1's key). */
    public static final int CLAIM_SET = 17;
    /** DBGCLAIMCLR_EL1: reads the claim tags; writing ones clears them. */
    public static final int CLAIM_CLEAR = 18;
    /** CNTx_CTL/CVAL/TVAL_EL0 of {@link Cpu#timer}: the timer in {@link Register#shift}, the register by op2. */
    public static final int TIMER = 19;
    /** ISR_EL1: the asserted IRQ, FIQ and SError inputs (Cpu.interruptLines). */
    public static final int INTERRUPT_STATUS = 20;
    /**
     * ID_AA64PFR0_EL1: the feature table's value, with GIC = 0b0001 (the GICv3 system-register CPU interface)
     * when the PE has one (Cpu.systemRegisterExtension), as KVM reports it only for a VM with a vGICv3.
     */
    public static final int PFR0 = 21;

    /** {@link Register#readEl}/{@link Register#writeEl} of a direction that does not exist. */
    public static final int NEVER = 2;

    /** Outcome of an access check. */
    public static final int ALLOWED = 0;
    public static final int UNDEFINED = 1;
    /** Trapped to EL1 with EC 0x18 by an EL0 enable bit that is clear. */
    public static final int TRAPPED = 2;

    /** One system register. */
    public static final class Register {
        public final String name;
        public final SysregEncoding encoding;
        /** {@code encoding.pack()}, the index into {@link SystemRegisterStore}. */
        public final int key;
        public final int location;
        public final long reset;
        /** Lowest EL that may read (MRS) or write (MSR) it; {@link #NEVER} for none. */
        public final int readEl;
        public final int writeEl;
        /** Bits MSR may change (others read as the reset value's, for RES0/RES1 bits). */
        final long writeMask;
        /** Bit position of a {@link #PSTATE_BIT} register, the timer of a {@link #TIMER} one. */
        final int shift;
        /** A write may change which debug exceptions can occur (SelfHostedDebug.update). */
        final boolean debugControl;
        /** EL0 access needs a bit of {@code el0EnableMask} set in the register with key {@code el0EnableKey}; 0 = no condition. */
        final int el0EnableKey;
        final long el0EnableMask;

        Register(SystemRegisterInfo info) {
            SystemRegisterInfo.State state = info.state();
            this.name = info.name();
            this.encoding = info.encoding();
            this.key = encoding.pack();
            this.location = locationKind(info);
            this.reset = value(state.reset(), state.resetConstant(), info);
            this.readEl = state.readEl() == SystemRegisterInfo.NO_ACCESS ? NEVER : state.readEl();
            this.writeEl = state.writeEl() == SystemRegisterInfo.NO_ACCESS ? NEVER : state.writeEl();
            this.writeMask = value(state.writeMask(), state.writeMaskConstant(), info);
            this.shift = state.locationArgument();
            this.debugControl = state.debugControl();
            this.el0EnableKey = state.el0EnableRegister() == null ? 0 : state.el0EnableRegister().pack();
            this.el0EnableMask = state.el0EnableMask();
        }

        /** The EL1 control bits that enable EL0 accesses, 0 when EL0 access has no such condition. */
        public long el0EnableMask() {
            return el0EnableMask;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    // ---- Keys of registers other semantics consult ----
    public static final int SCTLR_EL1_KEY = SysregEncoding.pack(3, 0, 1, 0, 0);
    public static final int TCR_EL1_KEY = SysregEncoding.pack(3, 0, 2, 0, 2);
    public static final int TTBR0_EL1_KEY = SysregEncoding.pack(3, 0, 2, 0, 0);
    public static final int TTBR1_EL1_KEY = SysregEncoding.pack(3, 0, 2, 0, 1);
    public static final int SPSR_EL1_KEY = SysregEncoding.pack(3, 0, 4, 0, 0);
    public static final int ELR_EL1_KEY = SysregEncoding.pack(3, 0, 4, 0, 1);
    public static final int PAN_KEY = SysregEncoding.pack(3, 0, 4, 2, 3);
    public static final int UAO_KEY = SysregEncoding.pack(3, 0, 4, 2, 4);
    public static final int DIT_KEY = SysregEncoding.pack(3, 3, 4, 2, 5);
    public static final int SSBS_KEY = SysregEncoding.pack(3, 3, 4, 2, 6);
    public static final int CNTKCTL_EL1_KEY = SysregEncoding.pack(3, 0, 14, 1, 0);
    public static final int OSLSR_EL1_KEY = SelfHostedDebug.OSLSR_EL1_KEY;
    public static final int DBGCLAIMCLR_EL1_KEY = SysregEncoding.pack(2, 0, 7, 9, 6);

    // ---- SCTLR_EL1 bits (Arm ARM D17.2 "SCTLR_EL1") ----
    public static final long SCTLR_C = 1L << 2;
    public static final long SCTLR_SA = 1L << 3;
    public static final long SCTLR_SA0 = 1L << 4;
    public static final long SCTLR_UMA = 1L << 9;
    public static final long SCTLR_I = 1L << 12;
    public static final long SCTLR_DZE = 1L << 14;
    public static final long SCTLR_UCT = 1L << 15;
    public static final long SCTLR_NTWI = 1L << 16;
    public static final long SCTLR_NTWE = 1L << 18;
    public static final long SCTLR_UCI = 1L << 26;
    /** Bits 29, 28, 23, 22, 20, 11: RES1 without FEAT_LSMAOC, FEAT_ExS, FEAT_CSV2 ... (SPAN, bit 23, is a field with FEAT_PAN; reset 1). */
    public static final long SCTLR_RES1 = 0x30d00800L;
    public static final long SCTLR_EL1_RESET = SCTLR_RES1 | SCTLR_UCI | SCTLR_NTWE | SCTLR_NTWI | SCTLR_UCT | SCTLR_DZE | SCTLR_I
            | SCTLR_SA0 | SCTLR_SA | SCTLR_C;
    /** The SCTLR_EL1 bits MSR changes: all of the low 32 but the RES1 ones, and SPAN. */
    public static final long SCTLR_EL1_WRITE_MASK = 0xffffffffL & ~SCTLR_RES1 | 1L << 23;

    public static final long TCR_TBI0 = 1L << 37;
    public static final long TCR_TBI1 = 1L << 38;

    /** FPCR bits of an implementation without trapped floating-point exceptions: AHP, DN, FZ, RMode, and FZ16 with FP16. */
    public static final long FPCR_MASK = 0x07c00000L | (CpuFeature.IMPLEMENTED.contains(CpuFeature.FP16) ? 1L << 19 : 0);
    /** FPSR: QC, IDC, IXC, UFC, OFC, DZC, IOC (N, Z, C, V are AArch32 only). */
    public static final long FPSR_MASK = 0x0800009fL;

    /** CTR_EL0: RES1 bit 31, DIC, IDC, CWG = ERG = DminLine = IminLine = 64 bytes, L1Ip = PIPT. */
    public static final long CTR_EL0 = 0x80000000L | 1L << 29 | 1L << 28 | 4L << 24 | 4L << 20 | 4L << 16 | 3L << 14 | 4L;
    /** DCZID_EL0.BS: log2 of the DC ZVA block in words, 64 bytes. */
    public static final int DCZ_BLOCK_LOG2_WORDS = 4;
    public static final int DCZ_BLOCK_SIZE = 4 << DCZ_BLOCK_LOG2_WORDS;
    /** MIDR_EL1: implementer 0 (reserved for software use), architecture 0xF, part number 0xA64. */
    public static final long MIDR_EL1 = 0x000fa640L;
    /** MPIDR_EL1: RES1 bit 31, affinity 0.0.0. */
    public static final long MPIDR_EL1 = 0x80000000L;
    /** CNTFRQ_EL0 reset: the system counter's 62.5 MHz. */
    public static final long CNTFRQ = GenericTimer.FREQUENCY;

    // The feature ID registers come from the one feature table (EL2, EL3, SVE, PAuth, MTE, BTI absent).
    public static final long ID_AA64PFR0_EL1 = CpuFeature.idRegister(CpuFeature.IdRegister.PFR0);
    public static final long ID_AA64PFR1_EL1 = CpuFeature.idRegister(CpuFeature.IdRegister.PFR1);
    public static final long ID_AA64ISAR0_EL1 = CpuFeature.idRegister(CpuFeature.IdRegister.ISAR0);
    public static final long ID_AA64ISAR1_EL1 = CpuFeature.idRegister(CpuFeature.IdRegister.ISAR1);
    /** PARange 48 bits, 16-bit ASIDs, 4 KB, 16 KB (TGran16 = 1) and 64 KB granules at stage 1. */
    public static final long ID_AA64MMFR0_EL1 = 5L | 2L << 4 | 1L << 20;
    /** PAN = 1. */
    public static final long ID_AA64MMFR1_EL1 = 1L << 20;
    /** UAO = 1. */
    public static final long ID_AA64MMFR2_EL1 = 1L << 4;
    /**
     * DebugVer = Armv8 debug, no PMU, BRPs = 5 (6 breakpoints), WRPs = 3 (4 watchpoints), CTX_CMPs = 1 (2
     * context-aware breakpoints): QEMU's -cpu max and the Cortex-A53/A57 counts. BRPs, WRPs and CTX_CMPs
     * of 0b0000 are reserved (Arm ARM D17.2.59 "ID_AA64DFR0_EL1"): at least two of each kind.
     */
    public static final long ID_AA64DFR0_EL1 = 1L << 28 | (SelfHostedDebug.WATCHPOINTS - 1L) << 20 | (SelfHostedDebug.BREAKPOINTS - 1L) << 12 | 6L;
    /** The breakpoints and watchpoints ID_AA64DFR0_EL1 advertises (BRPs + 1, WRPs + 1): the DBGB*R<n>/DBGW*R<n> that exist. */
    public static final int BREAKPOINTS = SelfHostedDebug.BREAKPOINTS;
    public static final int WATCHPOINTS = SelfHostedDebug.WATCHPOINTS;
    /** OSLSR_EL1.OSLM = 0b10: bit 3 set, bit 0 clear (Arm ARM D17.3.x "OSLSR_EL1"). */
    public static final long OSLSR_OSLM = 1L << 3;
    public static final long OSLSR_OSLK = 1L << 1;
    /** MDSCR_EL1 fields a guest may write: SS, ERR, TDCC, KDE, HDE, MDE, TDA, INTdis, TXU, RXO, TXfull, RXfull. */
    public static final long MDSCR_MASK = 1L | 1L << 6 | 0xfL << 12 | 1L << 21 | 3L << 22 | 1L << 26 | 1L << 27 | 1L << 29 | 1L << 30;
    /** DBGBCR<n>_EL1: E, PMC, HMC, SSC, LBN, BT; BAS (bits 8:5) is RES1 where no EL supports AArch32. */
    public static final long DBGBCR_MASK = 0x00ffe007L;
    public static final long DBGBCR_BAS = 0xfL << 5;
    /** DBGWCR<n>_EL1: E, PAC, LSC, BAS, HMC, SSC, LBN, WT, MASK. */
    public static final long DBGWCR_MASK = 0x1f1fffffL;
    /** Eight claim tags. */
    public static final long CLAIM_TAGS = 0xff;
    /** DBGAUTHSTATUS_EL1: Non-secure invasive and non-invasive debug implemented and enabled (NSID = NSNID = 0b11), no Secure state. */
    public static final long DBGAUTHSTATUS = 0x0f;

    /** The location kinds by their names in the spec, in the order of their constants ({@link #STORE} is 0). */
    private static final List<String> LOCATION_NAMES = List.of("store", "constant", "pstate_bit", "nzcv", "daif", "fpcr", "fpsr",
            "tpidr_el0", "tpidrro_el0", "sp_el0", "spsel", "current_el", "dczid", "counter", "mpidr", "os_lock_access",
            "os_lock_status", "claim_set", "claim_clear", "timer", "interrupt_status", "pfr0");

    /** What a SYS operation of the spec does here ({@link Operation#effect}). */
    public static final int MAINTENANCE = 0;
    public static final int ZERO_BLOCK = 1;
    public static final int ADDRESS_TRANSLATION = 2;
    public static final int TLB_INVALIDATE = 3;
    private static final List<String> EFFECT_NAMES = List.of("maintenance", "zero_block", "address_translation", "tlb_invalidate");

    /** A SYS operation the engine performs (a {@code sysop} of the spec with an {@code effect}). */
    public static final class Operation {
        public final SystemOperationInfo info;
        public final int effect;
        /** Lowest EL that may execute it. */
        public final int el;
        final int el0EnableKey;
        final long el0EnableMask;

        Operation(SystemOperationInfo info) {
            this.info = info;
            this.effect = EFFECT_NAMES.indexOf(info.effect());
            if (effect < 0) {
                throw new IllegalStateException(info.location() + ": " + info + " has an effect the engine does not know: " + info.effect());
            }
            this.el = info.el();
            this.el0EnableKey = info.el0EnableRegister() == null ? 0 : info.el0EnableRegister().pack();
            this.el0EnableMask = info.el0EnableMask();
        }

        @Override
        public String toString() {
            return info.toString();
        }
    }

    private static final Register[] BY_KEY = new Register[SysregEncoding.PACKED_LIMIT];
    private static final List<Register> ALL = new ArrayList<>();
    private static final Operation[] OPERATIONS = new Operation[SysregEncoding.PACKED_LIMIT];

    // The spec's registers with `state` and operations with `effect`, in spec order (isa-spec/system-registers.a64).
    static {
        for (SystemRegisterInfo info : A64SystemRegisters.REGISTERS) {
            if (info.implemented()) {
                Register r = new Register(info);
                BY_KEY[r.key] = r;
                ALL.add(r);
            }
        }
        for (SystemOperationInfo info : A64SystemRegisters.OPERATIONS) {
            if (info.implemented()) {
                OPERATIONS[info.encoding().pack()] = new Operation(info);
            }
        }
    }

    private static int locationKind(SystemRegisterInfo info) {
        int kind = LOCATION_NAMES.indexOf(info.state().location());
        if (kind < 0) {
            throw new IllegalStateException(info.location() + ": " + info.name() + " is kept in a location the engine does not know: "
                    + info.state().location());
        }
        return kind;
    }

    /**
     * A reset value or write mask: the spec's number, or this class's public constant of that name (values
     * computed from the feature table and the constants other semantics share).
     */
    private static long value(long number, String constant, SystemRegisterInfo info) {
        if (constant == null) {
            return number;
        }
        try {
            return SystemRegisters.class.getField(constant).getLong(null);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException(info.location() + ": " + info.name() + " names '" + constant
                    + "', which is not a numeric constant of SystemRegisters", e);
        }
    }

    private SystemRegisters() {
    }

    /** The register with this encoding key, or null when the engine does not provide it. */
    public static Register lookup(int key) {
        return BY_KEY[key];
    }

    public static Register lookup(String name) {
        for (Register r : ALL) {
            if (r.name.equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** The SYS operation with this encoding key (op0 = 1), or null when the engine does not provide it. */
    public static Operation operation(int key) {
        return OPERATIONS[key];
    }

    /** Whether SYS {@code op} at the current EL is {@link #ALLOWED}, {@link #UNDEFINED} or {@link #TRAPPED}. */
    public static int checkOperation(Cpu cpu, Operation op) {
        if (cpu.el < op.el) {
            return UNDEFINED;
        }
        if (cpu.el == 0 && op.el0EnableMask != 0 && (storeValue(cpu, op.el0EnableKey) & op.el0EnableMask) == 0) {
            return TRAPPED;
        }
        return ALLOWED;
    }

    /** All registers in table order. */
    public static List<Register> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** Whether MRS of {@code r} at the current EL is {@link #ALLOWED}, {@link #UNDEFINED} or {@link #TRAPPED}. */
    public static int checkRead(Cpu cpu, Register r) {
        return check(cpu, r, r.readEl);
    }

    /** Whether MSR of {@code r} at the current EL is {@link #ALLOWED}, {@link #UNDEFINED} or {@link #TRAPPED}. */
    public static int checkWrite(Cpu cpu, Register r) {
        return check(cpu, r, r.writeEl);
    }

    private static int check(Cpu cpu, Register r, int minEl) {
        if (cpu.el < minEl) {
            return UNDEFINED;
        }
        // C5.2 "SP_EL0": MRS/MSR SP_EL0 while PSTATE.SP == 0 is UNDEFINED.
        if (r.location == SP_EL0 && cpu.spsel == 0) {
            return UNDEFINED;
        }
        if (cpu.el == 0 && r.el0EnableMask != 0 && (storeValue(cpu, r.el0EnableKey) & r.el0EnableMask) == 0) {
            return TRAPPED;
        }
        return ALLOWED;
    }

    /** The value MRS reads (access already checked). */
    public static long read(Cpu cpu, Register r) {
        return switch (r.location) {
            case STORE -> cpu.sysregs.get(r.key, r.reset);
            case CONSTANT -> r.reset;
            case MPIDR -> cpu.mpidr;
            case PSTATE_BIT -> (cpu.sysregs.get(r.key, r.reset) & 1) << r.shift;
            case NZCV -> cpu.nzcv & 0xf0000000L;
            case DAIF -> cpu.daif & 0x3c0L;
            case FPCR -> cpu.fpcr;
            case FPSR -> cpu.fpsr;
            case TPIDR_EL0 -> cpu.tpidrEl0;
            case TPIDRRO_EL0 -> cpu.tpidrroEl0;
            case SP_EL0 -> cpu.spEl0;
            case SPSEL -> cpu.spsel;
            case CURRENT_EL -> (long) cpu.el << 2;
            // DCZID_EL0.DZP reads 1 at EL0 when SCTLR_EL1.DZE is 0 (DC ZVA would trap).
            case DCZID -> cpu.el == 0 && (sctlrEl1(cpu) & SCTLR_DZE) == 0 ? r.reset | 0x10 : r.reset;
            case PFR0 -> cpu.systemRegisterExtension != null ? r.reset | 1L << 24 : r.reset;
            case COUNTER -> GenericTimer.count();
            case TIMER -> switch (r.encoding.op2()) {
                case 0 -> cpu.timer.timerValue(r.shift);
                case 1 -> cpu.timer.control(r.shift);
                default -> cpu.timer.compareValue(r.shift);
            };
            case INTERRUPT_STATUS -> {
                int lines = cpu.interruptLines;
                yield ((lines & Cpu.LINE_IRQ) != 0 ? 1L << 7 : 0) | ((lines & Cpu.LINE_FIQ) != 0 ? 1L << 6 : 0)
                        | ((lines & Cpu.LINE_SERROR) != 0 ? 1L << 8 : 0);
            }
            // Write-only: reads only reach here from the VMM's register interface (MRS is UNDEFINED).
            case OS_LOCK_ACCESS -> 0;
            case OS_LOCK_STATUS -> OSLSR_OSLM | (cpu.sysregs.get(OSLSR_EL1_KEY, OSLSR_OSLK) & OSLSR_OSLK);
            case CLAIM_SET -> CLAIM_TAGS;
            case CLAIM_CLEAR -> cpu.sysregs.get(DBGCLAIMCLR_EL1_KEY, 0);
            default -> throw new IllegalStateException(r.name);
        };
    }

    /** MSR: writes the bits the register implements (access already checked). */
    public static void write(Cpu cpu, Register r, long value) {
        switch (r.location) {
            case STORE -> {
                cpu.sysregs.set(r.key, value & r.writeMask | r.reset & ~r.writeMask);
                if (cpu.mmu != null && (r.key == SCTLR_EL1_KEY || r.key == TCR_EL1_KEY || r.key == TTBR0_EL1_KEY
                        || r.key == TTBR1_EL1_KEY)) {
                    cpu.mmu.sync();
                }
            }
            case PSTATE_BIT -> setPstateBit(cpu, r.key, (int) (value >>> r.shift));
            case NZCV -> cpu.nzcv = (int) value & 0xf0000000;
            case DAIF -> cpu.daif = (int) value & 0x3c0;
            case FPCR -> cpu.fpcr = value & r.writeMask;
            case FPSR -> cpu.fpsr = value & r.writeMask;
            case TPIDR_EL0 -> cpu.tpidrEl0 = value;
            case TPIDRRO_EL0 -> cpu.tpidrroEl0 = value;
            case SP_EL0 -> cpu.spEl0 = value;
            case SPSEL -> cpu.spsel = (int) value & 1;
            case OS_LOCK_ACCESS -> cpu.sysregs.set(OSLSR_EL1_KEY, (value & 1) << 1);
            case TIMER -> {
                switch (r.encoding.op2()) {
                    case 0 -> cpu.timer.setTimerValue(r.shift, value);
                    case 1 -> cpu.timer.setControl(r.shift, value);
                    default -> cpu.timer.setCompareValue(r.shift, value);
                }
            }
            // MSR OSLSR_EL1 is UNDEFINED (checkWrite); this is the VMM's path, which may set OSLK as KVM's
            // userspace may (it saves and restores OSLSR_EL1, and emulates OSLAR_EL1 through it).
            case OS_LOCK_STATUS -> cpu.sysregs.set(OSLSR_EL1_KEY, value & OSLSR_OSLK);
            case CLAIM_SET -> cpu.sysregs.set(DBGCLAIMCLR_EL1_KEY, cpu.sysregs.get(DBGCLAIMCLR_EL1_KEY, 0) | value & CLAIM_TAGS);
            case CLAIM_CLEAR -> cpu.sysregs.set(DBGCLAIMCLR_EL1_KEY, cpu.sysregs.get(DBGCLAIMCLR_EL1_KEY, 0) & ~(value & CLAIM_TAGS));
            default -> throw new IllegalStateException(r.name + " is read-only");
        }
        if (r.debugControl) {
            SelfHostedDebug.update(cpu);
        }
    }

    private static long storeValue(Cpu cpu, int key) {
        Register r = BY_KEY[key];
        return cpu.sysregs.get(key, r.reset);
    }

    public static long sctlrEl1(Cpu cpu) {
        return cpu.sysregs.get(SCTLR_EL1_KEY, BY_KEY[SCTLR_EL1_KEY].reset);
    }

    public static long tcrEl1(Cpu cpu) {
        return cpu.sysregs.get(TCR_EL1_KEY, BY_KEY[TCR_EL1_KEY].reset);
    }

    /** PSTATE.{PAN, UAO, DIT, SSBS} as 0 or 1 (key is one of {@link #PAN_KEY} ...). */
    public static int pstateBit(Cpu cpu, int key) {
        return (int) cpu.sysregs.get(key, 0) & 1;
    }

    public static void setPstateBit(Cpu cpu, int key, int bit) {
        cpu.sysregs.set(key, bit & 1);
        if (cpu.mmu != null && (key == PAN_KEY || key == UAO_KEY)) {
            cpu.mmu.modeChanged();
        }
    }
}
