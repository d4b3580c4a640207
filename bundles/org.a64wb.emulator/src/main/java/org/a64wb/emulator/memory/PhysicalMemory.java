package org.a64wb.emulator.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Guest physical memory made of RAM slots (like KVM memory slots). Pages that hold decoded code
 * can be watched: a write to a watched page notifies the listener first, so decode caches stay
 * coherent with self-modifying code.
 */
public final class PhysicalMemory implements Memory {

    public static final int PAGE_SHIFT = 12;
    public static final long PAGE_SIZE = 1L << PAGE_SHIFT;

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Whether this JDK's byte-array views support volatile and compare-and-exchange access (JDK 17 does). */
    private static final boolean ATOMIC_BYTE_VIEWS = atomicByteViews();

    private static boolean atomicByteViews() {
        try {
            byte[] probe = new byte[16];
            int offset = 0;
            while (offset < 8) {
                try {
                    INT.getVolatile(probe, offset);
                    break;
                } catch (IllegalStateException misaligned) {
                    offset++;
                }
            }
            INT.compareAndExchange(probe, offset, 0, 1);
            LONG.compareAndExchange(probe, offset & ~7, 0L, 0L);
            return true;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            return false;
        }
    }

    /** Told before a watched code page is written. */
    public interface CodeWriteListener {
        void codePageWritten(long pageAddress);
    }

    /**
     * A RAM slot as this memory holds it: the bytes plus which pages hold decoded code. A TLB entry keeps the
     * slot of its page so that a hit goes to the bytes without looking the slot up again
     * ({@link #readSlot}/{@link #writeSlot}).
     */
    public static final class Slot {
        final RamSlot ram;
        final byte[] watched;
        /** A user-mode mapping without PROT_WRITE: writes abort as if no RAM were there. */
        boolean readOnly;

        Slot(RamSlot ram) {
            this.ram = ram;
            this.watched = new byte[(int) ((ram.size() + PAGE_SIZE - 1) >>> PAGE_SHIFT)];
        }
    }

    private Slot[] slots = new Slot[0];
    private Slot last;
    private final java.util.List<CodeWriteListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Each interpreter (one per vCPU) registers to hear about writes to code pages it decoded. */
    public void addCodeWriteListener(CodeWriteListener listener) {
        listeners.add(listener);
    }

    /** Maps fresh zeroed RAM; slots must not overlap. */
    public RamSlot map(long base, long size) {
        if (size <= 0 || size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("RAM slot size " + size + " is not supported (1 byte to 2 GiB - 8: one Java array)");
        }
        return add(new RamSlot(base, new byte[(int) size]));
    }

    public synchronized RamSlot add(RamSlot ram) {
        for (Slot s : slots) {
            if (ram.base() < s.ram.end() && s.ram.base() < ram.end()) {
                throw new IllegalArgumentException(String.format("RAM slot 0x%x+0x%x overlaps 0x%x+0x%x", ram.base(), ram.size(),
                        s.ram.base(), s.ram.size()));
            }
        }
        List<Slot> list = new ArrayList<>(List.of(slots));
        list.add(new Slot(ram));
        list.sort(Comparator.comparingLong(s -> s.ram.base()));
        slots = list.toArray(new Slot[0]);
        return ram;
    }

    public synchronized void unmap(RamSlot ram) {
        List<Slot> list = new ArrayList<>(List.of(slots));
        list.removeIf(s -> s.ram == ram);
        slots = list.toArray(new Slot[0]);
        last = null;
    }

    /**
     * Makes a slot read-only or writable again (mprotect in user mode); a write to a read-only slot
     * throws {@link MemoryAbort} like an access outside RAM.
     */
    public synchronized void setWritable(RamSlot ram, boolean writable) {
        for (Slot s : slots) {
            if (s.ram == ram) {
                s.readOnly = !writable;
                return;
            }
        }
        throw new IllegalArgumentException(String.format("no RAM slot at 0x%x", ram.base()));
    }

    /** Whether a slot accepts writes (see {@link #setWritable}). */
    public boolean isWritable(RamSlot ram) {
        for (Slot s : slots) {
            if (s.ram == ram) {
                return !s.readOnly;
            }
        }
        return false;
    }

    public List<RamSlot> slots() {
        List<RamSlot> list = new ArrayList<>();
        for (Slot s : slots) {
            list.add(s.ram);
        }
        return list;
    }

    /** Marks the page holding {@code address} as holding decoded code. */
    public void watchCode(long address) {
        Slot s = find(address, 1);
        if (s != null) {
            s.watched[(int) ((address - s.ram.base()) >>> PAGE_SHIFT)] = 1;
        }
    }

    /** The slot that holds {@code size} bytes at {@code address}, or null when they are not all RAM of one slot. */
    public Slot slotFor(long address, int size) {
        return find(address, size);
    }

    /** Reads {@code size} bytes at {@code address}, which {@link #slotFor} found in {@code s}. */
    public static long readSlot(Slot s, long address, int size) {
        return load(s.ram.data(), (int) (address - s.ram.base()), size);
    }

