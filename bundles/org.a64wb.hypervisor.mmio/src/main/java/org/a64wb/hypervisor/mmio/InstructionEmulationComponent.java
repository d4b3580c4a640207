package org.a64wb.hypervisor.mmio;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.isa.a64.A64InstructionSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ISV=0 data-abort handler as a contribution to the trap-handler extension point (EC 0x24),
 * emulating what the allowlists contributed through {@link AllowlistExtender} permit.
 */
@Component(service = TrapHandler.class, configurationPid = MmioConfiguration.PID)
@TrapFilter(ec = 0x24, name = "mmio-emulation")
public final class InstructionEmulationComponent implements TrapHandler {

    @Reference
    private AllowlistExtender extender;

    private InstructionEmulationHandler handler;

    @Activate
    void activate(MmioConfiguration config) {
        Reports reports = Reports.toStandardError();
        handler = new InstructionEmulationHandler(new A64InstructionSet(), extender.registry(), MmioSettings.of(config, reports),
                reports);
    }

    @Override
    public Outcome handle(TrapContext context) {
        return handler.handle(context);
    }
}
