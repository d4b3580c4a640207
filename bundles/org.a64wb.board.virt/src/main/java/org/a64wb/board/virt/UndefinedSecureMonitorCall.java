package org.a64wb.board.virt;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.osgi.service.component.annotations.Component;

/**
 * An SMC that no contributed handler serves is UNDEFINED, as on QEMU's virt without secure=on: there is no
 * EL3 behind the board's CPUs (Arm ARM D1.4: SMC is UNDEFINED when EL3 is not implemented). Lowest
 * priority, so PSCI over SMC and other claimed calls are answered first.
 */
@Component(service = TrapHandler.class)
@TrapFilter(ec = 0x17, priority = -1000, name = "virt smc undefined")
public final class UndefinedSecureMonitorCall implements TrapHandler {

    @Override
    public Outcome handle(TrapContext context) {
        context.injectUndefined();
        return Outcome.RESUME;
    }
}
