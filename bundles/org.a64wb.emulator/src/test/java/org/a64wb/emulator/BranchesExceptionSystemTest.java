package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.cpu.GuestException.Kind;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.semantics.BranchesExceptionSystemExecution;
import org.a64wb.emulator.semantics.ReservedExecution;
import org.a64wb.emulator.semantics.SystemRegisters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Branches, exception generation, hints, barriers, PSTATE, exception return and SYS (Arm ARM C6.2). */
class BranchesExceptionSystemTest {

    static final class H extends SemanticsHarness implements BranchesExceptionSystemExecution, ReservedExecution {
    }

    static final long PC = 0x10000;

    H h;

    @BeforeEach
    void setUp() {
        h = new H();
        h.cpu.pc = PC;
        h.memory.map(0, 0x100000);
    }

    private GuestException raised(int word) {
        return assertThrows(GuestException.class, () -> h.execute(word));
    }

    private void assertUndefined(int word) {
        GuestException e = raised(word);
        assertEquals(Kind.UNDEFINED, e.kind());
        assertEquals(PC, e.pc());
        assertEquals(PC, e.returnAddress());
        assertEquals(PC, h.cpu.pc, "PC stays at the instruction");
    }

    private void atEl1() {
        h.cpu.el = 1;
        h.cpu.spsel = 1;
    }

    // ---- Branches ----

    @Test
    void bCondTakenBranchesRelativeToTheInstruction() {
        h.cpu.setNzcvBits(0b0100);
        h.execute(0x54000040); // b.eq #8
        assertEquals(PC + 8, h.cpu.pc);
    }

    @Test
    void bCondNotTakenFallsThrough() {
        h.cpu.setNzcvBits(0b0100);
        h.execute(0x54ffffc1); // b.ne #-8
        assertEquals(PC + 4, h.cpu.pc);
    }

    @Test
    void bCondBackwardsWhenTaken() {
        h.execute(0x54ffffc1); // b.ne #-8
        assertEquals(PC - 8, h.cpu.pc);
    }

    @Test
    void bBranchesForward() {
        h.execute(0x14000040); // b #0x100
        assertEquals(PC + 0x100, h.cpu.pc);
    }

    @Test
    void blLinksTheNextInstructionAndBranchesBackwards() {
        h.execute(0x97ffffc0); // bl #-0x100
        assertEquals(PC - 0x100, h.cpu.pc);
        assertEquals(PC + 4, h.cpu.x[30]);
    }

    @Test
    void cbzWLooksAtTheLow32BitsOnly() {
        h.cpu.x[1] = 0x1_0000_0000L;
        h.execute(0x34000061); // cbz w1, #12
        assertEquals(PC + 12, h.cpu.pc);
    }

    @Test
    void cbnzXTakenOnNonZero() {
        h.cpu.x[1] = 0x1_0000_0000L;
        h.execute(0xb5000061); // cbnz x1, #12
        assertEquals(PC + 12, h.cpu.pc);
    }

    @Test
    void cbnzXNotTakenOnZero() {
        h.execute(0xb5000061);
        assertEquals(PC + 4, h.cpu.pc);
    }

    @Test
    void tbzTestsTheNumberedBit() {
        h.cpu.x[2] = ~8L;
        h.execute(0x36180082); // tbz w2, #3, #16
        assertEquals(PC + 16, h.cpu.pc);
    }

    @Test
    void tbnzTestsBitsAbove31() {
        h.cpu.x[2] = 1L << 40;
        h.execute(0xb747ff82); // tbnz x2, #40, #-16
        assertEquals(PC - 16, h.cpu.pc);
    }

    @Test
    void brBranchesToTheRegister() {
        h.cpu.x[3] = 0x4000;
        h.execute(0xd61f0060); // br x3
        assertEquals(0x4000, h.cpu.pc);
        assertEquals(0, h.cpu.x[30]);
    }

    @Test
    void blrX30BranchesToTheOldX30AndLinks() {
        h.cpu.x[30] = 0x8000;
        h.execute(0xd63f03c0); // blr x30
        assertEquals(0x8000, h.cpu.pc);
        assertEquals(PC + 4, h.cpu.x[30]);
    }

