package org.a64wb.board.api;

/** A device's DMA reached outside guest RAM: the guest programmed a bad address or length. */
public final class GuestMemoryFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long address;
    private final long length;

    public GuestMemoryFault(long address, long length) {
        super(String.format("0x%x+0x%x is not guest RAM", address, length));
        this.address = address;
        this.length = length;
    }

    public long address() {
        return address;
    }

    public long length() {
        return length;
    }
}
