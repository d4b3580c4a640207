package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.cpu.GuestException.Kind;
import org.a64wb.emulator.semantics.BranchesExceptionSystemExecution;
import org.a64wb.emulator.semantics.SystemRegisters;
import org.a64wb.emulator.semantics.SystemRegisters.Register;
import org.a64wb.isa.a64.operands.SystemOperands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The system register table and MRS/MSR (register) over it (Arm ARM C5 and D17). */
class SystemRegistersTest {

    static final class H extends SemanticsHarness implements BranchesExceptionSystemExecution {
    }

    static final long PC = 0x10000;

    H h;

    @BeforeEach
    void setUp() {
        h = new H();
        h.cpu.pc = PC;
    }

    private void atEl1() {
        h.cpu.el = 1;
        h.cpu.spsel = 1;
    }

    private static int mrs(Register r, int rt) {
        return 0xd5200000 | r.key << 5 | rt;
    }

    private static int msr(Register r, int rt) {
        return 0xd5000000 | r.key << 5 | rt;
    }

    private static Register reg(String name) {
        Register r = SystemRegisters.lookup(name);
        assertNotNull(r, name);
        return r;
    }

    private long read(String name) {
        h.cpu.x[0] = 0xdead;
        h.execute(mrs(reg(name), 0));
        return h.cpu.x[0];
    }

    private void write(String name, long value) {
        h.cpu.x[0] = value;
        h.execute(msr(reg(name), 0));
    }

    private Kind readFault(String name) {
        return assertThrows(GuestException.class, () -> h.execute(mrs(reg(name), 0))).kind();
    }

    private Kind writeFault(String name) {
        return assertThrows(GuestException.class, () -> h.execute(msr(reg(name), 0))).kind();
    }

    // ---- The table ----

    @Test
    void namesAndEncodingsAgreeWithTheDisassembler() {
        Set<Integer> keys = new HashSet<>();
        StringBuilder wrong = new StringBuilder();
        for (Register r : SystemRegisters.all()) {
            assertTrue(keys.add(r.key), r.name);
            // Reserved ID space (read as zero), and ID_AA64ZFR0_EL1 (S3_0_C0_C4_4) which llvm-mc names only with +sve.
            if (r.name.startsWith("S3_0_C0_") || r.name.equals("ID_AA64ZFR0_EL1")) {
                continue;
            }
            if (r.readEl != SystemRegisters.NEVER && !r.name.equals(SystemOperands.mrsName(r.encoding.op0(), r.encoding.op1(), r.encoding.crn(), r.encoding.crm(), r.encoding.op2()))) {
                wrong.append(" mrs ").append(r.name);
            }
            if (r.writeEl != SystemRegisters.NEVER && !r.name.equals(SystemOperands.msrName(r.encoding.op0(), r.encoding.op1(), r.encoding.crn(), r.encoding.crm(), r.encoding.op2()))) {
                wrong.append(" msr ").append(r.name);
            }
        }
        assertEquals("", wrong.toString());
    }

    @Test
    void encodingsWithOp1Other3AreNotAccessibleAtEl0() {
        // D13.2.1: op1 = 0 encodes the lowest EL1 access; op1 = 3 is the EL0-accessible space.
        for (Register r : SystemRegisters.all()) {
            if (r.encoding.op1() != 3) {
                assertEquals(1, Math.min(r.readEl, 1), r.name);
                assertTrue(r.writeEl >= 1, r.name);
            }
        }
    }

