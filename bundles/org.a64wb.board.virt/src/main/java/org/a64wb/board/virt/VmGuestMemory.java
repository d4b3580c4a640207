package org.a64wb.board.virt;

import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.GuestMemory;
import org.a64wb.board.api.GuestMemoryFault;

/** The VM's RAM, every range checked first so a wild guest address is a {@link GuestMemoryFault}. */
record VmGuestMemory(VirtualMachine vm) implements GuestMemory {
    @Override
    public boolean isRam(long address, long length) {
        // VirtualMachine.isRam takes an int length; one device access never needs more than 2 GiB.
        return length >= 0 && length <= Integer.MAX_VALUE && address >= 0 && address + length >= address
                && (length == 0 || vm.isRam(address, (int) length));
    }

    private void check(long address, byte[] buffer, int offset, int length) {
        if (offset < 0 || length < 0 || offset > buffer.length - length) {
            throw new IndexOutOfBoundsException("buffer range " + offset + "+" + length + " of " + buffer.length);
        }
        if (!isRam(address, length)) {
            throw new GuestMemoryFault(address, length);
        }
    }

    @Override
    public void read(long address, byte[] into, int offset, int length) {
        check(address, into, offset, length);
        if (length > 0) {
            vm.readPhysical(address, into, offset, length);
        }
    }

    @Override
    public void write(long address, byte[] from, int offset, int length) {
        check(address, from, offset, length);
        if (length > 0) {
            vm.writePhysical(address, from, offset, length);
        }
    }
}
