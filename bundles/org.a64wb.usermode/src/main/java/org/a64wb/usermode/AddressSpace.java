package org.a64wb.usermode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.memory.RamSlot;

/**
 * The guest process's virtual address space, flat on {@link PhysicalMemory} (user mode has no
 * translation: guest virtual = guest "physical"). Every mapping is a RAM slot; unmapping part of a
 * slot splits it, and so does mprotect: a slot without PROT_WRITE is read-only in
 * {@link PhysicalMemory}, one without any access is taken out of it (kept here, so its contents come
 * back with the access). PROT_EXEC is not enforced. Also the one place that moves
 * bytes between the guest and syscalls: every guest pointer goes through {@link #read}/{@link #write},
 * which report a fault (for -EFAULT) instead of throwing.
 */
public final class AddressSpace {

    public static final long PAGE = PhysicalMemory.PAGE_SIZE;
    /** End of the 48-bit user address space (TASK_SIZE on arm64 with 48-bit VAs). */
    public static final long USER_TOP = 1L << 48;
    /** Top of the initial stack. */
    public static final long STACK_TOP = 0x0000_7fff_f000_0000L;
    public static final long STACK_SIZE = 8L << 20;
    /** mmap without a usable hint allocates top-down below this address. */
    public static final long MMAP_TOP = STACK_TOP - STACK_SIZE - (256L << 20);
    /** Nothing is mapped below this (NULL-pointer guard, like vm.mmap_min_addr). */
    public static final long MMAP_MIN = 0x10000;
    /** Largest single mapping: a RAM slot is one Java array. */
    public static final long MAX_MAPPING = 1L << 30;

    /** Where the signal return trampoline lives (mov x8, #139; svc #0), mapped on first use. */
    public static final long SIGRETURN_TRAMPOLINE = STACK_TOP + 0x10000;

    private final PhysicalMemory memory;
    /** A MAP_SHARED mapping of a host file, written back when the file is read, synced, unmapped or the process ends. */
    record SharedMapping(FileTable.HostFile file, long fileOffset, long address, long length) {
    }

    private final List<SharedMapping> shared = new java.util.ArrayList<>();
    /** Pages of file mappings beyond the end of the file: touching them is SIGBUS (start -> end). */
    private final java.util.TreeMap<Long, Long> beyondEof = new java.util.TreeMap<>();
    /**
     * Slots of MAP_SHARED mappings: fork gives the child the same slot (the same bytes) instead of a copy,
     * so parent and child see each other's stores. Splitting such a slot (a partial munmap/mprotect/mremap)
     * gives each side its own copy of the parts.
     */
    private final java.util.Set<RamSlot> sharedSlots = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** PROT_NONE mappings: reserved address space whose bytes are kept but not accessible. */
    private final java.util.TreeMap<Long, RamSlot> inaccessible = new java.util.TreeMap<>();

    private long heapStart;
    private long brk;
    /** End of the heap's RAM: may run ahead of brk (capacity grows geometrically so the heap stays one slot). */
    private long heapMapped;

    public AddressSpace(PhysicalMemory memory) {
        this.memory = memory;
    }

    public PhysicalMemory memory() {
        return memory;
    }

    public static long pageDown(long a) {
        return a & ~(PAGE - 1);
    }

    public static long pageUp(long a) {
        return (a + PAGE - 1) & ~(PAGE - 1);
    }

    /** Whether no slot overlaps [address, address+length). */
    public boolean isFree(long address, long length) {
        if (address < 0 || length <= 0 || address + length > USER_TOP || address + length < address) {
            return false;
        }
        for (RamSlot s : allSlots()) {
            if (s.base() < address + length && address < s.end()) {
                return false;
            }
        }
        return true;
    }

