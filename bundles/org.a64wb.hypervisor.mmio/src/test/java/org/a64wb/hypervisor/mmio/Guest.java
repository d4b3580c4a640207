package org.a64wb.hypervisor.mmio;

import java.util.List;
import java.util.function.Consumer;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.RegisterWriteRejected;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.assembler.Assembler;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.SimpleMmioBus;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.isa.a64.A64InstructionSet;

/**
 * A one-vCPU machine for the tests: RAM at {@link #RAM}, a recording device at {@link #DEVICE} (or,
 * for the reference run, RAM there too), the guest program assembled at RAM, ending with HVC #0
 * (which powers off). The MMIO handlers of this bundle handle EC 0x24.
 */
final class Guest {

    static final long RAM = 0x4000_0000L;
    static final long RAM_SIZE = 0x10_0000L;
    static final long DEVICE = 0x4010_0000L;
    static final int DEVICE_SIZE = 0x1_0000;
    static final A64InstructionSet A64 = new A64InstructionSet();
    static final Allowlist DEFAULT_ALLOWLIST = defaultAllowlist();

    final VirtualMachine vm;
    final RecordingDevice device = new RecordingDevice(DEVICE_SIZE);
    final SimpleMmioBus bus = new SimpleMmioBus();
    final TrapHandlerRegistry registry = new TrapHandlerRegistry();
    final TrapStatistics statistics = new TrapStatistics();
    final MachineRunner runner;
    final boolean deviceIsRam;
    final Reports reports = new Reports(line -> { });
    SyndromeAccessHandler syndromeHandler;
    InstructionEmulationHandler emulationHandler;

    static Allowlist defaultAllowlist() {
        try (var in = Guest.class.getResourceAsStream("/allowlist/default.allow")) {
            AllowlistParser.Result r = new AllowlistParser(List.of(A64)).parse("allowlist/default.allow",
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (!r.ok()) {
                throw new IllegalStateException(r.problems().toString());
            }
            return r.allowlist();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Guest(boolean deviceIsRam, MmioSettings settings, Allowlist allowlist) {
        this.deviceIsRam = deviceIsRam;
        vm = new InProcessAccelerator().createVm();
        vm.mapRam(RAM, RAM_SIZE);
        if (deviceIsRam) {
            vm.mapRam(DEVICE, DEVICE_SIZE);
        } else {
            bus.map(DEVICE, DEVICE_SIZE, "recorder", device);
        }
        syndromeHandler = new SyndromeAccessHandler(settings, reports);
        emulationHandler = new InstructionEmulationHandler(A64, () -> allowlist, settings, reports);
        registry.add(syndromeHandler, java.util.Map.of(TrapHandler.EXCEPTION_CLASS, 0x24, TrapHandler.PRIORITY, 10, TrapHandler.NAME, "syndrome"));
        registry.add(emulationHandler, java.util.Map.of(TrapHandler.EXCEPTION_CLASS, 0x24, TrapHandler.NAME, "emulation"));
        registry.add(context -> Outcome.POWER_OFF, java.util.Map.of(TrapHandler.EXCEPTION_CLASS, 0x16, TrapHandler.NAME, "off"));
        runner = new MachineRunner(vm, 1, registry, bus, null, Machine.Conduit.HVC, Machine.SmcPolicy.UNDEFINED, statistics);
    }

    Guest(boolean deviceIsRam) {
        this(deviceIsRam, MmioSettings.DEFAULT, DEFAULT_ALLOWLIST);
    }

    static byte[] assemble(String source, long base) {
        try {
            return new Assembler(List.of(A64)).assemble("guest.s", source, Assembler.Options.flat(base)).image();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot assemble:\n" + source + "\n" + e.getMessage(), e);
        }
    }

    VirtualCpu cpu() {
        return runner.vcpu(0);
    }

    Guest load(String source) {
        byte[] code = assemble(source + "\n hvc #0\n", RAM);
        vm.writePhysical(RAM, code, 0, code.length);
        set(RegisterId.PC, RAM);
        return this;
    }

    void set(long id, long value) {
        try {
            cpu().setRegister(id, value);
        } catch (RegisterWriteRejected e) {
            throw new IllegalStateException(e);
        }
    }

    Guest x(int n, long value) {
        set(RegisterId.x(n), value);
        return this;
    }

    long x(int n) {
        return cpu().getRegister(RegisterId.x(n));
    }

    /** Device contents (from the device, or from RAM in the reference run). */
    byte[] deviceBytes() {
        if (deviceIsRam) {
            byte[] b = new byte[DEVICE_SIZE];
            vm.readPhysical(DEVICE, b, 0, b.length);
            return b;
        }
        return device.bytes.clone();
    }

    void fillDevice(Consumer<byte[]> filler) {
        byte[] b = new byte[DEVICE_SIZE];
        filler.accept(b);
        if (deviceIsRam) {
            vm.writePhysical(DEVICE, b, 0, b.length);
        } else {
            System.arraycopy(b, 0, device.bytes, 0, b.length);
        }
    }

    /** Runs, keeping the device log of this run. */
    MachineRunner.Result runWithLog() {
        device.log.clear();
        return run();
    }

    MachineRunner.Result run() {
        try {
            return runner.run();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything the guest can see of its vCPU: X0..X30, SP_EL0, SP_EL1, PC, PSTATE, V0..V31. */
    String state() {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n <= 30; n++) {
            out.append(String.format("x%d=%x ", n, x(n)));
        }
        out.append(String.format("sp=%x sp_el1=%x pc=%x pstate=%x%n", cpu().getRegister(RegisterId.SP), cpu().getRegister(RegisterId.SP_EL1),
                cpu().getRegister(RegisterId.PC), cpu().getRegister(RegisterId.PSTATE)));
        for (int n = 0; n < 32; n++) {
            long[] v = cpu().getVector(n);
            out.append(String.format("v%d=%016x%016x ", n, v[1], v[0]));
        }
        return out.toString();
    }
}
