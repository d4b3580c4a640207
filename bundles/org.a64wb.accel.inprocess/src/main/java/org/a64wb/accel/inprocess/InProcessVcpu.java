package org.a64wb.accel.inprocess;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.RegisterWriteRejected;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.emulator.A64Executor;
import org.a64wb.emulator.ExceptionEntry;
import org.a64wb.emulator.Interpreter;
import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.debug.SelfHostedDebug;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PendingAbort;
import org.a64wb.emulator.mmu.Mmu;
import org.a64wb.emulator.semantics.SystemRegisters;
import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.MemoryAccess;
import org.a64wb.isa.api.sysreg.SysregEncoding;

/**
 * A vCPU on the interpreter. It runs the guest at EL1/EL0 and exits exactly where a hardware
 * hypervisor would: MMIO data aborts (with ISV only where the Arm ARM provides it), HVC, SMC, BRK,
 * instruction aborts, and, as the trap policy says, MSR/MRS/SYS and WFI/WFE before they execute.
 * Exceptions the guest handles itself (SVC, UNDEFINED, alignment faults, EL0 traps) are delivered
 * into the guest at EL1 through VBAR_EL1 without an exit.
 */
final class InProcessVcpu implements VirtualCpu {

    private static final A64InstructionSet A64 = new A64InstructionSet();
    /** ESR ECs of the Breakpoint and Watchpoint exceptions from a lower EL (+ 1: the same EL). */
    private static final int EC_BREAKPOINT_LOWER = 0x30;
    private static final int EC_WATCHPOINT_LOWER = 0x34;
    private static final long BATCH = 100_000;
    private static final boolean[] SYSREG_IDS = ids("MRS", "MSR_reg", "MSR_imm", "SYS", "SYSL");
    private static final boolean[] WFX_IDS = ids("WFI", "WFE");

    private final InProcessVm vm;
    private final int index;
    private final Cpu cpu = new Cpu();
    private final Mmu mmu;
    private final Interpreter<A64Executor> interpreter;
    private volatile boolean exitRequested;
    private final VcpuInterrupts interrupts;

    InProcessVcpu(InProcessVm vm, int index) {
        this.vm = vm;
        this.index = index;
        this.mmu = new Mmu(cpu, vm.memory());
        mmu.setBroadcast(vm::invalidateTlbs);
        this.interpreter = new Interpreter<>(cpu, vm.memory(), new A64Executor(cpu, vm.memory(), vm.contributed()));
        interpreter.leaveAbortsPending();
        // Reset state for a guest kernel: EL1h, interrupts masked, MMU off (Arm ARM D1.9 reset).
        cpu.el = 1;
        cpu.spsel = 1;
        cpu.daif = 0x3c0;
        interrupts = new VcpuInterrupts(vm, cpu, index);
        cpu.sendEvent = vm::sendEvent;
        applyTrapPolicy();
    }

    VcpuInterrupts interrupts() {
        return interrupts;
    }

    long mpidr() {
        return cpu.mpidr;
    }

    /**
     * Connects the CPU interface before the first instruction: the ICC_* registers are the accelerator's
     * GIC's, or, with the GIC in the VMM, exits to it.
     */
    private void connectInterruptController() {
        if (cpu.systemRegisterExtension != null) {
            return;
        }
        InterruptController controller = vm.interruptController();
        if (controller != null) {
            org.a64wb.gic.Gicv3 gic = controller.build(vm.vcpus());
            if (index >= gic.cpuCount()) {
                // As with KVM's vGIC: the redistributors are fixed when the first vCPU runs.
                throw new IllegalStateException("vCPU " + index + " was created after the interrupt controller was set up for "
                        + gic.cpuCount() + " vCPUs");
            }
            cpu.systemRegisterExtension = new IccRegisters(gic.cpuInterface(index));
        } else if (vm.vmmInterruptController()) {
            cpu.systemRegisterExtension = IccRegisters.FORWARDED;
        }
    }

    private static boolean[] ids(String... names) {
        List<EncodingInfo> encodings = A64.encodings();
        boolean[] ids = new boolean[encodings.size()];
        for (int i = 0; i < ids.length; i++) {
            for (String name : names) {
                if (encodings.get(i).name().equals(name)) {
                    ids[i] = true;
                }
            }
        }
        return ids;
    }

