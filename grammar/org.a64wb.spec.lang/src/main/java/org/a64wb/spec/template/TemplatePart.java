package org.a64wb.spec.template;

import java.util.List;

import org.a64wb.spec.a64Spec.Expression;

/** A piece of an assembly-syntax template. */
public sealed interface TemplatePart {

    /** Literal text, printed as is. */
    record Text(String text) implements TemplatePart {
    }

    /**
     * {@code {expr}} prints a number; {@code {expr:fmt}} or {@code {expr:fmt(a, b)}} calls the function
     * {@code fmt(expr, a, b)}, which returns the text.
     */
    record Placeholder(Expression value, String formatter, List<Expression> formatterArgs) implements TemplatePart {
    }

    /** {@code {?cond}then{:}else{/}}: optional operands such as a zero offset or a default shift. */
    record Conditional(Expression condition, List<TemplatePart> then, List<TemplatePart> otherwise) implements TemplatePart {
    }
}
