package org.a64wb.usermode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.shell.arguments.FileProblems;
import org.a64wb.shell.arguments.InputFiles;

/**
 * A run of one static AArch64 Linux program: loads the executable into the first guest process,
 * builds its stack, then runs it (and every process and thread it starts) until that first process
 * exits. Its status is what a shell shows: the exit code, or 128 + the signal that killed it (SIGILL
 * 132 for UNDEFINED, SIGTRAP 133 for BRK, SIGBUS 135 for alignment faults, SIGSEGV 139 for bad
 * addresses), with a one-line report of the fault on stderr.
 */
public final class UserProcess {

    public static final int STATUS_SIGILL = 128 + 4;
    public static final int STATUS_SIGTRAP = 128 + 5;
    public static final int STATUS_SIGBUS = 128 + 7;
    public static final int STATUS_SIGSEGV = 128 + 11;
    /** Largest argv + envp strings accepted (Linux: a quarter of the stack limit). */
    static final int MAX_ARG_BYTES = 2 << 20;

    private final Kernel kernel;
    private final GuestProcess process;
    private final GuestThread main;
    private final HostEnvironment host;
    private ElfImage image;
    private InitialStack.Layout stack;

    /**
     * @param engine makes the instruction engine for a CPU and memory, e.g.
     *        {@code (cpu, memory) -> new Interpreter<>(cpu, memory, new A64Executor(cpu, memory))::run};
     *        called once per guest thread
     */
    public UserProcess(HostEnvironment host, BiFunction<Cpu, PhysicalMemory, Engine> engine) {
        this.host = host;
        this.kernel = new Kernel(host, engine);
        AddressSpace space = new AddressSpace(new PhysicalMemory());
        FileTable files = new FileTable(host.stdin(), host.stdout(), host.stderr());
        kernel.lock.lock();
        try {
            int pid = kernel.allocateId();
            this.process = new GuestProcess(kernel, pid, space, files, Path.of("").toAbsolutePath());
            process.executable = host.executable();
            kernel.register(process);
            this.main = new GuestThread(kernel, process, pid, new Cpu());
            process.threads.add(main);
            kernel.register(main);
        } finally {
            kernel.lock.unlock();
        }
    }

    /**
     * Shows the standard streams to the guest as a terminal (when the runner's own are one): isatty is
     * true, and TCGETS/TCSETS/TIOCGWINSZ reach the host terminal, whose settings are restored when the
     * run ends; the signals it generates (Ctrl-C ...) go to the guest's foreground process group.
     */
    public void terminal(boolean on) {
        if (on) {
            process.files.standardStreamsAreTerminal();
            kernel.foregroundGroup = process.pgid;
            HostTerminal host = HostTerminal.open();
            if (host != null) {
                host.forwardSignals(signal -> Processes.postToGroup(kernel, kernel.foregroundGroup, signal));
                kernel.hostTerminal = host;
            }
        }
    }

    /** qemu-user's -L: absolute guest paths are looked up under {@code root} first (null for none). */
    public void sysroot(java.nio.file.Path root) {
        kernel.sysroot = root;
    }

    /** Prints every system call on stderr like {@code qemu-aarch64 -strace}. */
    public void trace(boolean on) {
        kernel.strace = on;
    }

    /** The first thread's CPU. */
    public Cpu cpu() {
        return main.cpu();
    }

    public AddressSpace addressSpace() {
        return process.space();
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
            file = InputFiles.read(program);
        } catch (NoSuchFileException e) {
            throw new ElfFormatException(program + ": no such file");
        } catch (IOException e) {
            throw new ElfFormatException(program + ": " + FileProblems.describe(e));
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
        AddressSpace space = process.space();
        image = ElfLoader.load(file, space);
        space.initBrk(image.highAddress());
        byte[] random = new byte[16];
        host.random().nextBytes(random);
        stack = InitialStack.build(space, main.cpu(), image, execfn, argv, envp, random);
    }

    /**
     * Runs the first thread on the calling thread (others on their own) until the first process has
     * exited; returns its status as a shell shows it.
     */
    public int run() {
        try {
            main.run();
            kernel.lock.lock();
            try {
                while (!process.isZombie()) {
                    kernel.changed.awaitNanos(100_000_000L);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                kernel.lock.unlock();
            }
            return Processes.shellStatus(process.waitStatus());
        } finally {
            flush(host.stdout());
            flush(host.stderr());
            HostTerminal terminal = kernel.hostTerminal;
            if (terminal != null) {
                terminal.close();
            }
            kernel.shutdown();
        }
    }

    /** Guest instructions retired by every thread that has run on the first CPU (the statistics line). */
    public long instructions() {
        return main.cpu().instructions;
    }

    Kernel kernel() {
        return kernel;
    }

    GuestProcess guestProcess() {
        return process;
    }

    GuestThread mainThread() {
        return main;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // the host's stream is gone
        }
    }
}
