package org.a64wb.accel.api;

/** A VM: guest physical RAM made of slots, vCPUs, and the trap policy. */
public interface VirtualMachine extends AutoCloseable {

    /** Maps {@code size} bytes of zeroed RAM at guest physical {@code base} (KVM_SET_USER_MEMORY_REGION). */
    void mapRam(long base, long size);

    /** Whether the whole range is RAM (anything else is MMIO: accesses exit). */
    boolean isRam(long address, int size);

    /** VMM access to guest RAM (loaders, device DMA, instruction fetch for ISV=0 emulation). */
    void readPhysical(long address, byte[] into, int offset, int length);

    void writePhysical(long address, byte[] from, int offset, int length);

    VirtualCpu createVcpu(int index);

    TrapPolicy trapPolicy();

    void setTrapPolicy(TrapPolicy policy);

    @Override
    void close();
}
