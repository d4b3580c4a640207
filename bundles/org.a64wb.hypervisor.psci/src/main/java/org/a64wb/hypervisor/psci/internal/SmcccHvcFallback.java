package org.a64wb.hypervisor.psci.internal;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.psci.PsciFirmware;
import org.osgi.service.component.annotations.Component;

/**
 * The last handler for HVC (EC 0x16), any immediate and any function id: on the conduit an id no one
 * served gets NOT_SUPPORTED (SMCCC 1.1); off the conduit the instruction keeps its architectural
 * behaviour (see {@link PsciFirmware#unclaimed}). Lowest priority, so any other contribution goes first.
 */
@Component(service = TrapHandler.class)
@TrapFilter(ec = 0x16, priority = Ranges.FALLBACK_PRIORITY, name = "smccc-hvc-fallback")
public final class SmcccHvcFallback implements TrapHandler {

    private final PsciFirmware firmware = new PsciFirmware();

    @Override
    public Outcome handle(TrapContext context) {
        return firmware.unclaimed(context);
    }
}
