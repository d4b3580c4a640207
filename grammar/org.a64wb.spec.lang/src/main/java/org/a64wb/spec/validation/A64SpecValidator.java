package org.a64wb.spec.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.spec.a64Spec.Alias;
import org.a64wb.spec.a64Spec.ArgumentBinding;
import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.Expression;
import org.a64wb.spec.a64Spec.FormatDecl;
import org.a64wb.spec.a64Spec.FunctionDecl;
import org.a64wb.spec.a64Spec.LetDecl;
import org.a64wb.spec.a64Spec.Member;
import org.a64wb.spec.a64Spec.MemoryEntry;
import org.a64wb.spec.a64Spec.OperationDecl;
import org.a64wb.spec.a64Spec.Parameter;
import org.a64wb.spec.a64Spec.ParameterType;
import org.a64wb.spec.a64Spec.Ref;
import org.a64wb.spec.a64Spec.SpecFile;
import org.a64wb.spec.a64Spec.ValueType;
import org.a64wb.spec.model.EncodingResolver;
import org.a64wb.spec.model.EncodingScope;
import org.a64wb.spec.model.MemoryKeys;
import org.a64wb.spec.model.Problem;
import org.a64wb.spec.model.ResolvedEncoding;
import org.a64wb.spec.model.SpecIndex;
import org.a64wb.spec.template.TemplateParser;
import org.a64wb.spec.template.TemplatePart;
import org.a64wb.spec.template.TemplateSyntaxException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** The rules a spec must satisfy before anything is generated from it; each message names the fault. */
public class A64SpecValidator extends AbstractA64SpecValidator {

    @Inject
    private TemplateParser templates;

    @Check
    public void checkFormatWidth(FormatDecl format) {
        List<Problem> problems = new ArrayList<>();
        EncodingResolver.Layout layout = new EncodingResolver().layout(format.getPattern(), problems);
        if (layout.width() != EncodingResolver.WORD_BITS) {
            problems.add(new Problem(format.getPattern(), "the pattern of format '" + format.getName() + "' has "
                    + layout.width() + " bits; an A64 encoding has 32"));
        }
        report(problems);
    }

    @Check
    public void checkFunctionTarget(FunctionDecl function) {
        String method = function.getJavaMethod();
        if (method == null || method.lastIndexOf('.') < 0) {
            error("function '" + function.getName() + "' must name a static method as package.Class.method", function, null);
        }
    }

