package org.a64wb.hypervisor.dispatch;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Count and time of exits per exception class and per handler. Every exit is counted; the time is that of the
 * exits that were timed ({@link #record}, the others {@link #recordUntimed}): the runner times one exit in
 * {@code MachineRunner.TIMED_EXITS}, because reading the clock twice costs more than a whole MMIO exit's other work
 * (System.nanoTime is 50-60 ns on the hosts measured, bench/results/mmio.txt). The mean is over the timed
 * exits, the total is that mean times the count.
 */
public final class TrapStatistics {

    private static final class Cell {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder timed = new LongAdder();
    }

    private final Map<String, Cell> cells = new ConcurrentHashMap<>();
    private final TrapStatistics parent;

    public TrapStatistics() {
        this(null);
    }

    /** Statistics of one run that also add up in {@code parent} (the runtime's totals); null for none. */
    public TrapStatistics(TrapStatistics parent) {
        this.parent = parent;
    }

    /** Counts one exit of {@code key} that took {@code nanos}. */
    public void record(String key, long nanos) {
        Cell cell = cells.computeIfAbsent(key, k -> new Cell());
        cell.count.increment();
        cell.nanos.add(nanos);
        cell.timed.increment();
        if (parent != null) {
            parent.record(key, nanos);
        }
    }

    /** Counts one exit of {@code key} that was not timed. */
    public void recordUntimed(String key) {
        cells.computeIfAbsent(key, k -> new Cell()).count.increment();
        if (parent != null) {
            parent.recordUntimed(key);
        }
    }

    public long count(String key) {
        Cell cell = cells.get(key);
        return cell == null ? 0 : cell.count.sum();
    }

    /** Every key's count now, in key order (the workbench's machine view charts them as they grow). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        cells.forEach((key, cell) -> counts.put(key, cell.count.sum()));
        return counts;
    }

    /** One line per key: count, total and mean time. */
    public String report() {
        StringBuilder out = new StringBuilder();
        Map<String, Cell> sorted = new TreeMap<>(cells);
        out.append(String.format("%-44s %12s %12s %10s%n", "exit / handler", "count", "total ms", "mean us"));
        sorted.forEach((key, cell) -> {
            long n = cell.count.sum();
            long timed = cell.timed.sum();
            double mean = timed == 0 ? 0 : (double) cell.nanos.sum() / timed;
            out.append(String.format("%-44s %12d %12.3f %10.3f%n", key, n, mean * n / 1e6, mean / 1e3));
        });
        return out.toString();
    }
}