    @Test
    void retDefaultsToX30() {
        h.cpu.x[30] = 0x2000;
        h.execute(0xd65f03c0);
        assertEquals(0x2000, h.cpu.pc);
    }

    @Test
    void retToAnotherRegister() {
        h.cpu.x[5] = 0x3000;
        h.execute(0xd65f00a0); // ret x5
        assertEquals(0x3000, h.cpu.pc);
    }

    @Test
    void registerBranchDropsTheTagWhenTbi0IsSet() {
        // TCR_EL1 resets with TBI0 (AArch64.BranchAddr: bits 63:56 become copies of bit 55).
        h.cpu.x[3] = 0x5a00_0000_0000_4000L;
        h.execute(0xd61f0060);
        assertEquals(0x4000, h.cpu.pc);
    }

    @Test
    void registerBranchKeepsTheTagWithoutTbi() {
        h.cpu.sysregs.set(SystemRegisters.TCR_EL1_KEY, 0);
        h.cpu.x[3] = 0x5a00_0000_0000_4000L;
        h.execute(0xd61f0060);
        assertEquals(0x5a00_0000_0000_4000L, h.cpu.pc);
    }

    @Test
    void registerBranchToAnUpperAddressUsesTbi1() {
        h.cpu.sysregs.set(SystemRegisters.TCR_EL1_KEY, SystemRegisters.TCR_TBI1);
        h.cpu.x[3] = 0x5aff_8000_0000_4000L;
        h.execute(0xd61f0060);
        assertEquals(0xffff_8000_0000_4000L, h.cpu.pc);
    }

    // ---- Exception return ----

    @Test
    void eretRestoresPstateAndPcFromSpsrAndElr() {
        atEl1();
        h.cpu.sysregs.set(SystemRegisters.ELR_EL1_KEY, 0x7000);
        h.cpu.sysregs.set(SystemRegisters.SPSR_EL1_KEY, 0xa000_0000L | 0x140 | 1L << 22 | 1L << 24 | 0b00000);
        h.cpu.exclusiveArmed = true;
        h.execute(0xd69f03e0);
        assertEquals(0x7000, h.cpu.pc);
        assertEquals(0xa000_0000, h.cpu.nzcv);
        assertEquals(0x140, h.cpu.daif);
        assertEquals(0, h.cpu.el);
        assertEquals(0, h.cpu.spsel);
        assertEquals(1, SystemRegisters.pstateBit(h.cpu, SystemRegisters.PAN_KEY));
        assertEquals(1, SystemRegisters.pstateBit(h.cpu, SystemRegisters.DIT_KEY));
        assertEquals(0, SystemRegisters.pstateBit(h.cpu, SystemRegisters.UAO_KEY));
        assertFalse(h.cpu.exclusiveArmed, "ERET clears the local monitor");
    }

    @Test
    void eretToEl1hSelectsSpEl1() {
        atEl1();
        h.cpu.sysregs.set(SystemRegisters.ELR_EL1_KEY, 0x7000);
        h.cpu.sysregs.set(SystemRegisters.SPSR_EL1_KEY, 0x3c5);
        h.execute(0xd69f03e0);
        assertEquals(1, h.cpu.el);
        assertEquals(1, h.cpu.spsel);
        assertEquals(0x3c0, h.cpu.daif);
    }

    @ParameterizedTest
    @ValueSource(ints = {0b00001, 0b01000, 0b01100, 0b10000, 0b00110})
    void eretToAnIllegalModeIsUndefined(int m) {
        atEl1();
        h.cpu.sysregs.set(SystemRegisters.SPSR_EL1_KEY, m);
        assertUndefined(0xd69f03e0);
        assertEquals(1, h.cpu.el);
    }

    @Test
    void eretAtEl0IsUndefined() {
        assertUndefined(0xd69f03e0);
    }

    @Test
    void drpsIsUndefinedOutsideDebugState() {
        atEl1();
        assertUndefined(0xd6bf03e0);
    }

    // ---- Exception generation ----

    @Test
    void svcIsASupervisorCallReturningToTheNextInstruction() {
        GuestException e = raised(0xd4024681);
        assertEquals(Kind.SUPERVISOR_CALL, e.kind());
        assertEquals(0x1234, e.immediate());
        assertEquals(PC, e.pc());
        assertEquals(PC + 4, e.returnAddress());
    }