    @Check
    public void checkOperationParameters(OperationDecl operation) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Parameter parameter : operation.getParams()) {
            if (!seen.add(parameter.getName())) {
                error("operation '" + operation.getName() + "' declares parameter '" + parameter.getName() + "' twice", parameter, null);
            }
        }
    }

    /** Set-wide rules (layout, names, overlaps, templates), reported on the file that holds the fault. */
    @Check(CheckType.NORMAL)
    public void checkSpecFile(SpecFile file) {
        SpecIndex index = SpecIndex.of(file.eResource());
        if (index == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : index.problems()) {
            if (problem.node().eResource() == file.eResource()) {
                problems.add(problem);
            }
        }
        checkDuplicateNames(file, index, problems);
        for (ResolvedEncoding encoding : index.encodings()) {
            if (encoding.source().eResource() != file.eResource()) {
                continue;
            }
            checkOverlaps(encoding, index, problems);
            checkExpressions(encoding, index, problems);
            checkMemory(encoding, index, problems);
            checkExecute(encoding, index, problems);
            checkClass(encoding, problems);
        }
        report(problems);
    }

    private void checkDuplicateNames(SpecFile file, SpecIndex index, List<Problem> problems) {
        Map<String, EObject> seen = new HashMap<>();
        for (SpecFile other : index.files()) {
            for (Member member : other.getMembers()) {
                String name = nameOf(member);
                if (name == null) {
                    continue;
                }
                EObject first = seen.putIfAbsent(name, member);
                if (first != null && member.eResource() == file.eResource()) {
                    problems.add(new Problem(member, "duplicate name '" + name + "' (first declared at "
                            + EncodingResolver.fileOf(first) + ":" + EncodingResolver.lineOf(first) + ")"));
                }
            }
        }
    }

    private static String nameOf(Member member) {
        if (member instanceof Encoding e) {
            return e.getName();
        }
        if (member instanceof FormatDecl f) {
            return f.getName();
        }
        if (member instanceof FunctionDecl f) {
            return f.getName();
        }
        if (member instanceof OperationDecl o) {
            return o.getName();
        }
        if (member instanceof org.a64wb.spec.a64Spec.FieldDecl f) {
            return f.getName();
        }
        return null;
    }

    private void checkOverlaps(ResolvedEncoding encoding, SpecIndex index, List<Problem> problems) {
        for (ResolvedEncoding other : index.encodings()) {
            if (other == encoding || !encoding.overlaps(other)) {
                continue;
            }
            boolean constrained = !encoding.constraints().isEmpty() || !other.constraints().isEmpty();
            boolean ordered = encoding.priority() != other.priority();
            boolean specialised = encoding.mask() != other.mask()
                    && ((encoding.mask() & other.mask()) == other.mask() || (encoding.mask() & other.mask()) == encoding.mask());
            if (constrained || ordered || specialised) {
                continue;
            }
            String kind = encoding.mask() == other.mask() && encoding.match() == other.match() ? "duplicates the encoding of" : "overlaps";
            problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' " + kind + " '" + other.name() + "' ("
                    + other.location() + ") with no priority or constraint between them"));
        }
    }

    private void checkExpressions(ResolvedEncoding encoding, SpecIndex index, List<Problem> problems) {
        EncodingScope scope = new EncodingScope(encoding, index);
        for (LetDecl let : encoding.lets()) {
            scope.check(let.getValue(), let, "let '" + let.getName() + "'", problems);
        }
        for (Expression constraint : encoding.constraints()) {
            scope.check(constraint, constraint, "constraint", problems);
        }
        if (encoding.syntax() == null) {
            problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' has no 'asm' syntax template"));
        } else {
            checkTemplate(encoding.syntax().getTemplate(), encoding.syntax(), scope, problems);
        }
        for (Alias alias : encoding.aliases()) {
            checkTemplate(alias.getTemplate(), alias, scope, problems);
            if (alias.getCondition() != null) {
                scope.check(alias.getCondition(), alias, "alias condition", problems);
            }
        }
    }

    private void checkTemplate(String template, EObject node, EncodingScope scope, List<Problem> problems) {
        try {
            checkParts(templates.parse(template), node, scope, problems);
        } catch (TemplateSyntaxException e) {
            problems.add(new Problem(node, "syntax template of '" + scope.encoding().name() + "' at column " + (e.offset() + 1)
                    + ": " + e.getMessage()));
        }
    }

    private void checkParts(List<TemplatePart> parts, EObject node, EncodingScope scope, List<Problem> problems) {
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Placeholder placeholder) {
                scope.check(placeholder.value(), node, "syntax template", problems);
                if (placeholder.formatter() != null) {
                    EncodingScope.Binding binding = scope.lookup(placeholder.formatter(), true);
                    if (!(binding instanceof EncodingScope.Function function)) {
                        problems.add(new Problem(node, "unknown formatter '" + placeholder.formatter() + "' in syntax template of '"
                                + scope.encoding().name() + "'"));
                    } else {
                        int expected = function.declaration().getParams().size();
                        if (expected != placeholder.formatterArgs().size() + 1) {
                            problems.add(new Problem(node, "formatter '" + placeholder.formatter() + "' takes " + (expected - 1)
                                    + " extra arguments, not " + placeholder.formatterArgs().size()));
                        }
                        if (function.declaration().getType() != ValueType.STRING) {
                            problems.add(new Problem(node, "formatter '" + placeholder.formatter() + "' must return string"));
                        }
                    }
                    for (Expression arg : placeholder.formatterArgs()) {
                        scope.check(arg, node, "syntax template", problems);
                    }
                }
            } else if (part instanceof TemplatePart.Conditional conditional) {
                scope.check(conditional.condition(), node, "syntax template", problems);
                checkParts(conditional.then(), node, scope, problems);
                checkParts(conditional.otherwise(), node, scope, problems);
            }
        }
    }

    private void checkMemory(ResolvedEncoding encoding, SpecIndex index, List<Problem> problems) {
        if (encoding.memory().isEmpty()) {
            return;
        }
        EncodingScope scope = new EncodingScope(encoding, index);
        for (MemoryEntry entry : encoding.memory().values()) {
            String key = entry.getKey();
            if (!MemoryKeys.known(key)) {
                problems.add(new Problem(entry, "unknown memory-access key '" + key + "'"));
                continue;
            }
            List<String> words = MemoryKeys.ENUMERATED.get(key);
            if (words != null) {
                if (!(entry.getValue() instanceof Ref ref) || ref.isCall() || !words.contains(ref.getName())) {
                    problems.add(new Problem(entry, "memory-access key '" + key + "' takes one of " + words));
                }
                continue;
            }
            if (MemoryKeys.NUMERIC.contains(key) && entry.getValue() == null && entry.getList().isEmpty()) {
                problems.add(new Problem(entry, "memory-access key '" + key + "' needs a value"));
            }
            if (entry.getValue() != null) {
                scope.check(entry.getValue(), entry, "memory access", problems);
            }
            for (Expression value : entry.getList()) {
                scope.check(value, entry, "memory access", problems);
            }
        }
        for (String required : MemoryKeys.REQUIRED) {
            if (!encoding.memory().containsKey(required) && !(required.equals("base") && encoding.memory().containsKey("literal"))) {
                problems.add(new Problem(encoding.source(), "memory access of '" + encoding.name() + "' lacks '" + required + "'"));
            }
        }
    }

    /**
     * An {@code exec} binds every parameter of an operation of the same set exactly once, with values
     * the decoder alone can compute (no {@code pc}: the semantics read it from the CPU).
     */
    private void checkExecute(ResolvedEncoding encoding, SpecIndex index, List<Problem> problems) {
        OperationDecl operation = encoding.operation();
        if (operation == null || operation.eIsProxy()) {
            return;
        }
        if (operation.eResource() != null && SpecIndex.setOf((SpecFile) org.eclipse.xtext.EcoreUtil2.getRootContainer(operation)) != index.set()) {
            problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' executes '" + operation.getName()
                    + "', an operation of another instruction set"));
            return;
        }
        EncodingScope scope = new EncodingScope(encoding, index);
        Map<String, Parameter> parameters = new java.util.LinkedHashMap<>();
        for (Parameter parameter : operation.getParams()) {
            parameters.put(parameter.getName(), parameter);
        }
        for (ArgumentBinding argument : encoding.arguments().values()) {
            Parameter parameter = parameters.get(argument.getName());
            if (parameter == null) {
                problems.add(new Problem(argument, "operation '" + operation.getName() + "' has no parameter '" + argument.getName()
                        + "'; it takes " + parameters.keySet()));
                continue;
            }
            String context = "argument '" + argument.getName() + "'";
            ValueType type = scope.check(argument.getValue(), argument, context, problems);
            if (type == ValueType.STRING) {
                problems.add(new Problem(argument, context + " of '" + encoding.name() + "' is text; operations take numbers and booleans"));
            }
            if (mentionsPc(argument.getValue(), scope)) {
                problems.add(new Problem(argument, context + " of '" + encoding.name() + "' uses 'pc'; semantics read PC from the CPU"));
            }
            if (parameter.getType() != ParameterType.BOOL && type == ValueType.BOOL) {
                problems.add(new Problem(argument, context + " of '" + encoding.name() + "' is a condition but the parameter is "
                        + parameter.getType().getLiteral()));
            }
        }
        for (String name : parameters.keySet()) {
            if (!encoding.arguments().containsKey(name)) {
                problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' does not bind parameter '" + name
                        + "' of operation '" + operation.getName() + "'"));
            }
        }
    }

    private static boolean mentionsPc(Expression expression, EncodingScope scope) {
        for (java.util.Iterator<EObject> it = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(java.util.List.of(expression)); it.hasNext();) {
            if (it.next() instanceof Ref ref && !ref.isCall() && scope.lookup(ref.getName(), false) instanceof EncodingScope.ProgramCounter) {
                return true;
            }
        }
        return false;
    }

    private void checkClass(ResolvedEncoding encoding, List<Problem> problems) {
        if (encoding.instructionClass() == null) {
            problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' has no 'class'"));
        } else if (!MemoryKeys.CLASSES.contains(encoding.instructionClass())) {
            problems.add(new Problem(encoding.source(), "unknown class '" + encoding.instructionClass() + "'; one of " + MemoryKeys.CLASSES));
        }
    }

    private void report(List<Problem> problems) {
        for (Problem problem : problems) {
            getMessageAcceptor().acceptError(problem.message(), problem.node(), null, -1, null);
        }
    }

}