    void applyTrapPolicy() {
        TrapPolicy policy = vm.trapPolicy();
        if (!policy.systemRegisters() && !policy.waitForInterrupt()) {
            interpreter.trapEncodings(null);
            return;
        }
        boolean[] trapped = new boolean[SYSREG_IDS.length];
        for (int i = 0; i < trapped.length; i++) {
            trapped[i] = policy.systemRegisters() && SYSREG_IDS[i] || policy.waitForInterrupt() && WFX_IDS[i];
        }
        interpreter.trapEncodings(trapped);
    }

    @Override
    public int index() {
        return index;
    }

    /**
     * The address after the instruction the last exit left to the VMM to complete (an MMIO access, a trapped system
     * register, WFx or SMC), or -1. When the vCPU resumes there the VMM completed it, which for software step is
     * what completing it here would have been: PSTATE.SS becomes 0, as KVM's kvm_skip_instr does.
     */
    private long completedByVmm = -1;

    /** Exits whose instruction the VMM completes by advancing PC past it. */
    private Exit leftToVmm(Exit exit, long pc) {
        completedByVmm = pc + 4;
        return exit;
    }

    private void resume() {
        if (completedByVmm != -1) {
            if (cpu.pc == completedByVmm && cpu.softwareStep) {
                SelfHostedDebug.completed(cpu, false);
            }
            completedByVmm = -1;
        }
    }

    @Override
    public Exit run() {
        exitRequested = false;
        connectInterruptController();
        resume();
        while (true) {
            if (exitRequested) {
                exitRequested = false;
                return new Exit.Canceled(cpu.pc);
            }
            Exit exit = execute(BATCH);
            if (exit != null) {
                return exit;
            }
        }
    }

    @Override
    public Exit step() {
        connectInterruptController();
        resume();
        long pc = cpu.pc;
        Exit exit = execute(1);
        return exit != null ? exit : new Exit.SoftwareStep(Syndrome.softwareStep(), pc);
    }

    /** Runs up to {@code limit} instructions; returns the exit, or null to keep going. */
    private Exit execute(long limit) {
        try {
            interpreter.run(limit);
            PendingAbort abort = cpu.pendingAbort;
            if (abort.pending) {
                abort.clear();
                // The word the interpreter or compiled block was executing: no fetch through the MMU again.
                return dataAbort(dataAbortSyndrome(interpreter.executor().word(), abort.write()), abort.address(), abort.virtualAddress());
            }
            return null;
        } catch (MemoryAbort abort) {
            return dataAbort(abort);
        } catch (GuestException e) {
            return exception(e);
        } catch (IccRegisters.Forwarded f) {
            return leftToVmm(new Exit.SystemRegisterAccess(Syndrome.systemRegister(SysregEncoding.unpack(f.key), f.rt, f.read), cpu.pc), cpu.pc);
        }
    }

    private static final int DESCRIBED_WORDS = 64;
    /**
     * The syndromes last made for a data abort, direct-mapped by the instruction word and direction: a guest that
     * talks to a device runs the same few loads and stores again and again, and decoding one costs more than the
     * rest of the exit.
     */
    private final int[] describedWords = new int[DESCRIBED_WORDS];
    private final boolean[] describedWrites = new boolean[DESCRIBED_WORDS];
    private final Syndrome[] describedSyndromes = new Syndrome[DESCRIBED_WORDS];

    /** The syndrome of a data abort by the instruction {@code word} (ISV as {@link IsvRule} says). */
    private Syndrome dataAbortSyndrome(int word, boolean write) {
        int slot = (word ^ word >>> 10 ^ word >>> 21) & DESCRIBED_WORDS - 1;
        Syndrome syndrome = describedSyndromes[slot];
        if (syndrome != null && describedWords[slot] == word && describedWrites[slot] == write) {
            return syndrome;
        }
        int id = A64.decode(word);
        MemoryAccess access = id < 0 ? null : A64.memoryAccess(id, word).orElse(null);
        syndrome = IsvRule.syndrome(access, write, Syndrome.FSC_TRANSLATION_L3);
        describedWords[slot] = word;
        describedWrites[slot] = write;
        describedSyndromes[slot] = syndrome;
        return syndrome;
    }

