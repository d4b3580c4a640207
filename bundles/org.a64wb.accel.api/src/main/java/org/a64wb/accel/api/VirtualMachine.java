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

    /**
     * Creates the interrupt controller inside the accelerator, as KVM_CREATE_DEVICE of a vGICv3: a GICv3 with
     * {@code spis} SPIs whose distributor (64 KiB at {@code distributorBase}) and redistributors (128 KiB per
     * vCPU from {@code redistributorBase}) the guest reaches without exits, whose CPU interface is the ICC_*
     * system registers, and whose PPIs 27 and 30 the vCPUs' virtual and physical timers drive. Call it
     * once, before the first vCPU runs. Without it the vCPUs' IRQ and FIQ inputs belong to the VMM
     * ({@link VirtualCpu#setInterruptInputs}, KVM's kernel-irqchip=off), and so do the ICC_* registers
     * (they exit as system-register accesses).
     */
    default void createInterruptController(long distributorBase, long redistributorBase, int spis) {
        throw new UnsupportedOperationException("this accelerator has no interrupt controller of its own");
    }

    /** Whether {@link #createInterruptController} was called. */
    default boolean hasInterruptController() {
        return false;
    }

    /** Sets the level of an SPI line (INTID 32..) of the accelerator's interrupt controller (KVM_IRQ_LINE). */
    default void setInterruptLine(int intid, boolean level) {
        throw new UnsupportedOperationException("no interrupt controller in the accelerator");
    }

    TrapPolicy trapPolicy();

    void setTrapPolicy(TrapPolicy policy);

    @Override
    void close();
}
