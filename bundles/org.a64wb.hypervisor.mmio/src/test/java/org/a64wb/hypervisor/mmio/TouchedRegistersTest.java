package org.a64wb.hypervisor.mmio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.RegisterWriteRejected;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.mmio.MmioBus;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.VcpuRegisters;
import org.a64wb.hypervisor.dispatch.LazyRegisters;
import org.junit.jupiter.api.Test;

/** Only the registers the instruction names move between the accelerator and the VMM (no full register sync). */
class TouchedRegistersTest {

    /** The vCPU seen through a log of every register transfer. */
    static final class RecordingCpu implements VirtualCpu {
        final VirtualCpu cpu;
        final List<String> log = new ArrayList<>();

        RecordingCpu(VirtualCpu cpu) {
            this.cpu = cpu;
        }

        @Override public int index() { return cpu.index(); }
        @Override public Exit run() { return cpu.run(); }
        @Override public Exit step() { return cpu.step(); }
        @Override public void requestExit() { cpu.requestExit(); }
        @Override public long[] registerList() { return cpu.registerList(); }
        @Override public long getRegister(long id) { log.add("get " + RegisterId.name(id)); return cpu.getRegister(id); }
        @Override public void setRegister(long id, long value) throws RegisterWriteRejected { log.add("set " + RegisterId.name(id)); cpu.setRegister(id, value); }
        @Override public long[] getVector(int n) { log.add("get v" + n); return cpu.getVector(n); }
        @Override public void setVector(int n, long low, long high) { log.add("set v" + n); cpu.setVector(n, low, high); }
        @Override public void injectSynchronousException(Syndrome s, long far) { cpu.injectSynchronousException(s, far); }
        @Override public long instructions() { return cpu.instructions(); }
    }

    /** A trap context of the shape MachineRunner gives. */
    static final class Context implements TrapContext {
        final Exit exit;
        final VirtualMachine vm;
        final MmioBus bus;
        final LazyRegisters registers;

        Context(Exit exit, VirtualMachine vm, MmioBus bus, VirtualCpu cpu) {
            this.exit = exit;
            this.vm = vm;
            this.bus = bus;
            this.registers = new LazyRegisters(cpu);
        }

        @Override public Exit exit() { return exit; }
        @Override public Syndrome syndrome() { return exit.syndrome(); }
        @Override public long pc() { return exit.pc(); }
        @Override public int vcpuIndex() { return 0; }
        @Override public VcpuRegisters registers() { return registers; }
        @Override public VirtualMachine vm() { return vm; }
        @Override public Machine machine() { return null; }
        @Override public MmioBus bus() { return bus; }
        @Override public void advancePc() { registers.setPc(pc() + 4); }
        @Override public void injectUndefined() { throw new AssertionError(); }
        @Override public void injectExternalDataAbort(long address) { throw new AssertionError(); }
    }

    static List<String> transfers(String asm) {
        Guest g = new Guest(false).load(asm);
        EmulationTest.setup(g);
        RecordingCpu cpu = new RecordingCpu(g.cpu());
        Exit exit = cpu.run();
        Context context = new Context(exit, g.vm, g.bus, cpu);
        Outcome outcome = exit.syndrome().isv() ? g.syndromeHandler.handle(context) : g.emulationHandler.handle(context);
        assertEquals(Outcome.RESUME, outcome);
        context.registers.writeBack();
        return cpu.log;
    }

    @Test
    void stpQPostIndexMovesOnlyTheBaseTheTwoVectorsAndPc() {
        assertEquals(List.of("get x1", "get v0", "get v1", "set x1", "set pc"), transfers("stp q0, q1, [x1], #32"));
    }

    @Test
    void ld2RegisterPostIndexReadsNoVectorAndWritesTheTwoLoaded() {
        assertEquals(List.of("get x1", "get x5", "set x1", "set pc", "set v0", "set v1"), transfers("ld2 {v0.4s, v1.4s}, [x1], x5"));
    }

    @Test
    void singleLaneLoadReadsItsRegisterToKeepTheOtherLanes() {
        assertEquals(List.of("get x1", "get v3", "set pc", "set v3"), transfers("ld1 {v3.h}[5], [x1]"));
    }

    @Test
    void ldpswReadsOnlyTheBaseAndWritesTheTwoTargets() {
        // Written last to first, so that with Rt == Rt2 the first element remains (the interpreter's choice).
        assertEquals(List.of("get x1", "set x3", "set x2", "set pc"), transfers("ldpsw x2, x3, [x1]"));
    }

    @Test
    void isvOneLoadWritesOnlySrtAndPc() {
        assertEquals(List.of("set x4", "set pc"), transfers("ldrsh x4, [x1, #2]"));
    }

    @Test
    void stackPointerBaseReadsPstateToChooseTheStackPointer() {
        assertEquals(List.of("get pstate", "get sp_el1", "get x2", "get x3", "set sp_el1", "set pc"), transfers("stp x2, x3, [sp, #-16]!"));
    }
}