    /** A thrown abort (DC ZVA, exclusives and atomics on a device): the instruction is fetched again to describe it. */
    private Exit dataAbort(MemoryAbort abort) {
        Syndrome syndrome;
        long pcAddress = mmu.peek(cpu.pc);
        if (pcAddress != -1 && vm.memory().isRam(pcAddress, 4)) {
            syndrome = dataAbortSyndrome(vm.memory().read32(pcAddress), abort.write());
        } else {
            syndrome = IsvRule.syndrome(null, abort.write(), Syndrome.FSC_TRANSLATION_L3);
        }
        return dataAbort(syndrome, abort.address(), abort.virtualAddress());
    }

    /**
     * An access of the instruction at PC whose (translated) address no RAM backs: the MMIO exit, with FAR = the VA
     * the instruction used and HPFAR = the IPA's page, as a stage-2 fault reports them (stage-1 faults never get
     * here: the guest takes them).
     */
    private Exit dataAbort(Syndrome syndrome, long ipa, long far) {
        long pc = cpu.pc;
        InterruptController controller = vm.interruptController();
        if (controller != null && syndrome.isv() && controller.claims(ipa)) {
            emulateGicAccess(controller, syndrome, ipa);
            return null;
        }
        return leftToVmm(new Exit.DataAbort(syndrome, pc, far, (ipa >>> 12) << 4), pc);
    }

    /** The IPA stage 1 maps {@code va} to (an EL1 read, no permission check), or -1 (see VirtualCpu#translate). */
    @Override
    public long translate(long va) {
        return mmu.peek(va);
    }

    /** Inner-shareable TLB maintenance from another vCPU (or this one): see Mmu.Broadcast. */
    void invalidateTlb(int operation, long operand) {
        mmu.invalidate(operation, operand);
    }

    /**
     * A GIC register access completes inside the accelerator, as KVM's vgic-mmio does from the syndrome
     * (ISV = 1: SAS, SSE, SRT, SF, WnR); an ISV = 0 access to the GIC still exits.
     */
    private void emulateGicAccess(InterruptController controller, Syndrome syndrome, long ipa) {
        int size = 1 << syndrome.sas();
        int rt = syndrome.srt();
        if (syndrome.wnr()) {
            long value = cpu.x(rt);
            controller.write(ipa, size, size == 8 ? value : value & (1L << 8 * size) - 1);
        } else {
            long value = controller.read(ipa, size);
            if (syndrome.sse() && size < 8) {
                value = value << (64 - 8 * size) >> (64 - 8 * size);
            }
            cpu.setX(rt, syndrome.sf() ? value : value & 0xffffffffL);
        }
        cpu.pc += 4;
        cpu.instructions++;
        completeStep();
    }

    /** A trapped instruction completed here, outside the interpreter: the software step it was under is done. */
    private void completeStep() {
        if (cpu.softwareStep) {
            SelfHostedDebug.completed(cpu, false);
        }
    }

