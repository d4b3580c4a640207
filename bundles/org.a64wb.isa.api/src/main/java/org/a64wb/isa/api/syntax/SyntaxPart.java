package org.a64wb.isa.api.syntax;

import java.util.List;

/** A piece of an assembly-syntax template. */
public sealed interface SyntaxPart {

    /** Literal text. */
    record Text(String text) implements SyntaxPart {
    }

    /** A number printed in decimal. */
    record Number(SyntaxExpr value) implements SyntaxPart {
    }

    /** Text produced by a formatter function; {@code args.get(0)} is the formatted value. */
    record Formatted(String formatter, SpecFunction function, List<SyntaxExpr> args) implements SyntaxPart {
    }

    /** A part present only when the condition holds (else the otherwise parts). */
    record Optional(SyntaxExpr condition, List<SyntaxPart> then, List<SyntaxPart> otherwise) implements SyntaxPart {
    }
}
