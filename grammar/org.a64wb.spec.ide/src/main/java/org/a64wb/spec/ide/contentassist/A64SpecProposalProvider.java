package org.a64wb.spec.ide.contentassist;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.a64wb.spec.a64Spec.A64SpecPackage;
import org.a64wb.spec.a64Spec.Execute;
import org.a64wb.spec.a64Spec.FormatUse;
import org.a64wb.spec.a64Spec.PatternField;
import org.a64wb.spec.ide.navigation.SpecDeclarations;
import org.a64wb.spec.model.EncodingScope;
import org.a64wb.spec.model.MemoryKeys;
import org.a64wb.spec.model.SystemRegisterFacts;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Completion of the names the grammar leaves as plain identifiers: a format's fields in its bindings, the
 * fields, lets, shared fields and functions an expression can use, an operation's parameters in {@code exec},
 * memory-access keys, and a system register's or SYS operation's access, EL, location, alias and effect words. Keywords and cross-references (formats, operations, sets) come from Xtext.
 */
public class A64SpecProposalProvider extends IdeContentProposalProvider {

    @Inject
    private SpecDeclarations declarations;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        String rule = GrammarUtil.containingParserRule(assignment).getName();
        String feature = assignment.getFeature();
        EObject model = context.getCurrentModel();
        Set<String> names = new LinkedHashSet<>();
        String kind = null;
        if (rule.equals("FieldBinding") && feature.equals("field")) {
            FormatUse use = EcoreUtil2.getContainerOfType(model, FormatUse.class);
            if (use != null && use.getFormat() != null && !use.getFormat().eIsProxy()) {
                Set<String> bound = new LinkedHashSet<>();
                use.getBindings().forEach(b -> bound.add(b.getField()));
                for (PatternField field : SpecDeclarations.fieldsInScope(use.getFormat())) {
                    if (field.getValue() == null && !bound.contains(field.getName())) {
                        names.add(field.getName());
                    }
                }
            }
            kind = ContentAssistEntry.KIND_FIELD;
        } else if (rule.equals("Primary") && feature.equals("name")) {
            SpecDeclarations.letsInScope(model).forEach(l -> names.add(l.getName()));
            SpecDeclarations.fieldsInScope(model).forEach(f -> names.add(f.getName()));
            names.addAll(declarations.globalNames(model, A64SpecPackage.Literals.FIELD_DECL));
            names.addAll(declarations.globalNames(model, A64SpecPackage.Literals.FUNCTION_DECL));
            names.add(EncodingScope.PC);
            kind = ContentAssistEntry.KIND_VARIABLE;
        } else if (rule.equals("ArgumentBinding") && feature.equals("name")) {
            Execute execute = EcoreUtil2.getContainerOfType(model, Execute.class);
            if (execute != null && execute.getOperation() != null && !execute.getOperation().eIsProxy()) {
                execute.getOperation().getParams().forEach(p -> names.add(p.getName()));
                execute.getArguments().forEach(a -> names.remove(a.getName()));
            }
            kind = ContentAssistEntry.KIND_PROPERTY;
        } else if (rule.equals("MemoryEntry") && feature.equals("key")) {
            Set<String> keys = new TreeSet<>(MemoryKeys.ENUMERATED.keySet());
            keys.addAll(MemoryKeys.NUMERIC);
            keys.addAll(MemoryKeys.FLAGS);
            names.addAll(keys);
            kind = ContentAssistEntry.KIND_PROPERTY;
        } else if (rule.equals("SystemRegisterDecl") || rule.equals("SystemOperationDecl")) {
            switch (feature) {
                case "access" -> names.addAll(new TreeSet<>(SystemRegisterFacts.ACCESSES));
                case "readEl", "writeEl", "el" -> names.addAll(java.util.List.of("el0", "el1", "el2", "el3"));
                case "location" -> names.addAll(SystemRegisterFacts.LOCATIONS);
                case "alias" -> names.addAll(SystemRegisterFacts.ALIASES);
                case "effect" -> names.addAll(SystemRegisterFacts.EFFECTS);
                default -> {
                    super._createProposals(assignment, context, acceptor);
                    return;
                }
            }
            kind = ContentAssistEntry.KIND_VALUE;
        } else {
            super._createProposals(assignment, context, acceptor);
            return;
        }
        for (String name : names) {
            ContentAssistEntry entry = getProposalCreator().createProposal(name, context);
            if (entry != null) {
                entry.setKind(kind);
                acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
            }
        }
    }
}
