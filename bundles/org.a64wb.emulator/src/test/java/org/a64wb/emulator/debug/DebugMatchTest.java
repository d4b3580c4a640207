package org.a64wb.emulator.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Breakpoint and watchpoint matching against the Arm ARM's rules (D2.9, D2.10; AArch64.BreakpointMatch,
 * AArch64.WatchpointByteMatch, AArch64.StateMatch), field by field: DBGBCR E, PMC, SSC/HMC, BT, the VA bits
 * compared; DBGWCR E, PAC, LSC, BAS (doubleword and word-aligned DBGWVR), MASK, WT; FAR's address.
 */
class DebugMatchTest {

    private static final long BASE = 0x4008_0ac0L;

    /** DBGBCR: E = 1, the given PMC, BAS = 0b1111, the given BT. */
    private static long bcr(int pmc, int bt) {
        return 1 | pmc << 1 | 0xf << 5 | (long) bt << 20;
    }

    /** DBGWCR: E = 1, PAC = EL0 and EL1, the given LSC, BAS and MASK. */
    private static long wcr(int lsc, int bas, int mask) {
        return 1 | 3 << 1 | lsc << 3 | bas << 5 | (long) mask << 24;
    }

    private static long load(long wcr, long wvr, long address, int size) {
        return DebugMatch.watchpointMatch(wcr, wvr, address, size, 1, true, false);
    }

    private static long store(long wcr, long wvr, long address, int size) {
        return DebugMatch.watchpointMatch(wcr, wvr, address, size, 1, true, true);
    }

    /** Breakpoint 0 (not context-aware) of six, CONTEXTIDR_EL1 = 0. */
    private static boolean matches(long bcr, long bvr, long pc, int el) {
        return DebugMatch.breakpointMatches(bcr, bvr, pc, el, 0, BREAKPOINTS, 0);
    }

    private static final int BREAKPOINTS = 6;
    private static final long CONTEXT = 0x1234;

    // ---- breakpoints ----

    @ParameterizedTest(name = "PMC {0}: EL0 {1}, EL1 {2}")
    @CsvSource({"0, false, false", "1, false, true", "2, true, false", "3, true, true"})
    void pmcSelectsTheExceptionLevels(int pmc, boolean el0, boolean el1) {
        assertEquals(el0, matches(bcr(pmc, 0), BASE, BASE, 0), "EL0");
        assertEquals(el1, matches(bcr(pmc, 0), BASE, BASE, 1), "EL1");
    }

    @Test
    void aDisabledBreakpointNeverMatches() {
        assertFalse(matches(bcr(3, 0) & ~1L, BASE, BASE, 1));
    }

    @Test
    void onlyTheInstructionAtTheAddressMatches() {
        assertTrue(matches(bcr(3, 0), BASE, BASE, 1));
        assertFalse(matches(bcr(3, 0), BASE, BASE + 4, 1));
        assertFalse(matches(bcr(3, 0), BASE, BASE - 4, 1));
    }

    @Test
    void theComparisonUsesVaBits48To2() {
        // DBGBVR<63:49> are RESS: a value whose upper bits are not bit 48's copies still compares bits [48:2] only.
        assertTrue(matches(bcr(3, 0), 0x0001_ffff_0000_1000L, 0xffff_ffff_0000_1000L, 1));
        assertFalse(matches(bcr(3, 0), 0x0000_ffff_0000_1000L, 0xffff_ffff_0000_1000L, 1), "bit 48 differs");
    }

    @Test
    void basIsRes1SoEveryA64InstructionIsSelected() {
        // No AArch32 at any EL: BAS reads as 0b1111 and an A64 instruction at DBGBVR always matches.
        assertTrue(matches(1 | 3 << 1, BASE, BASE, 1));
    }

