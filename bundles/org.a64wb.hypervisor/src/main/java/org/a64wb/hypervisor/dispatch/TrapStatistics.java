package org.a64wb.hypervisor.dispatch;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Count and time of exits per exception class and per handler. */
public final class TrapStatistics {

    private static final class Cell {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();
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

    public void record(String key, long nanos) {
        Cell cell = cells.computeIfAbsent(key, k -> new Cell());
        cell.count.increment();
        cell.nanos.add(nanos);
        if (parent != null) {
            parent.record(key, nanos);
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
            long ns = cell.nanos.sum();
            out.append(String.format("%-44s %12d %12.3f %10.3f%n", key, n, ns / 1e6, n == 0 ? 0 : ns / 1e3 / n));
        });
        return out.toString();
    }
}
