package org.a64wb.accel.inprocess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.emulator.extension.ContributedInstructionSets;
import org.a64wb.emulator.memory.PhysicalMemory;

/** A VM whose RAM is the emulator's physical memory; everything else is MMIO and exits. */
final class InProcessVm implements VirtualMachine {

    private final PhysicalMemory memory = new PhysicalMemory();
    private final List<InProcessVcpu> vcpus = new ArrayList<>();
    private volatile TrapPolicy policy = TrapPolicy.DEFAULT;
    private final ContributedInstructionSets contributed;
    private volatile InterruptController interruptController;
    /** Whether the VMM drives the vCPUs' interrupt inputs (kernel-irqchip=off). */
    private volatile boolean vmmInterruptController;
    private ScheduledThreadPoolExecutor scheduler;

    InProcessVm() {
        this(null);
    }

    /** {@code contributed}: the instruction sets that execute words A64 leaves unallocated (null: none). */
    InProcessVm(ContributedInstructionSets contributed) {
        this.contributed = contributed;
    }

    ContributedInstructionSets contributed() {
        return contributed;
    }

    @Override
    public void mapRam(long base, long size) {
        memory.map(base, size);
    }

    @Override
    public boolean isRam(long address, int size) {
        return memory.isRam(address, size);
    }

    @Override
    public void readPhysical(long address, byte[] into, int offset, int length) {
        memory.readBytes(address, into, offset, length);
    }

    @Override
    public void writePhysical(long address, byte[] from, int offset, int length) {
        memory.writeBytes(address, from, offset, length);
    }

    @Override
    public synchronized VirtualCpu createVcpu(int index) {
        for (InProcessVcpu existing : vcpus) {
            if (existing.index() == index) {
                throw new IllegalArgumentException("vCPU " + index + " exists");
            }
        }
        InProcessVcpu vcpu = new InProcessVcpu(this, index);
        vcpus.add(vcpu);
        return vcpu;
    }

    @Override
    public synchronized void createInterruptController(long distributorBase, long redistributorBase, int spis) {
        if (interruptController != null) {
            throw new IllegalStateException("the VM has an interrupt controller already");
        }
        interruptController = new InterruptController(distributorBase, redistributorBase, spis);
    }

    @Override
    public boolean hasInterruptController() {
        return interruptController != null;
    }

    @Override
    public void setInterruptLine(int intid, boolean level) {
        InterruptController controller = interruptController;
        if (controller == null) {
            throw new IllegalStateException("no interrupt controller in the accelerator");
        }
        controller.setSpiLine(intid, level);
    }

    InterruptController interruptController() {
        return interruptController;
    }

    void useVmmInterruptController() {
        vmmInterruptController = true;
    }

    /** Whether anything can ever wake a vCPU from WFI (else WFI completes at once, as the Arm ARM allows). */
    boolean interruptsWired() {
        return interruptController != null || vmmInterruptController;
    }

    boolean vmmInterruptController() {
        return vmmInterruptController && interruptController == null;
    }

    /** The vCPUs in index order. */
    synchronized List<InProcessVcpu> vcpus() {
        List<InProcessVcpu> sorted = new ArrayList<>(vcpus);
        sorted.sort(Comparator.comparingInt(InProcessVcpu::index));
        return sorted;
    }

    /** SEV: an event for every PE. */
    void sendEvent() {
        for (InProcessVcpu vcpu : vcpus()) {
            vcpu.interrupts().event();
        }
    }

    /** The thread that fires timer deadlines, started on first use. */
    synchronized ScheduledThreadPoolExecutor scheduler() {
        if (scheduler == null) {
            scheduler = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "a64-timers");
                t.setDaemon(true);
                return t;
            });
            scheduler.setRemoveOnCancelPolicy(true);
        }
        return scheduler;
    }

    PhysicalMemory memory() {
        return memory;
    }

    /** Inner-shareable TLBI (TLBI ...IS): every vCPU's TLB, the caller's included. */
    void invalidateTlbs(int operation, long operand) {
        List<InProcessVcpu> all;
        synchronized (this) {
            all = List.copyOf(vcpus);
        }
        for (InProcessVcpu vcpu : all) {
            vcpu.invalidateTlb(operation, operand);
        }
    }

    @Override
    public TrapPolicy trapPolicy() {
        return policy;
    }

    @Override
    public void setTrapPolicy(TrapPolicy policy) {
        this.policy = policy;
        synchronized (this) {
            vcpus.forEach(InProcessVcpu::applyTrapPolicy);
        }
    }

    @Override
    public void close() {
        vcpus.forEach(VirtualCpu::requestExit);
        vcpus.forEach(v -> v.interrupts().cancelTimers());
        synchronized (this) {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
    }
}
