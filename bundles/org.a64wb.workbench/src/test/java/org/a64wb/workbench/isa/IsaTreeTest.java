package org.a64wb.workbench.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.a64wb.isa.api.ContributionProblem;
import org.a64wb.isa.api.InstructionSets;
import org.a64wb.workbench.TestSets;
import org.junit.jupiter.api.Test;

class IsaTreeTest {

    private final InstructionSets sets = TestSets.a64();

    @Test
    void everyEncodingAppearsOnceWhateverTheGrouping() {
        int encodings = sets.active().get(0).encodings().size();
        for (IsaTree.Grouping grouping : IsaTree.Grouping.values()) {
            IsaTree.SetNode set = (IsaTree.SetNode) IsaTree.roots(sets.active(), List.of(), grouping).get(0);
            assertEquals(encodings, set.children().stream().mapToInt(c -> c.children().size()).sum(), grouping.toString());
        }
    }

    @Test
    void byClassTheCategoriesAreTheInstructionClasses() {
        IsaTree.SetNode set = (IsaTree.SetNode) IsaTree.roots(sets.active(), List.of(), IsaTree.Grouping.CLASS).get(0);
        List<String> names = set.children().stream().map(IsaTree.CategoryNode::name).toList();
        assertTrue(names.contains("LOAD_STORE") && names.contains("SIMD_FP") && names.contains("BRANCH"), names.toString());
    }

    @Test
    void rejectedContributionsGetTheirOwnNodeWithFileAndLine() {
        ContributionProblem problem = new ContributionProblem("my.bundle 1.0", "vendor.a64", 5, "overlaps A64 encoding 'HINT'");
        List<IsaTree.Node> roots = IsaTree.roots(sets.active(), List.of(problem), IsaTree.Grouping.GROUP);
        IsaTree.Node last = roots.get(roots.size() - 1);
        assertEquals("Rejected contributions (1)", last.label());
        assertEquals("my.bundle 1.0: vendor.a64:5: overlaps A64 encoding 'HINT'", last.children().get(0).label());
    }

    @Test
    void theDetailsOfStpNameItsSpecLineSyntaxAndMemoryAccess() {
        var decoded = sets.decode(0xa9bf7bfd).orElseThrow();
        String details = EncodingDetails.describe(decoded.set(), decoded.id());
        assertTrue(details.startsWith("STP_pre_x   (A64, loads-stores.a64:"), details);
        assertTrue(details.contains("syntax:   stp "), details);
        assertTrue(details.contains("memory:   store"), details);
    }
}
