package org.a64wb.example.guests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.assembler.Assembler;
import org.a64wb.board.api.Console;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.virt.SystemRegisterForwarder;
import org.a64wb.board.virt.VirtBoard;
import org.a64wb.board.virt.WaitForInterruptHandler;
import org.a64wb.device.framebuffer.FramebufferContribution;
import org.a64wb.device.pl011.Pl011Contribution;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.isa.a64.A64InstructionSet;

/** Builds the guests of this directory with our assembler and runs them on the virt board with the in-process accelerator. */
final class Guests {

    static final long LOAD_ADDRESS = 0x40080000L;
    static final Path DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    /** What a run left behind. */
    record Run(MachineRunner.Result result, String output, VirtBoard.Instance machine, TrapStatistics statistics, List<String> warnings) {
    }

    private Guests() {
    }

    static byte[] assemble(String name) throws Exception {
        String source = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        return new Assembler(List.of(new A64InstructionSet())).assemble(name, source, Assembler.Options.flat(LOAD_ADDRESS)).image();
    }

    static Run run(String name, int cpus, TrapPolicy policy) throws Exception {
        return run(assemble(name), cpus, policy, "");
    }

    /**
     * The handlers: the contributed MMIO, PSCI and board fallback handlers (see {@link RealHandlers}).
     */
    static Run run(byte[] kernel, int cpus, TrapPolicy policy, String input) throws Exception {
        return run(kernel, cpus, policy, input, 0);
    }

    static Run run(byte[] kernel, int cpus, TrapPolicy policy, String input, int burst) throws Exception {
        return run(kernel, cpus, policy, input, burst, VirtBoard.Irqchip.ACCEL);
    }

    static Run run(byte[] kernel, int cpus, TrapPolicy policy, String input, int burst, VirtBoard.Irqchip irqchip) throws Exception {
        return run(kernel, cpus, policy, input, burst, irqchip, List.of());
    }

    /** As above, with {@code extraDevices} attached besides the PL011 and the framebuffer. */
    static Run run(byte[] kernel, int cpus, TrapPolicy policy, String input, int burst, VirtBoard.Irqchip irqchip,
            List<DeviceContribution> extraDevices) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8);
        AtomicReference<MachineRunner> runner = new AtomicReference<>();
        TrapHandlerRegistry handlers = RealHandlers.registry(burst);
        List<String> warnings = new ArrayList<>();
        handlers.onProblem(warnings::add);
        List<DeviceContribution> devices = new ArrayList<>(List.of(new Pl011Contribution(), new FramebufferContribution()));
        devices.addAll(extraDevices);
        TrapStatistics statistics = new TrapStatistics();
        VirtualMachine vm = new InProcessAccelerator().createVm();
        VirtBoard.Instance machine = new VirtBoard(null, handlers, null, devices).boot(
                new VirtBoard.Options(VirtBoard.DEFAULT_RAM, cpus, "", policy, irqchip), vm, kernel,
                new Console(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), console), statistics, warnings::add);
        runner.set(machine.runner());
        MachineRunner.Result result = machine.run();
        console.flush();
        vm.close();
        return new Run(result, out.toString(StandardCharsets.UTF_8), machine, statistics, warnings);
    }

    /** qemu-system-aarch64 -M virt -cpu cortex-a57 -nographic -nic none -kernel FILE: its serial output, or null without QEMU. */
    static String qemu(byte[] kernel, int cpus, Path dir) throws Exception {
        return qemu(kernel, cpus, dir, "virt", "cortex-a57");
    }

    /** As above with another machine and CPU (e.g. "virt,gic-version=3", "max"). */
    static String qemu(byte[] kernel, int cpus, Path dir, String machine, String cpu) throws Exception {
        try {
            Process probe = new ProcessBuilder("qemu-system-aarch64", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (probe.waitFor() != 0) {
                return null;
            }
        } catch (java.io.IOException e) {
            return null;
        }
        Path file = dir.resolve("guest.bin");
        Files.write(file, kernel);
        Process p = new ProcessBuilder("qemu-system-aarch64", "-M", machine, "-cpu", cpu, "-smp", String.valueOf(cpus), "-m", "256",
                "-nographic", "-nic", "none", "-monitor", "none", "-kernel", file.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("qemu did not power off within 60 s");
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
