package org.a64wb.hypervisor.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.a64wb.board.api.mmio.MmioBus;
import org.a64wb.board.api.mmio.MmioDevice;

/** Devices on sorted, non-overlapping guest physical ranges. */
public final class SimpleMmioBus implements MmioBus {

    /** One mapped window. */
    public record Region(long base, long size, String name, MmioDevice device) {
        boolean contains(long address, int bytes) {
            return address >= base && address - base <= size - bytes;
        }
    }

    private volatile List<Region> regions = List.of();
    /** {@link #regions} as an array: looked up on every MMIO exit, without an iterator. */
    private volatile Region[] sorted = new Region[0];

    @Override
    public synchronized void map(long base, long size, String name, MmioDevice device) {
        for (Region r : regions) {
            if (base < r.base() + r.size() && r.base() < base + size) {
                throw new IllegalArgumentException(String.format("%s at 0x%x+0x%x overlaps %s", name, base, size, r.name()));
            }
        }
        List<Region> list = new ArrayList<>(regions);
        list.add(new Region(base, size, name, device));
        list.sort(Comparator.comparingLong(Region::base));
        regions = List.copyOf(list);
        sorted = list.toArray(new Region[0]);
    }

    public List<Region> regions() {
        return regions;
    }

    private Region find(long address, int size) {
        for (Region r : sorted) {
            if (r.contains(address, size)) {
                return r;
            }
        }
        return null;
    }

    @Override
    public boolean claims(long address, int size) {
        return find(address, size) != null;
    }

    @Override
    public long read(long address, int size) {
        Region r = find(address, size);
        if (r == null) {
            throw new IllegalArgumentException(String.format("no device at 0x%x (%d bytes)", address, size));
        }
        return r.device().read(address - r.base(), size);
    }

    @Override
    public void write(long address, int size, long value) {
        Region r = find(address, size);
        if (r == null) {
            throw new IllegalArgumentException(String.format("no device at 0x%x (%d bytes)", address, size));
        }
        r.device().write(address - r.base(), size, value);
    }
}
