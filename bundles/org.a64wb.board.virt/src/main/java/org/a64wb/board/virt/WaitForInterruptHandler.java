package org.a64wb.board.virt;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapHandler;
import org.osgi.service.component.annotations.Component;

/**
 * The fallback for trapped WFI/WFE (EC 0x01): completes the instruction. With no interrupt controller a
 * wake-up event may be taken as pending at once (Arm ARM D1.16.2 allows WFI/WFE to complete at any time),
 * which is what the accelerator does when it does not trap them; lowest priority so a GIC's handler
 * that really waits takes precedence.
 */
@Component(service = TrapHandler.class, property = {TrapHandler.EXCEPTION_CLASS + ":Integer=1", TrapHandler.PRIORITY + ":Integer=-1000",
        TrapHandler.NAME + "=virt wfx resume"})
public final class WaitForInterruptHandler implements TrapHandler {

    @Override
    public Outcome handle(TrapContext context) {
        context.advancePc();
        return Outcome.RESUME;
    }
}
