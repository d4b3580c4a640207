package org.a64wb.spec.generator;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.spec.a64Spec.Binary;
import org.a64wb.spec.a64Spec.Expression;
import org.a64wb.spec.a64Spec.FunctionDecl;
import org.a64wb.spec.a64Spec.Literal;
import org.a64wb.spec.a64Spec.Ref;
import org.a64wb.spec.a64Spec.Unary;
import org.a64wb.spec.a64Spec.ValueType;
import org.a64wb.spec.model.EncodingResolver;
import org.a64wb.spec.model.EncodingScope;
import org.a64wb.spec.template.TemplatePart;

/**
 * Turns spec expressions and templates into Java code that builds the run-time syntax model
 * ({@code org.a64wb.isa.api.syntax}): the data an assembler inverts. Lets and shared fields are
 * inlined so that only operand fields remain as unknowns.
 */
final class SyntaxTreeCompiler {

    private static final String PKG = "org.a64wb.isa.api.syntax.";

    private final EncodingScope scope;

    SyntaxTreeCompiler(EncodingScope scope) {
        this.scope = scope;
    }

    String expression(Expression expression) {
        if (expression instanceof Literal literal) {
            return "new " + PKG + "SyntaxExpr.Literal(" + EncodingResolver.parseLong(literal.getValue()) + "L)";
        }
        if (expression instanceof Unary unary) {
            return "new " + PKG + "SyntaxExpr.Unary(\"" + unary.getOp() + "\", " + expression(unary.getOperand()) + ")";
        }
        if (expression instanceof Binary binary) {
            return "new " + PKG + "SyntaxExpr.Binary(\"" + binary.getOp() + "\", " + expression(binary.getLeft()) + ", "
                    + expression(binary.getRight()) + ")";
        }
        Ref ref = (Ref) expression;
        EncodingScope.Binding binding = scope.lookup(ref.getName(), ref.isCall());
        if (binding instanceof EncodingScope.Field field) {
            if (!field.slot().isOperand()) {
                return "new " + PKG + "SyntaxExpr.Literal(" + field.slot().fixedValue() + "L)";
            }
            return "new " + PKG + "SyntaxExpr.Field(\"" + field.slot().name() + "\")";
        }
        if (binding instanceof EncodingScope.Let let) {
            return expression(let.declaration().getValue());
        }
        if (binding instanceof EncodingScope.Shared shared) {
            return expression(shared.declaration().getValue());
        }
        if (binding instanceof EncodingScope.ProgramCounter) {
            return "new " + PKG + "SyntaxExpr.ProgramCounter()";
        }
        FunctionDecl function = ((EncodingScope.Function) binding).declaration();
        List<String> args = new ArrayList<>();
        for (Expression arg : ref.getArgs()) {
            args.add(expression(arg));
        }
        return "new " + PKG + "SyntaxExpr.Call(\"" + function.getName() + "\", " + lambda(function) + ", java.util.List.of("
                + String.join(", ", args) + "))";
    }

    /** {@code a -> (Object) Method(a[0], a[1])}, boxing the result. */
    static String lambda(FunctionDecl function) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < function.getParams().size(); i++) {
            args.add("a[" + i + "]");
        }
        String call = function.getJavaMethod() + "(" + String.join(", ", args) + ")";
        String boxed = function.getType() == ValueType.STRING ? call
                : function.getType() == ValueType.BOOL ? "Boolean.valueOf(" + call + ")" : "Long.valueOf(" + call + ")";
        return "(" + PKG + "SpecFunction) a -> " + boxed;
    }

    String parts(List<TemplatePart> parts, java.util.function.Function<String, FunctionDecl> functions) {
        List<String> built = new ArrayList<>();
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Text text) {
                built.add("new " + PKG + "SyntaxPart.Text(\"" + InstructionSetGenerator.escape(text.text()) + "\")");
            } else if (part instanceof TemplatePart.Placeholder placeholder) {
                if (placeholder.formatter() == null) {
                    built.add("new " + PKG + "SyntaxPart.Number(" + expression(placeholder.value()) + ")");
                } else {
                    FunctionDecl formatter = functions.apply(placeholder.formatter());
                    List<String> args = new ArrayList<>();
                    args.add(expression(placeholder.value()));
                    for (Expression arg : placeholder.formatterArgs()) {
                        args.add(expression(arg));
                    }
                    built.add("new " + PKG + "SyntaxPart.Formatted(\"" + formatter.getName() + "\", " + lambda(formatter)
                            + ", java.util.List.of(" + String.join(", ", args) + "))");
                }
            } else if (part instanceof TemplatePart.Conditional conditional) {
                built.add("new " + PKG + "SyntaxPart.Optional(" + expression(conditional.condition()) + ", "
                        + parts(conditional.then(), functions) + ", " + parts(conditional.otherwise(), functions) + ")");
            }
        }
        return "java.util.List.<" + PKG + "SyntaxPart>of(" + String.join(", ", built) + ")";
    }
}
