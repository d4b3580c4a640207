package org.a64wb.board.virt;

import java.util.Map;

import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.InterruptLine;
import org.a64wb.board.api.mmio.MmioDevice;
import org.a64wb.fdt.DeviceTree;
import org.a64wb.fdt.FdtNode;
import org.a64wb.gic.CpuInterface;
import org.a64wb.gic.Gicv3;
import org.a64wb.gic.Redistributor;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.SimpleMmioBus;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.isa.api.sysreg.SysregEncoding;

/**
 * The virt board's GICv3 in one of its two placements (seed 002), and the device tree nodes that
 * describe it and the generic timer as QEMU 7.2's {@code virt,gic-version=3} does (without the ITS: there
 * are no LPIs).
 *
 * <ul>
 * <li>{@link VirtBoard.Irqchip#ACCEL}: the accelerator hosts the GIC (KVM's vGIC); devices' lines go
 * through {@link VirtualMachine#setInterruptLine}, and nothing of the GIC reaches the VMM.
 * <li>{@link VirtBoard.Irqchip#VMM}: the same model lives here. Its frames are MMIO devices on the bus
 * (data-abort exits), the ICC_* registers reach it as EC 0x18 exits through a trap handler of this
 * machine, the timers' outputs come out of the vCPUs to its PPIs, and its IRQ/FIQ outputs go into the
 * vCPUs, which wakes a vCPU sleeping in WFI: what the upstream RFC's guest never got.
 * </ul>
 */
abstract class InterruptWiring {

    static InterruptWiring create(VirtBoard.Options options, VirtualMachine vm) {
        return options.irqchip() == VirtBoard.Irqchip.ACCEL ? new InAccelerator(vm) : new InVmm(vm, options.cpus());
    }

    abstract InterruptLine spiLine(int spi);

    /** Wires the machine once its vCPUs exist. */
    abstract void connect(MachineRunner runner, SimpleMmioBus bus, TrapHandlerRegistry handlers);

    /** Undoes what {@link #connect} registered beyond the machine's own lifetime. */
    void disconnect(TrapHandlerRegistry handlers) {
    }

    /** The GICv3 node (phandle on the root's interrupt-parent) and the timer node. */
    void addNodes(DeviceTree tree, int cpus) {
        FdtNode root = tree.root();
        FdtNode intc = root.addNode("intc@" + Long.toHexString(VirtBoard.GIC_DISTRIBUTOR)).string("compatible", "arm,gic-v3")
                .u32("#interrupt-cells", 3).empty("interrupt-controller").u32("#address-cells", 2).u32("#size-cells", 2).empty("ranges")
                .u32("#redistributor-regions", 1)
                .reg("reg", 2, 2, VirtBoard.GIC_DISTRIBUTOR, 0x10000, VirtBoard.GIC_REDISTRIBUTORS, Redistributor.STRIDE * cpus);
        root.u32("interrupt-parent", tree.phandle(intc));
        // arm,armv8-timer: secure physical (PPI 13 = INTID 29), non-secure physical (14 = 30), virtual (11 = 27),
        // hypervisor (10 = 26), all level-high; GICv3 takes no CPU mask in the flags.
        int level = VirtBoard.IRQ_TYPE_LEVEL_HIGH;
        int ppi = VirtBoard.GIC_PPI;
        root.addNode("timer").string("compatible", "arm,armv8-timer", "arm,armv7-timer").empty("always-on")
                .u32("interrupts", ppi, 13, level, ppi, 14, level, ppi, 11, level, ppi, 10, level);
    }

    private static final class InAccelerator extends InterruptWiring {
        private final VirtualMachine vm;

        InAccelerator(VirtualMachine vm) {
            this.vm = vm;
            vm.createInterruptController(VirtBoard.GIC_DISTRIBUTOR, VirtBoard.GIC_REDISTRIBUTORS, VirtBoard.GIC_SPIS);
        }

        @Override
        InterruptLine spiLine(int spi) {
            return level -> vm.setInterruptLine(Gicv3.PRIVATE_INTERRUPTS + spi, level);
        }

        @Override
        void connect(MachineRunner runner, SimpleMmioBus bus, TrapHandlerRegistry handlers) {
        }
    }

    private static final class InVmm extends InterruptWiring implements TrapHandler {
        private final VirtualMachine vm;
        private final Gicv3 gic;

        InVmm(VirtualMachine vm, int cpus) {
            this.vm = vm;
            long[] affinities = new long[cpus];
            for (int i = 0; i < cpus; i++) {
                affinities[i] = i; // MachineRunner.mpidr: Aff0 = index
            }
            this.gic = new Gicv3(affinities, VirtBoard.GIC_SPIS);
        }

        @Override
        InterruptLine spiLine(int spi) {
            return level -> gic.setSpiLine(Gicv3.PRIVATE_INTERRUPTS + spi, level);
        }

        @Override
        void connect(MachineRunner runner, SimpleMmioBus bus, TrapHandlerRegistry handlers) {
            bus.map(VirtBoard.GIC_DISTRIBUTOR, 0x10000, "gicv3-distributor", new MmioDevice() {
                @Override
                public long read(long offset, int size) {
                    return gic.distributor().read(offset, size);
                }

                @Override
                public void write(long offset, int size, long value) {
                    gic.distributor().write(offset, size, value);
                }
            });
            bus.map(VirtBoard.GIC_REDISTRIBUTORS, Redistributor.STRIDE * gic.cpuCount(), "gicv3-redistributors", new MmioDevice() {
                @Override
                public long read(long offset, int size) {
                    return gic.readRedistributors(offset, size);
                }

                @Override
                public void write(long offset, int size, long value) {
                    gic.writeRedistributors(offset, size, value);
                }
            });
            for (int i = 0; i < gic.cpuCount(); i++) {
                int cpu = i;
                runner.vcpu(i).setTimerOutput((ppi, level) -> gic.setLine(cpu, ppi, level));
            }
            gic.setOutput((cpu, irq, fiq) -> runner.vcpu(cpu).setInterruptInputs(irq, fiq));
            handlers.add(this, Map.of(TrapHandler.EXCEPTION_CLASS, Syndrome.EC_SYSREG, TrapHandler.PRIORITY, 100, TrapHandler.NAME,
                    "virt gicv3 cpu interface (irqchip vmm)"));
        }

        @Override
        void disconnect(TrapHandlerRegistry handlers) {
            handlers.remove(this);
        }

        /** An ICC_* access of this machine's guest: served by the VMM's GIC, then the instruction completes. */
        @Override
        public Outcome handle(TrapContext context) {
            SysregEncoding e = context.syndrome().sysreg();
            CpuInterface.Register r = CpuInterface.Register.of(e.op0(), e.op1(), e.crn(), e.crm(), e.op2());
            if (r == null || context.vm() != vm) {
                return Outcome.DECLINE;
            }
            CpuInterface cpuInterface = gic.cpuInterface(context.vcpuIndex());
            int rt = context.syndrome().sysregRt();
            if (context.syndrome().sysregRead() ? !r.readable : !r.writable) {
                context.injectUndefined();
                return Outcome.RESUME;
            }
            if (context.syndrome().sysregRead()) {
                context.registers().setX(rt, cpuInterface.read(r));
            } else {
                cpuInterface.write(r, rt == 31 ? 0 : context.registers().x(rt));
            }
            context.advancePc();
            return Outcome.RESUME;
        }
    }
}
