package org.a64wb.emulator.cpu;

import java.util.HashMap;
import java.util.Map;

/**
 * Values of the system registers that have no dedicated field in {@link Cpu}, keyed by their
 * encoding (op0, op1, CRn, CRm, op2 packed as in MRS: op0<<14 | op1<<11 | CRn<<7 | CRm<<3 | op2).
 * Which registers exist, their reset values and access rules are described by one table in the
 * system semantics; this class only stores.
 */
public final class SystemRegisterStore {

    private final Map<Integer, Long> values = new HashMap<>();

    public static int key(int op0, int op1, int crn, int crm, int op2) {
        return op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2;
    }

    public long get(int key, long resetValue) {
        Long value = values.get(key);
        return value == null ? resetValue : value;
    }

    public void set(int key, long value) {
        values.put(key, value);
    }
}
