package org.a64wb.usermode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PhysicalMemory;

/**
 * One guest Linux process: loads the executable, builds its stack, then runs it, serving SVCs as
 * system calls until it exits. A fault ends the run with a one-line report on stderr and the status
 * a shell shows for the matching signal (128 + signo): SIGILL 132 for UNDEFINED, SIGTRAP 133 for
 * BRK, SIGBUS 135 for alignment faults, SIGSEGV 139 for everything else.
 */
public final class UserProcess {

    public static final int STATUS_SIGILL = 128 + 4;
    public static final int STATUS_SIGTRAP = 128 + 5;
    public static final int STATUS_SIGBUS = 128 + 7;
    public static final int STATUS_SIGSEGV = 128 + 11;
    /** Largest argv + envp strings accepted (Linux: a quarter of the stack limit). */
    static final int MAX_ARG_BYTES = 2 << 20;

    private final Cpu cpu;
    private final PhysicalMemory memory;
    private final AddressSpace space;
    private final Syscalls syscalls;
    private final HostEnvironment host;
    private final Engine engine;
    private ElfImage image;
    private InitialStack.Layout stack;

    /**
     * @param engine makes the instruction engine for this process's CPU and memory, e.g.
     *        {@code (cpu, memory) -> new Interpreter<>(cpu, memory, new A64Executor(cpu, memory))::run}
     */
    public UserProcess(HostEnvironment host, BiFunction<Cpu, PhysicalMemory, Engine> engine) {
        this.host = host;
        this.cpu = new Cpu();
        this.memory = new PhysicalMemory();
        this.space = new AddressSpace(memory);
        this.syscalls = new Syscalls(space, host);
        this.engine = engine.apply(cpu, memory);
    }

    public Cpu cpu() {
        return cpu;
    }

    public AddressSpace addressSpace() {
        return space;
    }

    public Syscalls syscalls() {
        return syscalls;
    }

    public ElfImage image() {
        return image;
    }

    public InitialStack.Layout stack() {
        return stack;
    }

    /** Reads and loads {@code program} with argv (argv[0] included) and the environment. */
    public void load(Path program, List<String> argv, List<String> envp) throws IOException, ElfFormatException {
        byte[] file;
        try {
            file = Files.readAllBytes(program);
        } catch (NoSuchFileException e) {
            throw new ElfFormatException(program + ": no such file");
        }
        load(file, program.toString(), argv, envp);
    }

    public void load(byte[] file, String execfn, List<String> argv, List<String> envp) throws ElfFormatException {
        long bytes = 0;
        for (String s : argv) {
            bytes += s.length() * 3L + 1;
        }
        for (String s : envp) {
            bytes += s.length() * 3L + 1;
        }
        if (bytes > MAX_ARG_BYTES) {
            throw new ElfFormatException("argument list too long (E2BIG)");
        }
        image = ElfLoader.load(file, space);
        space.initBrk(image.highAddress());
        byte[] random = new byte[16];
        host.random().nextBytes(random);
        stack = InitialStack.build(space, cpu, image, execfn, argv, envp, random);
    }

    /** Runs until the guest exits or faults; returns the exit status. */
    public int run() {
        try {
            while (true) {
                try {
                    engine.run(Long.MAX_VALUE);
                } catch (GuestException e) {
                    switch (e.kind()) {
                        case SUPERVISOR_CALL -> {
                            cpu.pc = e.returnAddress();
                            syscalls.dispatch(cpu);
                            if (syscalls.exited()) {
                                return syscalls.exitStatus();
                            }
                        }
                        // Linux sets SCTLR_EL1.nTWI/nTWE: WFI and WFE do not trap at EL0, they just return.
                        case WAIT_FOR_INTERRUPT, WAIT_FOR_EVENT -> cpu.pc = e.pc() + 4;
                        default -> {
                            return fault(e);
                        }
                    }
                } catch (MemoryAbort a) {
                    return fault(a);
                }
            }
        } finally {
            syscalls.close();
        }
    }

    private int fault(GuestException e) {
        int status;
        String signal;
        switch (e.kind()) {
            case UNDEFINED, HALT, HYPERVISOR_CALL, SECURE_MONITOR_CALL, SYSTEM_REGISTER -> {
                status = STATUS_SIGILL;
                signal = "SIGILL";
            }
            case BREAKPOINT -> {
                status = STATUS_SIGTRAP;
                signal = "SIGTRAP";
            }
            case ALIGNMENT_FAULT, PC_ALIGNMENT, SP_ALIGNMENT -> {
                status = STATUS_SIGBUS;
                signal = "SIGBUS";
            }
            default -> {
                status = STATUS_SIGSEGV;
                signal = "SIGSEGV";
            }
        }
        String detail = e.getMessage();
        int colon = detail == null ? -1 : detail.indexOf(": ");
        report(String.format("%s (%s) at pc 0x%x, word %08x, address 0x%x%s", signal, e.kind(), e.pc(), e.word(), e.address(),
                colon < 0 ? "" : " (" + detail.substring(colon + 2) + ")"));
        return status;
    }

    private int fault(MemoryAbort a) {
        long pc = cpu.pc;
        String word = memory.isRam(pc, 4) ? String.format("%08x", memory.read32(pc)) : "????????";
        report(String.format("SIGSEGV (DATA_ABORT) at pc 0x%x, word %s, address 0x%x (%s of %d bytes outside guest memory)", pc, word,
                a.address(), a.write() ? "write" : "read", a.size()));
        return STATUS_SIGSEGV;
    }

    private void report(String line) {
        OutputStream err = host.stderr();
        try {
            host.stdout().flush();
            err.write(("a64 run-user: " + line + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // the report is best effort when stderr is gone
        }
    }
}
