package org.a64wb.example.guests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.a64wb.board.virt.GuestBreakpoint;
import org.a64wb.board.virt.SystemRegisterForwarder;
import org.a64wb.board.virt.UnknownFirmwareCall;
import org.a64wb.board.virt.UndefinedSecureMonitorCall;
import org.a64wb.board.virt.WaitForInterruptHandler;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.mmio.AllowlistParser;
import org.a64wb.hypervisor.mmio.InstructionEmulationHandler;
import org.a64wb.hypervisor.mmio.MmioSettings;
import org.a64wb.hypervisor.mmio.Reports;
import org.a64wb.hypervisor.mmio.SyndromeAccessHandler;
import org.a64wb.hypervisor.psci.internal.PsciHvcHandler;
import org.a64wb.hypervisor.psci.internal.PsciSmcHandler;
import org.a64wb.isa.a64.A64InstructionSet;

/**
 * The contributed handlers as the OSGi runtime wires them (same classes, same metadata), for tests that
 * run the board without a framework: MMIO (ISV=1 and ISV=0 with the shipped default allowlist), PSCI
 * on HVC and SMC, and the board's sysreg/WFx fallbacks.
 */
final class RealHandlers {

    private RealHandlers() {
    }

    static TrapHandlerRegistry registry() {
        return registry(0);
    }

    /** With the MMIO emulation burst set to {@code burst} instructions (0 = off). */
    static TrapHandlerRegistry registry(int burst) {
        return registry(burst, line -> System.err.println("a64: " + line));
    }

    /** As above, with the MMIO handlers' reports going to {@code reports} instead of standard error. */
    static TrapHandlerRegistry registry(int burst, Consumer<String> reportLines) {
        MmioSettings settings = MmioSettings.DEFAULT.withBurst(burst);
        TrapHandlerRegistry handlers = new TrapHandlerRegistry();
        Reports reports = new Reports(reportLines);
        A64InstructionSet a64 = new A64InstructionSet();
        AllowlistParser.Result allowlist = new AllowlistParser(List.of(a64)).parse("default.allow", defaultAllowlist());
        if (!allowlist.ok()) {
            throw new IllegalStateException("the shipped allowlist does not parse: " + allowlist.problems());
        }
        handlers.add(new SyndromeAccessHandler(settings, reports),
                Map.of(TrapHandler.EXCEPTION_CLASS, 0x24, TrapHandler.PRIORITY, 10, TrapHandler.NAME, "mmio-syndrome"));
        handlers.add(new InstructionEmulationHandler(a64, allowlist::allowlist, settings, reports),
                Map.of(TrapHandler.EXCEPTION_CLASS, 0x24, TrapHandler.NAME, "mmio-emulation"));
        String served = "0x80000000-0x8000ffff,0x84000000-0x8400001f,0xc4000000-0xc400001f";
        handlers.add(new PsciHvcHandler(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.FUNCTION_IDS, served, TrapHandler.NAME, "psci-hvc"));
        handlers.add(new PsciSmcHandler(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x17, TrapHandler.FUNCTION_IDS, served, TrapHandler.NAME, "psci-smc"));
        handlers.add(new SystemRegisterForwarder(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x18, TrapHandler.PRIORITY, -1000, TrapHandler.NAME, "sysreg"));
        handlers.add(new WaitForInterruptHandler(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x01, TrapHandler.PRIORITY, -1000, TrapHandler.NAME, "wfx"));
        handlers.add(new UnknownFirmwareCall(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.PRIORITY, -1000, TrapHandler.NAME, "hvc not supported"));
        handlers.add(new UndefinedSecureMonitorCall(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x17, TrapHandler.PRIORITY, -1000, TrapHandler.NAME, "smc undefined"));
        handlers.add(new GuestBreakpoint(), Map.of(TrapHandler.EXCEPTION_CLASS, 0x3c, TrapHandler.PRIORITY, -1000, TrapHandler.NAME, "brk to guest"));
        return handlers;
    }

    private static String defaultAllowlist() {
        try (InputStream in = InstructionEmulationHandler.class.getResourceAsStream("/allowlist/default.allow")) {
            if (in == null) {
                throw new IllegalStateException("allowlist/default.allow is missing from the mmio bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
