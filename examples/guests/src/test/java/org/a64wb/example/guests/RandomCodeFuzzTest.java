package org.a64wb.example.guests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.assembler.Assembler;
import org.a64wb.board.api.Console;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.virt.VirtBoard;
import org.a64wb.device.framebuffer.FramebufferContribution;
import org.a64wb.device.pl011.Pl011Contribution;
import org.a64wb.device.pl031.Pl031Contribution;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.a64wb.hypervisor.dispatch.TrapStatistics;
import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Random code at EL1 on the virt board (issue 9's robustness check): whatever a guest executes, the VMM
 * must end with a guest-visible exception or a clean stop, never a Java exception, a leaked vCPU thread
 * or a hang. Each chunk of random words runs on a fresh machine (so one chunk's damage to system
 * registers or page tables cannot hide the next chunk's encodings) from the harness in fuzz-el1.S, with
 * registers pointing at RAM, device registers and the code itself, and an instruction budget. Branches are
 * kept rare so that most of a chunk runs; the endings show how many chunks ran to their end ("off"), left
 * their code ("escaped") or spent their budget.
 * <p>
 * The default run covers {@value #DEFAULT_WORDS} words per configuration; {@code -Da64.fuzz.words=1000000}
 * is the full run (results in bench/results/el1-fuzz.txt), {@code -Da64.fuzz.seed=N} another
 * sequence. A failing chunk's image is written to target/fuzz-failures/ for {@code ./a64 run --kernel}.
 */
class RandomCodeFuzzTest {

    static final int DEFAULT_WORDS = 16_384;
    private static final int WORDS_PER_CHUNK = 256;
    private static final long INSTRUCTION_BUDGET = 200_000;
    private static final long WALL_BUDGET_MS = 3_000;
    private static final long STOP_GRACE_MS = 10_000;
    private static final long RAM = 64L << 20;
    private static final int MMU_FLAG_OFFSET = 4;
    private static final int REGISTERS_OFFSET = 8;

    /** Addresses worth pointing a base register at: RAM, the virt board's devices and the GIC. */
    private static final long[] DEVICE_ADDRESSES = {
        0x0800_0000L, 0x0801_0000L, 0x080a_0000L, 0x080c_0000L, // GIC distributor, ITS hole, redistributors
        0x0900_0000L, 0x0901_0000L, 0x0903_0000L, // PL011, PL031, a hole where QEMU has its PL061
        0x0a00_0000L, 0x0a00_3e00L, // virtio-mmio slots, first and last
        0x1000_0000L, 0x4_0000_0000L, // unmapped device space, beyond RAM
    };

    @ParameterizedTest(name = "MMU {0}, trap-all {1}")
    @CsvSource({"false,false", "true,false", "false,true", "true,true"})
    void randomCodeEndsInGuestExceptionsOrCleanStops(boolean mmu, boolean trapAll) throws Exception {
        int words = Integer.getInteger("a64.fuzz.words", DEFAULT_WORDS);
        long seed = Long.getLong("a64.fuzz.seed", 0x5eed_a64L) ^ (mmu ? 1 : 0) ^ (trapAll ? 2 : 0);
        byte[] harness = Guests.assemble("fuzz-el1.S");
        byte[] poweroff = new Assembler(List.of(new A64InstructionSet())).assemble("poweroff.S",
                "movz w0, #8\nmovk w0, #0x8400, lsl #16\nhvc #0\nb .\n", Assembler.Options.flat(0)).image();
        Map<String, Integer> endings = new TreeMap<>();
        Map<String, Integer> unhandled = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long instructions = 0;
        long started = System.nanoTime();
        int chunks = (words + WORDS_PER_CHUNK - 1) / WORDS_PER_CHUNK;
        ExecutorService runs = Executors.newSingleThreadExecutor(daemon("fuzz-run"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemon("fuzz-watchdog"));
        try {
            for (int chunk = 0; chunk < chunks; chunk++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + chunk);
                byte[] image = image(harness, poweroff, mmu, random);
                ChunkRun run = runChunk(image, trapAll, runs, watchdog);
                instructions += run.instructions;
                endings.merge(run.ending, 1, Integer::sum);
                if (run.unhandled != null) {
                    unhandled.merge(run.unhandled, 1, Integer::sum);
                }
                if (run.failure != null) {
                    Path saved = save(image, mmu, trapAll, seed, chunk);
                    failures.add(String.format("chunk %d (seed %d, %s): %s", chunk, seed, saved, run.failure));
                    if (failures.size() >= 10) {
                        break;
                    }
                }
            }
        } finally {
            runs.shutdownNow();
            watchdog.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("EL1 fuzz, MMU %s, trap-all %s: %d words in %d chunks, %,d instructions, %.1f s; endings %s%n",
                mmu ? "on" : "off", trapAll ? "on" : "off", words, chunks, instructions, seconds, endings);
        unhandled.forEach((report, count) -> System.out.printf("  %4d x %s%n", count, report));
        assertTrue(failures.isEmpty(), () -> failures.size() + " chunk(s) failed:\n" + String.join("\n", failures));
    }

    /** The harness with the MMU flag and registers patched in, the chunk's random words and the power-off. */
    private static byte[] image(byte[] harness, byte[] poweroff, boolean mmu, SplittableRandom random) {
        ByteBuffer buffer = ByteBuffer.allocate(harness.length + WORDS_PER_CHUNK * 4 + poweroff.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(harness);
        buffer.putInt(MMU_FLAG_OFFSET, mmu ? 1 : 0);
        long chunkAddress = Guests.LOAD_ADDRESS + harness.length;
        for (int register = 0; register <= 30; register++) {
            buffer.putLong(REGISTERS_OFFSET + register * 8, registerValue(random, chunkAddress));
        }
        for (int i = 0; i < WORDS_PER_CHUNK; i++) {
            buffer.putInt(randomWord(random));
        }
        buffer.put(poweroff);
        return buffer.array();
    }

    private static long registerValue(SplittableRandom random, long chunkAddress) {
        return switch (random.nextInt(6)) {
            case 0 -> Guests.LOAD_ADDRESS & ~0xfffffL | random.nextLong(RAM) & ~7L; // somewhere in RAM
            case 1 -> DEVICE_ADDRESSES[random.nextInt(DEVICE_ADDRESSES.length)] + random.nextInt(0x100) * 4L;
            case 2 -> chunkAddress + random.nextInt(WORDS_PER_CHUNK) * 4L; // the code itself
            case 3 -> random.nextInt(64); // shift amounts, small counts, indexes
            default -> random.nextLong();
        };
    }

    /**
     * Uniform words find every corner of the encoding space; the weighted classes make system
     * instructions, loads/stores and exception-generating instructions common enough to matter.
     */
    static int randomWord(SplittableRandom random) {
        int word = anyWord(random);
        // Most branches leave the chunk for good (the rest of it then never runs): keep one in ten.
        while (isBranch(word) && random.nextInt(10) != 0) {
            word = anyWord(random);
        }
        return word;
    }

    /** B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ and the branches to a register (BR, BLR, RET, ERET, ...). */
    static boolean isBranch(int word) {
        return (word & 0x7c00_0000) == 0x1400_0000 || (word & 0x7e00_0000) == 0x3400_0000 || (word & 0x7e00_0000) == 0x3600_0000
                || (word & 0xff00_0010) == 0x5400_0000 || (word & 0xfe00_0000) == 0xd600_0000;
    }

    private static int anyWord(SplittableRandom random) {
        int word = random.nextInt();
        int pick = random.nextInt(100);
        if (pick < 45) {
            return word;
        }
        if (pick < 70) {
            return 0xd500_0000 | word & 0x00ff_ffff; // MSR/MRS/SYS/SYSL, hints, barriers, PSTATE
        }
        if (pick < 92) {
            return word & ~(0b0101 << 25) | 0b0100 << 25; // loads and stores (op0 = x1x0)
        }
        if (pick < 97) {
            return 0xd400_0000 | word & 0x00ff_ffff; // SVC/HVC/SMC/BRK/HLT/DCPS
        }
        return 0xd600_0000 | word & 0x01ff_ffff; // branch to register, ERET, DRPS
    }

    private record ChunkRun(String ending, long instructions, String failure, String unhandled) {
    }

    private static ChunkRun runChunk(byte[] image, boolean trapAll, ExecutorService runs, ScheduledExecutorService watchdog) throws InterruptedException {
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        TrapHandlerRegistry handlers = RealHandlers.registry(0, warnings::add);
        handlers.onProblem(warnings::add);
        List<DeviceContribution> devices = List.of(new Pl011Contribution(), new Pl031Contribution(), new FramebufferContribution());
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        VirtualMachine vm = new InProcessAccelerator().createVm();
        AtomicReference<VirtBoard.Instance> machine = new AtomicReference<>();
        AtomicBoolean outOfBudget = new AtomicBoolean();
        int threadsBefore = vcpuThreads();
        Future<MachineRunner.Result> result = runs.submit(() -> {
            VirtBoard.Irqchip irqchip = trapAll ? VirtBoard.Irqchip.VMM : VirtBoard.Irqchip.ACCEL;
            VirtBoard.Instance booted = new VirtBoard(null, handlers, null, devices).boot(
                    new VirtBoard.Options(RAM, 1, "", trapAll ? TrapPolicy.TRAP_ALL : TrapPolicy.DEFAULT, irqchip), vm, image, console,
                    new TrapStatistics(), warnings::add);
            machine.set(booted);
            return booted.run();
        });
        long start = System.nanoTime();
        ScheduledFuture<?> budget = watchdog.scheduleAtFixedRate(() -> {
            VirtBoard.Instance booted = machine.get();
            if (booted == null) {
                return;
            }
            MachineRunner runner = booted.runner();
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            if (runner.vcpu(0).instructions() > INSTRUCTION_BUDGET || elapsedMs > WALL_BUDGET_MS) {
                outOfBudget.set(true);
                runner.terminate("instruction budget spent");
            }
        }, 2, 2, TimeUnit.MILLISECONDS);
        try {
            MachineRunner.Result ended = result.get(WALL_BUDGET_MS + STOP_GRACE_MS, TimeUnit.MILLISECONDS);
            long instructions = machine.get().runner().vcpu(0).instructions();
            String failure = problem(ended, warnings);
            if (failure == null && vcpuThreads() > threadsBefore) {
                Thread.sleep(500); // MachineRunner.run joins its threads for a while; give a slow one its chance
                if (vcpuThreads() > threadsBefore) {
                    failure = "a vCPU thread outlived the machine (" + ended.report() + ")";
                }
            }
            String ending = outOfBudget.get() ? "budget" : switch (ended.ending()) {
                case POWER_OFF -> "off"; // the chunk's own SYSTEM_OFF, or one the random code made
                case RESET -> "escaped"; // control left the code (instruction abort, PC alignment)
                default -> ended.ending().name().toLowerCase();
            };
            String unhandled = ended.ending() == MachineRunner.Ending.UNHANDLED_EXIT ? ended.report().lines().findFirst().orElse("").replaceAll("0x[0-9a-f]{5,}", "ADDR") : null;
            return new ChunkRun(ending, instructions, failure, unhandled);
        } catch (ExecutionException e) {
            return new ChunkRun("java-exception", 0, "the machine threw " + e.getCause(), null);
        } catch (TimeoutException e) {
            VirtBoard.Instance booted = machine.get();
            return new ChunkRun("hang", 0, "no stop within " + (WALL_BUDGET_MS + STOP_GRACE_MS) + " ms"
                    + (booted == null ? " (still booting)" : String.format(" (vCPU 0 at 0x%x)", booted.runner().vcpu(0).getRegister(org.a64wb.accel.api.RegisterId.PC))), null);
        } finally {
            budget.cancel(false);
            vm.close();
        }
    }

    /**
     * A Java exception surfacing anywhere (an ending's report, a handler's or the board's warnings) is a VMM bug, and
     * so is an exit no handler takes: every exit a guest can cause has an answer (a device access, a call, a
     * trapped instruction). The one clean stop is a guest whose exception vector is not in RAM either: it
     * would take instruction aborts forever (QEMU spins there), so the accelerator stops it with a report.
     */
    private static String problem(MachineRunner.Result ended, List<String> warnings) {
        if (ended.ending() == MachineRunner.Ending.UNHANDLED_EXIT && !ended.report().contains("and so is the vector")) {
            return ended.report();
        }
        synchronized (warnings) {
            for (String warning : warnings) {
                if (warning.contains("Exception") || warning.contains("Error:") || warning.contains("\tat ")) {
                    return "warning: " + warning;
                }
            }
        }
        return null;
    }

    private static int vcpuThreads() {
        int count = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && thread.getName().startsWith("vcpu-")) {
                count++;
            }
        }
        return count;
    }

    private static Path save(byte[] image, boolean mmu, boolean trapAll, long seed, int chunk) {
        try {
            Path dir = Path.of(System.getProperty("basedir", ".")).resolve("target/fuzz-failures");
            Files.createDirectories(dir);
            Path file = dir.resolve(String.format("el1-%s%s-%d-%d.bin", mmu ? "mmu" : "flat", trapAll ? "-trapall" : "", seed, chunk));
            Files.write(file, image);
            return file;
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
