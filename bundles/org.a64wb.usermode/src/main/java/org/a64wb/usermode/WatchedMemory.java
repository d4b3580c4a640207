package org.a64wb.usermode;

import org.a64wb.emulator.memory.Memory;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.gdbstub.control.WatchpointTrap;

/**
 * The memory the executor sees while a debugger is attached: every data access is first shown to the
 * watchpoints, and one that triggers a watchpoint is abandoned with {@link WatchpointTrap} (gdb wants
 * AArch64 watchpoints to stop before the access; see {@link AllStopControl}). Instruction
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

    private void reading(long address, int size) {
        if (control.watching() && control.hits(address, size, false)) {
            throw new WatchpointTrap();
        }
    }

    private void writing(long address, int size) {
        if (control.watching() && control.hits(address, size, true)) {
            throw new WatchpointTrap();
        }
    }

    @Override
    public byte read8(long address) {
        reading(address, 1);
        byte v = ram.read8(address);
        return v;
    }

    @Override
    public short read16(long address) {
        reading(address, 2);
        short v = ram.read16(address);
        return v;
    }

    @Override
    public int read32(long address) {
        reading(address, 4);
        int v = ram.read32(address);
        return v;
    }

    @Override
    public long read64(long address) {
        reading(address, 8);
        long v = ram.read64(address);
        return v;
    }

    @Override
    public long read(long address, int size) {
        reading(address, size);
        long v = ram.read(address, size);
        return v;
    }

    @Override
    public void write8(long address, byte value) {
        writing(address, 1);
        ram.write8(address, value);
    }

    @Override
    public void write16(long address, short value) {
        writing(address, 2);
        ram.write16(address, value);
    }

    @Override
    public void write32(long address, int value) {
        writing(address, 4);
        ram.write32(address, value);
    }

    @Override
    public void write64(long address, long value) {
        writing(address, 8);
        ram.write64(address, value);
    }

    @Override
    public void write(long address, int size, long value) {
        writing(address, size);
        ram.write(address, size, value);
    }

    @Override
    public boolean isRam(long address, int size) {
        return ram.isRam(address, size);
    }

    @Override
    public long compareAndExchange(long address, int size, long expected, long replacement) {
        // Before the exchange it is unknown whether it will write: it counts as a write (and a read).
        reading(address, size);
        writing(address, size);
        return ram.compareAndExchange(address, size, expected, replacement);
    }
}
