package org.a64wb.hypervisor.mmio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.junit.jupiter.api.Test;

/** The emulation burst gives the same guest-visible result as one exit per access, with fewer exits. */
class BurstTest {

    /** A framebuffer clear as Windows does it: STP Q post-index, unrolled eight times, 16 rounds (4 KiB). */
    static final String CLEAR = """
             mov x9, #16
            1:
             stp q0, q1, [x1], #32
             stp q0, q1, [x1], #32
             stp q0, q1, [x1], #32
             stp q0, q1, [x1], #32
             stp q0, q1, [x1], #32
             stp q0, q1, [x1], #32
             stp q0, q1, [x1], #32
             stp q0, q1, [x1], #32
             subs x9, x9, #1
             b.ne 1b
            """;

    static Guest run(String asm, int burst) {
        Guest g = new Guest(false, MmioSettings.DEFAULT.withBurst(burst), Guest.DEFAULT_ALLOWLIST).load(asm);
        EmulationTest.setup(g);
        g.device.recording = false;
        assertEquals(MachineRunner.Ending.POWER_OFF, g.run().ending());
        return g;
    }

    @Test
    void burstOnAndOffGiveIdenticalResultsWithEightTimesFewerExits() {
        Guest off = run(CLEAR, 0);
        Guest on = run(CLEAR, 64);
        assertEquals(off.state(), on.state());
        assertArrayEquals(off.deviceBytes(), on.deviceBytes());
        assertEquals(128, off.statistics.count("EC 0x24"), "one exit per STP without burst");
        assertEquals(16, on.statistics.count("EC 0x24"), "one exit per round with burst (the SUBS ends each burst)");
        assertEquals(112, on.emulationHandler.burstEmulated());
        System.out.printf("burst: exits %d off, %d on; instructions emulated in bursts %d%n", off.statistics.count("EC 0x24"),
                on.statistics.count("EC 0x24"), on.emulationHandler.burstEmulated());
    }

    @Test
    void burstIsBoundedBySetting() {
        Guest on = run(CLEAR, 3);
        assertEquals(32, on.statistics.count("EC 0x24"), "1 + 3 per exit: two exits per round of eight");
    }

    @Test
    void burstStopsAtTheFirstAccessThatIsNotMmio() {
        // x10 is RAM: the STR there is left to the accelerator; the LDP after it traps again.
        String asm = "stp x2, x3, [x1], #16\n ldr x4, [x1], #8\n str x5, [x10]\n ldp x6, x7, [x1]\n stp q2, q3, [x1, #-32]!";
        Guest off = new Guest(false).load(asm);
        EmulationTest.setup(off);
        off.x(10, Guest.RAM + 0x8000);
        off.run();
        Guest on = new Guest(false, MmioSettings.DEFAULT.withBurst(64), Guest.DEFAULT_ALLOWLIST).load(asm);
        EmulationTest.setup(on);
        on.x(10, Guest.RAM + 0x8000);
        on.run();
        assertEquals(off.state(), on.state());
        assertArrayEquals(off.deviceBytes(), on.deviceBytes());
        assertEquals(4, off.statistics.count("EC 0x24"));
        assertEquals(2, on.statistics.count("EC 0x24"));
        assertEquals(2, on.emulationHandler.burstEmulated());
    }

    @Test
    void burstResultsEqualTheInterpreterOnRam() {
        Guest reference = new Guest(true).load(CLEAR);
        EmulationTest.setup(reference);
        reference.run();
        Guest on = run(CLEAR, 64);
        assertEquals(reference.state(), on.state());
        assertArrayEquals(reference.deviceBytes(), on.deviceBytes());
    }
}
