package org.a64wb.hypervisor.mmio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.junit.jupiter.api.Test;

/** What happens to accesses the handlers will not perform: STOP declines with a report, INJECT gives the guest an external abort. */
class PolicyTest {

    /** A guest whose VBAR_EL1 handler records ESR_EL1 in x20 and FAR_EL1 in x21, then powers off. */
    static final String WITH_VECTORS = """
             adr x19, vectors
             msr vbar_el1, x19
             %s
             hvc #0
             .balign 2048
            vectors:
             .skip 0x200
             mrs x20, esr_el1
             mrs x21, far_el1
             hvc #0
            """;

    static Guest guest(MmioSettings settings, Allowlist allowlist, String body) {
        Guest g = new Guest(false, settings, allowlist);
        byte[] code = Guest.assemble(String.format(WITH_VECTORS, body), Guest.RAM);
        g.vm.writePhysical(Guest.RAM, code, 0, code.length);
        g.set(RegisterId.PC, Guest.RAM);
        EmulationTest.setup(g);
        return g;
    }

    @Test
    void notAllowlistedWithStopDeclinesAndTheReportNamesTheInstruction() {
        Guest g = guest(MmioSettings.DEFAULT.withNotAllowed(MmioSettings.Policy.STOP), Allowlist.EMPTY, "stp x2, x3, [x1]");
        MachineRunner.Result r = g.run();
        assertEquals(MachineRunner.Ending.UNHANDLED_EXIT, r.ending());
        String report = g.reports.last().get(0);
        assertTrue(report.contains("EC 0x24 data abort from a lower EL: ISV=0 WnR=write"), report);
        assertTrue(report.contains("(stp x2, x3, [x1]) STP_off_x: not on the emulation allowlist; declined (policy STOP)"), report);
        assertTrue(report.contains(String.format("pc 0x%x", Guest.RAM + 8)), report);
        assertTrue(g.device.log.isEmpty());
    }

    @Test
    void notAllowlistedWithInjectDeliversASynchronousExternalAbort() {
        Guest g = guest(MmioSettings.DEFAULT, Allowlist.EMPTY, "stp x2, x3, [x1]");
        long x2 = g.x(2);
        assertEquals(MachineRunner.Ending.POWER_OFF, g.run().ending());
        assertEquals(Syndromes.FSC_EXTERNAL, g.x(20) & 0x3f, "DFSC: synchronous external abort");
        assertEquals(EmulationTest.BASE, g.x(21), "FAR_EL1");
        assertEquals(x2, g.x(2));
        assertTrue(g.device.log.isEmpty(), "no device access");
    }

    @Test
    void exclusivesAreNeverEmulatedEvenWhenTheirGroupIsAllowlisted() {
        Allowlist group = new AllowlistParser(List.of(Guest.A64)).parse("g.allow", "group:Loads and Stores").allowlist();
        Guest g = guest(MmioSettings.DEFAULT, group, "ldxr x2, [x1]");
        assertEquals(MachineRunner.Ending.POWER_OFF, g.run().ending());
        assertEquals(Syndromes.FSC_EXTERNAL, g.x(20) & 0x3f);
        assertTrue(g.reports.last().get(0).contains("cannot be emulated: exclusive access"), g.reports.last().toString());
    }

    @Test
    void accessToNoDeviceIsInjectedWithTheElementAddress() {
        Guest g = guest(MmioSettings.DEFAULT, Guest.DEFAULT_ALLOWLIST, "stp x2, x3, [x7]");
        g.x(7, 0x5000_0000L);
        assertEquals(MachineRunner.Ending.POWER_OFF, g.run().ending());
        assertEquals(0x5000_0000L, g.x(21));
        assertEquals(Syndromes.FSC_EXTERNAL, g.x(20) & 0x3f);
    }

    @Test
    void isvOneAccessToNoDeviceWithStopDeclines() {
        Guest g = guest(MmioSettings.DEFAULT.withUnmapped(MmioSettings.Policy.STOP), Guest.DEFAULT_ALLOWLIST, "ldr x2, [x7]");
        g.x(7, 0x5000_0000L);
        assertEquals(MachineRunner.Ending.UNHANDLED_EXIT, g.run().ending());
        assertTrue(g.reports.last().get(0).contains("no device at 0x50000000 (8 bytes): declined (policy STOP)"), g.reports.last().toString());
    }

    @Test
    void pairHalfInRamHalfOnTheDeviceGoesElementByElement() {
        // Policy: each element goes where its address is (RAM through the SPI, or the device); here the last
        // doubleword of RAM and the first of the device, compared with the all-RAM reference.
        String asm = "stp x2, x3, [x7]\n ldp x8, x9, [x7]";
        Guest reference = new Guest(true).load(asm);
        EmulationTest.setup(reference);
        reference.x(7, Guest.DEVICE - 8);
        reference.run();
        Guest g = new Guest(false).load(asm);
        EmulationTest.setup(g);
        g.x(7, Guest.DEVICE - 8);
        assertEquals(MachineRunner.Ending.POWER_OFF, g.runWithLog().ending());
        assertEquals(reference.state(), g.state());
        assertArrayEquals(reference.deviceBytes(), g.deviceBytes());
        assertEquals(List.of(EmulationTest.w(0, 8, g.x(3))), g.device.log.subList(0, 1).stream().map(Object::toString).toList());
    }

    @Test
    void elementStraddlingRamAndDeviceIsRefused() {
        Guest g = guest(MmioSettings.DEFAULT, Guest.DEFAULT_ALLOWLIST, "stp x2, x3, [x7]");
        g.x(7, Guest.DEVICE - 4);
        assertEquals(MachineRunner.Ending.POWER_OFF, g.run().ending());
        assertEquals(Syndromes.FSC_EXTERNAL, g.x(20) & 0x3f);
        assertTrue(g.device.log.isEmpty(), "checked before the first element: no side effect");
    }

    /** DFSC values (Arm ARM ISS encoding for a Data Abort). */
    static final class Syndromes {
        static final long FSC_EXTERNAL = org.a64wb.accel.api.Syndrome.FSC_EXTERNAL;
    }
}