    /** Accessible and inaccessible mappings, by address. */
    private synchronized List<RamSlot> allSlots() {
        List<RamSlot> all = new java.util.ArrayList<>(memory.slots());
        all.addAll(inaccessible.values());
        all.sort(java.util.Comparator.comparingLong(RamSlot::base));
        return all;
    }

    /** Whether {@code address} is inside a mapping that its access rights forbid (SEGV_ACCERR rather than SEGV_MAPERR). */
    public boolean isProtected(long address, boolean write) {
        for (RamSlot s : allSlots()) {
            if (address >= s.base() && address < s.end()) {
                return inaccessibleContains(s) || (write && !memory.isWritable(s));
            }
        }
        return false;
    }

    private synchronized boolean inaccessibleContains(RamSlot s) {
        return inaccessible.get(s.base()) == s;
    }

    /**
     * mprotect: sets the access of every page in [address, address+length) (page aligned); false
     * (ENOMEM) if part of the range is not mapped.
     */
    public synchronized boolean protect(long address, long length, boolean readable, boolean writable) {
        long end = address + length;
        long at = address;
        while (at < end) {
            RamSlot s = slotAt(allSlots(), at);
            if (s == null) {
                return false;
            }
            at = s.end();
        }
        split(address);
        split(end);
        for (RamSlot s : allSlots()) {
            if (s.base() < address || s.end() > end) {
                continue;
            }
            boolean hidden = inaccessible.get(s.base()) == s;
            if (!readable && !writable) {
                if (!hidden) {
                    invalidateCode(s);
                    memory.unmap(s);
                    inaccessible.put(s.base(), s);
                }
                continue;
            }
            if (hidden) {
                inaccessible.remove(s.base());
                memory.add(s);
            }
            memory.setWritable(s, writable);
        }
        return true;
    }

    /** Splits the mapping that strictly contains {@code at} into two at that address. */
    private void split(long at) {
        for (RamSlot s : allSlots()) {
            if (s.base() < at && at < s.end()) {
                boolean hidden = inaccessible.get(s.base()) == s;
                boolean writable = hidden || memory.isWritable(s);
                byte[] data = s.data();
                RamSlot low = new RamSlot(s.base(), Arrays.copyOfRange(data, 0, (int) (at - s.base())));
                RamSlot high = new RamSlot(at, Arrays.copyOfRange(data, (int) (at - s.base()), data.length));
                if (hidden) {
                    inaccessible.remove(s.base());
                    inaccessible.put(low.base(), low);
                    inaccessible.put(high.base(), high);
                } else {
                    invalidateCode(s);
                    memory.unmap(s);
                    memory.add(low);
                    memory.add(high);
                    memory.setWritable(low, writable);
                    memory.setWritable(high, writable);
                }
                return;
            }
        }
    }

    synchronized void addShared(SharedMapping mapping) {
        shared.add(mapping);
    }

    /** Marks [start, end) as file pages past the end of the file (already inaccessible). */
    synchronized void markBeyondEof(long start, long end) {
        beyondEof.put(start, end);
    }

    public synchronized boolean isBeyondEof(long address) {
        java.util.Map.Entry<Long, Long> e = beyondEof.floorEntry(address);
        return e != null && address < e.getValue();
    }

    /** Writes shared mappings (of {@code file}, or all for null) back to their files, up to each file's size. */
    synchronized void syncShared(FileTable.HostFile file) {
        for (SharedMapping m : shared) {
            if (file != null && m.file() != file) {
                continue;
            }
            try {
                long size = m.file().channel.size();
                long length = Math.min(m.length(), size - m.fileOffset());
                if (length <= 0) {
                    continue;
                }
                byte[] bytes = new byte[(int) length];
                if (read(m.address(), bytes, 0, bytes.length)) {
                    m.file().channel.write(java.nio.ByteBuffer.wrap(bytes), m.fileOffset());
                }
            } catch (java.io.IOException e) {
                // the file is gone or closed: nothing left to keep in step
            }
        }
    }

