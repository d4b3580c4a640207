package org.a64wb.emulator.debug;

/**
 * The comparisons of one breakpoint (DBGBCR/DBGBVR) or watchpoint (DBGWCR/DBGWVR) pair with an
 * instruction or an access, on register values alone (Arm ARM D2.9 "Breakpoint exceptions", D2.10
 * "Watchpoint exceptions"; the pseudocode's AArch64.BreakpointMatch, AArch64.WatchpointMatch,
 * AArch64.WatchpointByteMatch and AArch64.StateMatch), for this PE: AArch64 only, EL0 and EL1, no EL2 or EL3,
 * Non-secure, 48-bit virtual addresses.
 *
 * <p>Only unlinked address matching is implemented. Context-ID breakpoints (BT = 0b001x), which would compare
 * CONTEXTIDR_EL1, and linked address breakpoints and watchpoints (BT = 0b0001, WT = 1), which need one, never
 * match: a guest that uses them sees no exception, as if the context never matched.
 *
 * <p>The CONSTRAINED UNPREDICTABLE cases take the choice QEMU makes, so guests see one behaviour: a reserved
 * MASK (1 or 2) disables the watchpoint; a non-zero MASK ignores BAS; a non-contiguous BAS selects exactly
 * its bytes; DBGWVR bits under the mask are ignored.
 */
public final class DebugMatch {

    /** DBGBCR/DBGWCR.E. */
    public static final long ENABLE = 1;
    /** The VA bits an address comparison uses, [48:0] (DBGBVR/DBGWVR bits above are RESS). */
    private static final long VA_BITS = (1L << 49) - 1;

    private DebugMatch() {
    }

    /**
     * AArch64.StateMatch for an implementation without EL2 and EL3 in Non-secure state: SSC 0b00 (both states),
     * 0b01 (Non-secure) or 0b11 with HMC = 1 match; PMC/PAC bit 0 selects EL1, bit 1 EL0. An unprivileged access
     * (LDTR, STTR) at EL1 matches as EL0 does.
     */
    static boolean stateMatches(long control, int el, boolean privileged) {
        int pxc = (int) (control >>> 1) & 3;
        int hmc = (int) (control >>> 13) & 1;
        int ssc = (int) (control >>> 14) & 3;
        boolean security = ssc == 0b00 || ssc == 0b01 || ssc == 0b11 && hmc == 1;
        boolean privilege = el == 0 || !privileged ? (pxc & 2) != 0 : (pxc & 1) != 0;
        return security && privilege;
    }

    /**
     * Whether breakpoint ({@code bcr}, {@code bvr}) matches the A64 instruction at {@code pc} executed at {@code el}:
     * enabled, an unlinked address match (BT = 0b0000), state, and VA[48:2] equal. BAS is RES1 where no EL
     * supports AArch32, so an A64 instruction is always selected.
     */
    public static boolean breakpointMatches(long bcr, long bvr, long pc, int el) {
        if ((bcr & ENABLE) == 0 || (bcr >>> 20 & 0xf) != 0) {
            return false;
        }
        return stateMatches(bcr, el, el != 0) && ((pc ^ bvr) & VA_BITS & ~3L) == 0;
    }

    /**
     * The lowest address in [{@code address}, {@code address + size}) that watchpoint ({@code wcr}, {@code wvr})
     * matches for a load ({@code write} false) or store at {@code el}, or -1: enabled, not linked (WT = 0), LSC,
     * state, then byte by byte (AArch64.WatchpointMatch). That address is what FAR_EL1 reports: it lies between
     * the lowest address accessed and the highest watched one, as D2.10.5 requires.
     */
    public static long watchpointMatch(long wcr, long wvr, long address, int size, int el, boolean privileged, boolean write) {
        if ((wcr & ENABLE) == 0 || (wcr >>> 20 & 1) != 0) {
            return -1;
        }
        int lsc = (int) (wcr >>> 3) & 3;
        if ((lsc & (write ? 2 : 1)) == 0 || !stateMatches(wcr, el, privileged)) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (byteMatches(wcr, wvr, address + i)) {
                return address + i;
            }
        }
        return -1;
    }

    /**
     * AArch64.WatchpointByteMatch: DBGWVR bit 2 set makes the watched unit a word (BAS[3:0] select its bytes),
     * else a doubleword (BAS[7:0]); a MASK of 3 to 31 widens the compare to a 2^MASK-byte block.
     */
    static boolean byteMatches(long wcr, long wvr, long va) {
        int bottom = (wvr & 4) != 0 ? 2 : 3;
        int bas = (int) (wcr >>> 5) & 0xff;
        int mask = (int) (wcr >>> 24) & 0x1f;
        if (mask == 1 || mask == 2) {
            return false;
        }
        boolean byteSelected = mask > 0 || (bas >>> (int) (va & (1 << bottom) - 1) & 1) != 0;
        int low = Math.max(mask, bottom);
        return byteSelected && ((va ^ wvr) & VA_BITS & -(1L << low)) == 0;
    }
}
