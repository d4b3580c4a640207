package org.a64wb.accel.inprocess;

import java.util.ArrayList;
import java.util.List;

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
    }
}
