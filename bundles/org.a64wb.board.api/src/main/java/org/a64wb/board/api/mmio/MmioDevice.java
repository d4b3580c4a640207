package org.a64wb.board.api.mmio;

/** A device register window on the MMIO bus: reads and writes at an offset, 1 to 8 bytes. Devices know nothing of CPUs. */
public interface MmioDevice {

    long read(long offset, int size);

    void write(long offset, int size, long value);
}
