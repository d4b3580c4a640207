package org.a64wb.usermode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.a64wb.emulator.A64Executor;
import org.a64wb.emulator.TranslationStatistics;
import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.gdbstub.control.AllStopControl;
import org.a64wb.gdbstub.server.GdbListener;
import org.a64wb.gdbstub.server.GdbSession;
import org.a64wb.gdbstub.target.StopEvent;

/**
 * {@code run-user [--allow-write DIR] [--sysroot DIR] [--env NAME=VALUE]... [--clear-env] [--stats] [--strace] [--gdb [HOST:]PORT] PROG [ARGS...]}:
 * runs a static AArch64 Linux executable (and the processes and threads it starts) and returns its exit status. The guest
 * gets the host's environment unless --clear-env; argv[0] is PROG as given. --sysroot is qemu-user's -L: an absolute path
 * the guest names is looked up under DIR first (where AArch64 programs such as busybox's applets stand in for the host's).
 * With --gdb the program waits before its first instruction for gdb to connect (like {@code qemu-aarch64 -g PORT}).
 */
public final class RunUser {

    public static final String USAGE = "usage: run-user [--allow-write DIR] [--sysroot DIR] [--env NAME=VALUE]... [--clear-env] [--stats] [--strace] [--gdb [HOST:]PORT] PROG [ARGS...]";

    /** The options that take a value (the others are flags); anything else starting with -- is unknown. */
    private static final java.util.Set<String> VALUED_OPTIONS = java.util.Set.of("--sysroot", "--allow-write", "--gdb", "--env");

    private RunUser() {
    }

    /** Thrown for bad command lines and executables that cannot load; the message is one line. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Failure(String message) {
            super(message);
        }
    }

    public static int run(List<String> args, InputStream in, OutputStream out, OutputStream err) {
        return runWithExecutors(args, in, out, err, A64Executor::new);
    }

    /** With an engine of the caller's; under --gdb its data accesses are not seen by watchpoints. */
    public static int run(List<String> args, InputStream in, OutputStream out, OutputStream err,
            BiFunction<Cpu, PhysicalMemory, Engine> engine) {
        return run(args, in, out, err, control -> engine);
    }

    /**
     * The interpreter over the executors {@code executors} makes for a CPU and the memory it should use
     * (the guest's RAM, or under --gdb the RAM seen through the watchpoints).
     */
    public static int runWithExecutors(List<String> args, InputStream in, OutputStream out, OutputStream err,
            BiFunction<Cpu, Memory, A64Executor> executors) {
        return run(args, in, out, err, control -> (cpu, memory) -> Engines.interpreter(cpu, memory,
                executors.apply(cpu, control == null ? memory : new WatchedMemory(memory, control))));
    }

