package org.a64wb.hypervisor.dispatch;

import java.util.Map;

import org.a64wb.hypervisor.api.TrapHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The trap-handler extension point on OSGi: tracks {@link TrapHandler} services (whiteboard) into the
 * registry that running machines dispatch from, so handlers can come and go while guests run.
 */
@Component(service = TrapHandlerTracker.class)
public final class TrapHandlerTracker {

    private final TrapHandlerRegistry registry = new TrapHandlerRegistry();
    private final TrapStatistics statistics = new TrapStatistics();

    public TrapHandlerTracker() {
        registry.onProblem(problem -> System.err.println("a64: " + problem));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(TrapHandler handler, Map<String, Object> properties) {
        registry.add(handler, properties);
    }

    void removeHandler(TrapHandler handler) {
        registry.remove(handler);
    }

    public TrapHandlerRegistry registry() {
        return registry;
    }

    /** Exits and handler times of every machine run in this runtime (each run's statistics add up here). */
    public TrapStatistics statistics() {
        return statistics;
    }
}
