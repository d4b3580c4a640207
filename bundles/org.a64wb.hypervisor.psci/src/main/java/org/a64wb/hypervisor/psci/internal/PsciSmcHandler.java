package org.a64wb.hypervisor.psci.internal;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.psci.PsciFirmware;
import org.osgi.service.component.annotations.Component;

/**
 * PSCI 1.1 / SMCCC 1.1 calls made with SMC #0 (EC 0x17): the Arm Architecture calls
 * (0x80000000-0x8000FFFF) and the 32- and 64-bit PSCI blocks (0x84000000-0x8400001F, 0xC4000000-0xC400001F). Ids that are not implemented here, and calls by an instruction
 * that is not the board's conduit, are declined: other contributions and then
 * {@link SmcccSmcFallback} decide.
 */
@Component(service = TrapHandler.class)
@TrapFilter(ec = 0x17, immediate = 0, function_ids = Ranges.SERVED, name = "psci-smc")
public final class PsciSmcHandler implements TrapHandler {

    private final PsciFirmware firmware = new PsciFirmware();

    @Override
    public Outcome handle(TrapContext context) {
        return firmware.call(context);
    }
}
