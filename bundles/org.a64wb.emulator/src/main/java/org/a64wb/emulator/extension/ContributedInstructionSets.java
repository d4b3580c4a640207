package org.a64wb.emulator.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.a64wb.emulator.semantics.Execution;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.InstructionSets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The contributed instruction sets that can execute: each active set of the platform's registry (so a
 * rejected, conflicting contribution never runs) that has an {@link InstructionSetSemantics} of the same
 * name. The emulator asks it only about words A64 leaves unallocated; since A64's answer for a word
 * never changes, nothing the interpreter caches (decode ids, compiled blocks) goes stale when a
 * contribution comes or goes: the routing happens when such a word executes.
 */
@Component(service = ContributedInstructionSets.class)
public final class ContributedInstructionSets {

    private record Contribution(String name, InstructionSetSemantics semantics) {
    }

    private final List<Contribution> semantics = new CopyOnWriteArrayList<>();
    private volatile InstructionSets registry;

    public ContributedInstructionSets() {
    }

    /** Outside OSGi (tests, embedders): the given sets and their semantics. */
    public ContributedInstructionSets(InstructionSets registry) {
        this.registry = registry;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setRegistry(InstructionSets registry) {
        this.registry = registry;
    }

    void unsetRegistry(InstructionSets registry) {
        if (this.registry == registry) {
            this.registry = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addSemantics(InstructionSetSemantics contribution, Map<String, Object> properties) {
        Object name = properties.get(InstructionSetSemantics.NAME_PROPERTY);
        if (name != null) {
            add(name.toString(), contribution);
        }
    }

    void removeSemantics(InstructionSetSemantics contribution) {
        remove(contribution);
    }

    public void add(String setName, InstructionSetSemantics contribution) {
        semantics.add(new Contribution(setName, contribution));
    }

    public void remove(InstructionSetSemantics contribution) {
        semantics.removeIf(c -> c.semantics() == contribution);
    }

    /** Names of the sets that currently execute. */
    public List<String> executing() {
        List<String> names = new ArrayList<>();
        InstructionSets sets = registry;
        if (sets == null) {
            return names;
        }
        for (InstructionSet set : sets.active()) {
            for (Contribution c : semantics) {
                if (c.name().equals(set.name()) && set.base().isPresent()) {
                    names.add(set.name());
                }
            }
        }
        return names;
    }

    /**
     * Executes {@code word} through the first active contributed set that decodes it. Returns false
     * when none does (the word is UNDEFINED).
     */
    public boolean execute(Execution context, int word) {
        InstructionSets sets = registry;
        if (sets == null || semantics.isEmpty()) {
            return false;
        }
        for (InstructionSet set : sets.active()) {
            if (set.base().isEmpty()) {
                continue;
            }
            int id = set.decode(word);
            if (id < 0) {
                continue;
            }
            for (Contribution c : semantics) {
                if (c.name().equals(set.name())) {
                    c.semantics().execute(context, id, word);
                    return true;
                }
            }
        }
        return false;
    }
}
