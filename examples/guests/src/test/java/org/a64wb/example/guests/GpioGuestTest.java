package org.a64wb.example.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.board.virt.VirtBoard;
import org.a64wb.example.pl061.Pl061Contribution;
import org.a64wb.fdt.DeviceTree;
import org.a64wb.fdt.FdtNode;
import org.a64wb.fdt.FdtReader;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example device bundle's PL061 on the virt board: gpio.S reads its IDs and registers and takes its level
 * interrupts through the GIC, printing what qemu-system-aarch64 -M virt,gic-version=3 -cpu max printed with QEMU's
 * own PL061 (gpio.expected, recorded by regenerate-gic.sh; compared live too where QEMU is installed).
 */
class GpioGuestTest {

    private static String expected() throws Exception {
        return Files.readString(Guests.DIR.resolve("gpio.expected"), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "irqchip {0}, trap-all {1}")
    @CsvSource({"ACCEL, false", "VMM, false", "VMM, true"})
    void theGuestSeesThePl061AndItsInterruptAsUnderQemu(VirtBoard.Irqchip irqchip, boolean trapAll) throws Exception {
        Guests.Run run = Guests.run(Guests.assemble("gpio.S"), 1, trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT, "", 0, irqchip,
                List.of(new Pl061Contribution()));
        assertEquals(MachineRunner.Ending.POWER_OFF, run.result().ending(), run.result().report());
        assertEquals(expected(), run.output());
        assertEquals(List.of(), run.warnings(), "the guest uses the registers as the TRM says");
    }

    @Test
    void theNodeIsQemusAndOnlyThereWithTheBundle() throws Exception {
        Guests.Run with = Guests.run(Guests.assemble("hello.S"), 1, TrapPolicy.DEFAULT, "", 0, VirtBoard.Irqchip.ACCEL,
                List.of(new Pl061Contribution()));
        DeviceTree tree = FdtReader.read(with.machine().dtb());
        FdtNode gpio = tree.root().find("pl061@9030000");
        assertEquals(List.of("arm,pl061", "arm,primecell"), gpio.strings("compatible"));
        assertEquals(List.of(0, 0x0903_0000, 0, 0x1000), toList(gpio.cells("reg")));
        assertEquals(List.of(0, 7, 4), toList(gpio.cells("interrupts")), "SPI 7, level-high");
        assertEquals(List.of(2), toList(gpio.cells("#gpio-cells")));
        assertTrue(gpio.has("gpio-controller"));
        assertEquals(List.of("apb_pclk"), gpio.strings("clock-names"));
        assertTrue(with.machine().devices().contains("arm,pl061"), with.machine().devices().toString());

        Guests.Run without = Guests.run("hello.S", 1, TrapPolicy.DEFAULT);
        assertEquals(null, FdtReader.read(without.machine().dtb()).root().child("pl061@9030000"));
    }

    @Test
    void qemuStillPrintsTheRecordedOutput(@TempDir Path dir) throws Exception {
        String qemu = Guests.qemu(Guests.assemble("gpio.S"), 1, dir, "virt,gic-version=3", "max");
        assumeTrue(qemu != null, "qemu-system-aarch64 not installed");
        assertEquals(expected(), qemu);
    }

    private static List<Integer> toList(int[] cells) {
        return java.util.Arrays.stream(cells).boxed().toList();
    }
}
