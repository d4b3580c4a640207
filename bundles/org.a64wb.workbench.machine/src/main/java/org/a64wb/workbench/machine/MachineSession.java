package org.a64wb.workbench.machine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.Console;
import org.a64wb.board.virt.VirtBoard;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.gdbstub.target.Breakpoint;
import org.a64wb.gdbstub.target.DebugTarget;
import org.a64wb.gdbstub.target.RegisterLayout;
import org.a64wb.gdbstub.target.Resume;
import org.a64wb.gdbstub.target.StopEvent;
import org.a64wb.hypervisor.debug.MachineDebugTarget;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.isa.api.InstructionSets;

/**
 * A guest on the virt board under the same debug API the GDB stub drives ({@link DebugTarget}, all-stop): it boots
 * stopped before its first instruction; run, pause and step go through the target, and so do registers,
 * memory and breakpoints, which are read only while the machine is stopped. The console's bytes go to a
 * listener; typed text goes to the PL011's receive side.
 */
public final class MachineSession implements AutoCloseable {

    /** The one vCPU's debug thread (thread N is vCPU N-1, as in QEMU's system-mode stub). */
    public static final long CPU0 = 1;

    /** A register as the view shows it: name, group (core, fp, system) and value in hex. */
    public record Register(String name, String group, String hex) {
    }

    /** One line of disassembly. */
    public record Line(long address, int word, String text) {
    }

    private final VirtualMachine vm;
    private final VirtBoard.Instance machine;
    private final DebugTarget target;
    private final TrapStatistics statistics;
    private final InstructionSets isa;
    private final PipedOutputStream keyboard;
    private final Thread runThread;
    private final java.util.Set<Long> breakpoints = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean ended;

    private MachineSession(VirtualMachine vm, VirtBoard.Instance machine, DebugTarget target, TrapStatistics statistics, InstructionSets isa,
            PipedOutputStream keyboard, Thread runThread) {
        this.vm = vm;
        this.machine = machine;
        this.target = target;
        this.statistics = statistics;
        this.isa = isa;
        this.keyboard = keyboard;
        this.runThread = runThread;
    }

