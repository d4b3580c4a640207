package org.a64wb.board.virt;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.Console;
import org.a64wb.board.api.DeviceRequest;
import org.a64wb.board.virt.console.EscapeKeys;
import org.a64wb.board.virt.console.RawTerminal;
import org.a64wb.hypervisor.boot.KernelImageKind;
import org.a64wb.hypervisor.debug.MachineDebugging;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.shell.arguments.FileProblems;
import org.a64wb.shell.arguments.InputFiles;

/**
 * {@code run [--board virt] --kernel FILE [--initrd FILE] [--smp N] [--ram MiB] [--append ARGS] [--stats] [--trap-all] [--irqchip accel|vmm] [--screenshot OUT.png] [--gdb [HOST:]PORT] [--timeout SECONDS] [--dump-dtb FILE] [--disk FILE[,ro]]... [--rng]}:
 * the virt {@link VirtBoard}'s command line (the run command has taken --board away): boots the board and runs until the guest powers off. Status 0 on SYSTEM_OFF (and SYSTEM_RESET, which
 * ends the run) and on Ctrl-A x, 1 with the report when a vCPU stops on an exit no handler takes or the machine cannot be
 * built, 124 (as timeout(1)) when --timeout ends the run, 2 for usage errors. With --gdb the machine waits before its first instruction for gdb to connect.
 * With --dump-dtb the machine is built but not run: its device tree, as the guest would get it, goes to FILE (QEMU's -machine dumpdtb=FILE).
 * On a terminal the console is raw as under QEMU -nographic: keys reach the guest at once, Ctrl-C included; Ctrl-A x quits.
 * --disk and --rng become {@link DeviceRequest}s for the device contributions (virtio-blk, virtio-rng); a --disk
 * file that cannot be opened as asked (missing, a directory, unreadable, or unwritable without ",ro") is a usage error.
 */
final class RunVirt {

    /** The virt board's options, after {@code run --board virt}. */
    static final String OPTIONS = "--kernel FILE [--initrd FILE] [--smp N] [--ram MIB] [--append ARGS] [--stats] [--trap-all] [--irqchip accel|vmm] [--screenshot OUT.png] [--gdb [HOST:]PORT] [--timeout SECONDS] [--dump-dtb FILE] [--disk FILE[,ro]]... [--rng]";

    static final String USAGE = "usage: run [--board virt] " + OPTIONS;

    /** The exit status of a run that --timeout ended, as timeout(1) gives. */
    static final int TIMED_OUT = 124;

    private RunVirt() {
    }

