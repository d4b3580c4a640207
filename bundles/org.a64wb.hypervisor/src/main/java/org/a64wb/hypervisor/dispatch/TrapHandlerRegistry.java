package org.a64wb.hypervisor.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.hypervisor.api.TrapHandler;

/**
 * The handlers currently contributed, in dispatch order (priority, then arrival); safe to change while vCPUs run.
 * Dispatch reads a table with one array per exception class, rebuilt (sorted) when handlers come and go, so an
 * exit costs no sorting, filtering of other classes or allocation.
 */
public final class TrapHandlerRegistry {

    private static final Comparator<HandlerRegistration> DISPATCH_ORDER =
            Comparator.comparingInt(HandlerRegistration::priority).reversed().thenComparingLong(HandlerRegistration::order);
    private static final HandlerRegistration[] NONE = new HandlerRegistration[0];

    private final List<HandlerRegistration> registrations = new CopyOnWriteArrayList<>();
    private volatile HandlerRegistration[][] byClass = emptyTable();
    private final List<Consumer<String>> problems = new CopyOnWriteArrayList<>();
    private long arrivals;

    public void onProblem(Consumer<String> listener) {
        problems.add(listener);
    }

    /** Adds a contribution; a malformed one is reported and ignored. */
    public synchronized void add(TrapHandler handler, Map<String, ?> properties) {
        try {
            registrations.add(HandlerRegistration.of(handler, properties, arrivals++));
            rebuild();
        } catch (IllegalArgumentException e) {
            problems.forEach(p -> p.accept("trap handler rejected: " + e.getMessage()));
        }
    }

    public synchronized void remove(TrapHandler handler) {
        registrations.removeIf(r -> r.handler() == handler);
        rebuild();
    }

    private static HandlerRegistration[][] emptyTable() {
        HandlerRegistration[][] table = new HandlerRegistration[64][];
        java.util.Arrays.fill(table, NONE);
        return table;
    }

    private void rebuild() {
        HandlerRegistration[][] table = emptyTable();
        for (int ec = 0; ec < table.length; ec++) {
            int exceptionClass = ec;
            table[ec] = registrations.stream().filter(r -> r.exceptionClass() == exceptionClass).sorted(DISPATCH_ORDER)
                    .toArray(HandlerRegistration[]::new);
        }
        byClass = table;
    }

    /**
     * The first handler after position {@code from} of exception class {@code syndrome.ec()}'s dispatch order whose
     * filter accepts the exit, as an index into {@link #forClass}; -1 when there is none.
     */
    public static int next(HandlerRegistration[] candidates, int from, Syndrome syndrome, long x0) {
        for (int i = from; i < candidates.length; i++) {
            if (candidates[i].matchesWithinClass(syndrome, x0)) {
                return i;
            }
        }
        return -1;
    }

    /** The handlers of one exception class, highest priority first (a snapshot: do not modify). */
    public HandlerRegistration[] forClass(int exceptionClass) {
        return byClass[exceptionClass & 0x3f];
    }

    /** Handlers whose filters accept the exit, highest priority first. */
    public List<HandlerRegistration> matching(Exit exit, Syndrome syndrome, long x0) {
        List<HandlerRegistration> list = new ArrayList<>();
        for (HandlerRegistration r : forClass(syndrome.ec())) {
            if (r.matchesWithinClass(syndrome, x0)) {
                list.add(r);
            }
        }
        return list;
    }

    public List<HandlerRegistration> all() {
        return List.copyOf(registrations);
    }
}
