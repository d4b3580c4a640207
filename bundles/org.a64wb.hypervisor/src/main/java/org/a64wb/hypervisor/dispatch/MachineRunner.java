package org.a64wb.hypervisor.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.RegisterWriteRejected;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.mmio.MmioBus;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.VcpuRegisters;
import org.a64wb.isa.api.InstructionSets;

/**
 * Runs a machine: one thread per powered-on vCPU, each a short loop of run, exit, contributed
 * handlers, resume (Firecracker's shape). The machine ends on SYSTEM_OFF, SYSTEM_RESET, when every
 * vCPU is off, or when a vCPU stops on an exit no handler claims (with a report).
 */
public final class MachineRunner implements Machine {

    /** How a run ended. */
    public record Result(Ending ending, String report) {
    }

    public enum Ending { POWER_OFF, RESET, ALL_VCPUS_OFF, UNHANDLED_EXIT }

    private final VirtualMachine vm;
    private final VirtualCpu[] vcpus;
    private final PowerState[] states;
    private final TrapHandlerRegistry handlers;
    private final MmioBus bus;
    private final InstructionSets isa;
    private final Conduit conduit;
    private final SmcPolicy smcPolicy;
    private final TrapStatistics statistics;
    /**
     * Exits handled per vCPU, 8 longs apart (a cache line each: every vCPU thread writes its own on every exit).
     * One exit in {@link #TIMED_EXITS} per vCPU is timed for the statistics (see TrapStatistics).
     */
    private final long[] exits;
    static final int TIMED_EXITS = 16;
    private final AtomicReference<Result> result = new AtomicReference<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private int running;
    /** Each vCPU under the debugger (run --gdb), or null. */
    private volatile AllStopControl.Participant[] debugged;

    public MachineRunner(VirtualMachine vm, int vcpuCount, TrapHandlerRegistry handlers, MmioBus bus, InstructionSets isa, Conduit conduit,
            SmcPolicy smcPolicy, TrapStatistics statistics) {
        this.vm = vm;
        this.vcpus = new VirtualCpu[vcpuCount];
        this.states = new PowerState[vcpuCount];
        for (int i = 0; i < vcpuCount; i++) {
            vcpus[i] = vm.createVcpu(i);
            states[i] = PowerState.OFF;
            try {
                vcpus[i].setRegister(RegisterId.MPIDR_EL1, 1L << 31 | mpidr(i));
            } catch (RegisterWriteRejected e) {
                throw new IllegalStateException("the accelerator does not let the VMM set MPIDR_EL1: " + e.getMessage());
            }
        }
        this.handlers = handlers;
        this.bus = bus;
        this.isa = isa;
        this.conduit = conduit;
        this.smcPolicy = smcPolicy;
        this.statistics = statistics;
        this.exits = new long[8 * vcpuCount];
    }

    public VirtualCpu vcpu(int index) {
        return vcpus[index];
    }

    public TrapStatistics statistics() {
        return statistics;
    }

    /**
     * Puts every vCPU (gdb thread index + 1) under {@code control} before {@link #run}: each one then
     * waits at its first instruction for the debugger.
     */
    public void debug(AllStopControl control) {
        AllStopControl.Participant[] participants = new AllStopControl.Participant[vcpus.length];
        for (int i = 0; i < vcpus.length; i++) {
            participants[i] = control.register(i + 1, vcpus[i]::requestExit);
        }
        debugged = participants;
    }

    /**
     * One run under the debugger: the checkpoint decides between a single step (breakpoints set, or
     * stepping) and a run until an exit or the debugger's kick; null when the vCPU is to go round again.
     */
    private Exit debugRun(AllStopControl.Participant participant, VirtualCpu vcpu) {
        long budget = participant.checkpoint(vcpu.getRegister(RegisterId.PC), Long.MAX_VALUE);
        if (budget == 0) {
            return null;
        }
        try {
            Exit exit = budget == 1 ? vcpu.step() : vcpu.run();
            return exit instanceof Exit.SoftwareStep || exit instanceof Exit.Canceled ? null : exit;
        } finally {
            participant.outside();
        }
    }

