package org.a64wb.board.api;

/** A guest-physical window of the board's memory map. */
public record MmioWindow(long base, long size) {

    public MmioWindow {
        if (size <= 0) {
            throw new IllegalArgumentException("window size must be positive");
        }
    }

    public boolean contains(long address, long length) {
        return address >= base && length >= 0 && address - base <= size - length;
    }
}
