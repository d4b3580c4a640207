package org.a64wb.hypervisor.mmio;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.mmio.MmioBus;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.api.VcpuRegisters;
import org.a64wb.isa.access.Elements;
import org.a64wb.isa.access.LoadStoreExecutor;
import org.a64wb.isa.api.InstructionSet;

/**
 * Data aborts with ISS.ISV = 0 (EC 0x24): the hardware did not describe the access (pairs, SIMD&FP,
 * writeback, LD1..LD4/ST1..ST4), so the VMM fetches the word at PC (MMU off: PC is the physical
 * address), decodes it with the generated decoder through a (address, word) cache, checks it
 * against the allowlist, and emulates the access from the spec's memory-access descriptor. Only
 * the registers the instruction names are read and written; PC advances.
 *
 * <p>Refusals, each with a report (EC, ISS in words, PC, word, disassembly, reason): an instruction
 * that is not allowlisted or cannot be emulated gets {@link MmioSettings#notAllowed()}; an element
 * that is neither RAM nor one device's gets {@link MmioSettings#unmapped()}; STOP declines (the
 * machine stops on the unhandled exit), INJECT delivers a synchronous external abort (KVM's answer
 * to KVM_EXIT_ARM_NISV).
 *
 * <p>Burst (off unless {@link MmioSettings#burst()} &gt; 0): after the trapping instruction, the
 * following instructions are emulated too while each is an allowlisted load/store whose every
 * element hits a device, up to the bound; the first one that does not qualify is left to the
 * accelerator.
 *
 * <p>With the guest's MMU on, PC and the addresses the instruction computes from its registers are virtual.
 * As a hardware VMM does, an element in the faulting page (FAR's page) goes to the IPA page HPFAR gives, plus
 * the VA's page offset; the rare element in another page (an access crossing into the next page, a burst's
 * later instructions) and the instruction's own address are translated through the vCPU
 * ({@link TrapContext#translate}, KVM_TRANSLATE's role); one that does not translate is refused as unmapped.
 * The emulated access must reach the faulting VA (FAR), which is checked.
 */
public final class InstructionEmulationHandler implements TrapHandler {

    private final DecodeCache cache;
    private final Supplier<Allowlist> allowlist;
    private final MmioSettings settings;
    private final Reports reports;
    private final LongAdder emulated = new LongAdder();
    private final LongAdder burstEmulated = new LongAdder();
    private final LongAdder refused = new LongAdder();

    public InstructionEmulationHandler(InstructionSet isa, Supplier<Allowlist> allowlist, MmioSettings settings, Reports reports) {
        this.cache = new DecodeCache(isa);
        this.allowlist = allowlist;
        this.settings = settings;
        this.reports = reports;
    }

    /** Instructions emulated on an exit (the trapping ones). */
    public long emulated() {
        return emulated.sum();
    }

    /** Instructions emulated by bursts, after the trapping one. */
    public long burstEmulated() {
        return burstEmulated.sum();
    }

    public long refused() {
        return refused.sum();
    }

    /** Words decoded (cache misses). */
    public long decodes() {
        return cache.misses();
    }

    public MmioSettings settings() {
        return settings;
    }

    private static int fetch(VirtualMachine vm, long pc) {
        byte[] b = new byte[4];
        vm.readPhysical(pc, b, 0, 4);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }

    @Override
    public Outcome handle(TrapContext context) {
        Syndrome s = context.syndrome();
        if (s.ec() != Syndrome.EC_DATA_ABORT_LOWER || s.isv() || !(context.exit() instanceof Exit.DataAbort abort)) {
            return Outcome.DECLINE;
        }
        VirtualMachine vm = context.vm();
        MmioBus bus = context.bus();
        long pc = context.pc();
        long pcIpa = context.translate(pc);
        if ((pc & 3) != 0 || pcIpa == -1 || !vm.isRam(pcIpa, 4)) {
            return refuse(context, abort, settings.notAllowed(), null, "the instruction is not in RAM (cannot fetch it)");
        }
        DecodeCache.Decoded d = cache.get(pcIpa, fetch(vm, pcIpa));
        if (d.whyNot != null) {
            return refuse(context, abort, settings.notAllowed(), d, "cannot be emulated: " + d.whyNot);
        }
        if (!d.allowedBy(allowlist.get())) {
            return refuse(context, abort, settings.notAllowed(), d, "not on the emulation allowlist");
        }
        VcpuRegisters regs = context.registers();
        LongUnaryOperator ipa = stage1(context, abort);
        VcpuPorts ports = new VcpuPorts(regs, vm, bus, pc, ipa);
        Elements plan = Elements.of(d.op, ports);
        if (!plan.covers(abort.far())) {
            return refuse(context, abort, settings.notAllowed(), d, String.format(
                    "emulated address 0x%x does not reach the faulting address 0x%x", plan.address, abort.far()));
        }
        for (int i = 0; i < plan.count; i++) {
            long a = ipa.applyAsLong(plan.addresses[i]);
            int size = plan.sizes[i];
            if (a == -1 || (a & 0xfff) + size > 0x1000 && ipa.applyAsLong(plan.addresses[i] + size - 1) != a + size - 1
                    || !vm.isRam(a, size) && !bus.claims(a, size)) {
                return refuse(context, abort, settings.unmapped(), d, String.format("element %d at 0x%x (%d bytes) is neither RAM nor one device's",
                        i, a, size), a);
            }
        }
        try {
            LoadStoreExecutor.execute(d.op, ports, ports);
        } catch (RuntimeException deviceRefused) {
            // As for ISV=1 accesses: a device that refuses the access is a bus error for the guest, not a VMM failure.
            return refuse(context, abort, MmioSettings.Policy.INJECT, d, "the device refused the access (" + deviceRefused.getMessage() + ")");
        }
        emulated.increment();
        pc += 4;
        if (settings.burst() > 0) {
            pc = burst(context, regs, pc);
        }
        regs.setPc(pc);
        return Outcome.RESUME;
    }

