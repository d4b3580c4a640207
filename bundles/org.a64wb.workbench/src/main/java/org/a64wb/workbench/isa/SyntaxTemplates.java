package org.a64wb.workbench.isa;

import java.util.List;
import java.util.stream.Collectors;

import org.a64wb.isa.api.syntax.SyntaxExpr;
import org.a64wb.isa.api.syntax.SyntaxForm;
import org.a64wb.isa.api.syntax.SyntaxPart;

/**
 * An assembly-syntax template as the spec writes it, for reading rather than rendering: literal text as is,
 * operands as {@code <formatter(expr)>} or {@code <expr>}, optional parts in braces.
 */
public final class SyntaxTemplates {

    private SyntaxTemplates() {
    }

    /** {@code ldp <xreg(Rt)>, ...}, followed by {@code    when COND} for a preferred alias. */
    public static String describe(SyntaxForm form) {
        String template = parts(form.parts());
        return form.alias() && form.condition() != null ? template + "    when " + expression(form.condition()) : template;
    }

    private static String parts(List<SyntaxPart> parts) {
        StringBuilder text = new StringBuilder();
        for (SyntaxPart part : parts) {
            if (part instanceof SyntaxPart.Text literal) {
                text.append(literal.text());
            } else if (part instanceof SyntaxPart.Number number) {
                text.append('<').append(expression(number.value())).append('>');
            } else if (part instanceof SyntaxPart.Formatted formatted) {
                text.append('<').append(formatted.formatter()).append('(')
                        .append(formatted.args().stream().map(SyntaxTemplates::expression).collect(Collectors.joining(", ")))
                        .append(")>");
            } else if (part instanceof SyntaxPart.Optional optional) {
                text.append('{').append(parts(optional.then()));
                if (!optional.otherwise().isEmpty()) {
                    text.append(" | ").append(parts(optional.otherwise()));
                }
                text.append('}');
            }
        }
        return text.toString();
    }

    static String expression(SyntaxExpr expr) {
        if (expr instanceof SyntaxExpr.Literal literal) {
            return literal.value() >= 0 && literal.value() < 10 ? String.valueOf(literal.value()) : "0x" + Long.toHexString(literal.value());
        }
        if (expr instanceof SyntaxExpr.Field field) {
            return field.name();
        }
        if (expr instanceof SyntaxExpr.ProgramCounter) {
            return "PC";
        }
        if (expr instanceof SyntaxExpr.Unary unary) {
            return unary.op() + expression(unary.operand());
        }
        if (expr instanceof SyntaxExpr.Binary binary) {
            return "(" + expression(binary.left()) + " " + binary.op() + " " + expression(binary.right()) + ")";
        }
        if (expr instanceof SyntaxExpr.Call call) {
            return call.name() + "(" + call.args().stream().map(SyntaxTemplates::expression).collect(Collectors.joining(", ")) + ")";
        }
        return expr.toString();
    }
}