    private Exit exception(GuestException e) {
        switch (e.kind()) {
            case HYPERVISOR_CALL -> {
                cpu.pc = e.returnAddress();
                return new Exit.HypervisorCall(Syndrome.hvc((int) e.immediate()), e.pc());
            }
            case SECURE_MONITOR_CALL -> {
                return leftToVmm(new Exit.SecureMonitorCall(Syndrome.smc((int) e.immediate()), e.pc()), e.pc());
            }
            case HARDWARE_BREAKPOINT, WATCHPOINT, SOFTWARE_STEP -> {
                // Self-hosted debug exceptions always go to the guest's EL1 (no EL2 routing, MDCR_EL2.TDE = 0):
                // EC + 1 when taken from EL1. FAR_EL1 is UNKNOWN for breakpoints and steps: a breakpoint writes 0
                // and a step leaves it, as QEMU does.
                int ec = switch (e.kind()) {
                    case HARDWARE_BREAKPOINT -> EC_BREAKPOINT_LOWER;
                    case WATCHPOINT -> EC_WATCHPOINT_LOWER;
                    default -> Syndrome.EC_SOFTWARE_STEP_LOWER;
                } + (cpu.el == 0 ? 0 : 1);
                long esr = (long) ec << 26 | 1L << 25 | e.immediate();
                if (e.kind() == GuestException.Kind.SOFTWARE_STEP) {
                    ExceptionEntry.takeLeavingFar(cpu, esr, e.pc());
                } else {
                    ExceptionEntry.take(cpu, esr, e.address(), e.pc());
                }
                return null;
            }
            case BREAKPOINT -> {
                return new Exit.Breakpoint(Syndrome.brk((int) e.immediate()), e.pc());
            }
            case INSTRUCTION_ABORT -> {
                return instructionAbort(e);
            }
            case TRAPPED -> {
                return trapped(e);
            }
            case WAIT_FOR_INTERRUPT, WAIT_FOR_EVENT -> {
                // Not trapped. With no interrupt controller nothing could ever wake the vCPU, and the Arm ARM
                // allows WFI/WFE to complete at any time, so they complete at once; otherwise the vCPU sleeps.
                cpu.pc = e.returnAddress();
                if (vm.interruptsWired()) {
                    if (e.kind() == GuestException.Kind.WAIT_FOR_INTERRUPT) {
                        interrupts.waitForInterrupt(Long.MAX_VALUE, () -> exitRequested);
                    } else {
                        interrupts.waitForEvent(() -> exitRequested);
                    }
                }
                return null;
            }
            case SUPERVISOR_CALL -> {
                ExceptionEntry.take(cpu, Syndrome.svc((int) e.immediate()).value(), 0, e.returnAddress());
                return null;
            }
            case UNDEFINED, HALT -> {
                // HLT is UNDEFINED unless halting debug is enabled (EDSCR.HDE), which no external debugger here sets.
                ExceptionEntry.take(cpu, Syndrome.unknown().value(), 0, e.pc());
                return null;
            }
            case DATA_ABORT -> {
                // A stage-1 fault: ISS = DFSC and WnR from the MMU; ISV = 0 (ISV is only for aborts taken to EL2).
                int ec = cpu.el == 0 ? Syndrome.EC_DATA_ABORT_LOWER : Syndrome.EC_DATA_ABORT_LOWER + 1;
                ExceptionEntry.take(cpu, (long) ec << 26 | 1L << 25 | e.immediate(), e.address(), e.pc());
                return null;
            }
            case ALIGNMENT_FAULT -> {
                int ec = cpu.el == 0 ? Syndrome.EC_DATA_ABORT_LOWER : Syndrome.EC_DATA_ABORT_LOWER + 1;
                long esr = (long) ec << 26 | 1L << 25 | Syndrome.FSC_ALIGNMENT;
                ExceptionEntry.take(cpu, esr, e.address(), e.pc());
                return null;
            }
            case PC_ALIGNMENT -> {
                ExceptionEntry.take(cpu, (long) Syndrome.EC_PC_ALIGNMENT << 26 | 1L << 25, e.pc(), e.pc());
                return null;
            }
            case SYSTEM_REGISTER -> {
                ExceptionEntry.take(cpu, sysregSyndrome(e.word()).value(), 0, e.pc());
                return null;
            }
            default -> {
                return new Exit.GuestFault(Syndrome.unknown(), e.pc(), e.getMessage());
            }
        }
    }

    /**
     * A fetch outside RAM is taken by the guest, as KVM injects a prefetch abort for a fetch from an IPA
     * no memslot backs: EC 0x20 from EL0, 0x21 from EL1, IL = 1, IFSC = 0b010000 (synchronous external
     * abort, not on a translation table walk), FAR_EL1 = ELR_EL1 = the PC (Arm ARM
     * D17.2.37 "ESR_EL1", ISS encoding for an exception from an Instruction Abort). A stage-1 fault on the
     * fetch is taken the same way with the MMU's IFSC (the exception's immediate). Only when the vector
     * the abort would go to is the faulting address itself (VBAR_EL1 not in RAM) does the vCPU stop: the
     * guest could never make progress, and a report is worth more than a silent loop.
     */
    private Exit instructionAbort(GuestException e) {
        long pc = e.pc();
        if (ExceptionEntry.vector(cpu) == pc) {
            return new Exit.GuestFault(instructionAbortSyndrome((int) e.immediate()), pc,
                    String.format("instruction fetch at 0x%x is outside RAM, and so is the vector VBAR_EL1 + 0x%x that would take it",
                            pc, pc - ExceptionEntry.vbar(cpu)));
        }
        ExceptionEntry.take(cpu, instructionAbortSyndrome((int) e.immediate()).value(), e.address(), pc);
        return null;
    }

