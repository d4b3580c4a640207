package org.a64wb.emulator.memory;

/**
 * An access that no RAM slot backs. Carries what a data-abort syndrome needs; thrown without a stack
 * trace because it is control flow (the hypervisor turns it into an MMIO exit).
 */
public final class MemoryAbort extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long address;
    private final int size;
    private final boolean write;
    private final long virtualAddress;

    public MemoryAbort(long address, int size, boolean write) {
        this(address, size, write, address);
    }

    /** An access to {@code virtualAddress} that the MMU translated to {@code address}, where no RAM is. */
    public MemoryAbort(long address, int size, boolean write, long virtualAddress) {
        super(null, null, false, false);
        this.address = address;
        this.size = size;
        this.write = write;
        this.virtualAddress = virtualAddress;
    }

    /** The physical address (the IPA a hypervisor sees). */
    public long address() {
        return address;
    }

    /** The address the instruction accessed (FAR): the physical address when nothing translates. */
    public long virtualAddress() {
        return virtualAddress;
    }

    public int size() {
        return size;
    }

    public boolean write() {
        return write;
    }

    @Override
    public String getMessage() {
        return String.format("%s of %d bytes at 0x%x is outside guest RAM", write ? "write" : "read", size, address);
    }
}
