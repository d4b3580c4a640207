package org.a64wb.example.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.device.framebuffer.Framebuffer;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.junit.jupiter.api.Test;

/**
 * The guests of examples/guests on the virt board, in-process. The MMIO and PSCI handlers here are
 * contributed handlers (RealHandlers: MMIO, PSCI, the board's sysreg/WFx fallbacks).
 */
class GuestProgramsTest {

    private static Guests.Run run(String name, int cpus, TrapPolicy policy) {
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Guests.run(name, cpus, policy));
    }

    @Test
    void helloPrintsOverTheUartWithIsvOneStoresAndPowersOff() {
        Guests.Run run = run("hello.S", 1, TrapPolicy.DEFAULT);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals("Hello from the virt board over the PL011\nCurrentEL: 00000004\npowering off\n", run.output());
        assertTrue(run.statistics().count("EC 0x24 / mmio-syndrome") > 40, run.statistics().report());
    }

    @Test
    void helloGivesTheSameOutputWhenEveryTrapIsForwarded() {
        Guests.Run normal = run("hello.S", 1, TrapPolicy.DEFAULT);
        Guests.Run all = run("hello.S", 1, TrapPolicy.TRAP_ALL);
        assertEquals(MachineRunner.Ending.POWER_OFF, all.result().ending(), all.result().report());
        assertEquals(normal.output(), all.output());
        assertEquals(1, all.statistics().count("EC 0x18 / sysreg"), all.statistics().report());
        assertEquals(1, all.statistics().count("EC 0x01 / wfx"), all.statistics().report());
        assertEquals(0, normal.statistics().count("EC 0x18"));
    }

    @Test
    void psciGuestStartsCpuOneAndSeesItOffAgain() {
        Guests.Run run = run("psci.S", 2, TrapPolicy.DEFAULT);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals("""
                psci guest
                PSCI_VERSION major: 00000001
                PSCI_FEATURES(PSCI_VERSION): 00000000
                PSCI_FEATURES(CPU_ON): 00000000
                PSCI_FEATURES(0x8400001e): ffffffff
                CPU_ON(1): 00000000
                cpu1 context id: 12345678
                AFFINITY_INFO(1): 00000001
                SYSTEM_OFF
                """, run.output());
    }

    @Test
    void psciGuestUnderTrapAllGivesTheSameOutput() {
        Guests.Run normal = run("psci.S", 2, TrapPolicy.DEFAULT);
        Guests.Run all = run("psci.S", 2, TrapPolicy.TRAP_ALL);
        assertEquals(normal.output(), all.output());
    }

    @Test
    void devregsReadsPrimeCellIdsWithLdp() {
        Guests.Run run = run("devregs.S", 1, TrapPolicy.DEFAULT);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals("""
                PeriphID0..3:
                00000011
                00000010
                00000014
                00000000
                PCellID1, 0, 3, 2:
                000000f0
                0000000d
                000000b1
                00000005
                UARTFR:
                00000090
                """, run.output());
    }

    @Test
    void framebufferGuestClearsWithStpXAndFillsWithStpQ() {
        Guests.Run run = run("framebuffer.S", 1, TrapPolicy.DEFAULT);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals("pixels:\nff102040\nff102040\nff102040\nff102040\nffffffff\n", run.output());
        Framebuffer fb = (Framebuffer) run.machine().displays().get(0);
        assertEquals(0xff102040, fb.pixel(1023, 767));
        assertEquals(0xffffffff, fb.pixel(64, 64));
        assertEquals(0xffffffff, fb.pixel(127, 127));
        assertEquals(0xff102040, fb.pixel(128, 127));
        assertEquals(0xff102040, fb.pixel(64, 128));
        // 196,608 STP X + 512 STP Q, each one ISV=0 exit
        assertTrue(run.statistics().count("EC 0x24") >= 196_608 + 512, run.statistics().report());
    }

    @Test
    void anUnrolledClearGivesTheSameFrameWithEightTimesFewerExitsWhenBursting() throws Exception {
        byte[] kernel = Guests.assemble("fbclear.S");
        Guests.Run exitEach = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Guests.run(kernel, 1, TrapPolicy.DEFAULT, "", 0));
        Guests.Run burst = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Guests.run(kernel, 1, TrapPolicy.DEFAULT, "", 64));
        assertEquals("ff203040\n", exitEach.output());
        assertEquals(exitEach.output(), burst.output());
        Framebuffer a = (Framebuffer) exitEach.machine().displays().get(0);
        Framebuffer b = (Framebuffer) burst.machine().displays().get(0);
        for (int y = 0; y < a.height(); y += 7) {
            for (int x = 0; x < a.width(); x += 5) {
                assertEquals(a.pixel(x, y), b.pixel(x, y), "pixel " + x + "," + y);
            }
        }
        assertEquals(0xff203040, b.pixel(1023, 767));
        // 98,304 STP Q (3 MiB / 32 bytes): one exit each, or one per unrolled group of eight with the burst.
        assertEquals(98_304, exitEach.statistics().count("EC 0x24 / mmio-emulation"), exitEach.statistics().report());
        assertEquals(98_304 / 8, burst.statistics().count("EC 0x24 / mmio-emulation"), burst.statistics().report());
    }
}
