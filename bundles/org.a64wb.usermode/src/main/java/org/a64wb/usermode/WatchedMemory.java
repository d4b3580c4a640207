package org.a64wb.usermode;

import org.a64wb.emulator.memory.Memory;
import org.a64wb.gdbstub.control.AllStopControl;

/**
 * The memory the executor sees while a debugger is attached: every data access is passed on to the
 * RAM and then shown to the watchpoints (after it happened, as QEMU reports them). Instruction
 * fetches do not come here (the interpreter fetches from the RAM itself), so they never trigger a
 * watchpoint, as on hardware. One volatile read per access is the cost when no watchpoint is set.
 */
final class WatchedMemory implements Memory {

    private final Memory ram;
    private final AllStopControl control;

    WatchedMemory(Memory ram, AllStopControl control) {
        this.ram = ram;
        this.control = control;
    }

    private void seen(long address, int size) {
        if (control.watching()) {
            control.access(address, size, false);
        }
    }

    private void wrote(long address, int size) {
        if (control.watching()) {
            control.access(address, size, true);
        }
    }

    @Override
    public byte read8(long address) {
        byte v = ram.read8(address);
        seen(address, 1);
        return v;
    }

    @Override
    public short read16(long address) {
        short v = ram.read16(address);
        seen(address, 2);
        return v;
    }

    @Override
    public int read32(long address) {
        int v = ram.read32(address);
        seen(address, 4);
        return v;
    }

    @Override
    public long read64(long address) {
        long v = ram.read64(address);
        seen(address, 8);
        return v;
    }

    @Override
    public long read(long address, int size) {
        long v = ram.read(address, size);
        seen(address, size);
        return v;
    }

    @Override
    public void write8(long address, byte value) {
        ram.write8(address, value);
        wrote(address, 1);
    }

    @Override
    public void write16(long address, short value) {
        ram.write16(address, value);
        wrote(address, 2);
    }

    @Override
    public void write32(long address, int value) {
        ram.write32(address, value);
        wrote(address, 4);
    }

    @Override
    public void write64(long address, long value) {
        ram.write64(address, value);
        wrote(address, 8);
    }

    @Override
    public void write(long address, int size, long value) {
        ram.write(address, size, value);
        wrote(address, size);
    }

    @Override
    public boolean isRam(long address, int size) {
        return ram.isRam(address, size);
    }

    @Override
    public long compareAndExchange(long address, int size, long expected, long replacement) {
        long found = ram.compareAndExchange(address, size, expected, replacement);
        long mask = size == 8 ? -1L : (1L << (8 * size)) - 1;
        // A failed compare is only a read; a successful one also wrote.
        if (found == (expected & mask)) {
            wrote(address, size);
        } else {
            seen(address, size);
        }
        return found;
    }
}
