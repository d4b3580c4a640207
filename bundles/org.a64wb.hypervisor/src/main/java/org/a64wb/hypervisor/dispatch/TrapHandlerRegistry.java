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

/** The handlers currently contributed, in dispatch order (priority, then arrival); safe to change while vCPUs run. */
public final class TrapHandlerRegistry {

    private final List<HandlerRegistration> registrations = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> problems = new CopyOnWriteArrayList<>();
    private long arrivals;

    public void onProblem(Consumer<String> listener) {
        problems.add(listener);
    }

    /** Adds a contribution; a malformed one is reported and ignored. */
    public synchronized void add(TrapHandler handler, Map<String, ?> properties) {
        try {
            registrations.add(HandlerRegistration.of(handler, properties, arrivals++));
        } catch (IllegalArgumentException e) {
            problems.forEach(p -> p.accept("trap handler rejected: " + e.getMessage()));
        }
    }

    public synchronized void remove(TrapHandler handler) {
        registrations.removeIf(r -> r.handler() == handler);
    }

    /** Handlers whose filters accept the exit, highest priority first. */
    public List<HandlerRegistration> matching(Exit exit, Syndrome syndrome, long x0) {
        List<HandlerRegistration> list = new ArrayList<>();
        for (HandlerRegistration r : registrations) {
            if (r.matches(exit, syndrome, x0)) {
                list.add(r);
            }
        }
        list.sort(Comparator.comparingInt(HandlerRegistration::priority).reversed().thenComparingLong(HandlerRegistration::order));
        return list;
    }

    public List<HandlerRegistration> all() {
        return List.copyOf(registrations);
    }
}