    /** fork: a copy of every mapping, its contents and access, and the program break. */
    public synchronized AddressSpace copy() {
        AddressSpace copy = new AddressSpace(new PhysicalMemory());
        for (RamSlot s : memory.slots()) {
            RamSlot c = copy.inherit(s, sharedSlots.contains(s));
            copy.memory.add(c);
            copy.memory.setWritable(c, memory.isWritable(s));
        }
        for (RamSlot s : inaccessible.values()) {
            copy.inaccessible.put(s.base(), copy.inherit(s, sharedSlots.contains(s)));
        }
        // Both processes write shared file mappings back: the bytes are the same, so it does not matter who does.
        copy.shared.addAll(shared);
        copy.heapStart = heapStart;
        copy.brk = brk;
        copy.heapMapped = heapMapped;
        return copy;
    }

    /** fork: the child's slot for a parent's slot: the same one when shared, else a copy. */
    private RamSlot inherit(RamSlot parent, boolean isShared) {
        if (!isShared) {
            return new RamSlot(parent.base(), parent.data().clone());
        }
        sharedSlots.add(parent);
        return parent;
    }

    /** The address of the signal return trampoline, mapping it on first use. */
    public synchronized long sigreturnTrampoline() {
        if (!memory.isRam(SIGRETURN_TRAMPOLINE, 8)) {
            RamSlot page = memory.map(SIGRETURN_TRAMPOLINE, PAGE);
            memory.write32(SIGRETURN_TRAMPOLINE, 0xd2801168); // mov x8, #139 (rt_sigreturn)
            memory.write32(SIGRETURN_TRAMPOLINE + 4, 0xd4000001); // svc #0
            memory.setWritable(page, false);
        }
        return SIGRETURN_TRAMPOLINE;
    }

    /** Whether every byte of [address, address+length) is mapped. */
    public boolean isMapped(long address, long length) {
        long at = address;
        long end = address + length;
        if (length < 0 || end < address) {
            return false;
        }
        List<RamSlot> slots = memory.slots();
        while (at < end) {
            RamSlot s = slotAt(slots, at);
            if (s == null) {
                return false;
            }
            at = s.end();
        }
        return true;
    }

    /** Maps zeroed RAM at a free, page-aligned range. */
    public void mapFixed(long address, long length) {
        memory.map(address, length);
    }

    /** The MAP_SHARED slot holding {@code address}, or null. */
    public synchronized RamSlot sharedSlotAt(long address) {
        for (RamSlot s : sharedSlots) {
            if (s.contains(address, 4) && (memory.slots().contains(s) || inaccessible.get(s.base()) == s)) {
                return s;
            }
        }
        return null;
    }

    /** A new mapping shared with the processes this one forks (MAP_SHARED). */
    public synchronized void mapShared(long address, long length) {
        sharedSlots.add(memory.map(address, length));
    }

    /** A free page-aligned range of {@code length} bytes, searched top-down below {@link #MMAP_TOP}; -1 if none. */
    public long findFree(long length) {
        long end = MMAP_TOP;
        List<RamSlot> slots = allSlots();
        for (int i = slots.size() - 1; i >= 0; i--) {
            RamSlot s = slots.get(i);
            if (s.base() >= end) {
                continue;
            }
            if (s.end() <= end - length) {
                break;
            }
            end = pageDown(s.base());
        }
        long start = end - length;
        return start >= MMAP_MIN ? start : -1;
    }

