package org.a64wb.emulator.debug;

/**
 * The comparisons of one breakpoint (DBGBCR/DBGBVR) or watchpoint (DBGWCR/DBGWVR) pair with an
 * instruction or an access, on register values alone (Arm ARM D2.9 "Breakpoint exceptions", D2.10
 * "Watchpoint exceptions"; the pseudocode's AArch64.BreakpointMatch, AArch64.WatchpointMatch,
 * AArch64.WatchpointByteMatch and AArch64.StateMatch), for this PE: AArch64 only, EL0 and EL1, no EL2 or EL3,
 * Non-secure, 48-bit virtual addresses.
 *
 * <p>Breakpoint types (DBGBCR.BT): unlinked and linked address match (0b0000, 0b0001), unlinked context ID match
 * (0b0010: CONTEXTIDR_EL1 equals DBGBVR[31:0], on every instruction) and linked context ID match (0b0011: no event of
 * its own; what a linked address breakpoint or a linked watchpoint (WT = 1) names by LBN). Only the context-aware
 * breakpoints, the highest-numbered {@link #CONTEXT_AWARE}, compare contexts. The other types need EL2 (VMID,
 * CONTEXTIDR_EL2) or AArch32 (address mismatch) and are reserved here.
 *
 * <p>The CONSTRAINED UNPREDICTABLE cases take the choice QEMU makes, so guests see one behaviour: a reserved
 * MASK (1 or 2) disables the watchpoint; a non-zero MASK ignores BAS; a non-contiguous BAS selects exactly
 * its bytes; DBGWVR bits under the mask are ignored; a reserved breakpoint type, a context type on a breakpoint that
 * is not context-aware, and a link to a breakpoint that is not an enabled linked context ID match on a context-aware
 * breakpoint generate no event.
 */
public final class DebugMatch {

    /** DBGBCR/DBGWCR.E. */
    public static final long ENABLE = 1;
    /** DBGBCR.BT values. */
    public static final int ADDRESS = 0b0000;
    public static final int LINKED_ADDRESS = 0b0001;
    public static final int CONTEXT_ID = 0b0010;
    public static final int LINKED_CONTEXT_ID = 0b0011;
    /**
     * Context-aware breakpoints: ID_AA64DFR0_EL1.CTX_CMPs + 1, the highest-numbered ones (Arm ARM D2.9.1), two as on
     * QEMU's -cpu max and the Cortex-A53/A57.
     */
    public static final int CONTEXT_AWARE = 2;
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

    /** DBGBCR.BT. */
    public static int type(long bcr) {
        return (int) (bcr >>> 20) & 0xf;
    }

    /** DBGBCR.LBN, DBGWCR.LBN: the context-aware breakpoint a linked breakpoint or watchpoint names. */
    public static int linkedBreakpoint(long control) {
        return (int) (control >>> 16) & 0xf;
    }

    /** DBGWCR.WT: the watchpoint is linked. */
    public static boolean linked(long wcr) {
        return (wcr >>> 20 & 1) != 0;
    }

    /**
     * Whether breakpoint {@code n} ({@code bcr}, {@code bvr}) matches the A64 instruction at {@code pc} executed at
     * {@code el} with CONTEXTIDR_EL1 = {@code contextId}, before any link is followed: enabled, state, and an address
     * type with VA[48:2] equal (BAS is RES1 where no EL supports AArch32, so an A64 instruction is always selected) or
     * an unlinked context ID type on a context-aware breakpoint with DBGBVR[31:0] equal. A linked address breakpoint
     * also needs {@link #linkedContextMatches} for its LBN.
     */
    public static boolean breakpointMatches(long bcr, long bvr, long pc, int el, int n, int breakpoints, long contextId) {
        if ((bcr & ENABLE) == 0) {
            return false;
        }
        boolean value = switch (type(bcr)) {
            case ADDRESS, LINKED_ADDRESS -> ((pc ^ bvr) & VA_BITS & ~3L) == 0;
            case CONTEXT_ID -> contextAware(n, breakpoints) && (int) bvr == (int) contextId;
            default -> false;
        };
        return value && stateMatches(bcr, el, el != 0);
    }

    /**
     * What a link to breakpoint {@code lbn} requires (AArch64.BreakpointValueMatch with linked_to): a context-aware
     * breakpoint, enabled, of type linked context ID match, whose DBGBVR[31:0] equals CONTEXTIDR_EL1. Its own PMC,
     * HMC and SSC do not apply: the linking breakpoint or watchpoint's do.
     */
    public static boolean linkedContextMatches(long bcr, long bvr, int lbn, int breakpoints, long contextId) {
        return contextAware(lbn, breakpoints) && (bcr & ENABLE) != 0 && type(bcr) == LINKED_CONTEXT_ID && (int) bvr == (int) contextId;
    }

    static boolean contextAware(int n, int breakpoints) {
        return n < breakpoints && n >= breakpoints - CONTEXT_AWARE;
    }

    /**
     * The lowest address in [{@code address}, {@code address + size}) that watchpoint ({@code wcr}, {@code wvr})
     * matches for a load ({@code write} false) or store at {@code el}, or -1: enabled, LSC, state, then byte by byte (AArch64.WatchpointMatch). That address is what FAR_EL1 reports: it lies between
     * the lowest address accessed and the highest watched one, as D2.10.5 requires. A linked watchpoint (WT = 1) also
     * needs {@link #linkedContextMatches} for its LBN.
     */
    public static long watchpointMatch(long wcr, long wvr, long address, int size, int el, boolean privileged, boolean write) {
        if ((wcr & ENABLE) == 0) {
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
