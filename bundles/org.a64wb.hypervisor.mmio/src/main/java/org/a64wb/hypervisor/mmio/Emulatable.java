package org.a64wb.hypervisor.mmio;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.MemoryAccess;

/**
 * Which loads and stores the ISV=0 path can emulate at all, whatever an allowlist says: plain
 * loads and stores of general-purpose and SIMD&FP registers in every addressing mode. The rest is
 * refused with the reason, because emulating it in the VMM would be wrong, not merely slow.
 */
public final class Emulatable {

    private Emulatable() {
    }

    /** Null when the access can be emulated, otherwise why not (for reports and allowlist errors). */
    public static String whyNot(EncodingInfo encoding, MemoryAccess access) {
        if (access == null) {
            return "not a load or store";
        }
        if (access.exclusive()) {
            // The exclusive monitor is the PE's (Arm ARM B2.9); a VMM cannot make STXR's status truthful.
            return "exclusive access (the exclusive monitor belongs to the CPU)";
        }
        if (access.atomic() != MemoryAccess.AtomicOp.NONE) {
            // A read-modify-write done as two bus calls is not single-copy atomic (Arm ARM B2.2).
            return "atomic read-modify-write (cannot be made single-copy atomic on a device)";
        }
        if (access.direction() == MemoryAccess.Direction.PREFETCH) {
            return "prefetch (no data access to emulate)";
        }
        if (encoding != null && "pauth".equalsIgnoreCase(encoding.feature())) {
            // LDRAA/LDRAB authenticate the base with keys the VMM does not hold (Arm ARM C6.2 LDRAA).
            return "pointer-authenticated load (needs the guest's PAuth keys)";
        }
        if (access.direction() != MemoryAccess.Direction.LOAD && access.direction() != MemoryAccess.Direction.STORE) {
            return "not a plain load or store";
        }
        return null;
    }
}
