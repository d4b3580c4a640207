package org.a64wb.emulator.mmu;

import org.a64wb.emulator.memory.Memory;

/**
 * The stage-1 translation table walk of the EL1&0 regime (Arm ARM D8.2 "Translation process", pseudocode
 * AArch64.S1Walk and AArch64.S1DirectBasePermissions), for VMSAv8-64 without FEAT_LPA/LPA2 (48-bit
 * output addresses), FEAT_TTST, FEAT_HPDS or FEAT_HAFDBS: 4K, 16K and 64K granules, blocks where those
 * granules allow them, hierarchical APTable/UXNTable/PXNTable, and no hardware update of AF or DBM.
 *
 * <p>Choices for CONSTRAINED UNPREDICTABLE or RES0 cases, made as QEMU makes them so that differential
 * runs compare: TxSZ outside 16..39 is clamped; a reserved TGx value means 4K; descriptor bits 51:48
 * (RES0 without FEAT_LPA) are ignored; low TTBR BADDR bits below the table's alignment are taken as zero.
 */
public final class PageTableWalker {

    // Fault status codes (ESR_ELx.ISS.xFSC and PAR_EL1.FST, Arm ARM D17.2.37), the level in bits 1:0.
    public static final int ADDRESS_SIZE = 0x00;
    public static final int TRANSLATION = 0x04;
    public static final int ACCESS_FLAG = 0x08;
    public static final int PERMISSION = 0x0c;
    public static final int EXTERNAL = 0x10;
    public static final int EXTERNAL_ON_WALK = 0x14;

    // What a mapping allows, after hierarchical permissions, PXN for EL0-writable pages and WXN.
    public static final int EL1_READ = 1;
    public static final int EL1_WRITE = 2;
    public static final int EL0_READ = 4;
    public static final int EL0_WRITE = 8;
    public static final int EL1_EXECUTE = 16;
    public static final int EL0_EXECUTE = 32;

    private static final long ADDRESS_BITS = 0x0000_ffff_ffff_f000L;
    private static final int PA_RANGE = 48;

    /** A walk's outcome: a fault ({@link #fault} >= 0, with its level) or a mapping. */
    public static final class Result {
        /** Fault status code with level, or -1 for a translation. */
        public int fault = -1;
        /** Physical address of the 4K page holding the VA. */
        public long page;
        /** log2 of the size of the block or page that maps it (12 to 42). */
        public int shift;
        public int permissions;
        /** nG = 0: the mapping belongs to every ASID. */
        public boolean global;
        public int attrIndex;
        public int shareability;
        /** The level of the descriptor that mapped the address or faulted. */
        public int level;

        Result fault(int status, int level) {
            this.level = level;
            fault = status | level;
            return this;
        }
    }

    private PageTableWalker() {
    }

    /** The granule of the range {@code upper} selects, as log2 bytes (12, 14, 16). */
    static int granuleBits(long tcr, boolean upper) {
        if (upper) {
            return switch ((int) (tcr >>> 30) & 3) {
                case 1 -> 14;
                case 3 -> 16;
                default -> 12;
            };
        }
        return switch ((int) (tcr >>> 14) & 3) {
            case 1 -> 16;
            case 2 -> 14;
            default -> 12;
        };
    }

    /** The output address size of TCR_EL1.IPS, at most the implemented PARange. */
    static int outputBits(long tcr) {
        int bits = switch ((int) (tcr >>> 32) & 7) {
            case 0 -> 32;
            case 1 -> 36;
            case 2 -> 40;
            case 3 -> 42;
            case 4 -> 44;
            default -> 48;
        };
        return Math.min(bits, PA_RANGE);
    }

