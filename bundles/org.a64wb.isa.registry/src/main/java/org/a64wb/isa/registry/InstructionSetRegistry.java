package org.a64wb.isa.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.a64wb.isa.api.ContributionProblem;
import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.InstructionSets;

/**
 * Accepts instruction-set contributions and decides which are active. A base set is always active;
 * an extension becomes active when its base is, unless one of its encodings overlaps an encoding of
 * the base (it may only claim what the base leaves unallocated): then it is rejected with the spec
 * position of the offending encoding. A contribution that throws is rejected the same way; the
 * platform keeps running with the others.
 */
public final class InstructionSetRegistry implements InstructionSets {

    /** A contributed set and who contributed it. */
    public record Contribution(InstructionSet set, String bundle, long order) {
    }

    private final Map<InstructionSet, Contribution> contributions = new LinkedHashMap<>();
    private volatile List<InstructionSet> active = List.of();
    private volatile List<ContributionProblem> problems = List.of();
    private final List<java.util.function.Consumer<ContributionProblem>> problemListeners = new CopyOnWriteArrayList<>();
    private long arrivals;

    public void onProblem(java.util.function.Consumer<ContributionProblem> listener) {
        problemListeners.add(listener);
    }

    public synchronized void add(InstructionSet set, String bundle) {
        contributions.put(set, new Contribution(set, bundle, arrivals++));
        recompute();
    }

    public synchronized void remove(InstructionSet set) {
        contributions.remove(set);
        recompute();
    }

    @Override
    public List<InstructionSet> active() {
        return active;
    }

    @Override
    public List<ContributionProblem> problems() {
        return problems;
    }

    @Override
    public Optional<DecodedInstruction> decode(int word) {
        for (InstructionSet set : active) {
            int id;
            try {
                id = set.decode(word);
            } catch (RuntimeException e) {
                continue;
            }
            if (id >= 0) {
                return Optional.of(new DecodedInstruction(set, id, word));
            }
        }
        return Optional.empty();
    }

    private void recompute() {
        List<ContributionProblem> found = new ArrayList<>();
        Map<String, Contribution> bases = new LinkedHashMap<>();
        List<Contribution> extensions = new ArrayList<>();
        List<Contribution> ordered = new ArrayList<>(contributions.values());
        ordered.sort(Comparator.comparingLong(Contribution::order));
        for (Contribution c : ordered) {
            String name;
            Optional<String> base;
            try {
                name = c.set().name();
                base = c.set().base();
                c.set().encodings();
            } catch (RuntimeException | LinkageError e) {
                found.add(new ContributionProblem(c.bundle(), "?", 0, "instruction set failed to load: " + e));
                continue;
            }
            if (base.isEmpty()) {
                if (bases.putIfAbsent(name, c) != null) {
                    found.add(new ContributionProblem(c.bundle(), "?", 0, "a second instruction set named '" + name + "' is ignored"));
                }
            } else {
                extensions.add(c);
            }
        }
        List<InstructionSet> accepted = new ArrayList<>();
        bases.values().forEach(c -> accepted.add(c.set()));
        for (Contribution extension : extensions) {
            String baseName = extension.set().base().orElseThrow();
            Contribution base = bases.get(baseName);
            if (base == null) {
                found.add(new ContributionProblem(extension.bundle(), "?", 0, "instruction set '" + extension.set().name()
                        + "' extends '" + baseName + "', which is not installed; it stays inactive"));
                continue;
            }
            List<ContributionProblem> conflicts = conflicts(extension, accepted);
            if (conflicts.isEmpty()) {
                accepted.add(extension.set());
            } else {
                found.addAll(conflicts);
            }
        }
        active = List.copyOf(accepted);
        List<ContributionProblem> previous = problems;
        problems = List.copyOf(found);
        for (ContributionProblem problem : found) {
            if (!previous.contains(problem)) {
                problemListeners.forEach(l -> l.accept(problem));
            }
        }
    }

    private static List<ContributionProblem> conflicts(Contribution extension, List<InstructionSet> accepted) {
        List<ContributionProblem> conflicts = new ArrayList<>();
        for (EncodingInfo mine : extension.set().encodings()) {
            for (InstructionSet other : accepted) {
                for (EncodingInfo theirs : other.encodings()) {
                    if (mine.overlaps(theirs)) {
                        conflicts.add(new ContributionProblem(extension.bundle(), mine.sourceFile(), mine.sourceLine(),
                                "encoding '" + mine.name() + "' of '" + extension.set().name() + "' overlaps " + other.name() + " encoding '"
                                        + theirs.name() + "' (" + theirs.location() + "); an extension may only use unallocated space"
                                        + "; instruction set '" + extension.set().name() + "' rejected"));
                        break;
                    }
                }
            }
        }
        return conflicts;
    }
}
