package org.a64wb.isa.api.syntax;

import java.util.List;
import java.util.function.ToLongFunction;

import org.a64wb.isa.api.operands.SpecArithmetic;

/** A spec expression over an encoding's operand fields (lets and shared fields already inlined). */
public sealed interface SyntaxExpr {

    record Literal(long value) implements SyntaxExpr {
    }

    record Field(String name) implements SyntaxExpr {
    }

    record ProgramCounter() implements SyntaxExpr {
    }

    record Unary(String op, SyntaxExpr operand) implements SyntaxExpr {
    }

    record Binary(String op, SyntaxExpr left, SyntaxExpr right) implements SyntaxExpr {
    }

    record Call(String name, SpecFunction function, List<SyntaxExpr> args) implements SyntaxExpr {
    }

    /** Evaluates with field values from {@code fields}; booleans are 1/0, text is not a number (0). */
    default long evaluate(ToLongFunction<String> fields, long pc) {
        return toLong(value(fields, pc));
    }

    /** The value as the spec sees it: Long, Boolean or String. */
    default Object value(ToLongFunction<String> fields, long pc) {
        if (this instanceof Literal l) {
            return l.value();
        }
        if (this instanceof Field f) {
            return fields.applyAsLong(f.name());
        }
        if (this instanceof ProgramCounter) {
            return pc;
        }
        if (this instanceof Unary u) {
            long v = u.operand().evaluate(fields, pc);
            return switch (u.op()) {
                case "!" -> v == 0;
                case "-" -> -v;
                default -> ~v;
            };
        }
        if (this instanceof Binary b) {
            long l = b.left().evaluate(fields, pc);
            long r = b.right().evaluate(fields, pc);
            return switch (b.op()) {
                case "||" -> l != 0 || r != 0;
                case "&&" -> l != 0 && r != 0;
                case "==" -> l == r;
                case "!=" -> l != r;
                case "<" -> l < r;
                case "<=" -> l <= r;
                case ">" -> l > r;
                case ">=" -> l >= r;
                case "|" -> l | r;
                case "^" -> l ^ r;
                case "&" -> l & r;
                case "<<" -> l << r;
                case ">>" -> l >> r;
                case "+" -> l + r;
                case "-" -> l - r;
                case "*" -> l * r;
                case "/" -> SpecArithmetic.div(l, r);
                default -> SpecArithmetic.mod(l, r);
            };
        }
        Call c = (Call) this;
        long[] args = new long[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = c.args().get(i).evaluate(fields, pc);
        }
        return c.function().apply(args);
    }

    static long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 0;
    }
}
