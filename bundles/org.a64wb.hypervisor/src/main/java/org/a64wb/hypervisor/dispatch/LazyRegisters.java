package org.a64wb.hypervisor.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.RegisterWriteRejected;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.hypervisor.api.VcpuRegisters;

/**
 * Registers fetched from the accelerator on first use and written back only when changed. A
 * rejected write is re-read, so this view never disagrees with the guest (seed 001).
 */
public final class LazyRegisters implements VcpuRegisters {

    private final VirtualCpu vcpu;
    private final Map<Long, Long> values = new LinkedHashMap<>();
    private final Map<Long, Long> dirty = new LinkedHashMap<>();
    private final List<Long> fetched = new ArrayList<>();
    private final Map<Integer, long[]> vectors = new LinkedHashMap<>();
    private final Map<Integer, long[]> dirtyVectors = new LinkedHashMap<>();

    public LazyRegisters(VirtualCpu vcpu) {
        this.vcpu = vcpu;
    }

    @Override
    public long get(long id) {
        Long value = values.get(id);
        if (value == null) {
            value = vcpu.getRegister(id);
            values.put(id, value);
            fetched.add(id);
        }
        return value;
    }

    @Override
    public void set(long id, long value) {
        if (values.containsKey(id) && values.get(id) == value && !dirty.containsKey(id)) {
            return;
        }
        values.put(id, value);
        dirty.put(id, value);
    }

    @Override
    public long[] vector(int n) {
        long[] value = vectors.get(n);
        if (value == null) {
            value = vcpu.getVector(n);
            vectors.put(n, value);
            fetched.add(RegisterId.v(n));
        }
        return value.clone();
    }

    @Override
    public void setVector(int n, long low, long high) {
        long[] value = {low, high};
        vectors.put(n, value);
        dirtyVectors.put(n, value);
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
        return List.copyOf(fetched);
    }

    @Override
    public List<Long> writeBack() {
        List<Long> rejected = new ArrayList<>();
        for (Map.Entry<Long, Long> entry : dirty.entrySet()) {
            try {
                vcpu.setRegister(entry.getKey(), entry.getValue());
            } catch (RegisterWriteRejected e) {
                rejected.add(entry.getKey());
                try {
                    values.put(entry.getKey(), vcpu.getRegister(entry.getKey()));
                } catch (IllegalArgumentException unknown) {
                    values.remove(entry.getKey()); // no such register: nothing to agree with
                }
            }
        }
        dirty.clear();
        dirtyVectors.forEach((n, value) -> vcpu.setVector(n, value[0], value[1]));
        dirtyVectors.clear();
        return rejected;
    }
}
