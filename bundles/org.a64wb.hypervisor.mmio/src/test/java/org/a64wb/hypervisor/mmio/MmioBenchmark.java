package org.a64wb.hypervisor.mmio;

import java.util.Arrays;

import org.a64wb.board.api.mmio.MmioDevice;
import org.a64wb.hypervisor.dispatch.MachineRunner;

/**
 * Guest-workload benchmark (not a test): one guest loop of stores, eight unrolled per round, run
 * in the same JVM against (1) a device with STR (ISV=1, performed from the syndrome), (2) a device
 * with STP (ISV=0, decoded and emulated), (3) the same STP loop with a burst of 64, and (4) RAM (no
 * exits: the reference). Prints stores per second and the ratios. Run with
 * {@code bundles/org.a64wb.hypervisor.mmio/bench.sh}.
 */
public final class MmioBenchmark {

    /** Rounds of the guest loop per run ({@code -Drounds=N}): more rounds measure the steady state, past JIT warm-up. */
    static final int ROUNDS = Integer.getInteger("rounds", 20_000);
    static final int PER_ROUND = 8;

    static String loop(String store) {
        StringBuilder s = new StringBuilder("movz x9, #" + (ROUNDS & 0xffff) + "\nmovk x9, #" + (ROUNDS >>> 16) + ", lsl #16\n1:\n");
        for (int i = 0; i < PER_ROUND; i++) {
            s.append(' ').append(store).append('\n');
        }
        return s.append(" subs x9, x9, #1\n b.ne 1b\n").toString();
    }

    /** A device that accepts writes and does nothing: the cost measured is the exit path, not the device. */
    static final class Sink implements MmioDevice {
        long sum;

        @Override
        public long read(long offset, int size) {
            return 0;
        }

        @Override
        public void write(long offset, int size, long value) {
            sum += value;
        }
    }

    /**
     * {@code cpuNanosPerStore}: the process's CPU time per store (all threads: the vCPU's and the runner's, and what
     * the JIT and GC add). On a host other jobs load, wall time stretches with the CPU share the benchmark gets;
     * CPU time much less, so both are printed.
     */
    record Run(String name, double storesPerSecond, long exits, double cpuNanosPerStore) {
    }

    static Run measure(String name, String store, boolean ram, int burst, int repeats) {
        double[] rates = new double[repeats];
        double[] cpu = new double[repeats];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long exits = 0;
        for (int i = 0; i < repeats; i++) {
            Guest g = new Guest(false, MmioSettings.DEFAULT.withBurst(burst), Guest.DEFAULT_ALLOWLIST);
            g.bus.map(Guest.DEVICE + Guest.DEVICE_SIZE, 0x1000, "sink", new Sink());
            g.load(loop(store));
            g.x(1, ram ? Guest.RAM + 0x8000 : Guest.DEVICE + Guest.DEVICE_SIZE);
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            MachineRunner.Result r = g.run();
            long nanos = System.nanoTime() - start;
            cpu[i] = (double) (os.getProcessCpuTime() - cpuStart) / ((long) ROUNDS * PER_ROUND);
            if (r.ending() != MachineRunner.Ending.POWER_OFF) {
                throw new IllegalStateException(name + ": " + r.report());
            }
            rates[i] = (double) ROUNDS * PER_ROUND / (nanos / 1e9);
            exits = g.statistics.count("EC 0x24");
        }
        Arrays.sort(rates);
        Arrays.sort(cpu);
        return new Run(name, rates[repeats / 2], exits, cpu[repeats / 2]);
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String[][] cases = {{"STR x2 to device (ISV=1)", "str x2, [x1]", "0", "0"}, {"STP x2,x3 to device (ISV=0)", "stp x2, x3, [x1]", "0", "0"},
                {"STP x2,x3 to device (ISV=0), burst 64", "stp x2, x3, [x1]", "0", "64"}, {"STP x2,x3 to RAM (no exit)", "stp x2, x3, [x1]", "1", "0"}};
        for (String[] c : cases) { // warm-up
            measure(c[0], c[1], c[2].equals("1"), Integer.parseInt(c[3]), 3);
        }
        Run[] runs = new Run[cases.length];
        for (int i = 0; i < cases.length; i++) {
            runs[i] = measure(cases[i][0], cases[i][1], cases[i][2].equals("1"), Integer.parseInt(cases[i][3]), repeats);
        }
        System.out.printf("%d stores per run (%d rounds x %d), median of %d runs, JDK %s%n", ROUNDS * PER_ROUND, ROUNDS, PER_ROUND, repeats,
                System.getProperty("java.version"));
        System.out.printf("%-40s %16s %10s %12s %16s%n", "workload", "stores/s", "exits", "ns/store", "cpu ns/store");
        for (Run r : runs) {
            System.out.printf("%-40s %16.0f %10d %12.0f %16.0f%n", r.name(), r.storesPerSecond(), r.exits(), 1e9 / r.storesPerSecond(),
                    r.cpuNanosPerStore());
        }
        // The exit round trip: what a store that exits costs beyond the same store to RAM.
        System.out.printf("exit round trip, ISV=1 (ns/store ISV=1 - RAM) %.0f ns (cpu %.0f ns)%n", 1e9 / runs[0].storesPerSecond() - 1e9 / runs[3].storesPerSecond(),
                runs[0].cpuNanosPerStore() - runs[3].cpuNanosPerStore());
        System.out.printf("ratio ISV=0 / ISV=1                      %.3f%n", runs[1].storesPerSecond() / runs[0].storesPerSecond());
        System.out.printf("ratio ISV=0 burst / ISV=0 exit per store %.3f%n", runs[2].storesPerSecond() / runs[1].storesPerSecond());
        System.out.printf("ratio RAM / ISV=1                        %.3f%n", runs[3].storesPerSecond() / runs[0].storesPerSecond());
    }
}
