package org.a64wb.gic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.a64wb.gic.CpuInterface.Register;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GICv3 model against IHI 0069's rules, driven as Linux's irq-gic-v3.c drives it. */
class Gicv3Test {

    private Gicv3 gic;
    private final boolean[] irqs = new boolean[2];

    @BeforeEach
    void setUp() {
        gic = new Gicv3(new long[] {0, 1}, 64);
        gic.setOutput((cpu, irq, fiq) -> irqs[cpu] = irq);
        gic.distributor().write(Distributor.CTLR, 4, Distributor.CTLR_ENABLE_GRP1 | Distributor.CTLR_ARE);
        for (int cpu = 0; cpu < 2; cpu++) {
            Redistributor rd = gic.redistributor(cpu);
            rd.write(Redistributor.WAKER, 4, 0);
            rd.write(Redistributor.SGI_BASE + InterruptRegisters.IGROUPR, 4, 0xffffffffL);
            CpuInterface cif = gic.cpuInterface(cpu);
            cif.write(Register.PMR, 0xf0);
            cif.write(Register.IGRPEN1, 1);
        }
        gic.distributor().write(InterruptRegisters.IGROUPR + 4, 4, 0xffffffffL);
        gic.distributor().write(InterruptRegisters.IGROUPR + 8, 4, 0xffffffffL);
    }

    private void enablePpi(int cpu, int intid, int priority) {
        gic.redistributor(cpu).write(Redistributor.SGI_BASE + InterruptRegisters.IPRIORITYR + intid, 1, priority);
        gic.redistributor(cpu).write(Redistributor.SGI_BASE + InterruptRegisters.ISENABLER, 4, 1L << intid);
    }

    private void enableSpi(int intid, int priority, long route) {
        gic.distributor().write(InterruptRegisters.IPRIORITYR + intid, 1, priority);
        gic.distributor().write(Distributor.IROUTER + 8L * intid, 8, route);
        gic.distributor().write(InterruptRegisters.ISENABLER + intid / 32 * 4, 4, 1L << (intid % 32));
    }

    @Test
    void identificationAsLinuxProbesIt() {
        assertEquals(0x30, gic.distributor().read(Distributor.PIDR2, 4) & 0xf0, "GICD_PIDR2.ArchRev = GICv3");
        assertEquals(0x30, gic.redistributor(1).read(Redistributor.PIDR2, 4) & 0xf0, "GICR_PIDR2.ArchRev");
        assertEquals(96, ((gic.distributor().read(Distributor.TYPER, 4) & 0x1f) + 1) * 32, "GICD_TYPER.ITLinesNumber");
        long typer0 = gic.readRedistributors(Redistributor.TYPER, 8);
        long typer1 = gic.readRedistributors(Redistributor.STRIDE + Redistributor.TYPER, 8);
        assertEquals(0, typer0 >>> 32);
        assertEquals(0, typer0 & 1 << 4, "not the last redistributor");
        assertEquals(1, typer1 >>> 32, "affinity of PE 1");
        assertEquals(1 << 4, typer1 & 1 << 4, "GICR_TYPER.Last on the last one");
        assertEquals(0x50, gic.distributor().read(Distributor.CTLR, 4) & 0x50, "DS and ARE read as one");
        assertEquals(4, gic.cpuInterface(0).read(Register.CTLR) >>> 8 & 7, "ICC_CTLR_EL1.PRIbits");
    }

    @Test
    void wakerHandshakeClearsChildrenAsleep() {
        Gicv3 fresh = new Gicv3(new long[] {0}, 32);
        Redistributor rd = fresh.redistributor(0);
        assertEquals(6, rd.read(Redistributor.WAKER, 4), "ProcessorSleep and ChildrenAsleep after reset");
        rd.write(Redistributor.WAKER, 4, 0);
        assertEquals(0, rd.read(Redistributor.WAKER, 4) & 4, "ChildrenAsleep follows ProcessorSleep");
        assertTrue(rd.awake());
    }

    @Test
    void levelPpiIsPendingWhileTheLineIsHighAndBecomesActiveOnAcknowledge() {
        enablePpi(0, 27, 0xa0);
        gic.setLine(0, 27, true);
        assertTrue(irqs[0]);
        assertFalse(irqs[1], "a PPI is private to its PE");
        CpuInterface cif = gic.cpuInterface(0);
        assertEquals(27, cif.read(Register.HPPIR1));
        assertEquals(27, cif.read(Register.IAR1));
        assertEquals(0xa0, cif.read(Register.RPR));
        assertFalse(irqs[0], "active and pending is not signalled again");
        cif.write(Register.EOIR1, 27);
        assertTrue(irqs[0], "the line is still high: pending again after deactivation");
        gic.setLine(0, 27, false);
        assertFalse(irqs[0]);
        assertEquals(Gicv3.SPURIOUS, cif.read(Register.IAR1));
    }

    @Test
    void edgeSpiIsLatchedByTheRisingEdgeAndClearedByAcknowledge() {
        gic.distributor().write(InterruptRegisters.ICFGR + 8, 4, 2L << 2); // INTID 33 edge
        enableSpi(33, 0x80, 1);
        gic.setSpiLine(33, true);
        gic.setSpiLine(33, false);
        assertTrue(irqs[1], "routed to PE 1 by IROUTER");
        assertFalse(irqs[0]);
        assertEquals(33, gic.cpuInterface(1).read(Register.IAR1));
        gic.cpuInterface(1).write(Register.EOIR1, 33);
        assertFalse(irqs[1], "the edge was consumed");
    }