    @ParameterizedTest(name = "BT {0}")
    @CsvSource({"3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "15"})
    void linkedContextAndReservedTypesGenerateNoEventOfTheirOwn(int bt) {
        // 0b0011 is only ever linked to; the VMID, CONTEXTIDR_EL2 and address mismatch types need EL2 or AArch32.
        for (int n = 0; n < BREAKPOINTS; n++) {
            assertFalse(DebugMatch.breakpointMatches(bcr(3, bt), CONTEXT, CONTEXT, 1, n, BREAKPOINTS, CONTEXT), "breakpoint " + n);
            assertFalse(DebugMatch.breakpointMatches(bcr(3, bt), BASE, BASE, 1, n, BREAKPOINTS, CONTEXT), "breakpoint " + n);
        }
    }

    @Test
    void aContextIdBreakpointMatchesEveryInstructionWhileContextidrEqualsItsValue() {
        // BT = 0b0010 on a context-aware breakpoint (4 and 5 of 6): DBGBVR[31:0] against CONTEXTIDR_EL1, any PC.
        long bcr = bcr(3, DebugMatch.CONTEXT_ID);
        assertTrue(DebugMatch.breakpointMatches(bcr, CONTEXT, BASE, 1, 4, BREAKPOINTS, CONTEXT));
        assertTrue(DebugMatch.breakpointMatches(bcr, CONTEXT, BASE + 0x1000, 0, 5, BREAKPOINTS, CONTEXT));
        assertTrue(DebugMatch.breakpointMatches(bcr, 0xffff_ffff_0000_0000L | CONTEXT, BASE, 1, 5, BREAKPOINTS, CONTEXT), "bits [63:32] ignored");
        assertFalse(DebugMatch.breakpointMatches(bcr, CONTEXT, BASE, 1, 4, BREAKPOINTS, CONTEXT + 1), "another context");
        assertFalse(DebugMatch.breakpointMatches(bcr & ~6L | 2 << 1, CONTEXT, BASE, 1, 4, BREAKPOINTS, CONTEXT), "PMC = EL0 only, at EL1");
    }

    @Test
    void onlyContextAwareBreakpointsCompareContexts() {
        for (int n = 0; n < BREAKPOINTS - DebugMatch.CONTEXT_AWARE; n++) {
            assertFalse(DebugMatch.breakpointMatches(bcr(3, DebugMatch.CONTEXT_ID), CONTEXT, BASE, 1, n, BREAKPOINTS, CONTEXT), "breakpoint " + n);
            assertFalse(DebugMatch.linkedContextMatches(bcr(3, DebugMatch.LINKED_CONTEXT_ID), CONTEXT, n, BREAKPOINTS, CONTEXT), "link to " + n);
        }
    }

    @Test
    void aLinkedAddressBreakpointMatchesItsAddressAndNeedsItsLinkedContext() {
        long linking = bcr(3, DebugMatch.LINKED_ADDRESS) | 4L << 16;
        assertTrue(matches(linking, BASE, BASE, 1), "the address part");
        assertFalse(matches(linking, BASE, BASE + 4, 1));
        assertEquals(4, DebugMatch.linkedBreakpoint(linking));
        long context = bcr(3, DebugMatch.LINKED_CONTEXT_ID);
        assertTrue(DebugMatch.linkedContextMatches(context, CONTEXT, 4, BREAKPOINTS, CONTEXT));
        assertFalse(DebugMatch.linkedContextMatches(context, CONTEXT, 4, BREAKPOINTS, CONTEXT + 1), "another context");
        assertFalse(DebugMatch.linkedContextMatches(context & ~1L, CONTEXT, 4, BREAKPOINTS, CONTEXT), "disabled");
        assertFalse(DebugMatch.linkedContextMatches(bcr(3, DebugMatch.CONTEXT_ID), CONTEXT, 4, BREAKPOINTS, CONTEXT), "an unlinked context type");
        assertTrue(DebugMatch.linkedContextMatches(bcr(0, DebugMatch.LINKED_CONTEXT_ID), CONTEXT, 5, BREAKPOINTS, CONTEXT),
                "the linked breakpoint's own PMC does not apply");
    }

    @ParameterizedTest(name = "SSC {0} HMC {1}: {2}")
    @CsvSource({"0, 0, true", "1, 0, true", "2, 0, false", "3, 0, false", "3, 1, true", "0, 1, true"})
    void securityStateControlInNonSecureState(int ssc, int hmc, boolean matches) {
        long control = bcr(3, 0) | (long) ssc << 14 | (long) hmc << 13;
        assertEquals(matches, matches(control, BASE, BASE, 1));
    }

    // ---- watchpoints: BAS ----

    @Test
    void basSelectsBytesOfTheDoubleword() {
        long wcr = wcr(3, 0x0f, 0);
        for (int i = 0; i < 8; i++) {
            assertEquals(i < 4 ? BASE + i : -1, load(wcr, BASE, BASE + i, 1), "byte " + i);
        }
        assertEquals(-1, load(wcr, BASE, BASE + 8, 1), "the next doubleword");
        assertEquals(-1, load(wcr, BASE, BASE - 1, 1), "the previous one");
    }

    @Test
    void farIsTheFirstWatchedByteTheAccessTouches() {
        long wcr = wcr(1, 0x30, 0); // bytes 4 and 5
        assertEquals(BASE + 4, load(wcr, BASE, BASE, 8));
        assertEquals(BASE + 5, load(wcr, BASE, BASE + 5, 2));
        assertEquals(BASE + 4, load(wcr, BASE, BASE - 8, 16), "a 16-byte access from the doubleword below");
        assertEquals(-1, load(wcr, BASE, BASE - 4, 8), "ends at byte 3");
        assertEquals(-1, load(wcr, BASE, BASE + 6, 2), "starts at byte 6");
    }

    @Test
    void aWordAlignedValueSelectsWithBas3To0() {
        long wvr = BASE + 4; // DBGWVR<2> = 1: the unit is the word at BASE + 4
        assertEquals(BASE + 5, load(wcr(3, 0x02, 0), wvr, BASE + 4, 4), "BAS<1> is byte 1 of the word");
        assertEquals(-1, load(wcr(3, 0x02, 0), wvr, BASE + 4, 1));
        assertEquals(-1, load(wcr(3, 0x02, 0), wvr, BASE, 4), "the other word of the doubleword");
        assertEquals(-1, load(wcr(3, 0xf0, 0), wvr, BASE, 8), "BAS<7:4> select nothing in a word");
    }

    @Test
    void aNonContiguousBasSelectsExactlyItsBytes() {
        long wcr = wcr(3, 0x81, 0);
        assertEquals(BASE, load(wcr, BASE, BASE, 1));
        assertEquals(-1, load(wcr, BASE, BASE + 1, 6));
        assertEquals(BASE + 7, load(wcr, BASE, BASE + 1, 7));
    }

    // ---- watchpoints: MASK ----

    @ParameterizedTest(name = "MASK {0}")
    @CsvSource({"3", "6", "12", "31"})
    void maskWatchesTheAlignedBlock(int mask) {
        long size = 1L << mask;
        long block = 0x1_0000_0000L;
        long wcr = wcr(3, 0xff, mask);
        assertEquals(block, load(wcr, block, block, 1), "first byte");
        assertEquals(block + size - 1, load(wcr, block, block + size - 1, 1), "last byte");
        assertEquals(-1, load(wcr, block, block + size, 1), "the byte after");
        assertEquals(-1, load(wcr, block, block - 1, 1), "the byte before");
        assertEquals(block, load(wcr, block, block - 8, 16), "an access across the start");
    }

    @ParameterizedTest(name = "MASK {0}")
    @CsvSource({"1", "2"})
    void aReservedMaskDisablesTheWatchpoint(int mask) {
        // CONSTRAINED UNPREDICTABLE (Unpredictable_RESWPMASK): disabled, QEMU's choice.
        assertEquals(-1, load(wcr(3, 0xff, mask), BASE, BASE, 8));
    }

    @Test
    void aMaskIgnoresBas() {
        // MASK != 0 with BAS not all ones is CONSTRAINED UNPREDICTABLE; BAS is ignored (QEMU's choice).
        assertEquals(BASE + 7, load(wcr(3, 0x01, 3), BASE, BASE + 7, 1));
    }

    @Test
    void valueBitsUnderTheMaskAreIgnored() {
        assertEquals(0x1000L, load(wcr(3, 0xff, 6), 0x1020L, 0x1000L, 1));
    }

    // ---- watchpoints: LSC, PAC, E, WT ----

    @ParameterizedTest(name = "LSC {0}: load {1}, store {2}")
    @CsvSource({"0, false, false", "1, true, false", "2, false, true", "3, true, true"})
    void lscSelectsLoadsAndStores(int lsc, boolean loads, boolean stores) {
        long wcr = wcr(lsc, 0xff, 0);
        assertEquals(loads ? BASE : -1, load(wcr, BASE, BASE, 8), "load");
        assertEquals(stores ? BASE : -1, store(wcr, BASE, BASE, 8), "store");
    }

    @Test
    void pacSelectsTheAccessPrivilege() {
        long el0Only = wcr(3, 0xff, 0) & ~6L | 2 << 1;
        long el1Only = wcr(3, 0xff, 0) & ~6L | 1 << 1;
        assertEquals(BASE, DebugMatch.watchpointMatch(el0Only, BASE, BASE, 8, 0, false, false), "EL0");
        assertEquals(-1, DebugMatch.watchpointMatch(el0Only, BASE, BASE, 8, 1, true, false), "EL1");
        assertEquals(BASE, DebugMatch.watchpointMatch(el0Only, BASE, BASE, 8, 1, false, false), "LDTR at EL1 is an EL0 access");
        assertEquals(-1, DebugMatch.watchpointMatch(el1Only, BASE, BASE, 8, 1, false, false), "LDTR at EL1 is not an EL1 access");
        assertEquals(BASE, DebugMatch.watchpointMatch(el1Only, BASE, BASE, 8, 1, true, false));
    }

    @Test
    void aDisabledWatchpointNeverMatchesAndALinkedOneLeavesTheLinkToItsCaller() {
        assertEquals(-1, load(wcr(3, 0xff, 0) & ~1L, BASE, BASE, 8), "E = 0");
        assertEquals(BASE, load(wcr(3, 0xff, 0) | 1L << 20, BASE, BASE, 8), "WT = 1: the address part matches, the link is the caller's");
        assertTrue(DebugMatch.linked(wcr(3, 0xff, 0) | 1L << 20));
    }
}