    /**
     * Walks for {@code va}. {@code fetch}: an instruction fetch, for which top-byte-ignore does not apply
     * (branch targets have their top byte already canonical, AArch64.BranchAddr).
     */
    public static Result walk(Memory memory, long va, boolean fetch, long tcr, long ttbr0, long ttbr1, boolean wxn) {
        Result r = new Result();
        boolean upper = (va >>> 55 & 1) != 0;
        int txsz = Math.max(16, Math.min(39, (int) (upper ? tcr >>> 16 : tcr) & 0x3f));
        boolean tbi = !fetch && (tcr >>> (upper ? 38 : 37) & 1) != 0;
        boolean epd = (tcr >>> (upper ? 23 : 7) & 1) != 0;
        int inputBits = 64 - txsz;
        // Bits [top:inputBits] must all equal bit 55 (D8.2.x "Translation table base address selection").
        int top = tbi ? 55 : 63;
        long range = va << (63 - top) >> (63 - top + inputBits);
        if (range != (upper ? -1L : 0L) || epd) {
            return r.fault(TRANSLATION, 0);
        }
        int granule = granuleBits(tcr, upper);
        int stride = granule - 3;
        int level = 4 - (inputBits - granule + stride - 1) / stride;
        int oaBits = outputBits(tcr);
        int firstBits = inputBits - (granule + (3 - level) * stride);
        long table = (upper ? ttbr1 : ttbr0) & 0x0000_ffff_ffff_fffeL & -(8L << firstBits);
        if (table >>> oaBits != 0) {
            return r.fault(ADDRESS_SIZE, 0);
        }
        int apTable = 0;
        boolean uxnTable = false;
        boolean pxnTable = false;
        while (true) {
            int shift = granule + (3 - level) * stride;
            int indexBits = Math.min(stride, inputBits - shift);
            long address = table | (va >>> shift & (1L << indexBits) - 1) << 3;
            if (!memory.isRam(address, 8)) {
                return r.fault(EXTERNAL_ON_WALK, level);
            }
            long d = memory.read64(address);
            if ((d & 1) == 0) {
                return r.fault(TRANSLATION, level);
            }
            if (level < 3 && (d & 2) != 0) {
                long next = d & ADDRESS_BITS & -(1L << granule);
                if (next >>> oaBits != 0) {
                    return r.fault(ADDRESS_SIZE, level);
                }
                apTable |= (int) (d >>> 61) & 3;
                uxnTable |= (d >>> 60 & 1) != 0;
                pxnTable |= (d >>> 59 & 1) != 0;
                table = next;
                level++;
                continue;
            }
            // Level 3 needs a page descriptor (0b11); blocks exist at level 1 and 2 with 4K, level 2 with 16K and 64K.
            boolean blockAllowed = level == 2 || level == 1 && granule == 12;
            if (level == 3 ? (d & 2) == 0 : !blockAllowed) {
                return r.fault(TRANSLATION, level);
            }
            long output = d & ADDRESS_BITS & -(1L << shift);
            if (output >>> oaBits != 0) {
                return r.fault(ADDRESS_SIZE, level);
            }
            if ((d & 1L << 10) == 0) {
                return r.fault(ACCESS_FLAG, level);
            }
            r.page = output | va & (1L << shift) - 1 & ~0xfffL;
            r.shift = shift;
            r.global = (d & 1L << 11) == 0;
            r.attrIndex = (int) (d >>> 2) & 7;
            r.shareability = (int) (d >>> 8) & 3;
            r.permissions = permissions((int) (d >>> 6) & 3, apTable, (d >>> 54 & 1) != 0 || uxnTable,
                    (d >>> 53 & 1) != 0 || pxnTable, wxn);
            r.level = level;
            return r;
        }
    }

    /** AArch64.S1DirectBasePermissions without PAN (the MMU applies PAN per access). */
    static int permissions(int ap, int apTable, boolean uxn, boolean pxn, boolean wxn) {
        boolean pw = (ap & 2) == 0;
        boolean ur = (ap & 1) != 0;
        boolean uw = ap == 1;
        if ((apTable & 1) != 0) {
            ur = false;
            uw = false;
        }
        if ((apTable & 2) != 0) {
            pw = false;
            uw = false;
        }
        // Locations writable at EL0 are never executable at EL1 (D8.4.1.2 "Instruction access permissions").
        boolean px = !pxn && !uw && !(wxn && pw);
        boolean ux = !uxn && !(wxn && uw);
        return EL1_READ | (pw ? EL1_WRITE : 0) | (ur ? EL0_READ : 0) | (uw ? EL0_WRITE : 0) | (px ? EL1_EXECUTE : 0)
                | (ux ? EL0_EXECUTE : 0);
    }
}