    /** Boots {@code guest} on a virt board with {@code cpus} vCPUs, stopped before the first instruction. */
    public static MachineSession boot(MachineServices services, GuestImage guest, int cpus, Consumer<byte[]> console, Consumer<String> warnings)
            throws IOException {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream guestInput = new PipedInputStream(keyboard, 4096);
        PrintStream guestOutput = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                console.accept(new byte[] {(byte) b});
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                console.accept(java.util.Arrays.copyOfRange(bytes, offset, offset + length));
            }
        }, true, StandardCharsets.UTF_8);
        TrapStatistics statistics = new TrapStatistics();
        VirtualMachine vm = services.vms().get();
        VirtBoard.Instance machine;
        try {
            VirtBoard virt = new VirtBoard(services.vms(), services.handlers(), services.isa(), services.devices());
            machine = virt.boot(new VirtBoard.Options(VirtBoard.DEFAULT_RAM, cpus, "", TrapPolicy.DEFAULT, VirtBoard.Irqchip.ACCEL), vm,
                    guest.bytes(), new Console(guestInput, guestOutput), statistics, warnings);
        } catch (RuntimeException e) {
            vm.close();
            throw new IOException(guest.name() + ": " + e.getMessage(), e);
        }
        AllStopControl control = new AllStopControl();
        MachineRunner runner = machine.runner();
        runner.debug(control);
        DebugTarget target = new MachineDebugTarget(runner, vm, services.handlers(), control);
        MachineSession[] session = new MachineSession[1];
        Thread runThread = new Thread(() -> {
            int status = 0;
            try {
                status = machine.run().ending() == MachineRunner.Ending.UNHANDLED_EXIT ? 1 : 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                warnings.accept("the machine stopped: " + e);
                status = 1;
            } finally {
                session[0].ended = true;
                control.finish(new StopEvent.Exited(status));
                control.release();
            }
        }, "a64 workbench machine");
        runThread.setDaemon(true);
        session[0] = new MachineSession(vm, machine, target, statistics, services.isa(), keyboard, runThread);
        runThread.start();
        return session[0];
    }

    /** Runs until a breakpoint, a pause or the guest's end; {@code stopped} gets the event (on a thread of its own). */
    public synchronized void resume(Consumer<StopEvent> stopped) {
        go(Resume.CONTINUE, stopped);
    }

    /** Executes one instruction on vCPU 0 (the others stay stopped). */
    public synchronized void step(Consumer<StopEvent> stopped) {
        go(Resume.STEP, stopped);
    }

    private void go(Resume action, Consumer<StopEvent> stopped) {
        if (running || ended) {
            return;
        }
        running = true;
        long pc = pc();
        Thread waiter = new Thread(() -> {
            try {
                StopEvent event = null;
                // Continuing from a breakpoint first steps over it with it removed, as gdb does (the checkpoint
                // before PC's instruction would otherwise report the same breakpoint at once).
                if (action == Resume.CONTINUE && breakpoints.contains(pc)) {
                    removeBreakpoint(pc);
                    target.resume(Map.of(CPU0, Resume.STEP), Resume.STOP);
                    event = await();
                    insertBreakpoint(pc);
                    if (!(event instanceof StopEvent.Stopped stop) || stop.signal() != StopEvent.SIGTRAP) {
                        running = false;
                        stopped.accept(event);
                        return;
                    }
                }
                if (action == Resume.STEP) {
                    target.resume(Map.of(CPU0, Resume.STEP), Resume.STOP);
                } else {
                    target.resume(Map.of(), Resume.CONTINUE);
                }
                event = await();
                running = false;
                stopped.accept(event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "a64 workbench machine stop");
        waiter.setDaemon(true);
        waiter.start();
    }

    private StopEvent await() throws InterruptedException {
        StopEvent event = null;
        while (event == null) {
            event = target.awaitStop(1000);
        }
        return event;
    }

    /** Asks the running machine to stop; the resume's listener hears when it has. */
    public void pause() {
        target.interrupt();
    }

    public boolean running() {
        return running;
    }

    public boolean ended() {
        return ended;
    }

    public boolean insertBreakpoint(long address) {
        boolean inserted = target.insert(new Breakpoint(Breakpoint.Kind.SOFTWARE, address, 4));
        if (inserted) {
            breakpoints.add(address);
        }
        return inserted;
    }

    public boolean removeBreakpoint(long address) {
        breakpoints.remove(address);
        return target.remove(new Breakpoint(Breakpoint.Kind.SOFTWARE, address, 4));
    }

    /** The breakpoints' addresses. */
    public java.util.Set<Long> breakpoints() {
        return java.util.Set.copyOf(breakpoints);
    }

    /** vCPU 0's registers (only while stopped): X0-X30, SP, PC, CPSR, V0-V31, FPSR, FPCR, then the system registers. */
    public List<Register> registers() {
        RegisterLayout layout = target.layout();
        List<Register> registers = new ArrayList<>();
        for (int regnum = 0; regnum < layout.count(); regnum++) {
            byte[] value = target.readRegister(CPU0, regnum);
            if (value == null) {
                continue;
            }
            registers.add(new Register(name(layout, regnum), group(regnum), hex(value)));
        }
        return registers;
    }

    public long pc() {
        return value(target.readRegister(CPU0, RegisterLayout.PC));
    }

    /** {@code before} instructions before PC, PC's, and {@code after} after it (only while stopped). */
    public List<Line> disassemblyAroundPc(int before, int after) {
        long pc = pc();
        long start = pc - 4L * before;
        byte[] bytes = new byte[4 * (before + 1 + after)];
        int read = target.readMemory(CPU0, start, bytes);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i + 4 <= read; i += 4) {
            int word = (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff) << 16 | (bytes[i + 3] & 0xff) << 24;
            long address = start + i;
            lines.add(new Line(address, word, isa == null ? String.format(".word 0x%08x", word) : isa.disassemble(word, address)));
        }
        return lines;
    }

    /** Exits per exception class and handler so far. */
    public Map<String, Long> trapCounts() {
        return statistics.counts();
    }

    /** Sends typed text to the guest's console (the PL011's receive FIFO). */
    public void type(String text) throws IOException {
        keyboard.write(text.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    public VirtBoard.Instance machine() {
        return machine;
    }

    @Override
    public void close() {
        if (!ended) {
            target.kill();
        }
        try {
            runThread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            keyboard.close();
        } catch (IOException e) {
            // The guest is gone: nobody reads the keyboard any more.
        }
        vm.close();
    }

    private static String name(RegisterLayout layout, int regnum) {
        if (regnum < 31) {
            return "x" + regnum;
        }
        if (regnum >= RegisterLayout.V0 && regnum < RegisterLayout.FPSR) {
            return "v" + (regnum - RegisterLayout.V0);
        }
        return switch (regnum) {
            case RegisterLayout.SP -> "sp";
            case RegisterLayout.PC -> "pc";
            case RegisterLayout.CPSR -> "cpsr";
            case RegisterLayout.FPSR -> "fpsr";
            case RegisterLayout.FPCR -> "fpcr";
            default -> layout.extra(regnum) == null ? "r" + regnum : layout.extra(regnum).name();
        };
    }

    private static String group(int regnum) {
        if (regnum <= RegisterLayout.CPSR) {
            return "core";
        }
        return regnum < RegisterLayout.G_REGISTERS ? "fp" : "system";
    }

    /** Little-endian bytes as one hex number, most significant first. */
    static String hex(byte[] value) {
        StringBuilder text = new StringBuilder();
        for (int i = value.length - 1; i >= 0; i--) {
            text.append(String.format("%02x", value[i] & 0xff));
        }
        return text.toString();
    }

    private static long value(byte[] bytes) {
        long value = 0;
        for (int i = Math.min(8, bytes.length) - 1; i >= 0; i--) {
            value = value << 8 | (bytes[i] & 0xff);
        }
        return value;
    }
}
