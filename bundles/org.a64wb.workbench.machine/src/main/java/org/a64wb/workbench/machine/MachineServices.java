package org.a64wb.workbench.machine;

import java.util.List;
import java.util.function.Supplier;

import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.isa.api.InstructionSets;

/**
 * What a machine is built from, as {@code a64 run} gets it: the accelerator's VMs, the contributed devices and
 * trap handlers, and the instruction sets (for the disassembly around PC and for assembling a guest's source).
 */
public record MachineServices(Supplier<VirtualMachine> vms, List<DeviceContribution> devices, TrapHandlerRegistry handlers,
        InstructionSets isa) {
}