    /** Writes {@code size} bytes at {@code address}, which {@link #slotFor} found in {@code s} (watched code pages are told first). */
    public void writeSlot(Slot s, long address, int size, long value) {
        written(s, address, size);
        store(s.ram.data(), (int) (address - s.ram.base()), size, value);
    }

    private static long load(byte[] data, int offset, int size) {
        return switch (size) {
            case 1 -> data[offset] & 0xffL;
            case 2 -> (short) SHORT.get(data, offset) & 0xffffL;
            case 4 -> (int) INT.get(data, offset) & 0xffffffffL;
            default -> (long) LONG.get(data, offset);
        };
    }

    private static void store(byte[] data, int offset, int size, long value) {
        switch (size) {
            case 1 -> data[offset] = (byte) value;
            case 2 -> SHORT.set(data, offset, (short) value);
            case 4 -> INT.set(data, offset, (int) value);
            default -> LONG.set(data, offset, value);
        }
    }

    private Slot find(long address, int size) {
        Slot s = last;
        if (s != null && s.ram.contains(address, size)) {
            return s;
        }
        return search(address, size);
    }

    /** The slot holding the access when it is not the last one used (kept apart: compiled loads inline only find). */
    private Slot search(long address, int size) {
        for (Slot candidate : slots) {
            if (candidate.ram.contains(address, size)) {
                last = candidate;
                return candidate;
            }
        }
        return null;
    }

    private Slot forRead(long address, int size) {
        Slot s = find(address, size);
        if (s == null) {
            throw new MemoryAbort(address, size, false);
        }
        return s;
    }

    private Slot forWrite(long address, int size) {
        Slot s = find(address, size);
        if (s == null || s.readOnly) {
            throw new MemoryAbort(address, size, true);
        }
        codeWritten(s, (int) ((address - s.ram.base()) >>> PAGE_SHIFT), (int) ((address + size - 1 - s.ram.base()) >>> PAGE_SHIFT));
        return s;
    }

    /** Before a write of at most a page (one or two pages touched): tells the listeners if it touches watched code. */
    private void written(Slot s, long address, int size) {
        if (s.readOnly) {
            throw new MemoryAbort(address, size, true);
        }
        int first = (int) ((address - s.ram.base()) >>> PAGE_SHIFT);
        int lastPage = (int) ((address + size - 1 - s.ram.base()) >>> PAGE_SHIFT);
        if (s.watched[first] != 0 || s.watched[lastPage] != 0) {
            codeWritten(s, first, lastPage);
        }
    }

    private void codeWritten(Slot s, int first, int lastPage) {
        for (int page = first; page <= lastPage; page++) {
            if (s.watched[page] != 0) {
                s.watched[page] = 0;
                long pageAddress = s.ram.base() + ((long) page << PAGE_SHIFT);
                for (CodeWriteListener listener : listeners) {
                    listener.codePageWritten(pageAddress);
                }
            }
        }
    }