    /** Emulates following allowlisted loads/stores that hit only devices; returns the PC to resume at. */
    private long burst(TrapContext context, VcpuRegisters regs, long pc) {
        VirtualMachine vm = context.vm();
        MmioBus bus = context.bus();
        Allowlist current = allowlist.get();
        LongUnaryOperator ipa = stage1(context, (Exit.DataAbort) context.exit());
        for (int n = 0; n < settings.burst(); n++) {
            long pcIpa = context.translate(pc);
            if (pcIpa == -1 || !vm.isRam(pcIpa, 4)) {
                break;
            }
            DecodeCache.Decoded d = cache.get(pcIpa, fetch(vm, pcIpa));
            if (d.whyNot != null || !d.allowedBy(current)) {
                break;
            }
            VcpuPorts ports = new VcpuPorts(regs, vm, bus, pc, ipa);
            if (!allMmio(Elements.of(d.op, ports), ipa, vm, bus)) {
                break; // RAM (or nothing) there: the accelerator runs it natively
            }
            try {
                LoadStoreExecutor.execute(d.op, ports, ports);
            } catch (RuntimeException deviceRefused) {
                // Not this burst's business: the guest runs the instruction itself, exits, and the refusal is reported then.
                break;
            }
            burstEmulated.increment();
            pc += 4;
        }
        return pc;
    }

    /** Whether every element is claimed by a device (the burst condition). */
    private static boolean allMmio(Elements plan, LongUnaryOperator ipa, VirtualMachine vm, MmioBus bus) {
        for (int i = 0; i < plan.count; i++) {
            long a = ipa.applyAsLong(plan.addresses[i]);
            if (a == -1 || (a & 0xfff) + plan.sizes[i] > 0x1000 || vm.isRam(a, plan.sizes[i]) || !bus.claims(a, plan.sizes[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * VA to IPA for this abort: FAR's page is HPFAR's IPA page (what the hardware reported), any other page is
     * translated by the vCPU (-1 when it does not translate). With the MMU off both are the identity.
     */
    private static LongUnaryOperator stage1(TrapContext context, Exit.DataAbort abort) {
        long farPage = abort.far() & ~0xfffL;
        long ipaPage = abort.ipa() & ~0xfffL;
        return va -> (va & ~0xfffL) == farPage ? ipaPage | va & 0xfff : context.translate(va);
    }

    private Outcome refuse(TrapContext context, Exit.DataAbort abort, MmioSettings.Policy policy, DecodeCache.Decoded d, String why) {
        return refuse(context, abort, policy, d, why, abort.far());
    }

    private Outcome refuse(TrapContext context, Exit.DataAbort abort, MmioSettings.Policy policy, DecodeCache.Decoded d, String why, long far) {
        refused.increment();
        StringBuilder text = new StringBuilder();
        text.append(String.format("vCPU %d: pc 0x%x: %s, address 0x%x", context.vcpuIndex(), context.pc(), abort.syndrome(), abort.ipa()));
        if (d != null) {
            text.append(String.format(": instruction %08x (%s) %s", d.word, cache.disassemble(d, context.pc()),
                    d.encoding == null ? "" : d.encoding.name()));
        }
        text.append(": ").append(why);
        if (policy == MmioSettings.Policy.INJECT) {
            reports.report(text + "; external abort injected");
            context.injectExternalDataAbort(far);
            return Outcome.RESUME;
        }
        reports.report(text + "; declined (policy STOP)");
        return Outcome.DECLINE;
    }
}
