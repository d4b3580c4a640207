package org.a64wb.workbench.machine;

import java.util.List;
import java.util.Map;

import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.board.virt.SystemRegisterForwarder;
import org.a64wb.board.virt.WaitForInterruptHandler;
import org.a64wb.device.pl011.Pl011Contribution;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.mmio.MmioSettings;
import org.a64wb.hypervisor.mmio.Reports;
import org.a64wb.hypervisor.mmio.SyndromeAccessHandler;
import org.a64wb.hypervisor.psci.internal.PsciHvcHandler;
import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.registry.InstructionSetRegistry;

/**
 * The services the running workbench finds in OSGi, built by hand: the in-process accelerator, the PL011, and the
 * contributed handlers with the metadata their bundles give them (ISV=1 MMIO, PSCI over HVC, the board's
 * system-register and WFx fallbacks).
 */
final class TestMachines {

    private TestMachines() {
    }

    static MachineServices services() {
        TrapHandlerRegistry handlers = new TrapHandlerRegistry();
        handlers.add(new SyndromeAccessHandler(MmioSettings.DEFAULT, new Reports(line -> System.err.println("a64: " + line))),
                Map.of(TrapHandler.EXCEPTION_CLASS, 0x24, TrapHandler.PRIORITY, 10, TrapHandler.NAME, "mmio-syndrome"));
        handlers.add(new PsciHvcHandler(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x16,
                TrapHandler.FUNCTION_IDS, "0x80000000-0x8000ffff,0x84000000-0x8400001f,0xc4000000-0xc400001f", TrapHandler.NAME, "psci-hvc"));
        handlers.add(new SystemRegisterForwarder(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x18, TrapHandler.PRIORITY, -1000, TrapHandler.NAME, "sysreg"));
        handlers.add(new WaitForInterruptHandler(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x01, TrapHandler.PRIORITY, -1000, TrapHandler.NAME, "wfx"));
        InstructionSetRegistry isa = new InstructionSetRegistry();
        isa.add(new A64InstructionSet(), "org.a64wb.isa.a64");
        InProcessAccelerator accelerator = new InProcessAccelerator();
        return new MachineServices(accelerator::createVm, List.of(new Pl011Contribution()), handlers, isa);
    }
}
