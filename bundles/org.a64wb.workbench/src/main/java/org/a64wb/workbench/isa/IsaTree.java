package org.a64wb.workbench.isa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.a64wb.isa.api.ContributionProblem;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionSet;

/** The ISA explorer's tree: the active instruction sets, their encodings grouped one way, and rejected contributions. */
public final class IsaTree {

    /** How encodings are grouped under their set. */
    public enum Grouping {
        GROUP("Group", EncodingInfo::group),
        CLASS("Class", e -> e.instructionClass().toString()),
        FEATURE("Feature", e -> e.feature() == null || e.feature().isEmpty() ? "(base)" : e.feature());

        private final String label;
        private final Function<EncodingInfo, String> key;

        Grouping(String label, Function<EncodingInfo, String> key) {
            this.label = label;
            this.key = key;
        }

        public String label() {
            return label;
        }
    }

    /** A node of the tree. */
    public sealed interface Node permits SetNode, CategoryNode, EncodingNode, ProblemsNode, ProblemNode {
        String label();

        List<? extends Node> children();
    }

    public record SetNode(InstructionSet set, List<CategoryNode> children) implements Node {
        @Override
        public String label() {
            return set.name() + set.base().map(b -> " (extends " + b + ")").orElse("") + " - " + set.encodings().size() + " encodings";
        }
    }

    public record CategoryNode(String name, List<EncodingNode> children) implements Node {
        @Override
        public String label() {
            return name + " (" + children.size() + ")";
        }
    }

    public record EncodingNode(InstructionSet set, int id, EncodingInfo encoding) implements Node {
        @Override
        public String label() {
            return encoding.name();
        }

        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    public record ProblemsNode(List<ProblemNode> children) implements Node {
        @Override
        public String label() {
            return "Rejected contributions (" + children.size() + ")";
        }
    }

    public record ProblemNode(ContributionProblem problem) implements Node {
        @Override
        public String label() {
            return problem.toString();
        }

        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    private IsaTree() {
    }

    /** The roots: one node per set (in lookup order), then the rejected contributions if there are any. */
    public static List<Node> roots(List<InstructionSet> sets, List<ContributionProblem> problems, Grouping grouping) {
        List<Node> roots = new ArrayList<>();
        for (InstructionSet set : sets) {
            Map<String, List<EncodingNode>> categories = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            List<EncodingInfo> encodings = set.encodings();
            for (int id = 0; id < encodings.size(); id++) {
                EncodingInfo encoding = encodings.get(id);
                categories.computeIfAbsent(grouping.key.apply(encoding), k -> new ArrayList<>()).add(new EncodingNode(set, id, encoding));
            }
            List<CategoryNode> children = new ArrayList<>();
            categories.forEach((name, nodes) -> {
                nodes.sort(Comparator.comparing((EncodingNode n) -> n.encoding().name(), String.CASE_INSENSITIVE_ORDER));
                children.add(new CategoryNode(name, List.copyOf(nodes)));
            });
            roots.add(new SetNode(set, List.copyOf(children)));
        }
        if (!problems.isEmpty()) {
            roots.add(new ProblemsNode(problems.stream().map(ProblemNode::new).toList()));
        }
        return roots;
    }
}
