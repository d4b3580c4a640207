package org.a64wb.board.virt;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapFilter;
import org.a64wb.hypervisor.api.TrapHandler;
import org.osgi.service.component.annotations.Component;

/**
 * An HVC that no contributed handler serves gets SMCCC's "unknown function" answer, NOT_SUPPORTED (-1) in
 * X0 (DEN0028 "Unknown Function Identifier"), as QEMU's virt answers every HVC on its PSCI conduit: the
 * board's firmware interface is the HVC conduit, so a guest probing a function it does not have (an SMCCC
 * vendor call, a hypervisor service) learns that and goes on. Lowest priority, so any handler that claims
 * the call takes it first.
 */
@Component(service = TrapHandler.class)
@TrapFilter(ec = 0x16, priority = -1000, name = "virt hvc not supported")
public final class UnknownFirmwareCall implements TrapHandler {

    /** SMCCC NOT_SUPPORTED, sign-extended to the 64-bit register as for SMC64/HVC64 calls. */
    static final long NOT_SUPPORTED = -1L;

    @Override
    public Outcome handle(TrapContext context) {
        context.registers().setX(0, NOT_SUPPORTED); // the HVC exit's PC is already past the instruction
        return Outcome.RESUME;
    }
}
