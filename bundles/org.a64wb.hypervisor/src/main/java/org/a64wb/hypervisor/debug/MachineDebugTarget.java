package org.a64wb.hypervisor.debug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.RegisterWriteRejected;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.gdbstub.control.AllStopDebugTarget;
import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.RegisterLayout;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.dispatch.HandlerRegistration;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;

/**
 * A machine as gdb sees it under QEMU's system-mode stub: thread N is vCPU N-1; registers go through
 * the SPI by KVM id (the accelerator owns them, as under KVM); the EL1 system registers that matter
 * when debugging a kernel come after the FP/SIMD ones. Watchpoints are not offered (the SPI has no
 * data-access hook yet), so gdb falls back to software watchpoints, which it implements by stepping.
 */
public final class MachineDebugTarget extends AllStopDebugTarget {

    /** The system registers shown, by name (as the Arm ARM spells them) and KVM id. */
    private static final Map<String, Long> SYSTEM_REGISTERS = new LinkedHashMap<>();

    static {
        SYSTEM_REGISTERS.put("SCTLR_EL1", RegisterId.SCTLR_EL1);
        SYSTEM_REGISTERS.put("VBAR_EL1", RegisterId.VBAR_EL1);
        SYSTEM_REGISTERS.put("ESR_EL1", RegisterId.ESR_EL1);
        SYSTEM_REGISTERS.put("FAR_EL1", RegisterId.FAR_EL1);
        SYSTEM_REGISTERS.put("ELR_EL1", RegisterId.ELR_EL1);
        SYSTEM_REGISTERS.put("SPSR_EL1", RegisterId.SPSR_EL1);
        SYSTEM_REGISTERS.put("SP_EL0", RegisterId.SP);
        SYSTEM_REGISTERS.put("SP_EL1", RegisterId.SP_EL1);
        SYSTEM_REGISTERS.put("TTBR0_EL1", RegisterId.sysreg(3, 0, 2, 0, 0));
        SYSTEM_REGISTERS.put("TTBR1_EL1", RegisterId.sysreg(3, 0, 2, 0, 1));
        SYSTEM_REGISTERS.put("TCR_EL1", RegisterId.sysreg(3, 0, 2, 0, 2));
        SYSTEM_REGISTERS.put("MAIR_EL1", RegisterId.sysreg(3, 0, 10, 2, 0));
        SYSTEM_REGISTERS.put("TPIDR_EL1", RegisterId.sysreg(3, 0, 13, 0, 4));
        SYSTEM_REGISTERS.put("TPIDR_EL0", RegisterId.TPIDR_EL0);
        SYSTEM_REGISTERS.put("MPIDR_EL1", RegisterId.MPIDR_EL1);
        SYSTEM_REGISTERS.put("MIDR_EL1", RegisterId.MIDR_EL1);
    }

    private final MachineRunner runner;
    private final VirtualMachine vm;
    private final TrapHandlerRegistry handlers;
    private final RegisterLayout layout;
    private final List<Long> extraIds = new ArrayList<>();

    public MachineDebugTarget(MachineRunner runner, VirtualMachine vm, TrapHandlerRegistry handlers, AllStopControl control) {
        super(control);
        this.runner = runner;
        this.vm = vm;
        this.handlers = handlers;
        List<Long> available = new ArrayList<>();
        for (long id : runner.vcpu(0).registerList()) {
            available.add(id);
        }
        List<RegisterLayout.Extra> extras = new ArrayList<>();
        SYSTEM_REGISTERS.forEach((name, id) -> {
            if (available.contains(id)) {
                extras.add(new RegisterLayout.Extra(name, "system"));
                extraIds.add(id);
            }
        });
        this.layout = RegisterLayout.aarch64("org.a64wb.aarch64.system", extras);
    }

    private VirtualCpu vcpu(long thread) {
        return thread >= 1 && thread <= runner.vcpuCount() ? runner.vcpu((int) thread - 1) : null;
    }

    @Override
    public RegisterLayout layout() {
        return layout;
    }

    /** The KVM id behind a 64-bit or 32-bit gdb register, or 0 for V registers and unknown numbers. */
    private long idOf(VirtualCpu vcpu, int regnum) {
        if (regnum <= 30) {
            return RegisterId.x(regnum);
        }
        switch (regnum) {
            case RegisterLayout.SP -> {
                long pstate = vcpu.getRegister(RegisterId.PSTATE);
                // SP is the current EL's stack pointer: SP_EL0 at EL0 or with SPSel = 0.
                return (pstate >> 2 & 3) == 0 || (pstate & 1) == 0 ? RegisterId.SP : RegisterId.SP_EL1;
            }
            case RegisterLayout.PC -> {
                return RegisterId.PC;
            }
            case RegisterLayout.CPSR -> {
                return RegisterId.PSTATE;
            }
            case RegisterLayout.FPSR -> {
                return RegisterId.FPSR;
            }
            case RegisterLayout.FPCR -> {
                return RegisterId.FPCR;
            }
            default -> {
                int extra = regnum - RegisterLayout.G_REGISTERS;
                return extra >= 0 && extra < extraIds.size() ? extraIds.get(extra) : 0;
            }
        }
    }

    @Override
    public byte[] readRegister(long thread, int regnum) {
        VirtualCpu vcpu = vcpu(thread);
        int size = layout.bytes(regnum);
        if (vcpu == null || size == 0) {
            return null;
        }
        if (regnum >= RegisterLayout.V0 && regnum < RegisterLayout.FPSR) {
            long[] v = vcpu.getVector(regnum - RegisterLayout.V0);
            byte[] b = new byte[16];
            put(b, 0, v[0], 8);
            put(b, 8, v[1], 8);
            return b;
        }
        long id = idOf(vcpu, regnum);
        if (id == 0) {
            return null;
        }
        byte[] b = new byte[size];
        put(b, 0, vcpu.getRegister(id), size);
        return b;
    }

