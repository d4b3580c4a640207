package org.a64wb.hypervisor.psci;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.mmio.MmioBus;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.VcpuRegisters;

/**
 * One HVC or SMC exit of vCPU 0 at {@link #CALL_PC}, with registers in a map: X0..X30 start as
 * 0x1000 + n so that "preserved" can be checked; writes are recorded.
 */
final class FakeContext implements TrapContext {

    static final long CALL_PC = 0x4000_1000L;

    private final Exit exit;
    private final FakeMachine machine;
    private final VirtualMachine vm;
    final Regs registers = new Regs();
    boolean undefinedInjected;

    private FakeContext(Exit exit, FakeMachine machine, VirtualMachine vm) {
        this.exit = exit;
        this.machine = machine;
        this.vm = vm;
    }

    /** An HVC #imm exit: PC has already moved past the HVC (Exit.HypervisorCall). */
    static FakeContext hvc(int imm, FakeMachine machine, VirtualMachine vm, long... x) {
        FakeContext c = new FakeContext(new Exit.HypervisorCall(Syndrome.hvc(imm), CALL_PC), machine, vm);
        c.registers.init(CALL_PC + 4, x);
        return c;
    }

    /** An SMC #imm exit: PC still addresses the SMC. */
    static FakeContext smc(int imm, FakeMachine machine, VirtualMachine vm, long... x) {
        FakeContext c = new FakeContext(new Exit.SecureMonitorCall(Syndrome.smc(imm), CALL_PC), machine, vm);
        c.registers.init(CALL_PC, x);
        return c;
    }

    /** A BRK exit: nothing PSCI should touch. */
    static FakeContext brk(FakeMachine machine, VirtualMachine vm) {
        FakeContext c = new FakeContext(new Exit.Breakpoint(Syndrome.brk(0), CALL_PC), machine, vm);
        c.registers.init(CALL_PC);
        return c;
    }

    @Override
    public Exit exit() {
        return exit;
    }

    @Override
    public Syndrome syndrome() {
        return exit.syndrome();
    }

    @Override
    public long pc() {
        return exit.pc();
    }

    @Override
    public int vcpuIndex() {
        return 0;
    }

    @Override
    public Regs registers() {
        return registers;
    }

    @Override
    public VirtualMachine vm() {
        return vm;
    }

    @Override
    public Machine machine() {
        return machine;
    }

    @Override
    public MmioBus bus() {
        throw new UnsupportedOperationException("PSCI does not touch the MMIO bus");
    }

    @Override
    public void advancePc() {
        registers.setPc(pc() + 4);
    }

    @Override
    public void injectUndefined() {
        undefinedInjected = true;
    }

    @Override
    public void injectExternalDataAbort(long address) {
        throw new AssertionError("PSCI never injects a data abort");
    }

    /** Map-backed registers that remember which ones were written. */
    static final class Regs implements VcpuRegisters {
        final Map<Long, Long> values = new HashMap<>();
        final Map<Long, Long> written = new LinkedHashMap<>();
        private final List<Long> fetched = new ArrayList<>();

        void init(long pc, long... x) {
            for (int n = 0; n < 31; n++) {
                values.put(RegisterId.x(n), n < x.length ? x[n] : 0x1000L + n);
            }
            values.put(RegisterId.PC, pc);
        }

        @Override
        public long x(int n) {
            return n == 31 ? 0 : get(RegisterId.x(n));
        }

        @Override
        public void setX(int n, long value) {
            if (n != 31) {
                set(RegisterId.x(n), value);
            }
        }

        @Override
        public long pc() {
            return get(RegisterId.PC);
        }

        @Override
        public void setPc(long value) {
            set(RegisterId.PC, value);
        }

        @Override
        public long get(long id) {
            fetched.add(id);
            Long v = values.get(id);
            if (v == null) {
                throw new IllegalArgumentException("no register " + RegisterId.name(id));
            }
            return v;
        }

        @Override
        public void set(long id, long value) {
            values.put(id, value);
            written.put(id, value);
        }

        @Override
        public long[] vector(int n) {
            throw new AssertionError("PSCI never touches the V registers");
        }

        @Override
        public void setVector(int n, long low, long high) {
            throw new AssertionError("PSCI never touches the V registers");
        }

        @Override
        public List<Long> fetched() {
            return List.copyOf(fetched);
        }

        @Override
        public List<Long> writeBack() {
            return List.of();
        }
    }
}