    @Test
    void priorityMaskHidesLowerPriorities() {
        enablePpi(0, 30, 0xf0);
        gic.setLine(0, 30, true);
        assertFalse(irqs[0], "priority 0xf0 is not below PMR 0xf0");
        assertEquals(Gicv3.SPURIOUS, gic.cpuInterface(0).read(Register.IAR1));
        gic.cpuInterface(0).write(Register.PMR, 0xf8);
        assertTrue(irqs[0]);
    }

    @Test
    void higherPriorityPreemptsOnlyAcrossGroupPriorities() {
        enablePpi(0, 27, 0x80);
        enablePpi(0, 30, 0x40);
        CpuInterface cif = gic.cpuInterface(0);
        gic.setLine(0, 27, true);
        assertEquals(27, cif.read(Register.IAR1));
        gic.setLine(0, 30, true);
        assertTrue(irqs[0], "0x40 preempts running priority 0x80");
        assertEquals(30, cif.read(Register.IAR1));
        assertEquals(0x40, cif.read(Register.RPR));
        cif.write(Register.EOIR1, 30);
        assertEquals(0x80, cif.read(Register.RPR), "the priority drop restores the preempted level");
        cif.write(Register.EOIR1, 27);
        assertEquals(Gicv3.IDLE_PRIORITY, cif.read(Register.RPR));
    }

    @Test
    void binaryPointGroupsPrioritiesThatCannotPreemptEachOther() {
        CpuInterface cif = gic.cpuInterface(0);
        cif.write(Register.BPR1, 6); // group priority is bits [7:6]
        enablePpi(0, 27, 0x60);
        enablePpi(0, 30, 0x48);
        gic.setLine(0, 27, true);
        assertEquals(27, cif.read(Register.IAR1));
        gic.setLine(0, 30, true);
        assertFalse(irqs[0], "0x48 and 0x60 share group priority 0x40");
        assertEquals(Gicv3.SPURIOUS, cif.read(Register.IAR1));
    }

    @Test
    void eoiModeOneSplitsPriorityDropFromDeactivation() {
        CpuInterface cif = gic.cpuInterface(0);
        cif.write(Register.CTLR, CpuInterface.CTLR_EOIMODE);
        enablePpi(0, 27, 0x80);
        gic.setLine(0, 27, true);
        assertEquals(27, cif.read(Register.IAR1));
        cif.write(Register.EOIR1, 27);
        assertEquals(Gicv3.IDLE_PRIORITY, cif.read(Register.RPR), "priority dropped");
        assertFalse(irqs[0], "still active: not signalled again");
        assertEquals(1L << 27, gic.redistributor(0).read(Redistributor.SGI_BASE + InterruptRegisters.ISACTIVER, 4));
        cif.write(Register.DIR, 27);
        assertTrue(irqs[0], "deactivated, and the line is still high");
    }

    @Test
    void sgiReachesTheTargetListAndIrmReachesEveryoneElse() {
        enablePpi(0, 3, 0x80);
        enablePpi(1, 3, 0x80);
        gic.cpuInterface(0).write(Register.SGI1R, 3L << 24 | 0b10);
        assertTrue(irqs[1]);
        assertFalse(irqs[0]);
        assertEquals(3, gic.cpuInterface(1).read(Register.IAR1));
        gic.cpuInterface(1).write(Register.EOIR1, 3);
        gic.cpuInterface(1).write(Register.SGI1R, 3L << 24 | 1L << 40);
        assertTrue(irqs[0], "IRM = 1: every PE but the sender");
        assertFalse(irqs[1]);
        gic.cpuInterface(0).write(Register.SGI1R, 3L << 24 | 0b1);
        assertEquals(3, gic.cpuInterface(0).read(Register.IAR1));
        assertEquals(Gicv3.SPURIOUS, gic.cpuInterface(0).read(Register.IAR1), "two SGIs merge into one pending state");
    }

    @Test
    void distributorGroupEnableGatesEverything() {
        enablePpi(0, 27, 0x80);
        gic.setLine(0, 27, true);
        assertTrue(irqs[0]);
        gic.distributor().write(Distributor.CTLR, 4, 0);
        assertFalse(irqs[0]);
        gic.distributor().write(Distributor.CTLR, 4, Distributor.CTLR_ENABLE_GRP1);
        gic.cpuInterface(0).write(Register.IGRPEN1, 0);
        assertFalse(irqs[0]);
    }

    @Test
    void groupZeroIsSignalledAsFiq() {
        boolean[] fiq = new boolean[1];
        gic.setOutput((cpu, irq, f) -> {
            if (cpu == 0) {
                fiq[0] = f;
            }
        });
        gic.distributor().write(Distributor.CTLR, 4, Distributor.CTLR_ENABLE_GRP0 | Distributor.CTLR_ENABLE_GRP1);
        gic.redistributor(0).write(Redistributor.SGI_BASE + InterruptRegisters.IGROUPR, 4, 0);
        gic.cpuInterface(0).write(Register.IGRPEN0, 1);
        enablePpi(0, 27, 0x80);
        gic.setLine(0, 27, true);
        assertTrue(fiq[0]);
        assertEquals(Gicv3.SPURIOUS, gic.cpuInterface(0).read(Register.IAR1), "not a Group 1 interrupt");
        assertEquals(27, gic.cpuInterface(0).read(Register.IAR0));
    }

    @Test
    void byteWritesSetOnePriority() {
        gic.distributor().write(InterruptRegisters.IPRIORITYR + 34, 1, 0xa7);
        assertEquals(0xa0L << 16, gic.distributor().read(InterruptRegisters.IPRIORITYR + 32, 4), "five priority bits kept");
        assertEquals(0, gic.distributor().read(InterruptRegisters.IPRIORITYR + 4, 4), "private interrupts are RAZ in the distributor");
    }
}
