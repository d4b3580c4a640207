package org.a64wb.board.virt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A SYS operation has the same outcome whether the accelerator executes it or the VMM's forwarder completes it
 * (--trap-all): both read isa-spec/system-registers.a64, so an operation with an effect completes from the EL it
 * gives, one without (DC CVADP: FEAT_DPB2 is absent) is UNDEFINED (EC 0, Arm ARM D18), and an EL0 use with its
 * SCTLR_EL1 enable bit clear traps to EL1 with EC 0x18 (D17.2 "SCTLR_EL1": DZE for DC ZVA, UCI for DC CVAC).
 */
class SystemOperationForwardingTest {

    private static MachineRunner.Result run(VirtBoard.Instance m) throws Exception {
        MachineRunner.Result r = m.run();
        assertEquals(MachineRunner.Ending.POWER_OFF, r.ending(), r.report());
        return r;
    }

    @ParameterizedTest(name = "{0}, trap-all {1}")
    @CsvSource({"'dc civac, x0', false, 1", "'dc civac, x0', true, 1", "'ic iallu', false, 1", "'ic iallu', true, 1",
            "'dc isw, x0', false, 1", "'dc isw, x0', true, 1", "'ic ivau, x0', false, 1", "'ic ivau, x0', true, 1",
            "'dc cvadp, x0', false, 0x02000000", "'dc cvadp, x0', true, 0x02000000"})
    void anOperationAtEl1CompletesOrIsUndefinedAsTheSpecSays(String operation, boolean trapAll, String expected) throws Exception {
        byte[] kernel = VirtBoardTest.flat("""
                    adr x1, vectors
                    msr vbar_el1, x1
                    adr x0, buffer
                    mov x2, #0
                    %s
                    mov x2, #1
                    b off
                    .balign 2048
                vectors:
                    .space 0x200
                    mrs x2, esr_el1
                off:
                    movz w0, #8
                    movk w0, #0x8400, lsl #16
                    hvc #0
                    .balign 64
                buffer:
                    .space 64
                """.formatted(operation));
        VirtBoard.Instance m = new VirtBoardTest().boot(kernel, 1, "", List.of(), trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT);
        run(m);
        assertEquals(Long.decode(expected), m.runner().vcpu(0).getRegister(RegisterId.x(2)), operation + ": 1 = completed, else ESR_EL1");
    }

    /** DC ZVA at EL0: zeroes its block with SCTLR_EL1.DZE set, traps (EC 0x18) and writes nothing with it clear. */
    @ParameterizedTest(name = "DZE {0}, trap-all {1}")
    @CsvSource({"true, false", "true, true", "false, false", "false, true"})
    void dcZvaAtEl0FollowsSctlrDze(boolean dze, boolean trapAll) throws Exception {
        byte[] kernel = VirtBoardTest.flat("""
                    adr x1, vectors
                    msr vbar_el1, x1
                    mrs x1, sctlr_el1
                    %s
                    msr sctlr_el1, x1
                    adr x0, buffer
                    mov x7, #-1
                    str x7, [x0]
                    adr x1, el0
                    msr elr_el1, x1
                    msr spsr_el1, xzr
                    eret
                el0:
                    dc zva, x0
                    svc #0
                    .balign 2048
                vectors:
                    .space 0x400
                    mrs x2, esr_el1
                    ldr x6, [x0]
                    movz w0, #8
                    movk w0, #0x8400, lsl #16
                    hvc #0
                    .balign 64
                buffer:
                    .space 64
                """.formatted(dze ? "orr x1, x1, #0x4000" : "and x1, x1, #0xffffffffffffbfff"));
        VirtBoard.Instance m = new VirtBoardTest().boot(kernel, 1, "", List.of(), trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT);
        run(m);
        VirtualCpu cpu = m.runner().vcpu(0);
        long ec = cpu.getRegister(RegisterId.x(2)) >>> 26;
        assertEquals(dze ? 0x15 : 0x18, ec, "EC of the exception taken: the SVC after DC ZVA, or DC ZVA's trap");
        assertEquals(dze ? 0L : -1L, cpu.getRegister(RegisterId.x(6)), "the block's first doubleword");
    }
}
