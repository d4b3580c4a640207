package org.a64wb.hypervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.assembler.Assembler;
import org.a64wb.board.api.mmio.MmioDevice;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.SimpleMmioBus;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.registry.InstructionSetRegistry;
import org.junit.jupiter.api.Test;

/** The vCPU loop: exits go to contributed handlers by class, filter and priority; unclaimed exits stop with a report. */
class MachineRunnerTest {

    private static final long RAM = 0x40000000L;

    private final TrapHandlerRegistry handlers = new TrapHandlerRegistry();
    private final SimpleMmioBus bus = new SimpleMmioBus();

    private MachineRunner machine(String source) throws Exception {
        byte[] code = new Assembler(List.of(new A64InstructionSet())).assemble("guest.s", source, Assembler.Options.flat(RAM)).image();
        VirtualMachine vm = new InProcessAccelerator().createVm();
        vm.mapRam(RAM, 0x100000);
        vm.writePhysical(RAM, code, 0, code.length);
        InstructionSetRegistry isa = new InstructionSetRegistry();
        isa.add(new A64InstructionSet(), "test");
        MachineRunner runner = new MachineRunner(vm, 1, handlers, bus, isa, Machine.Conduit.HVC, Machine.SmcPolicy.UNDEFINED,
                new TrapStatistics());
        runner.vcpu(0).setRegister(RegisterId.PC, RAM);
        return runner;
    }

    @Test
    void anHvcGoesToTheHandlerWhoseFunctionRangeMatchesX0() throws Exception {
        MachineRunner runner = machine("""
                movz x0, #0x8400, lsl #16
                hvc #0
                mov x5, x0
                movz x0, #0x8400, lsl #16
                movk x0, #8
                hvc #0
                """);
        handlers.add(context -> {
            long id = context.registers().x(0);
            if (id == 0x84000008L) {
                return Outcome.POWER_OFF;
            }
            context.registers().setX(0, 0x10001);
            return Outcome.RESUME;
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.FUNCTION_IDS, "0x84000000-0x8400001f", TrapHandler.NAME, "psci"));
        handlers.add(context -> {
            throw new AssertionError("out of its function range");
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.FUNCTION_IDS, "0xc4000000-0xc400001f"));
        MachineRunner.Result result = runner.run();
        assertEquals(MachineRunner.Ending.POWER_OFF, result.ending(), result.report());
        assertEquals(0x10001, runner.vcpu(0).getRegister(RegisterId.x(5)));
        assertEquals(2, runner.statistics().count("EC 0x16 / psci"));
    }

    @Test
    void aHigherPriorityHandlerIsAskedFirstAndMayDecline() throws Exception {
        MachineRunner runner = machine("hvc #1\nhvc #2\n");
        StringBuilder order = new StringBuilder();
        handlers.add(context -> {
            order.append("low ");
            return context.syndrome().iss() == 2 ? Outcome.POWER_OFF : Outcome.RESUME;
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.PRIORITY, 1));
        handlers.add(context -> {
            order.append("high ");
            return Outcome.DECLINE;
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.PRIORITY, 5));
        assertEquals(MachineRunner.Ending.POWER_OFF, runner.run().ending());
        assertEquals("high low high low ", order.toString());
    }

    @Test
    void anExitNoHandlerClaimsStopsTheMachineWithTheSyndromeInWordsAndTheInstruction() throws Exception {
        MachineRunner.Result result = machine("nop\nbrk #0x2a\n").run();
        assertEquals(MachineRunner.Ending.UNHANDLED_EXIT, result.ending());
        assertEquals("vCPU 0 stopped on an unhandled exit at pc 0x40000004: ESR_EL2=0xf200002a (EC 0x3c BRK: comment=0x2a);"
                + " instruction d4200540 (brk #0x2a)", result.report());
    }

    @Test
    void anIsv1StoreReachesTheDeviceThroughAHandlerThatReadsOnlyTheTransferRegister() throws Exception {
        MachineRunner runner = machine("""
                movz x1, #0x900, lsl #16
                mov w2, #0x41
                strb w2, [x1]
                movz x0, #0x8400, lsl #16
                movk x0, #8
                hvc #0
                """);
        StringBuilder uart = new StringBuilder();
        bus.map(0x09000000L, 0x1000, "uart", new MmioDevice() {
            @Override
            public long read(long offset, int size) {
                return 0;
            }

            @Override
            public void write(long offset, int size, long value) {
                uart.append((char) value);
            }
        });
        List<List<Long>> fetched = new java.util.ArrayList<>();
        handlers.add(context -> {
            var s = context.syndrome();
            assertTrue(s.isv());
            context.bus().write(context.exit() instanceof org.a64wb.accel.api.Exit.DataAbort d ? d.ipa() : 0, 1 << s.sas(),
                    context.registers().x(s.srt()));
            context.advancePc();
            fetched.add(context.registers().fetched());
            return Outcome.RESUME;
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x24));
        handlers.add(context -> Outcome.POWER_OFF, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16));
        assertEquals(MachineRunner.Ending.POWER_OFF, runner.run().ending());
        assertEquals("A", uart.toString());
        assertEquals(List.of(List.of(RegisterId.x(2))), fetched, "only the transfer register is read; PC is written, not read");
    }

    @Test
    void aRejectedRegisterWriteLeavesTheViewEqualToTheGuestsValue() throws Exception {
        MachineRunner runner = machine("hvc #0\n");
        long[] seen = new long[2];
        handlers.add(context -> {
            long midr = context.registers().get(RegisterId.MIDR_EL1);
            context.registers().set(RegisterId.MIDR_EL1, midr + 1);
            List<Long> rejected = context.registers().writeBack();
            seen[0] = rejected.size();
            seen[1] = context.registers().get(RegisterId.MIDR_EL1) - midr;
            return Outcome.POWER_OFF;
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16));
        assertEquals(MachineRunner.Ending.POWER_OFF, runner.run().ending());
        assertEquals(1, seen[0]);
        assertEquals(0, seen[1]);
    }

    @Test
    void aHandlerRemovedWhileTheMachineRunsIsNoLongerAsked() throws Exception {
        MachineRunner runner = machine("hvc #1\nhvc #2\nhvc #3\n");
        List<Integer> seen = new java.util.ArrayList<>();
        TrapHandler[] first = new TrapHandler[1];
        first[0] = context -> {
            seen.add(context.syndrome().iss());
            handlers.remove(first[0]);
            return Outcome.RESUME;
        };
        handlers.add(first[0], Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.PRIORITY, 5));
        handlers.add(context -> {
            seen.add(-context.syndrome().iss());
            return context.syndrome().iss() == 3 ? Outcome.POWER_OFF : Outcome.RESUME;
        }, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16));
        assertEquals(MachineRunner.Ending.POWER_OFF, runner.run().ending());
        assertEquals(List.of(1, -2, -3), seen);
    }

    @Test
    void singleStepExitsAfterEachInstructionWithTheSoftwareStepSyndrome() throws Exception {
        MachineRunner runner = machine("mov x0, #7\nadd x0, x0, #1\n");
        var vcpu = runner.vcpu(0);
        var first = vcpu.step();
        assertTrue(first instanceof org.a64wb.accel.api.Exit.SoftwareStep, first.toString());
        assertEquals(0x32, first.syndrome().ec());
        assertEquals(RAM + 4, vcpu.getRegister(RegisterId.PC));
        vcpu.step();
        assertEquals(8, vcpu.getRegister(RegisterId.x(0)));
        assertEquals(2, vcpu.instructions());
    }
}
