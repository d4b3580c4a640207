package org.a64wb.hypervisor.mmio;

import java.util.concurrent.atomic.LongAdder;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.board.api.mmio.MmioBus;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.api.VcpuRegisters;

/**
 * Data aborts with ISS.ISV = 1 (EC 0x24): the hardware described the access, so it is performed
 * from the syndrome alone, without looking at the instruction (Arm ARM D17.2.37, ISS encoding for
 * an exception from a Data Abort): SAS gives the size, WnR the direction, SRT the register, SSE
 * whether a load sign-extends and SF whether the register is 64-bit (else the W result zeroes bits
 * 63:32). SRT = 31 is XZR for these instructions: a store writes zero, a load is discarded. Only
 * SRT and PC are written back. AR (acquire/release) needs nothing: the VMM's access completes
 * before the vCPU resumes. Declines ISV = 0 (that is {@link InstructionEmulationHandler}'s job).
 */
public final class SyndromeAccessHandler implements TrapHandler {

    private final MmioSettings settings;
    private final Reports reports;
    private final LongAdder performed = new LongAdder();

    public SyndromeAccessHandler(MmioSettings settings, Reports reports) {
        this.settings = settings;
        this.reports = reports;
    }

    public long performed() {
        return performed.sum();
    }

    @Override
    public Outcome handle(TrapContext context) {
        Syndrome s = context.syndrome();
        if (s.ec() != Syndrome.EC_DATA_ABORT_LOWER || !s.isv() || !(context.exit() instanceof Exit.DataAbort abort)) {
            return Outcome.DECLINE;
        }
        long address = abort.ipa();
        int size = 1 << s.sas();
        MmioBus bus = context.bus();
        boolean ram = context.vm().isRam(address, size);
        if (!ram && !bus.claims(address, size)) {
            String why = String.format("vCPU %d: pc 0x%x: %s: no device at 0x%x (%d bytes)", context.vcpuIndex(), context.pc(), s, address, size);
            return refuse(context, abort.far(), why);
        }
        try {
            return perform(context, s, abort, address, size, ram, bus);
        } catch (RuntimeException deviceRefused) {
            // A device that cannot take the access (a size or alignment it does not decode) or that fails: the
            // guest gets the bus error a real interconnect would give, and the VMM goes on.
            reports.report(String.format("vCPU %d: pc 0x%x: %s: the device at 0x%x refused the %d-byte %s (%s): external abort injected",
                    context.vcpuIndex(), context.pc(), s, address, size, s.wnr() ? "write" : "read", deviceRefused.getMessage()));
            context.injectExternalDataAbort(abort.far());
            return Outcome.RESUME;
        }
    }

    private Outcome perform(TrapContext context, Syndrome s, Exit.DataAbort abort, long address, int size, boolean ram, MmioBus bus) {
        VcpuRegisters regs = context.registers();
        long mask = size == 8 ? -1L : (1L << 8 * size) - 1;
        if (s.wnr()) {
            long value = regs.x(s.srt()) & mask; // x(31) reads XZR
            if (ram) {
                byte[] b = new byte[size];
                for (int i = 0; i < size; i++) {
                    b[i] = (byte) (value >>> 8 * i);
                }
                context.vm().writePhysical(address, b, 0, size);
            } else {
                bus.write(address, size, value);
            }
        } else {
            long value;
            if (ram) {
                byte[] b = new byte[size];
                context.vm().readPhysical(address, b, 0, size);
                value = 0;
                for (int i = size - 1; i >= 0; i--) {
                    value = value << 8 | (b[i] & 0xff);
                }
            } else {
                value = bus.read(address, size) & mask;
            }
            if (s.sse()) {
                int shift = 64 - 8 * size;
                value = value << shift >> shift;
            }
            if (!s.sf()) {
                value &= 0xffffffffL;
            }
            regs.setX(s.srt(), value); // setX(31) is discarded
        }
        context.advancePc();
        performed.increment();
        return Outcome.RESUME;
    }

    private Outcome refuse(TrapContext context, long far, String why) {
        if (settings.unmapped() == MmioSettings.Policy.INJECT) {
            reports.report(why + ": external abort injected");
            context.injectExternalDataAbort(far);
            return Outcome.RESUME;
        }
        reports.report(why + ": declined (policy STOP)");
        return Outcome.DECLINE;
    }
}