    private Syndrome instructionAbortSyndrome(int ifsc) {
        long esr = Syndrome.instructionAbort(ifsc).value() | (cpu.el == 0 ? 0 : 1L << 26);
        return new Syndrome(esr);
    }

    private Exit trapped(GuestException e) {
        String name = A64.encodings().get((int) e.immediate()).name();
        if (name.equals("WFI") || name.equals("WFE")) {
            return leftToVmm(new Exit.WaitForInterrupt(Syndrome.wfx(name.equals("WFE")), e.pc()), e.pc());
        }
        if (name.equals("SYS") && translationMaintenance(e.word())) {
            try {
                executeTranslationMaintenance(e);
                return null;
            } catch (MemoryAbort abort) {
                return dataAbort(abort);
            } catch (GuestException fault) {
                return exception(fault);
            }
        }
        return leftToVmm(new Exit.SystemRegisterAccess(sysregSyndrome(e.word()), e.pc()), e.pc());
    }

    /** DC ZVA: op1 = 3, CRn = 7, CRm = 4, op2 = 1 in the SYS word's bits 18:5. */
    private static final int DC_ZVA = 0x37420;
    private static final int SYS_FIELDS = 0x7ffe0;

    /**
     * TLBI, AT and DC ZVA stay in the accelerator even when every SYS traps: they need the guest's stage-1
     * translation and the TLB, which are the accelerator's, as a hypervisor that leaves HCR_EL2.TTLB, the AT traps
     * and HCR_EL2.TDZ clear lets the hardware do them. Whether {@code word} is one (the Armv8.0 EL1 TLBI forms).
     */
    private static boolean translationMaintenance(int word) {
        int op1 = word >>> 16 & 7;
        int crn = word >>> 12 & 15;
        int crm = word >>> 8 & 15;
        int op2 = word >>> 5 & 7;
        boolean tlbi = op1 == 0 && crn == 8 && (crm == 3 || crm == 7) && op2 != 4 && op2 != 6;
        boolean at = op1 == 0 && crn == 7 && crm == 8 && op2 <= 3;
        return tlbi || at || (word & SYS_FIELDS) == DC_ZVA;
    }

    /** Executes a {@link #translationMaintenance} word as the emulator would (faults are thrown as there). */
    private void executeTranslationMaintenance(GuestException e) {
        int word = e.word();
        long operand = cpu.x(word & 31);
        if ((word & SYS_FIELDS) == DC_ZVA) {
            if (cpu.el == 0 && (SystemRegisters.sctlrEl1(cpu) & SystemRegisters.SCTLR_DZE) == 0) {
                ExceptionEntry.take(cpu, sysregSyndrome(word).value(), 0, e.pc());
                return;
            }
            if (cpu.debugArmed) {
                SelfHostedDebug.checkAccess(cpu, operand & -SystemRegisters.DCZ_BLOCK_SIZE, SystemRegisters.DCZ_BLOCK_SIZE, false, true, true,
                        word);
            }
            long pa = (cpu.translation == null ? operand : cpu.translation.physical(operand, 1, true)) & -SystemRegisters.DCZ_BLOCK_SIZE;
            if (!vm.memory().isRam(pa, SystemRegisters.DCZ_BLOCK_SIZE)) {
                throw new MemoryAbort(pa, SystemRegisters.DCZ_BLOCK_SIZE, true, operand);
            }
            for (int i = 0; i < SystemRegisters.DCZ_BLOCK_SIZE; i += 8) {
                vm.memory().write64(pa + i, 0);
            }
        } else if (cpu.el == 0) {
            ExceptionEntry.take(cpu, Syndrome.unknown().value(), 0, e.pc());
            return;
        } else if ((word >>> 12 & 15) == 8) {
            mmu.tlbi(word >>> 8 & 15, word >>> 5 & 7, operand);
        } else {
            mmu.at(word >>> 5 & 7, operand);
        }
        cpu.pc = e.pc() + 4;
        cpu.instructions++;
        completeStep();
    }

    /** EC 0x18 syndrome of an MSR/MRS/SYS/SYSL word (bits [20:5] the encoding, [4:0] Rt; L in bit 21). */
    static Syndrome sysregSyndrome(int word) {
        return Syndrome.systemRegister(SysregEncoding.fromInstruction(word), word & 31, (word >>> 21 & 1) != 0);
    }