    /** Powers on vCPU 0 with the registers already set by the loader, and waits for the machine to end. */
    public Result run() throws InterruptedException {
        synchronized (this) {
            states[0] = PowerState.ON;
            launch(0);
        }
        done.await();
        for (VirtualCpu vcpu : vcpus) {
            vcpu.requestExit();
        }
        for (Thread thread : List.copyOf(threads)) {
            thread.join(2000);
        }
        return result.get();
    }

    private void launch(int index) {
        running++;
        Thread thread = new Thread(() -> loop(index), "vcpu-" + index);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Ends the run from outside (gdb's kill) with {@code report}, as a power-off. */
    public void terminate(String report) {
        finish(new Result(Ending.POWER_OFF, report));
    }

    private void finish(Result r) {
        if (result.compareAndSet(null, r)) {
            done.countDown();
        }
    }

    private void loop(int index) {
        VirtualCpu vcpu = vcpus[index];
        try {
            AllStopControl.Participant[] participants = debugged;
            while (result.get() == null) {
                Exit exit = participants == null ? vcpu.run() : debugRun(participants[index], vcpu);
                if (exit == null || exit instanceof Exit.Canceled) {
                    continue;
                }
                Outcome outcome = dispatch(index, vcpu, exit);
                if (outcome == null) {
                    return;
                }
                switch (outcome) {
                    case POWER_OFF -> finish(new Result(Ending.POWER_OFF, "system off requested by vCPU " + index));
                    case RESET -> finish(new Result(Ending.RESET, "system reset requested by vCPU " + index));
                    case STOP_VCPU -> {
                        stopped(index);
                        return;
                    }
                    default -> { }
                }
            }
        } catch (RuntimeException e) {
            finish(new Result(Ending.UNHANDLED_EXIT, "vCPU " + index + " failed: " + e));
        }
    }

    private synchronized void stopped(int index) {
        states[index] = PowerState.OFF;
        running--;
        if (running == 0) {
            finish(new Result(Ending.ALL_VCPUS_OFF, "every vCPU is off"));
        }
    }

    /** Asks the handlers in order; null when no one handled the exit (the machine then ends with a report). */
    Outcome dispatch(int index, VirtualCpu vcpu, Exit exit) {
        Syndrome syndrome = ExitReport.syndromeOf(exit);
        Context context = new Context(index, vcpu, exit, syndrome);
        long x0 = syndrome.ec() == Syndrome.EC_HVC64 || syndrome.ec() == Syndrome.EC_SMC64 ? context.registers().x(0) : 0;
        boolean timed = (exits[8 * index]++ & TIMED_EXITS - 1) == 0;
        long start = timed ? System.nanoTime() : 0;
        HandlerRegistration[] candidates = handlers.forClass(syndrome.ec());
        for (int i = TrapHandlerRegistry.next(candidates, 0, syndrome, x0); i >= 0; i = TrapHandlerRegistry.next(candidates, i + 1, syndrome, x0)) {
            HandlerRegistration registration = candidates[i];
            long handlerStart = i == 0 || !timed ? start : System.nanoTime();
            Outcome outcome = registration.handler().handle(context);
            if (outcome == Outcome.DECLINE) {
                continue;
            }
            context.complete();
            if (timed) {
                long end = System.nanoTime();
                statistics.record(registration.statisticsKey(), end - handlerStart);
                statistics.record(HandlerRegistration.exceptionClassKey(syndrome.ec()), end - start);
            } else {
                statistics.recordUntimed(registration.statisticsKey());
                statistics.recordUntimed(HandlerRegistration.exceptionClassKey(syndrome.ec()));
            }
            return outcome;
        }
        finish(new Result(Ending.UNHANDLED_EXIT, ExitReport.describe(index, exit, vm, isa)));
        return null;
    }

    // ---- Machine ----

    @Override
    public int vcpuCount() {
        return vcpus.length;
    }

    @Override
    public synchronized PowerState powerState(int vcpu) {
        return states[vcpu];
    }

    @Override
    public synchronized void startVcpu(int index, long entry, long contextId) {
        if (states[index] != PowerState.OFF) {
            throw new IllegalStateException("vCPU " + index + " is " + states[index]);
        }
        VirtualCpu vcpu = vcpus[index];
        try {
            vcpu.setRegister(RegisterId.PSTATE, 0x3c5);
            vcpu.setRegister(RegisterId.PC, entry);
            vcpu.setRegister(RegisterId.x(0), contextId);
            vcpu.setRegister(RegisterId.SCTLR_EL1, vcpu.getRegister(RegisterId.SCTLR_EL1) & ~1L);
        } catch (RegisterWriteRejected e) {
            throw new IllegalArgumentException("cannot start vCPU " + index + ": " + e.getMessage());
        }
        states[index] = PowerState.ON;
        launch(index);
    }

    @Override
    public long mpidr(int vcpu) {
        return vcpu & 0xffL;
    }

    @Override
    public int vcpuByMpidr(long mpidr) {
        long affinity = mpidr & 0xff00ffffffL;
        return affinity < vcpus.length ? (int) affinity : -1;
    }

    @Override
    public Conduit conduit() {
        return conduit;
    }

    @Override
    public SmcPolicy smcPolicy() {
        return smcPolicy;
    }

    /** The handler's view of one exit; deferred injections run after the register write-back. */
    private final class Context implements TrapContext {
        private final int index;
        private final VirtualCpu vcpu;
        private final Exit exit;
        private final Syndrome syndrome;
        private final LazyRegisters registers;
        private Runnable injection;

        Context(int index, VirtualCpu vcpu, Exit exit, Syndrome syndrome) {
            this.index = index;
            this.vcpu = vcpu;
            this.exit = exit;
            this.syndrome = syndrome;
            this.registers = new LazyRegisters(vcpu);
        }

        void complete() {
            registers.writeBack();
            if (injection != null) {
                injection.run();
            }
        }

        @Override
        public Exit exit() {
            return exit;
        }

        @Override
        public VirtualCpu vcpu() {
            return vcpu;
        }

        @Override
        public Syndrome syndrome() {
            return syndrome;
        }

        @Override
        public long pc() {
            return ExitReport.pcOf(exit);
        }

        @Override
        public int vcpuIndex() {
            return index;
        }

        @Override
        public VcpuRegisters registers() {
            return registers;
        }

        @Override
        public VirtualMachine vm() {
            return vm;
        }

        @Override
        public Machine machine() {
            return MachineRunner.this;
        }

        @Override
        public MmioBus bus() {
            return bus;
        }

        @Override
        public void advancePc() {
            registers.setPc(pc() + 4);
        }

        @Override
        public void injectUndefined() {
            injection = () -> {
                // UNDEFINED's preferred return address is the instruction; after an HVC exit PC is already past it.
                if (exit instanceof Exit.HypervisorCall) {
                    try {
                        vcpu.setRegister(RegisterId.PC, pc());
                    } catch (RegisterWriteRejected e) {
                        throw new IllegalStateException(e);
                    }
                }
                vcpu.injectSynchronousException(Syndrome.unknown(), 0);
            };
        }

        @Override
        public long translate(long va) {
            return vcpu.translate(va);
        }

        @Override
        public void injectException(Syndrome syndrome, long far) {
            injection = () -> vcpu.injectSynchronousException(syndrome, far);
        }

        @Override
        public void injectExternalDataAbort(long address) {
            injection = () -> {
                // The guest sees EC 0x24 from EL0 and 0x25 from EL1 (Arm ARM: "Data Abort taken without a change in EL").
                boolean fromEl1 = (vcpu.getRegister(RegisterId.PSTATE) & 0xc) != 0;
                long esr = Syndrome.dataAbort(false, 0, false, 0, false, false, syndrome.wnr(), Syndrome.FSC_EXTERNAL).value()
                        | (fromEl1 ? 1L << 26 : 0);
                vcpu.injectSynchronousException(new Syndrome(esr), address);
            };
        }
    }
}
