package org.a64wb.hypervisor.mmio;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Where the handlers say why they refused an access: the last reports kept, and a listener (stderr by default). */
public final class Reports {

    private static final int KEEP = 100;

    private final Deque<String> last = new ArrayDeque<>();
    private final Consumer<String> listener;

    public Reports(Consumer<String> listener) {
        this.listener = listener;
    }

    public static Reports toStandardError() {
        return new Reports(line -> System.err.println("a64: " + line));
    }

    public void report(String line) {
        synchronized (last) {
            if (last.size() == KEEP) {
                last.removeFirst();
            }
            last.addLast(line);
        }
        listener.accept(line);
    }

    public List<String> last() {
        synchronized (last) {
            return List.copyOf(last);
        }
    }
}