    @Override
    public void requestExit() {
        exitRequested = true;
        interrupts.wake();
    }

    @Override
    public void setInterruptInputs(boolean irq, boolean fiq) {
        vm.useVmmInterruptController();
        interrupts.setInputs(irq, fiq);
    }

    @Override
    public void setTimerOutput(TimerOutput output) {
        vm.useVmmInterruptController();
        interrupts.setTimerOutput(output);
    }

    @Override
    public boolean waitForInterrupt(long timeoutNanos) {
        if (!vm.interruptsWired()) {
            return true;
        }
        return interrupts.waitForInterrupt(timeoutNanos, () -> exitRequested);
    }

    @Override
    public long[] registerList() {
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n <= 30; n++) {
            ids.add(RegisterId.x(n));
        }
        ids.addAll(List.of(RegisterId.SP, RegisterId.PC, RegisterId.PSTATE, RegisterId.SP_EL1, RegisterId.ELR_EL1, RegisterId.SPSR_EL1));
        for (int n = 0; n < 32; n++) {
            ids.add(RegisterId.v(n));
        }
        ids.add(RegisterId.FPSR);
        ids.add(RegisterId.FPCR);
        for (SystemRegisters.Register r : SystemRegisters.all()) {
            ids.add(RegisterId.sysreg(r.encoding));
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** The id of X0 (KVM core register, 64 bits): X{n} is this plus 2n, PC this plus 64 (ids count 32-bit words). */
    private static final long CORE_X0 = RegisterId.x(0);
    private static final int CORE_WORDS_X = 62;

    @Override
    public long getRegister(long id) {
        // X0..X30 first, by arithmetic: a trap handler moves some on every exit.
        long word = id - CORE_X0;
        if (word >= 0 && word < CORE_WORDS_X && (word & 1) == 0) {
            return cpu.x[(int) word >>> 1];
        }
        if (RegisterId.isSysreg(id)) {
            SystemRegisters.Register r = SystemRegisters.lookup(RegisterId.sysregKey(id));
            if (r == null) {
                return readCpuInterface(id);
            }
            return SystemRegisters.read(cpu, r);
        }
        if (id == RegisterId.SP) {
            return cpu.spEl0;
        }
        if (id == RegisterId.PC) {
            return cpu.pc;
        }
        if (id == RegisterId.PSTATE) {
            return ExceptionEntry.spsr(cpu);
        }
        if (id == RegisterId.SP_EL1) {
            return cpu.spEl1;
        }
        if (id == RegisterId.ELR_EL1) {
            return SystemRegisters.read(cpu, SystemRegisters.lookup("ELR_EL1"));
        }
        if (id == RegisterId.SPSR_EL1) {
            return SystemRegisters.read(cpu, SystemRegisters.lookup("SPSR_EL1"));
        }
        if (id == RegisterId.FPSR) {
            return cpu.fpsr;
        }
        if (id == RegisterId.FPCR) {
            return cpu.fpcr;
        }
        throw new IllegalArgumentException("unknown register " + RegisterId.name(id) + " (128-bit registers: getVector)");
    }

    @Override
    public void setRegister(long id, long value) throws RegisterWriteRejected {
        if (id == RegisterId.MPIDR_EL1) {
            // Read-only to the guest, but the VMM assigns each vCPU its affinity (KVM allows this through ONE_REG).
            if ((value & 0xffffff00ff000000L & ~(1L << 31)) != 0 || (value & 1L << 31) == 0) {
                throw new RegisterWriteRejected(id, "MPIDR_EL1 takes affinity fields only, with RES1 bit 31 set");
            }
            cpu.mpidr = value;
            return;
        }
        long word = id - CORE_X0;
        if (word >= 0 && word < CORE_WORDS_X && (word & 1) == 0) {
            cpu.x[(int) word >>> 1] = value;
            return;
        }
        if (id == RegisterId.PC) {
            if ((value & 3) != 0) {
                throw new RegisterWriteRejected(id, "PC must be 4-byte aligned");
            }
            cpu.pc = value;
            return;
        }
        if (RegisterId.isSysreg(id)) {
            SystemRegisters.Register r = SystemRegisters.lookup(RegisterId.sysregKey(id));
            if (r == null) {
                writeCpuInterface(id, value);
                return;
            }
            long current = SystemRegisters.read(cpu, r);
            if (value == current) {
                return;
            }
            try {
                SystemRegisters.write(cpu, r, value);
            } catch (IllegalStateException readOnly) {
                throw new RegisterWriteRejected(id, "read-only (value stays 0x" + Long.toHexString(current) + ")");
            }
            return;
        }
        if (id == RegisterId.SP) {
            cpu.spEl0 = value;
        } else if (id == RegisterId.PSTATE) {
            int m = (int) value & 0xf;
            if (m != 0 && m != 4 && m != 5) {
                throw new RegisterWriteRejected(id, "only EL0t, EL1t and EL1h are implemented");
            }
            cpu.nzcv = (int) value & 0xf0000000;
            cpu.daif = (int) value & 0x3c0;
            cpu.el = m >>> 2;
            cpu.spsel = m & 1;
            // The PSTATE bits the engine keeps beside NZCV/DAIF/EL/SP (SPSR layout), so a VMM's write-back of the
            // PSTATE it read never drops PAN, UAO, DIT or SSBS; the MMU re-derives its checks from EL and PAN.
            SystemRegisters.setPstateBit(cpu, SystemRegisters.PAN_KEY, (int) (value >>> 22));
            SystemRegisters.setPstateBit(cpu, SystemRegisters.UAO_KEY, (int) (value >>> 23));
            SystemRegisters.setPstateBit(cpu, SystemRegisters.DIT_KEY, (int) (value >>> 24));
            SystemRegisters.setPstateBit(cpu, SystemRegisters.SSBS_KEY, (int) (value >>> 12));
            cpu.softwareStep = (value & SelfHostedDebug.SPSR_SS) != 0;
            if (cpu.mmu != null) {
                cpu.mmu.modeChanged();
            }
        } else if (id == RegisterId.SP_EL1) {
            cpu.spEl1 = value;
        } else if (id == RegisterId.ELR_EL1) {
            SystemRegisters.write(cpu, SystemRegisters.lookup("ELR_EL1"), value);
        } else if (id == RegisterId.SPSR_EL1) {
            SystemRegisters.write(cpu, SystemRegisters.lookup("SPSR_EL1"), value);
        } else if (id == RegisterId.FPSR) {
            cpu.fpsr = value & SystemRegisters.FPSR_MASK;
        } else if (id == RegisterId.FPCR) {
            cpu.fpcr = value & SystemRegisters.FPCR_MASK;
        } else {
            throw new RegisterWriteRejected(id, "no such register");
        }
    }

    /**
     * The accelerator's GIC CPU interface through the register interface, so a VMM that traps every
     * system-register access (--trap-all) performs ICC_* accesses on it, side effects included (an IAR read
     * acknowledges). A write-only register (EOIR, DIR, SGI1R ...) reads as all ones: no meaningful write
     * equals that, so a VMM that writes back only changed values still performs every write.
     */
    private long readCpuInterface(long id) {
        connectInterruptController();
        int key = RegisterId.sysregKey(id);
        if (!(cpu.systemRegisterExtension instanceof IccRegisters icc) || !IccRegisters.exists(key, true) && !IccRegisters.exists(key, false)) {
            throw new IllegalArgumentException("unknown register " + RegisterId.name(id));
        }
        return IccRegisters.exists(key, true) ? icc.read(key, 0) : -1L;
    }

    private void writeCpuInterface(long id, long value) throws RegisterWriteRejected {
        connectInterruptController();
        int key = RegisterId.sysregKey(id);
        if (!(cpu.systemRegisterExtension instanceof IccRegisters icc) || !IccRegisters.exists(key, false)) {
            throw new RegisterWriteRejected(id, "no such register");
        }
        icc.write(key, 0, value);
    }

    @Override
    public long[] getVector(int n) {
        return new long[] {cpu.vLow(n), cpu.vHigh(n)};
    }

    @Override
    public void setVector(int n, long low, long high) {
        cpu.setV(n, low, high);
    }

    @Override
    public void injectSynchronousException(Syndrome syndrome, long far) {
        ExceptionEntry.take(cpu, syndrome.value(), far, cpu.pc);
    }

    @Override
    public long instructions() {
        return cpu.instructions;
    }
}