    private static int run(List<String> args, InputStream in, OutputStream out, OutputStream err,
            Function<AllStopControl, BiFunction<Cpu, PhysicalMemory, Engine>> engines) {
        String gdb = null;
        Path allowWrite = null;
        Path sysroot = null;
        boolean stats = false;
        boolean strace = false;
        Map<String, String> env = new TreeMap<>(System.getenv());
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("--")) {
            String option = args.get(i);
            if (option.equals("--")) {
                i++;
                break;
            }
            if (option.equals("--clear-env")) {
                env.clear();
                i++;
                continue;
            }
            if (option.equals("--strace")) {
                strace = true;
                i++;
                continue;
            }
            if (option.equals("--stats")) {
                stats = true;
                i++;
                continue;
            }
            if (!VALUED_OPTIONS.contains(option)) {
                throw new Failure("unknown option " + option + "; " + USAGE);
            }
            if (i + 1 >= args.size()) {
                throw new Failure(option + " needs a value; " + USAGE);
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--sysroot" -> {
                    sysroot = Path.of(value).toAbsolutePath().normalize();
                    if (!Files.isDirectory(sysroot)) {
                        throw new Failure("--sysroot " + value + ": not a directory");
                    }
                }
                case "--allow-write" -> {
                    allowWrite = Path.of(value);
                    if (!Files.isDirectory(allowWrite)) {
                        throw new Failure("--allow-write " + value + ": not a directory");
                    }
                }
                case "--gdb" -> {
                    try {
                        GdbListener.parse(value);
                    } catch (IllegalArgumentException e) {
                        throw new Failure(e.getMessage() + "; " + USAGE);
                    }
                    gdb = value;
                }
                case "--env" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new Failure("--env " + value + ": expected NAME=VALUE; " + USAGE);
                    }
                    env.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> throw new Failure("unknown option " + option + "; " + USAGE);
            }
            i += 2;
        }
        if (i >= args.size()) {
            throw new Failure(USAGE);
        }
        String program = args.get(i);
        List<String> argv = new ArrayList<>(args.subList(i, args.size()));
        List<String> envp = new ArrayList<>();
        env.forEach((k, v) -> envp.add(k + "=" + v));
        Path path = Path.of(program);
        HostEnvironment host = HostEnvironment.of(in, out, err, path, allowWrite);
        AllStopControl control = gdb == null ? null : new AllStopControl();
        UserProcess process = new UserProcess(host, engines.apply(control));
        process.trace(strace);
        process.sysroot(sysroot);
        // The JVM's console exists when its stdin and stdout are a terminal; only then are the guest's.
        process.terminal(System.console() != null);
        try {
            process.load(path, argv, envp);
        } catch (ElfFormatException e) {
            // Some loader messages already start with the path: name it once.
            String message = e.getMessage();
            throw new Failure(message.startsWith(program + ": ") ? message : program + ": " + message);
        } catch (IOException e) {
            throw new Failure(program + ": cannot read: " + e.getMessage());
        }
        Debugging debugging = control == null ? null : waitForDebugger(gdb, process, control, err);
        GdbSession session = debugging == null ? null : debugging.session();
        long start = System.nanoTime();
        TranslationStatistics.Snapshot translationBefore = TranslationStatistics.snapshot();
        int status = process.run();
        if (debugging != null && debugging.target().killed()) {
            // As qemu-aarch64 -g: gdb's kill ends the run with status 0 and a line saying why.
            status = 0;
            printLine(err, "a64 run-user: terminated via the GDB stub");
        }
        if (session != null) {
            control.finish(UserDebugTarget.end(process.guestProcess().waitStatus()));
            try {
                // Let the exit reply reach gdb before the runtime goes away.
                session.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (stats) {
            double seconds = (System.nanoTime() - start) / 1e9;
            long instructions = process.cpu().instructions;
            printLine(err, String.format("a64 run-user: %d guest instructions in %.3f s (%.1f MIPS), exit status %d",
                    instructions, seconds, instructions / seconds / 1e6, status));
            printLine(err, "a64 run-user: " + TranslationStatistics.snapshot().since(translationBefore).describe());
        }
        return status;
    }

    private static void printLine(OutputStream err, String line) {
        try {
            err.write((line + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // Best effort: the guest's status is what matters.
        }
    }

    /** The debugger's session and the target it drives. */
    private record Debugging(GdbSession session, UserDebugTarget target) {
    }

    /**
     * Listens on {@code spec} and blocks until gdb connects; the first thread is then attached (on this
     * host thread, which runs it) and waits at its first instruction for gdb's first resume.
     */
    private static Debugging waitForDebugger(String spec, UserProcess process, AllStopControl control, OutputStream err) {
        java.io.PrintStream log = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        try (GdbListener listener = GdbListener.listen(spec)) {
            log.println("a64 run-user: waiting for gdb on port " + listener.port());
            java.net.Socket socket = listener.accept();
            Kernel kernel = process.kernel();
            GuestThread main = process.mainThread();
            kernel.debugged = process.guestProcess();
            kernel.debug = control;
            main.debug = control.attach(main.tid);
            UserDebugTarget target = new UserDebugTarget(kernel, process.guestProcess(), control, process.image().loadBias());
            GdbSession session = GdbSession.over(socket, target, new StopEvent.Stopped(main.tid, StopEvent.SIGTRAP), log);
            session.start();
            return new Debugging(session, target);
        } catch (IOException e) {
            throw new Failure(e.getMessage());
        }
    }
}