    @Override
    public boolean writeRegister(long thread, int regnum, byte[] value) {
        VirtualCpu vcpu = vcpu(thread);
        if (vcpu == null || value.length != layout.bytes(regnum)) {
            return false;
        }
        if (regnum >= RegisterLayout.V0 && regnum < RegisterLayout.FPSR) {
            vcpu.setVector(regnum - RegisterLayout.V0, get(value, 0, 8), get(value, 8, 8));
            return true;
        }
        long id = idOf(vcpu, regnum);
        if (id == 0) {
            return false;
        }
        try {
            vcpu.setRegister(id, get(value, 0, value.length));
            return true;
        } catch (RegisterWriteRejected e) {
            return false;
        }
    }

    /**
     * Where the vCPU's virtual address lands in guest physical memory: its stage-1 translation as an EL1 read
     * (the address itself while its MMU is off), -1 when nothing is mapped there, as gdb reads kernel and
     * user addresses through QEMU's stub.
     */
    private static long translate(VirtualCpu vcpu, long address) {
        return vcpu.translate(address);
    }

    @Override
    public int readMemory(long thread, long address, byte[] into) {
        VirtualCpu vcpu = vcpu(thread);
        if (vcpu == null) {
            return 0;
        }
        int n = 0;
        // Page by page: each page translates on its own, and only RAM is read (a debugger read must not reach a device).
        while (n < into.length) {
            long va = address + n;
            int chunk = (int) Math.min(into.length - n, 0x1000 - (va & 0xfff));
            long pa = translate(vcpu, va);
            if (pa == -1) {
                return n;
            }
            if (!vm.isRam(pa, chunk)) {
                while (chunk > 0 && vm.isRam(pa, 1)) {
                    into[n++] = readByte(pa++);
                    chunk--;
                }
                return n;
            }
            vm.readPhysical(pa, into, n, chunk);
            n += chunk;
        }
        return n;
    }

    private byte readByte(long pa) {
        byte[] b = new byte[1];
        vm.readPhysical(pa, b, 0, 1);
        return b[0];
    }

    @Override
    public boolean writeMemory(long thread, long address, byte[] data) {
        VirtualCpu vcpu = vcpu(thread);
        if (vcpu == null) {
            return false;
        }
        // Page by page, all checked before anything is written: a write is whole or not at all.
        long[] pages = new long[(int) (((address & 0xfff) + data.length + 0xfff) >>> 12)];
        for (int n = 0, page = 0; n < data.length; page++) {
            long va = address + n;
            int chunk = (int) Math.min(data.length - n, 0x1000 - (va & 0xfff));
            pages[page] = translate(vcpu, va);
            if (pages[page] == -1 || !vm.isRam(pages[page], chunk)) {
                return false;
            }
            n += chunk;
        }
        for (int n = 0, page = 0; n < data.length; page++) {
            long va = address + n;
            int chunk = (int) Math.min(data.length - n, 0x1000 - (va & 0xfff));
            vm.writePhysical(pages[page], data, n, chunk);
            n += chunk;
        }
        return true;
    }

    @Override
    public boolean insert(Breakpoint breakpoint) {
        return !breakpoint.kind().isWatchpoint() && super.insert(breakpoint);
    }

    @Override
    public boolean remove(Breakpoint breakpoint) {
        return !breakpoint.kind().isWatchpoint() && super.remove(breakpoint);
    }

    @Override
    public void resume(Map<Long, Resume> actions, Resume others, Map<Long, Integer> signals) {
        resume(actions, others); // a machine has no guest signals to deliver
    }

    /** As QEMU's stub names vCPUs: "CPU#0 [running]", "[halted ]" for one that is off (waiting for PSCI CPU_ON). */
    @Override
    public String threadExtraInfo(long thread) {
        if (vcpu(thread) == null) {
            return null;
        }
        boolean on = runner.powerState((int) thread - 1) == Machine.PowerState.ON;
        return "CPU#" + (thread - 1) + (on ? " [running]" : " [halted ]");
    }

    @Override
    public void kill() {
        runner.terminate("killed by gdb");
        control.release();
    }

    @Override
    public Map<String, String> monitorCommands() {
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("stats", "exits per exception class and handler, and instructions per vCPU");
        commands.put("handlers", "the trap-handler contributions in dispatch order");
        return commands;
    }

    @Override
    public String monitor(String command) {
        switch (command) {
            case "stats" -> {
                StringBuilder s = new StringBuilder(runner.statistics().report());
                for (int i = 0; i < runner.vcpuCount(); i++) {
                    s.append(String.format("vCPU %d: %s, %d instructions%n", i, runner.powerState(i), runner.vcpu(i).instructions()));
                }
                return s.toString();
            }
            case "handlers" -> {
                StringBuilder s = new StringBuilder();
                handlers.all().stream()
                        .sorted(Comparator.comparingInt(HandlerRegistration::exceptionClass)
                                .thenComparing(Comparator.comparingInt(HandlerRegistration::priority).reversed()))
                        .forEach(r -> s.append(r.describe()).append('\n'));
                return s.toString();
            }
            default -> {
                return null;
            }
        }
    }

    private static void put(byte[] b, int offset, long value, int size) {
        for (int i = 0; i < size; i++) {
            b[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static long get(byte[] b, int offset, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (b[offset + i] & 0xff);
        }
        return v;
    }
}
