package org.a64wb.accel.inprocess;

import org.a64wb.accel.api.Syndrome;
import org.a64wb.isa.api.MemoryAccess;

/**
 * When hardware describes a data abort (ISS.ISV = 1) and with what: the Arm ARM (ISS encoding for an
 * exception from a Data Abort) provides the syndrome only for loads and stores of a single
 * general-purpose register without writeback, load-acquire/store-release included; exclusives,
 * pairs, SIMD&FP, writeback forms and atomics give ISV = 0.
 */
public final class IsvRule {

    private IsvRule() {
    }

    public static boolean isv(MemoryAccess m) {
        boolean general = m.kind() == MemoryAccess.RegisterKind.X || m.kind() == MemoryAccess.RegisterKind.W;
        boolean plain = m.direction() == MemoryAccess.Direction.LOAD || m.direction() == MemoryAccess.Direction.STORE;
        return general && plain && m.registers().length == 1 && m.writeback() == MemoryAccess.Writeback.NONE
                && !m.exclusive() && m.atomic() == MemoryAccess.AtomicOp.NONE;
    }

    /** The data-abort syndrome for an access described by {@code m} (null: nothing known, ISV = 0). */
    public static Syndrome syndrome(MemoryAccess m, boolean write, int dfsc) {
        if (m == null || !isv(m)) {
            return Syndrome.dataAbort(false, 0, false, 0, false, false, write, dfsc);
        }
        int sizeLog2 = Integer.numberOfTrailingZeros(m.elementBytes());
        return Syndrome.dataAbort(true, sizeLog2, m.signExtend(), m.registers()[0], m.kind() == MemoryAccess.RegisterKind.X,
                m.acquire() || m.release(), write, dfsc);
    }
}
