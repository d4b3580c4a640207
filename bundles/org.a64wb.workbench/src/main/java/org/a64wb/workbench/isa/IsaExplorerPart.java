package org.a64wb.workbench.isa;

import java.util.List;
import java.util.Optional;

import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.InstructionSets;
import org.a64wb.workbench.Samples;
import org.a64wb.workbench.diagram.EncodingDiagram;
import org.a64wb.workbench.spec.SpecLocation;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;

/** The ISA explorer: instruction sets by group, class or feature; an encoding's diagram, fields, syntax, descriptor and spec line. */
public final class IsaExplorerPart {

    private IEventBroker events;
    private InstructionSets sets;
    private TreeViewer tree;
    private Combo grouping;
    private Text filter;
    private EncodingDiagram diagram;
    private Link location;
    private Text details;
    private IsaTree.EncodingNode shown;

    @PostConstruct
    public void create(Composite parent, @org.eclipse.e4.core.di.annotations.Optional @Service InstructionSets sets,
            @org.eclipse.e4.core.di.annotations.Optional IEventBroker events) {
        this.sets = sets;
        this.events = events;
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Group by");
        grouping = new Combo(parent, SWT.READ_ONLY);
        for (IsaTree.Grouping g : IsaTree.Grouping.values()) {
            grouping.add(g.label());
        }
        grouping.select(0);
        new Label(parent, SWT.NONE).setText("Filter");
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));

        tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((IsaTree.Node) element).label();
            }
        });
        tree.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return matches((IsaTree.Node) element, filter.getText().trim().toLowerCase(java.util.Locale.ROOT));
            }
        });

        Composite detailPane = new Composite(sash, SWT.NONE);
        detailPane.setLayout(new GridLayout(1, false));
        diagram = new EncodingDiagram(detailPane);
        diagram.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        location = new Link(detailPane, SWT.NONE);
        location.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        location.addListener(SWT.Selection, e -> openSpec());
        details = new Text(detailPane, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        details.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(55, 45);

        tree.addSelectionChangedListener(e -> {
            Object selected = tree.getStructuredSelection().getFirstElement();
            show(selected instanceof IsaTree.EncodingNode node ? node : null);
        });
        grouping.addListener(SWT.Selection, e -> refresh());
        filter.addListener(SWT.Modify, e -> {
            tree.refresh();
            if (!filter.getText().isBlank()) {
                tree.expandToLevel(3);
            }
        });
        refresh();
        reveal(Samples.WORD);
    }

    /** Rebuilds the tree from the active sets (they come and go with their bundles). */
    public void refresh() {
        if (sets == null) {
            tree.setInput(List.of());
            details.setText("No instruction-set registry is active (bundle org.a64wb.isa.registry).");
            return;
        }
        IsaTree.Grouping by = IsaTree.Grouping.values()[Math.max(0, grouping.getSelectionIndex())];
        tree.setInput(IsaTree.roots(sets.active(), sets.problems(), by));
    }

    /** Selects and shows the encoding that {@code word} decodes to. */
    public boolean reveal(int word) {
        if (sets == null) {
            return false;
        }
        Optional<DecodedInstruction> decoded = sets.decode(word);
        if (decoded.isEmpty()) {
            return false;
        }
        for (Object root : (List<?>) tree.getInput()) {
            if (root instanceof IsaTree.SetNode set && set.set() == decoded.get().set()) {
                for (IsaTree.CategoryNode category : set.children()) {
                    for (IsaTree.EncodingNode node : category.children()) {
                        if (node.id() == decoded.get().id()) {
                            tree.setSelection(new TreeSelection(new TreePath(new Object[] {set, category, node})), true);
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The encoding shown in the details, or null. */
    public IsaTree.EncodingNode shown() {
        return shown;
    }

    public TreeViewer tree() {
        return tree;
    }

    public String detailsText() {
        return details.getText();
    }

    private void show(IsaTree.EncodingNode node) {
        shown = node;
        if (node == null) {
            diagram.show(null, null);
            location.setText("");
            details.setText("");
            return;
        }
        diagram.show(node.encoding(), null);
        location.setText("Spec: <a>" + node.encoding().location() + "</a>");
        details.setText(EncodingDetails.describe(node.set(), node.id()));
        location.getParent().layout();
    }

    /** Asks the spec editor to open the shown encoding's spec line (what clicking the link does). */
    public void openSpec() {
        if (shown != null && events != null) {
            events.post(SpecLocation.OPEN_TOPIC, new SpecLocation(shown.encoding().sourceFile(), shown.encoding().sourceLine()));
        }
    }

    private static boolean matches(IsaTree.Node node, String needle) {
        if (needle.isEmpty() || node.label().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
            return true;
        }
        for (IsaTree.Node child : node.children()) {
            if (matches(child, needle)) {
                return true;
            }
        }
        return false;
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((IsaTree.Node) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((IsaTree.Node) element).children().isEmpty();
        }
    }

}