    static int run(VirtBoard board, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String kernel = null;
        String initrdFile = null;
        int cpus = 1;
        long ram = VirtBoard.DEFAULT_RAM;
        String append = "";
        boolean stats = false;
        boolean trapAll = false;
        VirtBoard.Irqchip irqchip = VirtBoard.Irqchip.ACCEL;
        String screenshot = null;
        String gdb = null;
        String timeoutText = null;
        double timeout = 0;
        String dumpDtb = null;
        List<DeviceRequest> requests = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--stats" -> stats = true;
                case "--trap-all" -> trapAll = true;
                case "--rng" -> requests.add(new DeviceRequest.EntropySource());
                case "--kernel", "--initrd", "--smp", "--ram", "--append", "--screenshot", "--irqchip", "--gdb", "--timeout",
                        "--dump-dtb", "--disk" -> {
                    if (i + 1 >= args.size()) {
                        return usage(err, a + " needs a value");
                    }
                    String v = args.get(++i);
                    switch (a) {
                        case "--kernel" -> kernel = v;
                        case "--initrd" -> initrdFile = v;
                        case "--smp" -> {
                            cpus = wholeNumber(v, 1, VirtBoard.MAX_CPUS);
                            if (cpus < 0) {
                                return usage(err, "--smp takes a vCPU count 1.." + VirtBoard.MAX_CPUS + " (virt with GICv3), not '" + v + "'");
                            }
                        }
                        case "--ram" -> {
                            long mib = wholeNumber(v, MIN_RAM_MIB, MAX_RAM_MIB);
                            if (mib < 0) {
                                return usage(err, "--ram takes MiB " + MIN_RAM_MIB + ".." + MAX_RAM_MIB + ", not '" + v + "'");
                            }
                            ram = mib << 20;
                        }
                        case "--append" -> append = v;
                        case "--irqchip" -> {
                            if (!v.equals("accel") && !v.equals("vmm")) {
                                return usage(err, "--irqchip takes accel or vmm, not '" + v + "'");
                            }
                            irqchip = v.equals("accel") ? VirtBoard.Irqchip.ACCEL : VirtBoard.Irqchip.VMM;
                        }
                        case "--gdb" -> gdb = v;
                        case "--timeout" -> {
                            timeout = seconds(v);
                            if (timeout <= 0) {
                                return usage(err, "--timeout takes a positive number of seconds, not '" + v + "'");
                            }
                            timeoutText = v;
                        }
                        case "--dump-dtb" -> dumpDtb = v;
                        case "--disk" -> {
                            DeviceRequest.Disk disk;
                            try {
                                disk = disk(v);
                            } catch (java.nio.file.InvalidPathException e) {
                                return usage(err, "--disk: not a path: " + e.getMessage());
                            }
                            String problem = diskProblem(disk);
                            if (problem != null) {
                                return usage(err, disk.asOption() + ": " + problem);
                            }
                            requests.add(disk);
                        }
                        default -> screenshot = v;
                    }
                }
                default -> {
                    return usage(err, "unknown option '" + a + "'");
                }
            }
        }
        if (kernel == null) {
            return usage(err, "--kernel FILE is required");
        }
        if (gdb != null) {
            try {
                MachineDebugging.checkAddress(gdb);
            } catch (IllegalArgumentException e) {
                return usage(err, e.getMessage());
            }
        }
        // Checked before the guest runs: a screenshot that cannot be written would only fail after the whole run.
        if (!canWrite("--screenshot", screenshot, err) || !canWrite("--dump-dtb", dumpDtb, err)) {
            return 1;
        }
        byte[] image = readInput(kernel, err);
        if (image == null) {
            return 1;
        }
        String notBootable = KernelImageKind.probe(image).problem(kernel);
        if (notBootable != null) {
            err.println("a64: " + notBootable);
            return 1;
        }
        byte[] initrd = null;
        if (initrdFile != null) {
            initrd = readInput(initrdFile, err);
            if (initrd == null) {
                return 1;
            }
        }
        TrapStatistics statistics = new TrapStatistics(board.totals());
        VirtBoard.Instance machine;
        MachineRunner.Result result;
        ExternalStop stop = new ExternalStop();
        // The JVM ends on SIGINT/SIGTERM (Ctrl-C when the console is not a raw terminal): stop the vCPUs and let the report out first.
        CountDownLatch reported = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            stop.now(new ExternalStop.Reason("stopped: the JVM is shutting down (SIGINT, SIGTERM ...)", 130));
            try {
                reported.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "a64-run-interrupted");
        String stoppedAt;
        RawTerminal terminal = null;
        EscapeKeys keys = null;
        try (VirtualMachine vm = board.createVm()) {
            try {
                VirtBoard.Options options = new VirtBoard.Options(ram, cpus, append, trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT, irqchip,
                        requests);
                // On a terminal the console is raw, as under QEMU -nographic (Ctrl-A x quits); a pipe or file is passed on as it is.
                terminal = dumpDtb == null ? RawTerminal.open() : null;
                InputStream guestInput = in;
                if (terminal != null) {
                    keys = new EscapeKeys(in, () -> stop.now(new ExternalStop.Reason("quit (Ctrl-A x)", 0)), err);
                    guestInput = keys;
                }
                machine = board.boot(options, vm, image, initrd, new Console(guestInput, out), statistics, w -> err.println("a64: " + w));
            } catch (IllegalArgumentException e) {
                if (keys != null) {
                    keys.close();
                }
                if (terminal != null) {
                    terminal.close();
                }
                err.println("a64: " + kernel + ": " + e.getMessage());
                return 1;
            }
            if (dumpDtb != null) {
                machine.discard();
                return dumpDtb(machine, dumpDtb, err);
            }
            stop.attach(machine.runner());
            if (timeoutText != null) {
                stop.after(timeout, new ExternalStop.Reason("timed out after " + timeoutText + " s", TIMED_OUT));
            }
            Runtime.getRuntime().addShutdownHook(onSignal);
            try {
                MachineDebugging debugging = gdb == null ? null : MachineDebugging.attach(gdb, machine.runner(), vm, board.handlers(), err);
                result = machine.run();
                if (debugging != null) {
                    debugging.ended(result);
                }
            } catch (IOException e) {
                err.println("a64: " + e.getMessage());
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("a64: interrupted");
                return 1;
            } finally {
                stop.cancel();
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down (the hook is running): report below, then let it go
                }
                if (keys != null) {
                    keys.close(); // leaves later keys to whoever reads the terminal next (the Gogo shell)
                }
                if (terminal != null) {
                    terminal.close();
                }
            }
            stoppedAt = stop.reason() == null ? null : stop.where();
        }
        out.flush();
        if (stats) {
            err.print(statistics.report());
            long instructions = 0;
            for (int i = 0; i < cpus; i++) {
                instructions += machine.runner().vcpu(i).instructions();
            }
            err.println("guest instructions: " + instructions);
        }
        int status = 0;
        if (stoppedAt != null) {
            err.println("a64: run: " + stop.reason().message() + "; " + stoppedAt);
            status = stop.reason().status();
            reported.countDown();
        } else {
            switch (result.ending()) {
                case POWER_OFF -> { }
                case RESET -> err.println("a64: the guest asked for a system reset; the run ends");
                case ALL_VCPUS_OFF -> err.println("a64: every vCPU is off");
                case UNHANDLED_EXIT -> {
                    err.println("a64: " + result.report());
                    status = 1;
                }
            }
        }
        if (screenshot != null) {
            if (machine.displays().isEmpty()) {
                err.println("a64: --screenshot: the machine has no display");
                return 1;
            }
            try {
                ImageIO.write(machine.displays().get(0).snapshot(), "png", Path.of(screenshot).toFile());
            } catch (IOException e) {
                err.println("a64: " + screenshot + ": " + e.getMessage());
                return 1;
            }
        }
        return status;
    }

    /**
     * RAM in MiB: QEMU virt's minimum; the maximum is what the in-process accelerator maps as one RAM region (a Java array: just under 2 GiB),
     * below the board's own 255 GiB (VirtBoard.Options), so a larger request is a usage error rather than a failure
     * after the options were accepted.
     */
    private static final long MIN_RAM_MIB = 4;
    private static final long MAX_RAM_MIB = 2047;

    /** A decimal whole number in min..max, or -1 when the text is not one. */
    private static int wholeNumber(String text, int min, int max) {
        return (int) wholeNumber(text, (long) min, (long) max);
    }

    private static long wholeNumber(String text, long min, long max) {
        if (!text.matches("[0-9]{1,12}")) {
            return -1;
        }
        long value = Long.parseLong(text);
        return value < min || value > max ? -1 : value;
    }

    /** A positive, finite number of seconds ("10", "2.5"), or 0 when the text is not one. */
    private static double seconds(String text) {
        if (!text.matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
            return 0;
        }
        return Double.parseDouble(text);
    }

    /** --dump-dtb: the machine's DTB, byte for byte what the guest would find at X0, to a file; status 0, or 1 when it cannot be written. */
    private static int dumpDtb(VirtBoard.Instance machine, String file, PrintStream err) {
        try {
            Files.write(Path.of(file), machine.dtb());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("a64: --dump-dtb " + file + ": cannot write (" + e.getMessage() + ")");
            return 1;
        }
    }

    /** The bytes of an input file, or null after saying why it cannot be read (missing, a directory, unreadable). */
    private static byte[] readInput(String file, PrintStream err) {
        try {
            return InputFiles.read(Path.of(file));
        } catch (IOException e) {
            err.println("a64: " + file + ": " + FileProblems.describe(e));
        } catch (java.nio.file.InvalidPathException e) {
            err.println("a64: " + file + ": not a path (" + e.getMessage() + ")");
        }
        return null;
    }

    /** True when {@code file} (an option's output, null when not given) can be written; else says why. */
    private static boolean canWrite(String option, String file, PrintStream err) {
        String problem = file == null ? null : outputProblem(file);
        if (problem != null) {
            err.println("a64: " + option + " " + file + ": " + problem);
        }
        return problem == null;
    }

    /** Why an output file cannot be written where it is asked for (its directory missing or read-only, or it is a directory), or null. */
    static String outputProblem(String file) {
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            return "not a path (" + e.getMessage() + ")";
        }
        if (Files.isDirectory(path)) {
            return "is a directory";
        }
        Path directory = path.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return "no such directory " + directory;
        }
        if (!Files.isWritable(directory) || Files.exists(path) && !Files.isWritable(path)) {
            return "permission denied";
        }
        return null;
    }

    /** {@code FILE} or {@code FILE,ro} (QEMU's -drive readonly, in one flag); a path with other commas stays whole. */
    static DeviceRequest.Disk disk(String value) {
        boolean readOnly = value.endsWith(",ro");
        return new DeviceRequest.Disk(Path.of(readOnly ? value.substring(0, value.length() - 3) : value), readOnly);
    }

    /** Why the disk cannot be opened as asked, or null. */
    static String diskProblem(DeviceRequest.Disk disk) {
        Path file = disk.file();
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        if (!Files.isReadable(file)) {
            return "not readable";
        }
        if (!disk.readOnly() && !Files.isWritable(file)) {
            return "not writable (FILE,ro attaches it read-only)";
        }
        return null;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("a64: " + problem);
        err.println(USAGE);
        return 2;
    }
}
