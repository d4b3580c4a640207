package org.a64wb.hypervisor.mmio;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The ISV=1 data-abort handler as a contribution to the trap-handler extension point (EC 0x24). */
@Component(service = TrapHandler.class, configurationPid = MmioConfiguration.PID)
@TrapFilter(ec = 0x24, name = "mmio-syndrome", priority = 10)
public final class SyndromeAccessComponent implements TrapHandler {

    private SyndromeAccessHandler handler;

    @Activate
    void activate(MmioConfiguration config) {
        Reports reports = Reports.toStandardError();
        handler = new SyndromeAccessHandler(MmioSettings.of(config, reports), reports);
    }

    @Override
    public Outcome handle(TrapContext context) {
        return handler.handle(context);
    }
}
