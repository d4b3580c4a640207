package org.a64wb.accel.inprocess;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.gic.CpuInterface;
import org.a64wb.gic.Distributor;
import org.a64wb.gic.Gicv3;
import org.a64wb.gic.Redistributor;
import org.a64wb.isa.api.sysreg.SysregEncoding;

/**
 * The GICv3 inside the accelerator (KVM's vGIC): the model, where its frames sit in the guest's physical
 * address space, and the lines set before the first vCPU ran. The model is built at the first run, when
 * every vCPU exists and has the MPIDR_EL1 its redistributor must report (KVM's vgic init does the same).
 */
final class InterruptController {

    /** ICC registers by packed encoding. */
    static final Map<Integer, CpuInterface.Register> ICC = new HashMap<>();

    static {
        for (CpuInterface.Register r : CpuInterface.Register.values()) {
            ICC.put(SysregEncoding.pack(r.op0, r.op1, r.crn, r.crm, r.op2), r);
        }
    }

    private final long distributorBase;
    private final long redistributorBase;
    private final int spis;
    private final Map<Integer, Boolean> earlyLines = new HashMap<>();
    private volatile Gicv3 gic;

    InterruptController(long distributorBase, long redistributorBase, int spis) {
        this.distributorBase = distributorBase;
        this.redistributorBase = redistributorBase;
        this.spis = spis;
    }

    /** Builds the model for these vCPUs (in index order), once. */
    synchronized Gicv3 build(List<InProcessVcpu> vcpus) {
        if (gic == null) {
            long[] affinities = new long[vcpus.size()];
            for (int i = 0; i < affinities.length; i++) {
                affinities[i] = vcpus.get(i).mpidr();
            }
            gic = new Gicv3(affinities, spis);
            gic.setOutput((cpu, irq, fiq) -> vcpus.get(cpu).interrupts().setInputs(irq, fiq));
            earlyLines.forEach(gic::setSpiLine);
            earlyLines.clear();
        }
        return gic;
    }

    Gicv3 gic() {
        return gic;
    }

    synchronized void setSpiLine(int intid, boolean level) {
        if (gic == null) {
            if (intid < Gicv3.PRIVATE_INTERRUPTS || intid >= Gicv3.PRIVATE_INTERRUPTS + spis) {
                throw new IllegalArgumentException("INTID " + intid + " is not one of the " + spis + " SPIs");
            }
            earlyLines.put(intid, level);
        } else {
            gic.setSpiLine(intid, level);
        }
    }

    /** Whether a guest physical access lands in the distributor or a redistributor frame. */
    boolean claims(long address) {
        Gicv3 g = gic;
        if (g == null) {
            return false;
        }
        int cpus = g.cpuCount();
        return address - distributorBase >= 0 && address - distributorBase < Distributor.SIZE
                || address - redistributorBase >= 0 && address - redistributorBase < Redistributor.STRIDE * cpus;
    }

    long read(long address, int size) {
        Gicv3 g = gic();
        long offset = address - distributorBase;
        return offset >= 0 && offset < Distributor.SIZE ? g.distributor().read(offset, size) : g.readRedistributors(address - redistributorBase, size);
    }

    void write(long address, int size, long value) {
        Gicv3 g = gic();
        long offset = address - distributorBase;
        if (offset >= 0 && offset < Distributor.SIZE) {
            g.distributor().write(offset, size, value);
        } else {
            g.writeRedistributors(address - redistributorBase, size, value);
        }
    }
}
