package org.a64wb.hypervisor.mmio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The allowlist contributions currently active, combined (their union; denials apply to all), and
 * the problems of rejected ones. Safe to change while vCPUs emulate: readers see one immutable
 * {@link Allowlist} snapshot.
 */
public final class AllowlistRegistry implements Supplier<Allowlist> {

    private final Map<String, Allowlist> contributions = new LinkedHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile Allowlist current = Allowlist.EMPTY;

    public void onProblem(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Adds (or replaces) the contribution of {@code contributor}. */
    public synchronized void add(String contributor, Allowlist allowlist) {
        contributions.put(contributor, allowlist);
        current = Allowlist.union(new ArrayList<>(contributions.values()));
    }

    public synchronized void remove(String contributor) {
        if (contributions.remove(contributor) != null) {
            current = Allowlist.union(new ArrayList<>(contributions.values()));
        }
        problems.removeIf(p -> p.startsWith(contributor + ": "));
    }

    /** A rejected contribution: {@code bundle: file:line: message}. */
    public void problem(String message) {
        problems.add(message);
        listeners.forEach(l -> l.accept(message));
    }

    public synchronized List<String> contributors() {
        return List.copyOf(contributions.keySet());
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public Allowlist get() {
        return current;
    }
}
