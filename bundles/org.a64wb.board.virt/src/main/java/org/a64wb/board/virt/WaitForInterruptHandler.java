package org.a64wb.board.virt;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.osgi.service.component.annotations.Component;

/**
 * Trapped WFI/WFE (EC 0x01, with --trap-all): completes the instruction, and for WFI sleeps until the vCPU
 * has an interrupt pending (whichever placement its GIC has), so a trapped idle guest does not spin.
 * WFE completes at once (Arm ARM D1.16.2 allows WFx to complete at any time; a spinning WFE loop only
 * costs host time). Lowest priority, so a more specific handler may take over.
 */
@Component(service = TrapHandler.class)
@TrapFilter(ec = 0x01, priority = -1000, name = "virt wfx resume")
public final class WaitForInterruptHandler implements TrapHandler {

    @Override
    public Outcome handle(TrapContext context) {
        context.advancePc();
        boolean wfe = (context.syndrome().iss() & 1) != 0;
        if (!wfe) {
            // Bounded, so the machine's end and any VMM-side state change are seen within 100 ms even if no interrupt comes.
            context.vcpu().waitForInterrupt(100_000_000L);
        }
        return Outcome.RESUME;
    }
}