    /**
     * Removes [address, address+length) from every mapping (parts outside mappings are ignored). Pages
     * of affected slots are rewritten in place first so that the interpreter drops code decoded from
     * them (its cache is told about writes to watched pages only).
     */
    public synchronized void unmap(long address, long length) {
        long end = address + length;
        if (!shared.isEmpty()) {
            syncShared(null);
            shared.removeIf(m -> m.address() >= address && m.address() + m.length() <= end);
        }
        beyondEof.entrySet().removeIf(e -> e.getKey() < end && address < e.getValue());
        for (RamSlot s : List.copyOf(inaccessible.values())) {
            if (s.base() >= end || s.end() <= address) {
                continue;
            }
            inaccessible.remove(s.base());
            byte[] data = s.data();
            if (s.base() < address) {
                inaccessible.put(s.base(), new RamSlot(s.base(), Arrays.copyOfRange(data, 0, (int) (address - s.base()))));
            }
            if (s.end() > end) {
                inaccessible.put(end, new RamSlot(end, Arrays.copyOfRange(data, (int) (end - s.base()), data.length)));
            }
        }
        for (RamSlot s : memory.slots()) {
            if (s.base() >= end || s.end() <= address) {
                continue;
            }
            invalidateCode(s);
            boolean writable = memory.isWritable(s);
            memory.unmap(s);
            byte[] data = s.data();
            if (s.base() < address) {
                memory.setWritable(memory.add(new RamSlot(s.base(), Arrays.copyOfRange(data, 0, (int) (address - s.base())))), writable);
            }
            if (s.end() > end) {
                memory.setWritable(memory.add(new RamSlot(end, Arrays.copyOfRange(data, (int) (end - s.base()), data.length))), writable);
            }
        }
    }

    private void invalidateCode(RamSlot s) {
        boolean writable = memory.isWritable(s);
        if (!writable) {
            memory.setWritable(s, true);
        }
        for (long page = s.base(); page < s.end(); page += PAGE) {
            memory.write8(page, memory.read8(page));
        }
        if (!writable) {
            memory.setWritable(s, false);
        }
    }

    private static RamSlot slotAt(List<RamSlot> slots, long address) {
        for (RamSlot s : slots) {
            if (address >= s.base() && address < s.end()) {
                return s;
            }
        }
        return null;
    }

    // ---- program break -------------------------------------------------------------------------

    /** Starts the heap at {@code start} (page aligned, just above the executable). */
    public void initBrk(long start) {
        heapStart = pageUp(start);
        brk = heapStart;
        heapMapped = heapStart;
    }

    public long brk() {
        return brk;
    }

    /** brk(2): moves the break when it can and returns the (possibly unchanged) break. */
    public synchronized long setBrk(long requested) {
        if (requested < heapStart || requested - heapStart > MAX_MAPPING) {
            return brk;
        }
        long needed = pageUp(requested);
        if (needed > heapMapped) {
            long oldSize = heapMapped - heapStart;
            long wanted = Math.min(MAX_MAPPING, Math.max(needed - heapStart, Math.max(2 * oldSize, 256 * PAGE)));
            long size = isFree(heapMapped, heapStart + wanted - heapMapped) ? wanted : needed - heapStart;
            if (!isFree(heapMapped, heapStart + size - heapMapped)) {
                return brk;
            }
            byte[] data;
            try {
                data = new byte[(int) size];
            } catch (OutOfMemoryError e) {
                return brk;
            }
            RamSlot old = oldSize > 0 ? slotAt(memory.slots(), heapStart) : null;
            if (old != null && old.base() == heapStart && old.end() == heapMapped) {
                invalidateCode(old);
                System.arraycopy(old.data(), 0, data, 0, (int) oldSize);
                memory.unmap(old);
                memory.add(new RamSlot(heapStart, data));
            } else if (oldSize == 0) {
                memory.add(new RamSlot(heapStart, data));
            } else {
                // The guest unmapped part of its heap: extend with a separate region.
                memory.map(heapMapped, size - oldSize);
            }
            heapMapped = heapStart + size;
        } else if (requested < brk) {
            // Shrinking: Linux frees whole pages above the new break, so regrowing gives zeroes.
            long from = pageUp(requested);
            long to = pageUp(brk);
            if (to > from) {
                RamSlot heap = slotAt(memory.slots(), heapStart);
                if (heap != null && heap.base() == heapStart) {
                    to = Math.min(to, heap.end());
                }
                if (heap != null && heap.base() == heapStart && to > from) {
                    invalidateCode(heap);
                    Arrays.fill(heap.data(), (int) (from - heapStart), (int) (to - heapStart), (byte) 0);
                }
            }
        }
        brk = requested;
        return brk;
    }

