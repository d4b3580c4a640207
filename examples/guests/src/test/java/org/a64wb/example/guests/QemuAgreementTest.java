package org.a64wb.example.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.a64wb.accel.api.TrapPolicy;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same flat binary under qemu-system-aarch64 -M virt -cpu cortex-a57 (QEMU, not written here) prints
 * the same as on our virt board. Skipped without QEMU (Debian: apt-get install qemu-system-arm).
 */
class QemuAgreementTest {

    @ParameterizedTest(name = "{0} with {1} CPU(s)")
    @CsvSource({"hello.S, 1", "psci.S, 2", "devregs.S, 1", "simdstore.S, 1", "mmu.S, 1", "calls.S, 1"})
    void guestPrintsTheSameAsUnderQemu(String guest, int cpus, @TempDir Path dir) throws Exception {
        byte[] kernel = Guests.assemble(guest);
        String qemu = Guests.qemu(kernel, cpus, dir);
        assumeTrue(qemu != null, "qemu-system-aarch64 not installed");
        Guests.Run ours = Guests.run(kernel, cpus, TrapPolicy.DEFAULT, "");
        assertEquals(qemu, ours.output());
    }

    /**
     * As above, against QEMU's output recorded by golden.sh: checked also where QEMU is not installed, and with every
     * system-register access trapped to the VMM (the MMU's registers then change through the register interface).
     */
    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"mmu.S, DEFAULT", "mmu.S, TRAP_ALL", "calls.S, DEFAULT", "calls.S, TRAP_ALL"})
    void guestPrintsWhatQemuPrinted(String guest, String policy) throws Exception {
        String recorded = Files.readString(Guests.DIR.resolve("golden").resolve(guest.replace(".S", ".txt")), StandardCharsets.UTF_8);
        TrapPolicy trapPolicy = policy.equals("TRAP_ALL") ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT;
        Guests.Run ours = Guests.run(Guests.assemble(guest), 1, trapPolicy, "");
        assertEquals(recorded, ours.output());
    }
}
