package org.a64wb.isa.registry;

import java.util.List;
import java.util.Optional;

import org.a64wb.isa.api.ContributionProblem;
import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.InstructionSets;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The instruction-set extension point: tracks InstructionSet services as bundles come and go. */
@Component(service = InstructionSets.class)
public final class InstructionSetTracker implements InstructionSets {

    private final InstructionSetRegistry registry = new InstructionSetRegistry();

    public InstructionSetTracker() {
        registry.onProblem(problem -> System.err.println("a64: instruction-set contribution rejected: " + problem));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addInstructionSet(InstructionSet set, ServiceReference<InstructionSet> reference) {
        registry.add(set, reference.getBundle().getSymbolicName() + " " + reference.getBundle().getVersion());
    }

    void removeInstructionSet(InstructionSet set) {
        registry.remove(set);
    }

    @Override
    public List<InstructionSet> active() {
        return registry.active();
    }

    @Override
    public Optional<DecodedInstruction> decode(int word) {
        return registry.decode(word);
    }

    @Override
    public List<ContributionProblem> problems() {
        return registry.problems();
    }
}