    @Test
    void theBriefsRegistersAreAllThere() {
        for (String name : new String[] {"NZCV", "DAIF", "FPCR", "FPSR", "TPIDR_EL0", "TPIDRRO_EL0", "CTR_EL0", "DCZID_EL0",
            "MIDR_EL1", "MPIDR_EL1", "REVIDR_EL1", "ID_AA64PFR0_EL1", "ID_AA64PFR1_EL1", "ID_AA64ISAR0_EL1", "ID_AA64ISAR1_EL1",
            "ID_AA64ISAR2_EL1", "ID_AA64MMFR0_EL1", "ID_AA64MMFR1_EL1", "ID_AA64MMFR2_EL1", "ID_AA64DFR0_EL1",
            "ID_AA64ZFR0_EL1", "CNTFRQ_EL0", "CNTVCT_EL0", "CurrentEL", "SPSel", "SP_EL0", "ELR_EL1", "SPSR_EL1", "ESR_EL1",
            "FAR_EL1", "VBAR_EL1", "SCTLR_EL1", "TCR_EL1", "TTBR0_EL1", "TTBR1_EL1", "MAIR_EL1", "CPACR_EL1", "CONTEXTIDR_EL1",
            "TPIDR_EL1"}) {
            reg(name);
        }
    }

    // ---- ID registers describe the engine ----

    private static long field(long value, int lsb) {
        return value >>> lsb & 0xf;
    }

    @Test
    void idRegistersSayNoPauthNoMteNoSveNoEl2El3() {
        atEl1();
        long isar1 = read("ID_AA64ISAR1_EL1");
        assertEquals(0, field(isar1, 4), "APA");
        assertEquals(0, field(isar1, 8), "API");
        assertEquals(0, field(isar1, 24), "GPA");
        assertEquals(0, field(isar1, 28), "GPI");
        assertEquals(0, field(read("ID_AA64PFR1_EL1"), 8), "MTE");
        assertEquals(0, field(read("ID_AA64PFR1_EL1"), 0), "BT");
        long pfr0 = read("ID_AA64PFR0_EL1");
        assertEquals(0, field(pfr0, 32), "SVE");
        assertEquals(0, field(pfr0, 8), "EL2");
        assertEquals(0, field(pfr0, 12), "EL3");
        assertEquals(1, field(pfr0, 0), "EL0 AArch64 only");
        assertEquals(1, field(pfr0, 4), "EL1 AArch64 only");
        assertEquals(0, read("ID_AA64ZFR0_EL1"));
    }

