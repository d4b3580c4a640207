package org.a64wb.example.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.board.virt.VirtBoard;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GICv3 and generic-timer guests in both GIC placements (seed 002), with and without --trap-all: their output is
 * what qemu-system-aarch64 -M virt,gic-version=3 -cpu max printed (*.expected, recorded by regenerate-gic.sh;
 * compared live too where QEMU is installed), and an idle guest sleeps in WFI.
 */
class InterruptGuestsTest {

    private static String expected(String name) throws Exception {
        return Files.readString(Guests.DIR.resolve(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} on {1} CPU(s), irqchip {2}, trap-all {3}")
    @CsvSource({"gictimer, 1, ACCEL, false", "gictimer, 1, VMM, false", "gictimer, 1, ACCEL, true", "gictimer, 1, VMM, true",
            "gicsmp, 2, ACCEL, false", "gicsmp, 2, VMM, false", "gicsmp, 2, ACCEL, true", "gicsmp, 2, VMM, true",
            "gicprio, 1, ACCEL, false", "gicprio, 1, VMM, false", "gicprio, 1, ACCEL, true", "gicprio, 1, VMM, true"})
    void guestPrintsWhatQemuPrinted(String guest, int cpus, VirtBoard.Irqchip irqchip, boolean trapAll) throws Exception {
        Guests.Run run = Guests.run(Guests.assemble(guest + ".S"), cpus, trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT, "", 0, irqchip);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals(expected(guest + ".expected"), run.output());
    }

    /** The PL011's SPI: typed characters reach the guest's IRQ handler through the GIC. */
    @ParameterizedTest(name = "irqchip {0}")
    @CsvSource({"ACCEL", "VMM"})
    void uartReceiveInterruptReachesTheGuest(VirtBoard.Irqchip irqchip) throws Exception {
        Guests.Run run = Guests.run(Guests.assemble("uartirq.S"), 1, TrapPolicy.DEFAULT, "abc", 0, irqchip);
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals(expected("uartirq.expected"), run.output());
    }

    @ParameterizedTest(name = "{0} on {1} CPU(s)")
    @CsvSource({"gictimer, 1", "gicsmp, 2", "gicprio, 1"})
    void qemuStillPrintsTheRecordedOutput(String guest, int cpus, @TempDir Path dir) throws Exception {
        String qemu = Guests.qemu(Guests.assemble(guest + ".S"), cpus, dir, "virt,gic-version=3", "max");
        assumeTrue(qemu != null, "qemu-system-aarch64 not installed");
        assertEquals(expected(guest + ".expected"), qemu);
    }

    /**
     * A behaviour check, not a benchmark: while the guest waits 100 ms at a time in WFI, its vCPU thread
     * uses under a fifth of the wall time (a spinning WFI uses all of it).
     */
    @ParameterizedTest(name = "irqchip {0}, trap-all {1}")
    @CsvSource({"ACCEL, false", "VMM, true"})
    void anIdleGuestDoesNotSpin(VirtBoard.Irqchip irqchip, boolean trapAll) throws Exception {
        byte[] kernel = Guests.assemble("idle.S");
        CompletableFuture<Guests.Run> run = CompletableFuture.supplyAsync(() -> {
            try {
                return Guests.run(kernel, 1, trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT, "", 0, irqchip);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread vcpu = null;
        for (int i = 0; i < 200 && vcpu == null; i++) {
            vcpu = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("vcpu-0")).findFirst().orElse(null);
            Thread.sleep(5);
        }
        assertTrue(vcpu != null, "the vCPU thread started");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread.sleep(50);
        long cpu0 = threads.getThreadCpuTime(vcpu.getId());
        long wall0 = System.nanoTime();
        Thread.sleep(300);
        long cpu1 = threads.getThreadCpuTime(vcpu.getId());
        long wall1 = System.nanoTime();
        Guests.Run result = run.get(30, TimeUnit.SECONDS);
        assertEquals("idle: five timer wake-ups\n", result.output());
        assertTrue(cpu0 >= 0 && cpu1 >= 0, "the vCPU was still running while measured");
        double share = (double) (cpu1 - cpu0) / (wall1 - wall0);
        System.out.printf("idle guest (irqchip %s, trap-all %s): vCPU thread %.2f%% of a core while in WFI%n", irqchip, trapAll, share * 100);
        assertTrue(share < 0.2, String.format("vCPU thread used %.1f%% of a core while the guest waited in WFI", share * 100));
    }
}
