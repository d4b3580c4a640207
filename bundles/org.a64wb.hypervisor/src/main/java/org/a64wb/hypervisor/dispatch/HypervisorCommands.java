package org.a64wb.hypervisor.dispatch;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands: the contributed trap handlers, and the runtime's exit statistics. */
@Component(service = HypervisorCommands.class, property = {
    "osgi.command.scope=a64",
    "osgi.command.function=handlers",
    "osgi.command.function=stats",
    "a64.summary.handlers=contributed trap handlers and their filters",
    "a64.usage.handlers=usage: handlers",
    "a64.summary.stats=exits per exception class and handler, over every run in this runtime",
    "a64.usage.stats=usage: stats"})
public final class HypervisorCommands {

    private final TrapHandlerTracker tracker;

    @Activate
    public HypervisorCommands(@Reference TrapHandlerTracker tracker) {
        this.tracker = tracker;
    }

    /** a64:handlers lists the trap-handler contributions in dispatch order per exception class. */
    public void handlers() {
        tracker.registry().all().stream()
                .sorted(java.util.Comparator.comparingInt(HandlerRegistration::exceptionClass)
                        .thenComparing(java.util.Comparator.comparingInt(HandlerRegistration::priority).reversed()))
                .forEach(r -> System.out.println(r.describe()));
    }

    /** a64:stats prints count and time per exception class and per handler, over every run in this runtime. */
    public void stats() {
        System.out.print(tracker.statistics().report());
    }
}