    @Test
    void hvcAtEl1IsAHypervisorCall() {
        atEl1();
        GuestException e = raised(0xd4000842);
        assertEquals(Kind.HYPERVISOR_CALL, e.kind());
        assertEquals(0x42, e.immediate());
        assertEquals(PC + 4, e.returnAddress());
    }

    @Test
    void smcAtEl1IsASecureMonitorCall() {
        atEl1();
        GuestException e = raised(0xd4000863);
        assertEquals(Kind.SECURE_MONITOR_CALL, e.kind());
        assertEquals(0x43, e.immediate());
    }

    @Test
    void hvcAndSmcAtEl0AreUndefined() {
        assertUndefined(0xd4000842);
        assertUndefined(0xd4000863);
    }

    @Test
    void brkIsABreakpointAtTheInstruction() {
        GuestException e = raised(0xd43e01a0);
        assertEquals(Kind.BREAKPOINT, e.kind());
        assertEquals(0xf00d, e.immediate());
        assertEquals(PC, e.returnAddress());
    }

    @Test
    void hltIsAHaltAtTheInstruction() {
        GuestException e = raised(0xd44000e0);
        assertEquals(Kind.HALT, e.kind());
        assertEquals(7, e.immediate());
        assertEquals(PC, e.returnAddress());
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd4a00001, 0xd4a00002, 0xd4a00003})
    void dcpsIsUndefined(int word) {
        atEl1();
        assertUndefined(word);
    }

    @Test
    void udfIsUndefined() {
        assertUndefined(0x00000000);
    }

    // ---- Hints and barriers ----

    @ParameterizedTest
    @ValueSource(ints = {0xd503201f, 0xd503203f, 0xd503209f, 0xd50320bf, 0xd503221f, 0xd503229f, 0xd503233f, 0xd50323bf,
        0xd50320ff, 0xd503211f, 0xd503245f, 0xd5032fff, 0xd5033f9f, 0xd5033bbf, 0xd5033fdf, 0xd503309f, 0xd503349f,
        0xd50330ff})
    void hintsAndBarriersOnlyAdvanceThePc(int word) {
        h.cpu.x[30] = 0x1234;
        h.cpu.setNzcvBits(0b1010);
        h.execute(word);
        assertEquals(PC + 4, h.cpu.pc);
        assertEquals(0x1234, h.cpu.x[30], "PAuth hints leave LR alone");
        assertEquals(0xa000_0000, h.cpu.nzcv);
    }

    @Test
    void wfiStopsWithTheNextInstructionAsReturnAddress() {
        GuestException e = raised(0xd503207f);
        assertEquals(Kind.WAIT_FOR_INTERRUPT, e.kind());
        assertEquals(PC, e.pc());
        assertEquals(PC + 4, e.returnAddress());
    }

    @Test
    void wfeStopsWithTheNextInstructionAsReturnAddress() {
        GuestException e = raised(0xd503205f);
        assertEquals(Kind.WAIT_FOR_EVENT, e.kind());
        assertEquals(PC + 4, e.returnAddress());
    }

    @Test
    void clrexDisarmsTheExclusiveMonitor() {
        h.cpu.exclusiveArmed = true;
        h.execute(0xd5033f5f);
        assertFalse(h.cpu.exclusiveArmed);
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd61f083f, 0xd65f0bff, 0xd69f0bff, 0xd73f0822})
    void pauthOutsideTheHintSpaceIsUndefined(int word) {
        atEl1();
        assertUndefined(word);
    }

    // ---- PSTATE ----

    @Test
    void msrDaifSetAndClrAtEl1() {
        atEl1();
        h.cpu.daif = 0;
        h.execute(0xd5034fdf); // msr daifset, #0xf
        assertEquals(0x3c0, h.cpu.daif);
        h.execute(0xd50342ff); // msr daifclr, #2
        assertEquals(0x340, h.cpu.daif);
    }

    @Test
    void msrDaifSetAtEl0TrapsUnlessSctlrUma() {
        GuestException e = raised(0xd5034fdf);
        assertEquals(Kind.SYSTEM_REGISTER, e.kind());
        assertEquals(PC, e.returnAddress());
        h.cpu.sysregs.set(SystemRegisters.SCTLR_EL1_KEY, SystemRegisters.SCTLR_EL1_RESET | SystemRegisters.SCTLR_UMA);
        h.cpu.daif = 0;
        h.execute(0xd5034fdf);
        assertEquals(0x3c0, h.cpu.daif);
    }

    @Test
    void msrSpselAtEl1SwitchesTheStackPointer() {
        h.cpu.el = 1;
        h.cpu.spEl0 = 0x100;
        h.cpu.spEl1 = 0x200;
        h.execute(0xd50041bf); // msr spsel, #1
        assertEquals(1, h.cpu.spsel);
        assertEquals(0x200, h.cpu.sp());
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd50041bf, 0xd500419f, 0xd500417f})
    void msrImmediateOfEl1FieldsIsUndefinedAtEl0(int word) {
        assertUndefined(word);
    }

    @Test
    void msrPanAndUaoAtEl1() {
        atEl1();
        h.execute(0xd500419f);
        h.execute(0xd500417f);
        assertEquals(1, SystemRegisters.pstateBit(h.cpu, SystemRegisters.PAN_KEY));
        assertEquals(1, SystemRegisters.pstateBit(h.cpu, SystemRegisters.UAO_KEY));
    }

    @Test
    void msrDitAndSsbsAtEl0() {
        h.execute(0xd503415f);
        h.execute(0xd503413f);
        assertEquals(1, SystemRegisters.pstateBit(h.cpu, SystemRegisters.DIT_KEY));
        assertEquals(1, SystemRegisters.pstateBit(h.cpu, SystemRegisters.SSBS_KEY));
    }

    // ---- SYS ----

    @Test
    void dcZvaZeroesTheAlignedBlockAtEl0() {
        for (int i = 0; i < 256; i += 8) {
            h.memory.write64(0x1000 + i, -1L);
        }
        h.cpu.x[1] = 0x1000 + 64 + 13;
        h.execute(0xd50b7421);
        for (int i = 0; i < 256; i += 8) {
            assertEquals(i >= 64 && i < 128 ? 0 : -1L, h.memory.read64(0x1000 + i), "offset " + i);
        }
    }

    @Test
    void dcZvaOutsideRamAbortsForTheWholeBlock() {
        h.cpu.x[1] = 0x4000_0000L + 70;
        MemoryAbort abort = assertThrows(MemoryAbort.class, () -> h.execute(0xd50b7421));
        assertEquals(0x4000_0040L, abort.address());
        assertEquals(64, abort.size());
        assertTrue(abort.write());
    }

    @Test
    void dcZvaAtEl0TrapsWithoutSctlrDze() {
        h.cpu.sysregs.set(SystemRegisters.SCTLR_EL1_KEY, SystemRegisters.SCTLR_EL1_RESET & ~SystemRegisters.SCTLR_DZE);
        assertEquals(Kind.SYSTEM_REGISTER, raised(0xd50b7421).kind());
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd50b7a21, 0xd50b7e21, 0xd50b7b21, 0xd50b7521})
    void cacheMaintenanceToPoCOrPoUIsANoOpAtEl0(int word) {
        h.execute(word);
        assertEquals(PC + 4, h.cpu.pc);
    }

    @Test
    void cacheMaintenanceAtEl0TrapsWithoutSctlrUci() {
        h.cpu.sysregs.set(SystemRegisters.SCTLR_EL1_KEY, SystemRegisters.SCTLR_EL1_RESET & ~SystemRegisters.SCTLR_UCI);
        assertEquals(Kind.SYSTEM_REGISTER, raised(0xd50b7a21).kind());
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd508751f, 0xd508711f, 0xd508831f, 0xd5088721, 0xd5087801, 0xd5087621})
    void el1CacheTlbAndAtOperationsAreNoOpsAtEl1(int word) {
        atEl1();
        h.execute(word);
        assertEquals(PC + 4, h.cpu.pc);
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd508751f, 0xd508831f, 0xd5087801, 0xd5087621})
    void el1OperationsAreUndefinedAtEl0(int word) {
        assertUndefined(word);
    }

    @ParameterizedTest
    @ValueSource(ints = {0xd508f001, 0xd528f001, 0xd508811f})
    void otherSysAndSyslAreUndefined(int word) {
        atEl1();
        assertUndefined(word);
    }
}