    /** An access that straddles two adjacent slots: byte by byte, aborting at the access's own address. */
    private long readAcrossSlots(long address, int size) {
        for (int i = 0; i < size; i++) {
            if (find(address + i, 1) == null) {
                throw new MemoryAbort(address, size, false);
            }
        }
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (read8(address + i) & 0xffL) << (8 * i);
        }
        return value;
    }

    private void writeAcrossSlots(long address, int size, long value) {
        for (int i = 0; i < size; i++) {
            if (find(address + i, 1) == null) {
                throw new MemoryAbort(address, size, true);
            }
        }
        for (int i = 0; i < size; i++) {
            write8(address + i, (byte) (value >>> (8 * i)));
        }
    }

    @Override
    public boolean isRam(long address, int size) {
        return find(address, size) != null;
    }

    @Override
    public byte read8(long address) {
        Slot s = forRead(address, 1);
        return s.ram.data()[(int) (address - s.ram.base())];
    }

    @Override
    public short read16(long address) {
        Slot s = find(address, 2);
        if (s == null) {
            return (short) readAcrossSlots(address, 2);
        }
        return (short) SHORT.get(s.ram.data(), (int) (address - s.ram.base()));
    }

    @Override
    public int read32(long address) {
        Slot s = find(address, 4);
        if (s == null) {
            return (int) readAcrossSlots(address, 4);
        }
        return (int) INT.get(s.ram.data(), (int) (address - s.ram.base()));
    }

    @Override
    public long read64(long address) {
        Slot s = find(address, 8);
        if (s == null) {
            return (long) readAcrossSlots(address, 8);
        }
        return (long) LONG.get(s.ram.data(), (int) (address - s.ram.base()));
    }

    /** One slot lookup for every size (the loads and stores of the executor run through here). */
    @Override
    public long read(long address, int size) {
        Slot s = find(address, size);
        if (s == null) {
            return readAcrossSlots(address, size);
        }
        return readSlot(s, address, size);
    }

    @Override
    public void write(long address, int size, long value) {
        Slot s = find(address, size);
        if (s == null) {
            writeAcrossSlots(address, size, value);
            return;
        }
        writeSlot(s, address, size, value);
    }

    /**
     * {@link #read}, but an access that no RAM backs is recorded in {@code abort} (and 0 returned) instead of thrown:
     * the emulator's loads and stores, for which such an access is an MMIO exit.
     */
    public long read(long address, int size, PendingAbort abort) {
        Slot s = find(address, size);
        if (s == null) {
            return readOutsideSlot(address, size, abort);
        }
        return readSlot(s, address, size);
    }

    /** {@link #write}, recording an access that no RAM backs in {@code abort} instead of throwing. */
    public void write(long address, int size, long value, PendingAbort abort) {
        Slot s = find(address, size);
        if (s == null) {
            writeOutsideSlot(address, size, value, abort);
            return;
        }
        writeSlot(s, address, size, value);
    }

    private long readOutsideSlot(long address, int size, PendingAbort abort) {
        if (!allRam(address, size)) {
            abort.record(address, size, false, address);
            return 0;
        }
        return readAcrossSlots(address, size);
    }

    private void writeOutsideSlot(long address, int size, long value, PendingAbort abort) {
        if (!allRam(address, size)) {
            abort.record(address, size, true, address);
            return;
        }
        writeAcrossSlots(address, size, value);
    }

    /** Whether every byte of the access is RAM (of one slot or of adjacent ones). */
    private boolean allRam(long address, int size) {
        for (int i = 0; i < size; i++) {
            if (find(address + i, 1) == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void write8(long address, byte value) {
        Slot s = forWrite(address, 1);
        s.ram.data()[(int) (address - s.ram.base())] = value;
    }

    @Override
    public void write16(long address, short value) {
        if (find(address, 2) == null) {
            writeAcrossSlots(address, 2, value);
            return;
        }
        Slot s = forWrite(address, 2);
        SHORT.set(s.ram.data(), (int) (address - s.ram.base()), value);
    }

    @Override
    public void write32(long address, int value) {
        if (find(address, 4) == null) {
            writeAcrossSlots(address, 4, value);
            return;
        }
        Slot s = forWrite(address, 4);
        INT.set(s.ram.data(), (int) (address - s.ram.base()), value);
    }

    @Override
    public void write64(long address, long value) {
        if (find(address, 8) == null) {
            writeAcrossSlots(address, 8, value);
            return;
        }
        Slot s = forWrite(address, 8);
        LONG.set(s.ram.data(), (int) (address - s.ram.base()), value);
    }

    /** Copies host bytes into guest RAM (loaders); throws MemoryAbort if the range is not RAM. */
    public void writeBytes(long address, byte[] bytes, int offset, int length) {
        if (length == 0) {
            return;
        }
        Slot s = forWrite(address, length);
        System.arraycopy(bytes, offset, s.ram.data(), (int) (address - s.ram.base()), length);
    }

    public void readBytes(long address, byte[] into, int offset, int length) {
        if (length == 0) {
            return;
        }
        Slot s = forRead(address, length);
        System.arraycopy(s.ram.data(), (int) (address - s.ram.base()), into, offset, length);
    }

    /**
     * A real compare-and-exchange on the host (threads of a user-mode guest share this RAM): 4 and 8
     * bytes directly, 1 and 2 bytes through the aligned word that holds them. The address must be
     * naturally aligned (the instructions that get here have checked). Where the JDK offers no atomic
     * access to byte arrays (JDK 22 and later refuse it: a byte[] promises no alignment), the exchange
     * is made under a lock instead (the slot's byte array, which memories sharing the slot share): atomic
     * against every other exchange, which is what exclusives and atomics of other guest threads use.
     */
    @Override
    public long compareAndExchange(long address, int size, long expected, long replacement) {
        Slot s = find(address, size);
        if (!ATOMIC_BYTE_VIEWS || s == null || (address & (size - 1)) != 0 || (s.ram.base() & 7) != 0) {
            // The slot's bytes are the lock: a slot shared by two memories (MAP_SHARED across fork) has one.
            synchronized (s != null ? s.ram.data() : this) {
                return Memory.super.compareAndExchange(address, size, expected, replacement);
            }
        }
        long mask = size == 8 ? -1L : (1L << (8 * size)) - 1;
        long want = expected & mask;
        byte[] data = s.ram.data();
        if (size == 8) {
            long found = (long) LONG.getVolatile(data, (int) (address - s.ram.base()));
            if (found != want) {
                return found;
            }
            forWrite(address, size);
            return (long) LONG.compareAndExchange(data, (int) (address - s.ram.base()), want, replacement);
        }
        long word = address & ~3L;
        int offset = (int) (word - s.ram.base());
        if (offset < 0 || offset + 4 > data.length) {
            return Memory.super.compareAndExchange(address, size, expected, replacement);
        }
        int shift = (int) (address - word) * 8;
        while (true) {
            int current = (int) INT.getVolatile(data, offset);
            long found = ((current & 0xffffffffL) >>> shift) & mask;
            if (found != want) {
                return found;
            }
            forWrite(address, size);
            int updated = (int) ((current & ~(mask << shift)) | ((replacement & mask) << shift));
            if ((int) INT.compareAndExchange(data, offset, current, updated) == current) {
                return found;
            }
        }
    }
}