    @Test
    void idRegistersSayLseCrc32RcpcFlagM2() {
        atEl1();
        long isar0 = read("ID_AA64ISAR0_EL1");
        assertEquals(2, field(isar0, 20), "Atomic: LSE");
        assertEquals(1, field(isar0, 16), "CRC32");
        assertEquals(2, field(isar0, 52), "TS: FlagM2");
        assertEquals(2, field(read("ID_AA64ISAR1_EL1"), 20), "LRCPC2: LDAPUR/STLUR");
        assertEquals(1, field(read("ID_AA64MMFR1_EL1"), 20), "PAN");
        assertEquals(1, field(read("ID_AA64MMFR2_EL1"), 4), "UAO");
        assertEquals(1, field(read("ID_AA64PFR0_EL1"), 48), "DIT");
        assertEquals(2, field(read("ID_AA64PFR1_EL1"), 4), "SSBS with MSR/MRS");
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd5380100, 0xd53803e0, 0xd5380700 | 7 << 5}) // ID_PFR0_EL1, S3_0_C0_C3_7, S3_0_C0_C7_7
    void theRestOfTheIdSpaceReadsAsZero(int word) {
        atEl1();
        h.cpu.x[0] = 1;
        h.execute(word);
        assertEquals(0, h.cpu.x[0]);
    }

    @Test
    void midrMpidrRevidr() {
        atEl1();
        assertEquals(SystemRegisters.MIDR_EL1, read("MIDR_EL1"));
        assertEquals(0x80000000L, read("MPIDR_EL1"));
        assertEquals(0, read("REVIDR_EL1"));
    }

    @Test
    void ctrDescribes64ByteLinesAndNoMaintenanceNeeded() {
        long ctr = read("CTR_EL0");
        assertEquals(4, ctr & 0xf, "IminLine");
        assertEquals(4, ctr >>> 16 & 0xf, "DminLine");
        assertEquals(1, ctr >>> 28 & 1, "IDC");
        assertEquals(1, ctr >>> 29 & 1, "DIC");
    }

    @Test
    void dczidSays64ByteBlocks() {
        assertEquals(4, read("DCZID_EL0"));
    }

    @Test
    void dczidProhibitsAtEl0WithoutSctlrDze() {
        h.cpu.sysregs.set(SystemRegisters.SCTLR_EL1_KEY, SystemRegisters.SCTLR_EL1_RESET & ~SystemRegisters.SCTLR_DZE);
        assertEquals(0x14, read("DCZID_EL0"));
        atEl1();
        assertEquals(4, read("DCZID_EL0"));
    }

    // ---- Registers held in the Cpu ----

    @Test
    void nzcvIsPstateNzcv() {
        h.cpu.setNzcvBits(0b1001);
        assertEquals(0x9000_0000L, read("NZCV"));
        write("NZCV", 0x6fff_ffffL);
        assertEquals(0x6000_0000, h.cpu.nzcv);
    }

    @Test
    void daifAtEl1() {
        atEl1();
        assertEquals(0x3c0, read("DAIF"));
        write("DAIF", -1L & ~0x80L);
        assertEquals(0x340, h.cpu.daif);
    }

    @Test
    void daifAtEl0TrapsUnlessSctlrUma() {
        assertEquals(Kind.SYSTEM_REGISTER, readFault("DAIF"));
        assertEquals(Kind.SYSTEM_REGISTER, writeFault("DAIF"));
        h.cpu.sysregs.set(SystemRegisters.SCTLR_EL1_KEY, SystemRegisters.SCTLR_EL1_RESET | SystemRegisters.SCTLR_UMA);
        assertEquals(0x3c0, read("DAIF"));
    }

    @Test
    void fpcrAndFpsrAreTheCpuFields() {
        write("FPCR", 0x00c0_0000L);
        assertEquals(0x00c0_0000L, h.cpu.fpcr);
        h.cpu.fpsr = 0x9;
        assertEquals(0x9, read("FPSR"));
    }

    @Test
    void tpidrEl0IsReadWriteAtEl0() {
        write("TPIDR_EL0", 0x1234_5678_9abc_def0L);
        assertEquals(0x1234_5678_9abc_def0L, h.cpu.tpidrEl0);
        assertEquals(0x1234_5678_9abc_def0L, read("TPIDR_EL0"));
    }

    @Test
    void tpidrroEl0IsReadOnlyAtEl0AndWritableAtEl1() {
        h.cpu.tpidrroEl0 = 42;
        assertEquals(42, read("TPIDRRO_EL0"));
        assertEquals(Kind.UNDEFINED, writeFault("TPIDRRO_EL0"));
        atEl1();
        write("TPIDRRO_EL0", 7);
        assertEquals(7, h.cpu.tpidrroEl0);
    }

    @Test
    void currentElReadsTheElInBits3To2() {
        atEl1();
        assertEquals(4, read("CurrentEL"));
    }

    @Test
    void spselReadsAndSelects() {
        atEl1();
        assertEquals(1, read("SPSel"));
        write("SPSel", 0xfffe);
        assertEquals(0, h.cpu.spsel);
    }

    @Test
    void spEl0FromEl1WhileUsingSpEl1() {
        atEl1();
        write("SP_EL0", 0x8000);
        assertEquals(0x8000, h.cpu.spEl0);
        assertEquals(0x8000, read("SP_EL0"));
    }

    @Test
    void spEl0IsUndefinedWhilePstateSpIs0() {
        h.cpu.el = 1;
        h.cpu.spsel = 0;
        assertEquals(Kind.UNDEFINED, readFault("SP_EL0"));
        assertEquals(Kind.UNDEFINED, writeFault("SP_EL0"));
    }

    @Test
    void pstateBitRegistersReadTheirBitPosition() {
        atEl1();
        write("PAN", 1L << 22);
        assertEquals(1L << 22, read("PAN"));
        write("UAO", 1L << 23);
        assertEquals(1L << 23, read("UAO"));
        assertEquals(1, SystemRegisters.pstateBit(h.cpu, SystemRegisters.UAO_KEY));
    }

    // ---- Registers held in the store ----

    @ParameterizedTest
    @ValueSource(strings = {"ELR_EL1", "FAR_EL1", "TTBR0_EL1", "TTBR1_EL1", "MAIR_EL1", "TPIDR_EL1", "TCR_EL1", "PAR_EL1"})
    void el1RegistersHoldWhatIsWritten(String name) {
        atEl1();
        write(name, 0xfedc_ba98_7654_3210L);
        assertEquals(0xfedc_ba98_7654_3210L, read(name));
    }

    @Test
    void vbarLowBitsAreRes0() {
        atEl1();
        write("VBAR_EL1", 0xffff_0000_1234_5fffL);
        assertEquals(0xffff_0000_1234_5800L, read("VBAR_EL1"));
    }

    @Test
    void spsrEsrContextidrAre32Bits() {
        atEl1();
        for (String name : new String[] {"SPSR_EL1", "ESR_EL1", "CONTEXTIDR_EL1"}) {
            write(name, -1L);
            assertEquals(0xffff_ffffL, read(name), name);
        }
    }

    @Test
    void sctlrResetIsLinuxUserLikeAndKeepsRes1() {
        atEl1();
        long sctlr = read("SCTLR_EL1");
        assertEquals(SystemRegisters.SCTLR_EL1_RESET, sctlr);
        assertEquals(0, sctlr & 1, "MMU off");
        assertEquals(0, sctlr & SystemRegisters.SCTLR_UMA);
        write("SCTLR_EL1", 0);
        assertEquals(SystemRegisters.SCTLR_RES1 & ~(1L << 23), read("SCTLR_EL1"));
    }

    @Test
    void cpacrResetsWithFpEnabled() {
        atEl1();
        assertEquals(3, read("CPACR_EL1") >>> 20 & 3);
    }

    // ---- The counter ----

    @Test
    void cntvctFollowsHostTimeNotInstructions() throws InterruptedException {
        long start = System.nanoTime();
        long first = read("CNTVCT_EL0");
        Thread.sleep(20);
        long second = read("CNTVCT_EL0");
        long elapsedTicks = (System.nanoTime() - start) * 625 / 10_000; // 62.5 ticks per microsecond
        assertEquals(62_500_000, read("CNTFRQ_EL0"));
        assertTrue(second - first >= 20_000 * 625 / 10, "20 ms is at least 1,250,000 ticks: " + (second - first));
        assertTrue(second - first <= elapsedTicks + 1, "no faster than the host clock");
    }

    @Test
    void timerValueCountsDownToTheCompareValueAndIstatusFollows() {
        atEl1();
        write("CNTV_CVAL_EL0", read("CNTVCT_EL0") + 62_500_000);
        long tval = (int) read("CNTV_TVAL_EL0");
        assertTrue(tval > 60_000_000 && tval <= 62_500_000, "about one second ahead: " + tval);
        write("CNTV_CTL_EL0", 1);
        assertEquals(1, read("CNTV_CTL_EL0"), "enabled, condition not met");
        assertFalse(h.cpu.timer.asserted(1));
        write("CNTV_TVAL_EL0", -5);
        assertEquals(5, read("CNTV_CTL_EL0"), "ISTATUS once CVAL is in the past");
        assertTrue(h.cpu.timer.asserted(1));
        assertTrue((int) read("CNTV_TVAL_EL0") < 0, "TVAL is negative past the deadline");
        write("CNTV_CTL_EL0", 3);
        assertEquals(7, read("CNTV_CTL_EL0"), "IMASK leaves ISTATUS");
        assertFalse(h.cpu.timer.asserted(1), "but masks the output");
        assertFalse(h.cpu.timer.asserted(0), "the physical timer is separate");
    }

    /** A register outside the table that an extension provides (a GIC's ICC_PMR_EL1, S3_0_C4_C6_0). */
    private static final int ICC_PMR = org.a64wb.isa.api.sysreg.SysregEncoding.pack(3, 0, 4, 6, 0);

    private final long[] extensionValue = new long[1];

    private void installExtension() {
        h.cpu.systemRegisterExtension = new org.a64wb.emulator.cpu.SystemRegisterExtension() {
            @Override
            public boolean provides(int key, boolean read) {
                return key == ICC_PMR;
            }

            @Override
            public long read(int key, int rt) {
                return extensionValue[0];
            }

            @Override
            public void write(int key, int rt, long value) {
                extensionValue[0] = value;
            }
        };
    }

    @Test
    void anExtensionServesRegistersTheTableLacksAtEl1Only() {
        atEl1();
        assertEquals(0, read("ID_AA64PFR0_EL1") >>> 24 & 0xf, "no GIC CPU interface without an extension");
        assertEquals(Kind.UNDEFINED, assertThrows(GuestException.class, () -> h.execute(0xd5384600)).kind(), "MRS ICC_PMR_EL1 without a GIC");
        installExtension();
        assertEquals(1, read("ID_AA64PFR0_EL1") >>> 24 & 0xf, "ID_AA64PFR0_EL1.GIC = 1 with one");
        h.cpu.x[3] = 0xf0;
        h.execute(0xd5184603); // msr icc_pmr_el1, x3
        assertEquals(0xf0, extensionValue[0]);
        h.execute(0xd5384604); // mrs x4, icc_pmr_el1
        assertEquals(0xf0, h.cpu.x[4]);
        h.cpu.el = 0;
        assertEquals(Kind.UNDEFINED, assertThrows(GuestException.class, () -> h.execute(0xd5384604)).kind(), "EL1 registers at EL0");
    }

    @Test
    void cvalIsComparedUnsigned() {
        atEl1();
        write("CNTP_CVAL_EL0", -1L);
        write("CNTP_CTL_EL0", 1);
        assertEquals(1, read("CNTP_CTL_EL0"), "0xffff_ffff_ffff_ffff is never reached");
        assertEquals(Long.MAX_VALUE, h.cpu.timer.deadline(0));
    }

    @Test
    void el0TimerAccessNeedsCntkctlEl0vtenOrEl0pten() {
        h.cpu.sysregs.set(SystemRegisters.CNTKCTL_EL1_KEY, 1L << 8);
        read("CNTV_CTL_EL0");
        assertEquals(Kind.SYSTEM_REGISTER, readFault("CNTP_CTL_EL0"));
        h.cpu.sysregs.set(SystemRegisters.CNTKCTL_EL1_KEY, 1L << 9);
        read("CNTP_CVAL_EL0");
        assertEquals(Kind.SYSTEM_REGISTER, writeFault("CNTV_TVAL_EL0"));
    }

    @Test
    void cntvctAtEl0TrapsWithoutCntkctlEl0vcten() {
        h.cpu.sysregs.set(SystemRegisters.CNTKCTL_EL1_KEY, 1); // EL0PCTEN only
        assertEquals(Kind.SYSTEM_REGISTER, readFault("CNTVCT_EL0"));
        read("CNTPCT_EL0");
        read("CNTFRQ_EL0");
        h.cpu.sysregs.set(SystemRegisters.CNTKCTL_EL1_KEY, 0);
        assertEquals(Kind.SYSTEM_REGISTER, readFault("CNTFRQ_EL0"));
    }

    @Test
    void ctrAtEl0TrapsWithoutSctlrUct() {
        h.cpu.sysregs.set(SystemRegisters.SCTLR_EL1_KEY, SystemRegisters.SCTLR_EL1_RESET & ~SystemRegisters.SCTLR_UCT);
        GuestException e = assertThrows(GuestException.class, () -> h.execute(mrs(reg("CTR_EL0"), 0)));
        assertEquals(Kind.SYSTEM_REGISTER, e.kind());
        assertEquals(reg("CTR_EL0").key, e.immediate());
        assertEquals(PC, e.returnAddress());
    }

    // ---- Access rules ----

    @ParameterizedTest
    @ValueSource(strings = {"SCTLR_EL1", "VBAR_EL1", "MIDR_EL1", "ID_AA64ISAR0_EL1", "CurrentEL", "SPSel", "ELR_EL1",
        "TPIDR_EL1", "CNTKCTL_EL1", "PAN"})
    void el1RegistersAreUndefinedAtEl0(String name) {
        assertEquals(Kind.UNDEFINED, readFault(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MIDR_EL1", "ID_AA64PFR0_EL1", "CurrentEL", "CTR_EL0", "DCZID_EL0", "CNTVCT_EL0", "MPIDR_EL1"})
    void writesToReadOnlyRegistersAreUndefined(String name) {
        atEl1();
        assertEquals(Kind.UNDEFINED, writeFault(name));
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd538f000, 0xd518f000, 0xd53cc000, 0xd5300000, 0xd51c1000})
    void unknownRegistersAreUndefined(int word) { // S3_0_C15_C0_0 both ways, VBAR_EL2, S2_0_C0_C0_0, SCTLR_EL2
        atEl1();
        GuestException e = assertThrows(GuestException.class, () -> h.execute(word));
        assertEquals(Kind.UNDEFINED, e.kind());
        assertEquals(PC, h.cpu.pc);
    }

    @Test
    void mrsToXzrDiscardsAndMsrFromXzrWritesZero() {
        h.cpu.tpidrEl0 = 5;
        h.execute(mrs(reg("TPIDR_EL0"), 31));
        h.execute(msr(reg("TPIDR_EL0"), 31));
        assertEquals(0, h.cpu.tpidrEl0);
        assertFalse(h.cpu.x[31] != 0);
    }

    // ---- Debug registers (Arm ARM D17.3); what they do is SelfHostedDebugTest's ----

    @ParameterizedTest
    @ValueSource(strings = {"MDSCR_EL1", "MDCCINT_EL1", "OSDLR_EL1", "DBGBVR0_EL1", "DBGBCR0_EL1", "DBGWVR0_EL1", "DBGWCR0_EL1",
        "DBGBVR5_EL1", "DBGBCR5_EL1", "DBGWVR3_EL1", "DBGWCR3_EL1"})
    void debugRegisterRoundTripsAtEl1(String name) {
        atEl1();
        long mask = switch (name.substring(0, 6)) {
            case "MDSCR_" -> SystemRegisters.MDSCR_MASK;
            case "MDCCIN" -> 3L << 29;
            case "OSDLR_" -> 1;
            case "DBGBCR" -> SystemRegisters.DBGBCR_MASK;
            case "DBGWCR" -> SystemRegisters.DBGWCR_MASK;
            // Breakpoint 5 is context-aware: its value may be a context ID, bits [1:0] included.
            default -> name.equals("DBGBVR5_EL1") ? -1L : ~3L;
        };
        // DBGBCR<n>_EL1.BAS is RES1 on a PE without AArch32 (Arm ARM D17.3 "DBGBCR<n>_EL1").
        long res1 = name.startsWith("DBGBCR") ? SystemRegisters.DBGBCR_BAS : 0;
        write(name, 0x5555_5555_5555_5555L);
        assertEquals(0x5555_5555_5555_5555L & mask | res1, read(name), name);
        write(name, 0xaaaa_aaaa_aaaa_aaaaL);
        assertEquals(0xaaaa_aaaa_aaaa_aaaaL & mask | res1, read(name), name);
        write(name, 0);
        assertEquals(res1, read(name), name);
    }

    @Test
    void mdscrEl1IsTheRegisterLinuxStoppedOn() {
        atEl1();
        write("MDSCR_EL1", 1L << 15 | 1L << 13 | 1);
        assertEquals(1L << 15 | 1L << 13 | 1, read("MDSCR_EL1"), "MDE, KDE, SS");
    }

    @Test
    void osLockIsSetAtResetAndWrittenThroughOslar() {
        atEl1();
        assertEquals(0b1010, read("OSLSR_EL1"), "OSLM = 0b10 (bit 3), OSLK = 1 after a cold reset");
        write("OSLAR_EL1", 0);
        assertEquals(0b1000, read("OSLSR_EL1"), "OSLAR_EL1.OSLK = 0 unlocks");
        write("OSLAR_EL1", 1);
        assertEquals(0b1010, read("OSLSR_EL1"), "OSLAR_EL1.OSLK = 1 locks");
        assertEquals(Kind.UNDEFINED, readFault("OSLAR_EL1"), "OSLAR_EL1 is write-only");
        assertEquals(Kind.UNDEFINED, writeFault("OSLSR_EL1"), "OSLSR_EL1 is read-only");
    }

    @Test
    void claimTagsSetAndClear() {
        atEl1();
        assertEquals(0xff, read("DBGCLAIMSET_EL1"), "eight claim tags implemented");
        assertEquals(0, read("DBGCLAIMCLR_EL1"));
        write("DBGCLAIMSET_EL1", 0x1_0000_0005L);
        assertEquals(0x05, read("DBGCLAIMCLR_EL1"));
        write("DBGCLAIMCLR_EL1", 0x01);
        assertEquals(0x04, read("DBGCLAIMCLR_EL1"));
        assertEquals(0xff, read("DBGCLAIMSET_EL1"));
    }

    @Test
    void mdrarIsRazAndAuthStatusSaysNonSecureDebugEnabled() {
        atEl1();
        assertEquals(0, read("MDRAR_EL1"));
        assertEquals(0x0f, read("DBGAUTHSTATUS_EL1"));
        assertEquals(Kind.UNDEFINED, writeFault("MDRAR_EL1"));
        assertEquals(Kind.UNDEFINED, writeFault("DBGAUTHSTATUS_EL1"));
    }

    @Test
    void breakpointAndWatchpointRegistersExistInTheNumberIdAa64Dfr0Advertises() {
        atEl1();
        long dfr0 = read("ID_AA64DFR0_EL1");
        int breakpoints = (int) field(dfr0, 12) + 1;
        int watchpoints = (int) field(dfr0, 20) + 1;
        assertTrue(breakpoints >= 2 && watchpoints >= 2, "BRPs, WRPs: 0b0000 is reserved");
        assertTrue(field(dfr0, 28) >= 1, "CTX_CMPs: 0b0000 is reserved");
        for (int n = 0; n < 16; n++) {
            for (String kind : new String[] {"DBGBVR", "DBGBCR"}) {
                assertEquals(n < breakpoints, SystemRegisters.lookup(kind + n + "_EL1") != null, kind + n);
            }
            for (String kind : new String[] {"DBGWVR", "DBGWCR"}) {
                assertEquals(n < watchpoints, SystemRegisters.lookup(kind + n + "_EL1") != null, kind + n);
            }
        }
    }

    @Test
    void breakpointBeyondTheAdvertisedCountIsUndefined() {
        atEl1();
        int dbgbvr15 = 0xd5200000 | org.a64wb.isa.api.sysreg.SysregEncoding.pack(2, 0, 0, 15, 4) << 5;
        assertEquals(Kind.UNDEFINED, assertThrows(GuestException.class, () -> h.execute(dbgbvr15)).kind(), "MRS DBGBVR15_EL1");
        int msrDbgwcr15 = 0xd5000000 | org.a64wb.isa.api.sysreg.SysregEncoding.pack(2, 0, 0, 15, 7) << 5;
        assertEquals(Kind.UNDEFINED, assertThrows(GuestException.class, () -> h.execute(msrDbgwcr15)).kind(), "MSR DBGWCR15_EL1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MDSCR_EL1", "OSLSR_EL1", "OSDLR_EL1", "DBGBVR0_EL1", "DBGWCR0_EL1", "DBGCLAIMCLR_EL1", "DBGAUTHSTATUS_EL1"})
    void debugRegistersAreUndefinedAtEl0(String name) {
        assertEquals(0, h.cpu.el);
        assertEquals(Kind.UNDEFINED, readFault(name), name);
    }
}
