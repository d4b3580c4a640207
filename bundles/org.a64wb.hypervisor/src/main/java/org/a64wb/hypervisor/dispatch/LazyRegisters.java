package org.a64wb.hypervisor.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.RegisterWriteRejected;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.hypervisor.api.VcpuRegisters;

/**
 * Registers fetched from the accelerator on first use and written back only when changed. A
 * rejected write is re-read, so this view never disagrees with the guest (seed 001).
 *
 * <p>One exists per exit and a handler touches a handful of registers, so they are kept in small arrays searched
 * linearly, in the order of first use (which is the order of {@link #fetched} and of the write-back), rather than
 * in maps of boxed ids: an exit then allocates next to nothing.
 */
public final class LazyRegisters implements VcpuRegisters {

    private static final int[] NO_INTS = {};
    private static final long[] NO_LONGS = {};
    private static final boolean[] NO_FLAGS = {};
    private static final long[][] NO_VECTORS = {};

    private final VirtualCpu vcpu;

    /** Allocated on first use (see append), as the other arrays. */
    private long[] ids;
    private long[] values;
    private boolean[] dirty;
    private int count;
    /** Indexes of the dirty registers in the order they were first written: the write-back keeps that order. */
    private int[] dirtyOrder = NO_INTS;
    private int dirtyCount;
    private boolean anyDirty;

    /** Allocated on first use: most exits move no vector register. */
    private int[] vectorNumbers = NO_INTS;
    private long[][] vectors = NO_VECTORS;
    private boolean[] dirtyVectors = NO_FLAGS;
    private int vectorCount;

    /** Ids in the order they were fetched from the accelerator (vectors as RegisterId.v(n)). */
    private long[] fetchedIds = NO_LONGS;
    private int fetchedCount;

    public LazyRegisters(VirtualCpu vcpu) {
        this.vcpu = vcpu;
    }

    private int indexOf(long id) {
        for (int i = 0; i < count; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    private int append(long id, long value) {
        if (ids == null) {
            ids = new long[8];
            values = new long[8];
            dirty = new boolean[8];
        }
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, 2 * count);
            values = Arrays.copyOf(values, 2 * count);
            dirty = Arrays.copyOf(dirty, 2 * count);
        }
        ids[count] = id;
        values[count] = value;
        return count++;
    }

    private void noteFetched(long id) {
        if (fetchedCount == fetchedIds.length) {
            fetchedIds = Arrays.copyOf(fetchedIds, Math.max(8, 2 * fetchedCount));
        }
        fetchedIds[fetchedCount++] = id;
    }

    @Override
    public long get(long id) {
        int i = indexOf(id);
        if (i >= 0) {
            return values[i];
        }
        long value = vcpu.getRegister(id);
        append(id, value);
        noteFetched(id);
        return value;
    }

    @Override
    public void set(long id, long value) {
        int i = indexOf(id);
        if (i < 0) {
            i = append(id, value);
        } else if (values[i] == value && !dirty[i]) {
            return;
        }
        values[i] = value;
        if (!dirty[i]) {
            dirty[i] = true;
            if (dirtyCount == dirtyOrder.length) {
                dirtyOrder = Arrays.copyOf(dirtyOrder, Math.max(8, 2 * dirtyCount));
            }
            dirtyOrder[dirtyCount++] = i;
        }
        anyDirty = true;
    }

    private int vectorIndex(int n) {
        for (int i = 0; i < vectorCount; i++) {
            if (vectorNumbers[i] == n) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public long[] vector(int n) {
        int i = vectorIndex(n);
        if (i < 0) {
            i = appendVector(n, vcpu.getVector(n));
            noteFetched(RegisterId.v(n));
        }
        return vectors[i].clone();
    }

    private int appendVector(int n, long[] value) {
        if (vectorCount == vectorNumbers.length) {
            vectorNumbers = Arrays.copyOf(vectorNumbers, Math.max(2, 2 * vectorCount));
            vectors = Arrays.copyOf(vectors, Math.max(2, 2 * vectorCount));
            dirtyVectors = Arrays.copyOf(dirtyVectors, Math.max(2, 2 * vectorCount));
        }
        vectorNumbers[vectorCount] = n;
        vectors[vectorCount] = value;
        return vectorCount++;
    }

    @Override
    public void setVector(int n, long low, long high) {
        long[] value = {low, high};
        int i = vectorIndex(n);
        if (i < 0) {
            i = appendVector(n, value);
        }
        vectors[i] = value;
        dirtyVectors[i] = true;
        anyDirty = true;
    }

    @Override
    public long x(int n) {
        return n == 31 ? 0 : get(RegisterId.x(n));
    }

    @Override
    public void setX(int n, long value) {
        if (n != 31) {
            set(RegisterId.x(n), value);
        }
    }

    @Override
    public long pc() {
        return get(RegisterId.PC);
    }

    @Override
    public void setPc(long value) {
        set(RegisterId.PC, value);
    }

    @Override
    public List<Long> fetched() {
        Long[] ids = new Long[fetchedCount];
        for (int i = 0; i < fetchedCount; i++) {
            ids[i] = fetchedIds[i];
        }
        return List.of(ids);
    }

    @Override
    public List<Long> writeBack() {
        if (!anyDirty) {
            return List.of();
        }
        List<Long> rejected = List.of();
        boolean[] unknown = null;
        for (int k = 0; k < dirtyCount; k++) {
            int i = dirtyOrder[k];
            dirty[i] = false;
            try {
                vcpu.setRegister(ids[i], values[i]);
            } catch (RegisterWriteRejected e) {
                if (rejected.isEmpty()) {
                    rejected = new ArrayList<>();
                }
                rejected.add(ids[i]);
                try {
                    values[i] = vcpu.getRegister(ids[i]);
                } catch (IllegalArgumentException noSuchRegister) {
                    // Nothing to agree with: forgotten below, after the indexes in dirtyOrder are used.
                    if (unknown == null) {
                        unknown = new boolean[count];
                    }
                    unknown[i] = true;
                }
            }
        }
        dirtyCount = 0;
        if (unknown != null) {
            for (int i = count - 1; i >= 0; i--) {
                if (unknown[i]) {
                    forget(i);
                }
            }
        }
        for (int i = 0; i < vectorCount; i++) {
            if (dirtyVectors[i]) {
                dirtyVectors[i] = false;
                vcpu.setVector(vectorNumbers[i], vectors[i][0], vectors[i][1]);
            }
        }
        anyDirty = false;
        return rejected;
    }

    private void forget(int i) {
        System.arraycopy(ids, i + 1, ids, i, count - i - 1);
        System.arraycopy(values, i + 1, values, i, count - i - 1);
        System.arraycopy(dirty, i + 1, dirty, i, count - i - 1);
        count--;
    }
}
