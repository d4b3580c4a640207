package org.a64wb.example.guests;

import java.util.function.IntFunction;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.hypervisor.api.MmioBus;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.api.VcpuRegisters;
import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.MemoryAccess;

/**
 * TEST ONLY, a stand-in for the real MMIO data-abort handler another part of the project provides:
 * ISV=1 accesses from the syndrome (SAS, SSE, SRT, SF, WnR), and for ISV=0 the plain X/W/Q loads and
 * stores (single and pair, immediate offset, pre/post-index) the guests here use, from the instruction's
 * memory-access descriptor. Anything else declines.
 */
final class TestOnlyMmioHandler implements TrapHandler {

    private static final A64InstructionSet A64 = new A64InstructionSet();
    private final IntFunction<VirtualCpu> vcpus;

    TestOnlyMmioHandler(IntFunction<VirtualCpu> vcpus) {
        this.vcpus = vcpus;
    }

    @Override
    public Outcome handle(TrapContext c) {
        Syndrome s = c.syndrome();
        if (!(c.exit() instanceof Exit.DataAbort abort)) {
            return Outcome.DECLINE;
        }
        MmioBus bus = c.bus();
        long ipa = abort.ipa();
        VcpuRegisters r = c.registers();
        if (s.isv()) {
            int size = 1 << s.sas();
            if (!bus.claims(ipa, size)) {
                return Outcome.DECLINE;
            }
            if (s.wnr()) {
                long v = r.x(s.srt());
                bus.write(ipa, size, size == 8 ? v : v & ((1L << (size * 8)) - 1));
            } else {
                long v = bus.read(ipa, size);
                if (s.sse() && size < 8) {
                    int shift = 64 - size * 8;
                    v = v << shift >> shift;
                }
                if (!s.sf()) {
                    v &= 0xffffffffL;
                }
                r.setX(s.srt(), v);
            }
            c.advancePc();
            return Outcome.RESUME;
        }
        byte[] w = new byte[4];
        c.vm().readPhysical(c.pc(), w, 0, 4);
        int word = w[0] & 0xff | (w[1] & 0xff) << 8 | (w[2] & 0xff) << 16 | (w[3] & 0xff) << 24;
        int id = A64.decode(word);
        MemoryAccess m = id < 0 ? null : A64.memoryAccess(id, word).orElse(null);
        if (m == null || m.atomic() != MemoryAccess.AtomicOp.NONE || m.exclusive() || m.baseRegister() < 0
                || m.offset() == MemoryAccess.OffsetKind.REGISTER || m.offset() == MemoryAccess.OffsetKind.LITERAL
                || !(m.kind() == MemoryAccess.RegisterKind.X || m.kind() == MemoryAccess.RegisterKind.W || m.kind() == MemoryAccess.RegisterKind.Q)
                || m.signExtend()) {
            return Outcome.DECLINE;
        }
        long base = m.baseRegister() == 31 ? r.get(org.a64wb.accel.api.RegisterId.SP_EL1) : r.x(m.baseRegister());
        long address = m.writeback() == MemoryAccess.Writeback.POST ? base : base + m.immediate();
        int bytes = m.elementBytes();
        int[] regs = m.registers();
        if (!bus.claims(address, m.totalBytes())) {
            return Outcome.DECLINE;
        }
        VirtualCpu vcpu = vcpus.apply(c.vcpuIndex());
        for (int i = 0; i < regs.length; i++) {
            long at = address + (long) i * bytes;
            if (m.kind() == MemoryAccess.RegisterKind.Q) {
                if (m.direction() == MemoryAccess.Direction.STORE) {
                    long[] v = vcpu.getVector(regs[i]);
                    bus.write(at, 8, v[0]);
                    bus.write(at + 8, 8, v[1]);
                } else {
                    vcpu.setVector(regs[i], bus.read(at, 8), bus.read(at + 8, 8));
                }
            } else if (m.direction() == MemoryAccess.Direction.STORE) {
                long v = r.x(regs[i]);
                bus.write(at, bytes, bytes == 8 ? v : v & 0xffffffffL);
            } else {
                r.setX(regs[i], bus.read(at, bytes));
            }
        }
        if (m.writeback() != MemoryAccess.Writeback.NONE) {
            long updated = base + m.immediate();
            if (m.baseRegister() == 31) {
                r.set(org.a64wb.accel.api.RegisterId.SP_EL1, updated);
            } else {
                r.setX(m.baseRegister(), updated);
            }
        }
        c.advancePc();
        return Outcome.RESUME;
    }
}
