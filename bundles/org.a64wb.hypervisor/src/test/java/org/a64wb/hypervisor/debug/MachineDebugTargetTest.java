package org.a64wb.hypervisor.debug;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.assembler.Assembler;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.RegisterLayout;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.gdbstub.target.StopEvent;
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

/** A two-vCPU machine under the debug target: waits for the debugger, breakpoints, steps, registers, memory, monitor. */
class MachineDebugTargetTest {

    private static final long RAM = 0x40000000L;

    private static byte[] le(long value, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    @Test
    void aMachineRunsToABreakpointStepsAndPowersOffUnderTheDebugger() throws Exception {
        byte[] code = new Assembler(List.of(new A64InstructionSet())).assemble("guest.s", """
                mov x1, #5
                mov x2, #7
                add x3, x1, x2
                movz x0, #0x8400, lsl #16
                movk x0, #8
                hvc #0
                """, Assembler.Options.flat(RAM)).image();
        VirtualMachine vm = new InProcessAccelerator().createVm();
        vm.mapRam(RAM, 0x100000);
        vm.writePhysical(RAM, code, 0, code.length);
        InstructionSetRegistry isa = new InstructionSetRegistry();
        isa.add(new A64InstructionSet(), "test");
        TrapHandlerRegistry handlers = new TrapHandlerRegistry();
        handlers.add(context -> Outcome.POWER_OFF, Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.NAME, "power-off"));
        MachineRunner runner = new MachineRunner(vm, 2, handlers, new SimpleMmioBus(), isa, Machine.Conduit.HVC,
                Machine.SmcPolicy.UNDEFINED, new TrapStatistics());
        runner.vcpu(0).setRegister(RegisterId.PC, RAM);
        AllStopControl control = new AllStopControl();
        runner.debug(control);
        MachineDebugTarget target = new MachineDebugTarget(runner, vm, handlers, control);
        AtomicReference<MachineRunner.Result> result = new AtomicReference<>();
        Thread machine = new Thread(() -> {
            try {
                result.set(runner.run());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        machine.start();

        assertEquals(List.of(1L, 2L), target.threads());
        Thread.sleep(50);
        assertArrayEquals(le(RAM, 8), target.readRegister(1, RegisterLayout.PC), "waits at the first instruction");
        assertTrue(target.insert(new Breakpoint(Breakpoint.Kind.SOFTWARE, RAM + 8, 4)));
        assertFalse(target.insert(new Breakpoint(Breakpoint.Kind.WRITE, RAM + 0x100, 8)), "no hardware watchpoints in system mode");
        target.resume(Map.of(), Resume.CONTINUE);
        assertEquals(new StopEvent.Stopped(1, StopEvent.SIGTRAP), target.awaitStop(5000));
        assertArrayEquals(le(RAM + 8, 8), target.readRegister(1, RegisterLayout.PC));
        assertArrayEquals(le(5, 8), target.readRegister(1, 1));
        assertArrayEquals(le(0x3c5, 4), target.readRegister(1, RegisterLayout.CPSR));

        assertTrue(target.writeRegister(1, 2, le(30, 8)));
        target.resume(Map.of(1L, Resume.STEP), null);
        assertEquals(new StopEvent.Stopped(1, StopEvent.SIGTRAP), target.awaitStop(5000));
        assertArrayEquals(le(RAM + 12, 8), target.readRegister(1, RegisterLayout.PC));
        assertEquals(35, runner.vcpu(0).getRegister(RegisterId.x(3)));

        byte[] word = new byte[4];
        assertEquals(4, target.readMemory(1, RAM, word));
        assertArrayEquals(java.util.Arrays.copyOf(code, 4), word);
        assertEquals(0, target.readMemory(1, 0x1000, word), "no RAM there");
        assertEquals(2, target.readMemory(1, RAM + 0x100000 - 2, word), "the read stops where RAM ends");
        int sctlr = RegisterLayout.G_REGISTERS;
        assertEquals(8, target.readRegister(1, sctlr).length);
        assertTrue(target.layout().targetXml().contains("name=\"SCTLR_EL1\""));

        assertTrue(target.monitor("stats").contains("vCPU 1: OFF"), target.monitor("stats"));
        assertTrue(target.monitor("handlers").contains("power-off"), target.monitor("handlers"));
        assertNull(target.monitor("frobnicate"));

        target.remove(new Breakpoint(Breakpoint.Kind.SOFTWARE, RAM + 8, 4));
        target.resume(Map.of(), Resume.CONTINUE);
        machine.join(5000);
        assertEquals(MachineRunner.Ending.POWER_OFF, result.get().ending(), result.get().report());
    }
}