    // ---- guest memory access for syscalls ------------------------------------------------------

    /** Copies guest bytes to {@code into}; false (nothing promised about {@code into}) if any byte is not RAM. */
    public boolean read(long address, byte[] into, int offset, int length) {
        if (length == 0) {
            return true;
        }
        if (address < 0 || address + length < address) {
            return false;
        }
        List<RamSlot> slots = null;
        long at = address;
        int done = 0;
        while (done < length) {
            if (memory.isRam(at, length - done)) {
                memory.readBytes(at, into, offset + done, length - done);
                return true;
            }
            if (slots == null) {
                slots = memory.slots();
            }
            RamSlot s = slotAt(slots, at);
            if (s == null) {
                return false;
            }
            int chunk = (int) Math.min(length - done, s.end() - at);
            memory.readBytes(at, into, offset + done, chunk);
            done += chunk;
            at += chunk;
        }
        return true;
    }

    /** Copies bytes into the guest; false if any byte is not RAM (then nothing was written). */
    public boolean write(long address, byte[] from, int offset, int length) {
        if (length == 0) {
            return true;
        }
        if (address < 0 || address + length < address || !isMapped(address, length)) {
            return false;
        }
        List<RamSlot> slots = memory.slots();
        long at = address;
        int done = 0;
        try {
            while (done < length) {
                RamSlot s = slotAt(slots, at);
                int chunk = (int) Math.min(length - done, s.end() - at);
                memory.writeBytes(at, from, offset + done, chunk);
                done += chunk;
                at += chunk;
            }
        } catch (org.a64wb.emulator.memory.MemoryAbort | NullPointerException e) {
            return false; // a read-only page, or a mapping another thread just removed
        }
        return true;
    }

    public boolean write(long address, byte[] from) {
        return write(address, from, 0, from.length);
    }

    /** Reads a 64-bit little-endian value; {@code Long.MIN_VALUE} is not special: check {@link #isMapped} first if needed. */
    public boolean readLongs(long address, long[] into, int count) {
        byte[] bytes = new byte[count * 8];
        if (!read(address, bytes, 0, bytes.length)) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            long v = 0;
            for (int b = 7; b >= 0; b--) {
                v = (v << 8) | (bytes[i * 8 + b] & 0xff);
            }
            into[i] = v;
        }
        return true;
    }

    public boolean writeLongs(long address, long... values) {
        byte[] bytes = new byte[values.length * 8];
        for (int i = 0; i < values.length; i++) {
            putLong(bytes, i * 8, values[i]);
        }
        return write(address, bytes);
    }

    static void putLong(byte[] bytes, int at, long value) {
        for (int b = 0; b < 8; b++) {
            bytes[at + b] = (byte) (value >>> (8 * b));
        }
    }

    static void putInt(byte[] bytes, int at, int value) {
        for (int b = 0; b < 4; b++) {
            bytes[at + b] = (byte) (value >>> (8 * b));
        }
    }

    /** A NUL-terminated string of at most {@code max} bytes; null on a fault or when no NUL comes in time. */
    public String readCString(long address, int max) {
        byte[] buffer = new byte[64];
        int length = 0;
        long at = address;
        while (length < max) {
            if (at < 0 || !memory.isRam(at, 1)) {
                return null;
            }
            byte c = memory.read8(at++);
            if (c == 0) {
                return new String(buffer, 0, length, StandardCharsets.UTF_8);
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, length * 2);
            }
            buffer[length++] = c;
        }
        return null;
    }
}
