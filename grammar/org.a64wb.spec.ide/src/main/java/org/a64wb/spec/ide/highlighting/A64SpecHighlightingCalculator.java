package org.a64wb.spec.ide.highlighting;

import org.a64wb.spec.a64Spec.ArgumentBinding;
import org.a64wb.spec.a64Spec.ClassAttr;
import org.a64wb.spec.a64Spec.FeatureAttr;
import org.a64wb.spec.a64Spec.FieldBinding;
import org.a64wb.spec.a64Spec.FunctionDecl;
import org.a64wb.spec.a64Spec.MemoryEntry;
import org.a64wb.spec.a64Spec.Ref;
import org.a64wb.spec.a64Spec.SystemOperationDecl;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Every token of a spec gets a {@link SpecTokenTypes} type from what it is in the grammar and what it names. */
public class A64SpecHighlightingCalculator implements ISemanticHighlightingCalculator {

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (cancelIndicator.isCanceled()) {
                return;
            }
            String type = typeOf(leaf);
            if (type != null && leaf.getLength() > 0) {
                acceptor.addPosition(leaf.getOffset(), leaf.getLength(), type);
            }
        }
    }

    static String typeOf(ILeafNode leaf) {
        EObject grammar = leaf.getGrammarElement();
        if (leaf.isHidden()) {
            return grammar instanceof TerminalRule rule && rule.getName().endsWith("COMMENT") ? SpecTokenTypes.COMMENT : null;
        }
        if (grammar instanceof Keyword keyword) {
            if (!Character.isLetter(keyword.getValue().charAt(0))) {
                return SpecTokenTypes.OPERATOR;
            }
            // 'signed' is also a memory-access key.
            return leaf.getSemanticElement() instanceof MemoryEntry ? SpecTokenTypes.ENUM_MEMBER : SpecTokenTypes.KEYWORD;
        }
        if (grammar instanceof CrossReference reference) {
            return typeOfDeclaration((EClass) reference.getType().getClassifier());
        }
        if (!(grammar instanceof RuleCall call)) {
            return null;
        }
        String terminal = call.getRule().getName();
        switch (terminal) {
            case "STRING":
                return SpecTokenTypes.STRING;
            case "BITS", "INT", "HEX", "BIN":
                return SpecTokenTypes.NUMBER;
            default:
                break;
        }
        EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
        Assignment assignment = assignmentOf(leaf);
        String feature = assignment == null ? "" : assignment.getFeature();
        if (element instanceof FunctionDecl && feature.equals("params")) {
            return SpecTokenTypes.PARAMETER;
        }
        if (feature.equals("javaMethod") || feature.equals("javaPackage")) {
            return SpecTokenTypes.NAMESPACE;
        }
        if (element instanceof Ref ref) {
            return ref.isCall() ? SpecTokenTypes.FUNCTION : SpecTokenTypes.VARIABLE;
        }
        if (element instanceof FieldBinding || element instanceof MemoryEntry) {
            return SpecTokenTypes.PROPERTY;
        }
        if (element instanceof ArgumentBinding) {
            return SpecTokenTypes.PARAMETER;
        }
        if (element instanceof ClassAttr || element instanceof FeatureAttr) {
            return SpecTokenTypes.ENUM_MEMBER;
        }
        if (element instanceof SystemRegisterDecl || element instanceof SystemOperationDecl) {
            switch (feature) {
                case "access", "readEl", "writeEl", "location", "alias", "el", "effect":
                    return SpecTokenTypes.ENUM_MEMBER;
                case "reset", "writeMask":
                    return SpecTokenTypes.VARIABLE; // a constant the emulator provides
                default:
                    break;
            }
        }
        if (feature.equals("name") && element != null) {
            return typeOfDeclaration(element.eClass());
        }
        return null;
    }

    /** By class name: a grammar loaded by the server may carry its own copy of the metamodel's classes. */
    private static String typeOfDeclaration(EClass type) {
        return switch (type.getName()) {
            case "InstructionSetDecl" -> SpecTokenTypes.NAMESPACE;
            case "Encoding" -> SpecTokenTypes.CLASS;
            case "FormatDecl" -> SpecTokenTypes.TYPE;
            case "OperationDecl" -> SpecTokenTypes.METHOD;
            case "FunctionDecl" -> SpecTokenTypes.FUNCTION;
            case "FieldDecl", "PatternField" -> SpecTokenTypes.PROPERTY;
            case "LetDecl" -> SpecTokenTypes.VARIABLE;
            case "Parameter" -> SpecTokenTypes.PARAMETER;
            case "SystemRegisterDecl" -> SpecTokenTypes.VARIABLE;
            case "SystemOperationDecl" -> SpecTokenTypes.METHOD;
            default -> null;
        };
    }

    /** The assignment a token fills: its own, or that of the datatype rule (a qualified name) it is part of. */
    private static Assignment assignmentOf(INode leaf) {
        for (INode node = leaf; node != null; node = node.getParent()) {
            Assignment assignment = GrammarUtil.containingAssignment(node.getGrammarElement());
            if (assignment != null) {
                return assignment;
            }
            if (node.getGrammarElement() instanceof RuleCall call && !(call.getRule() instanceof TerminalRule)
                    && !GrammarUtil.isDatatypeRuleCall(call)) {
                return null;
            }
        }
        return null;
    }
}
