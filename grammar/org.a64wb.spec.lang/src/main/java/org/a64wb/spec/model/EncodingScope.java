package org.a64wb.spec.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.a64wb.spec.a64Spec.Binary;
import org.a64wb.spec.a64Spec.Expression;
import org.a64wb.spec.a64Spec.FieldDecl;
import org.a64wb.spec.a64Spec.FunctionDecl;
import org.a64wb.spec.a64Spec.LetDecl;
import org.a64wb.spec.a64Spec.Literal;
import org.a64wb.spec.a64Spec.Ref;
import org.a64wb.spec.a64Spec.Unary;
import org.a64wb.spec.a64Spec.ValueType;
import org.eclipse.emf.ecore.EObject;

/**
 * The names an expression inside one encoding can use, innermost first: the encoding's fields, its
 * lets (encoding, then format), the set's shared fields, the set's functions, and {@code pc}.
 */
public final class EncodingScope {

    public static final String PC = "pc";

    /** What a name in an expression stands for. */
    public sealed interface Binding {
    }

    public record Field(FieldSlot slot) implements Binding {
    }

    public record Let(LetDecl declaration) implements Binding {
    }

    public record Shared(FieldDecl declaration) implements Binding {
    }

    public record Function(FunctionDecl declaration) implements Binding {
    }

    public record ProgramCounter() implements Binding {
    }

    private final ResolvedEncoding encoding;
    private final SpecIndex index;
    private final Deque<String> evaluating = new ArrayDeque<>();

    public EncodingScope(ResolvedEncoding encoding, SpecIndex index) {
        this.encoding = encoding;
        this.index = index;
    }

    public ResolvedEncoding encoding() {
        return encoding;
    }

    public Binding lookup(String name, boolean call) {
        if (call) {
            FunctionDecl function = index.function(name);
            return function == null ? null : new Function(function);
        }
        var field = encoding.field(name);
        if (field.isPresent()) {
            return new Field(field.get());
        }
        List<LetDecl> lets = encoding.lets();
        for (int i = lets.size() - 1; i >= 0; i--) {
            if (lets.get(i).getName().equals(name)) {
                return new Let(lets.get(i));
            }
        }
        FieldDecl shared = index.sharedField(name);
        if (shared != null) {
            return new Shared(shared);
        }
        if (PC.equals(name)) {
            return new ProgramCounter();
        }
        return null;
    }

    /** Checks names, arity and types; reports on {@code reportOn} with {@code context} ("syntax template", ...). */
    public ValueType check(Expression expression, EObject reportOn, String context, List<Problem> problems) {
        if (expression instanceof Literal) {
            return ValueType.INT;
        }
        if (expression instanceof Unary unary) {
            ValueType operand = check(unary.getOperand(), reportOn, context, problems);
            expectNumeric(operand, unary.getOp(), reportOn, context, problems);
            return "!".equals(unary.getOp()) ? ValueType.BOOL : ValueType.INT;
        }
        if (expression instanceof Binary binary) {
            ValueType left = check(binary.getLeft(), reportOn, context, problems);
            ValueType right = check(binary.getRight(), reportOn, context, problems);
            expectNumeric(left, binary.getOp(), reportOn, context, problems);
            expectNumeric(right, binary.getOp(), reportOn, context, problems);
            return resultType(binary.getOp());
        }
        if (expression instanceof Ref ref) {
            Binding binding = lookup(ref.getName(), ref.isCall());
            if (binding == null) {
                String kind = ref.isCall() ? "function" : "field";
                problems.add(new Problem(reportOn, "unknown " + kind + " '" + ref.getName() + "' in " + context + " of '" + encoding.name() + "'"));
                return ValueType.INT;
            }
            for (Expression arg : ref.getArgs()) {
                check(arg, reportOn, context, problems);
            }
            if (binding instanceof Function function) {
                int expected = function.declaration().getParams().size();
                if (expected != ref.getArgs().size()) {
                    problems.add(new Problem(reportOn, "function '" + ref.getName() + "' takes " + expected + " arguments, not "
                            + ref.getArgs().size() + " (" + context + " of '" + encoding.name() + "')"));
                }
                return function.declaration().getType();
            }
            return typeOfDerived(binding, reportOn, context, problems);
        }
        return ValueType.INT;
    }

    private ValueType typeOfDerived(Binding binding, EObject reportOn, String context, List<Problem> problems) {
        Expression value;
        String name;
        if (binding instanceof Let let) {
            value = let.declaration().getValue();
            name = let.declaration().getName();
        } else if (binding instanceof Shared shared) {
            value = shared.declaration().getValue();
            name = shared.declaration().getName();
        } else {
            return ValueType.INT;
        }
        if (evaluating.contains(name)) {
            problems.add(new Problem(reportOn, "'" + name + "' is defined in terms of itself"));
            return ValueType.INT;
        }
        evaluating.push(name);
        try {
            return check(value, reportOn, context, problems);
        } finally {
            evaluating.pop();
        }
    }

    private void expectNumeric(ValueType type, String op, EObject reportOn, String context, List<Problem> problems) {
        if (type == ValueType.STRING) {
            problems.add(new Problem(reportOn, "operator '" + op + "' applied to text in " + context + " of '" + encoding.name() + "'"));
        }
    }

    public static ValueType resultType(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=", "&&", "||" -> ValueType.BOOL;
            default -> ValueType.INT;
        };
    }
}
