package org.a64wb.hypervisor.mmio;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.board.api.mmio.MmioDevice;

/** A device window that behaves like memory (so results compare with RAM) and records every access in order. */
final class RecordingDevice implements MmioDevice {

    record Access(boolean write, long offset, int size, long value) {
        @Override
        public String toString() {
            return String.format("%s %d@0x%x=0x%x", write ? "W" : "R", size, offset, value);
        }
    }

    final byte[] bytes;
    final List<Access> log = new ArrayList<>();
    boolean recording = true;

    RecordingDevice(int size) {
        bytes = new byte[size];
    }

    @Override
    public long read(long offset, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (bytes[(int) offset + i] & 0xff);
        }
        if (recording) {
            log.add(new Access(false, offset, size, v));
        }
        return v;
    }

    @Override
    public void write(long offset, int size, long value) {
        for (int i = 0; i < size; i++) {
            bytes[(int) offset + i] = (byte) (value >>> 8 * i);
        }
        if (recording) {
            log.add(new Access(true, offset, size, size == 8 ? value : value & ((1L << 8 * size) - 1)));
        }
    }
}
