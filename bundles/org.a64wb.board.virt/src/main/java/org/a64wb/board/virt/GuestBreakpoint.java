package org.a64wb.board.virt;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.osgi.service.component.annotations.Component;

/**
 * A BRK that reaches the VMM without a debugger owning it is the guest's own: Linux's BUG() and WARN(),
 * kprobes and KGDB use BRK, and expect their debug exception (EC 0x3C, the comment in ISS, ELR at the BRK)
 * as on hardware or QEMU, where a BRK only leaves the guest when the host debugger asked for it (KVM's
 * KVM_GUESTDBG_USE_SW_BP). Lowest priority, so a debugger's handler decides first.
 */
@Component(service = TrapHandler.class)
@TrapFilter(ec = 0x3c, priority = -1000, name = "virt brk to guest")
public final class GuestBreakpoint implements TrapHandler {

    @Override
    public Outcome handle(TrapContext context) {
        context.injectException(context.syndrome(), 0);
        return Outcome.RESUME;
    }
}
