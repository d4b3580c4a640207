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
import org.a64wb.spec.model.FieldSlot;

/**
 * Turns spec expressions into Java expressions. Numbers are {@code long}; fields are locals named
 * {@code f_<field>} (see {@link #fieldDeclarations}); lets and shared fields are inlined.
 */
final class JavaExpressionCompiler {

    /** A compiled expression and what it evaluates to. */
    record Code(String java, ValueType type) {

        String asLong() {
            return switch (type) {
                case BOOL -> "(" + java + " ? 1L : 0L)";
                default -> java;
            };
        }

        String asBool() {
            return switch (type) {
                case BOOL -> java;
                default -> "(" + java + " != 0L)";
            };
        }
    }

    private final EncodingScope scope;

    JavaExpressionCompiler(EncodingScope scope) {
        this.scope = scope;
    }

    /** Local declarations extracting every field of the encoding from {@code w}. */
    static String fieldDeclarations(List<FieldSlot> fields, String indent) {
        StringBuilder out = new StringBuilder();
        for (FieldSlot field : fields) {
            out.append(indent).append("final long ").append(local(field.name())).append(" = ").append(extract(field)).append(";\n");
        }
        return out.toString();
    }

    static String extract(FieldSlot field) {
        if (field.signed()) {
            int left = 32 - field.lsb() - field.width();
            return "(long) ((w << " + left + ") >> " + (32 - field.width()) + ")";
        }
        long mask = (1L << field.width()) - 1;
        return "(long) ((w >>> " + field.lsb() + ") & 0x" + Long.toHexString(mask) + ")";
    }

    static String local(String fieldName) {
        return "f_" + fieldName;
    }

    Code compile(Expression expression) {
        if (expression instanceof Literal literal) {
            return new Code(EncodingResolver.parseLong(literal.getValue()) + "L", ValueType.INT);
        }
        if (expression instanceof Unary unary) {
            Code operand = compile(unary.getOperand());
            return switch (unary.getOp()) {
                case "!" -> new Code("(!" + operand.asBool() + ")", ValueType.BOOL);
                case "-" -> new Code("(-" + operand.asLong() + ")", ValueType.INT);
                default -> new Code("(~" + operand.asLong() + ")", ValueType.INT);
            };
        }
        if (expression instanceof Binary binary) {
            Code left = compile(binary.getLeft());
            Code right = compile(binary.getRight());
            String op = binary.getOp();
            return switch (op) {
                case "&&", "||" -> new Code("(" + left.asBool() + " " + op + " " + right.asBool() + ")", ValueType.BOOL);
                case "==", "!=", "<", "<=", ">", ">=" -> new Code("(" + left.asLong() + " " + op + " " + right.asLong() + ")", ValueType.BOOL);
                case "/", "%" -> new Code("org.a64wb.isa.api.operands.SpecArithmetic." + (op.equals("/") ? "div" : "mod")
                        + "(" + left.asLong() + ", " + right.asLong() + ")", ValueType.INT);
                default -> new Code("(" + left.asLong() + " " + op + " " + right.asLong() + ")", ValueType.INT);
            };
        }
        Ref ref = (Ref) expression;
        EncodingScope.Binding binding = scope.lookup(ref.getName(), ref.isCall());
        if (binding instanceof EncodingScope.Field field) {
            return new Code(local(field.slot().name()), ValueType.INT);
        }
        if (binding instanceof EncodingScope.Let let) {
            return parenthesise(compile(let.declaration().getValue()));
        }
        if (binding instanceof EncodingScope.Shared shared) {
            return parenthesise(compile(shared.declaration().getValue()));
        }
        if (binding instanceof EncodingScope.ProgramCounter) {
            return new Code("pc", ValueType.INT);
        }
        if (binding instanceof EncodingScope.Function function) {
            List<String> args = new ArrayList<>();
            for (Expression arg : ref.getArgs()) {
                args.add(compile(arg).asLong());
            }
            return call(function.declaration(), args);
        }
        throw new IllegalStateException("unresolved name '" + ref.getName() + "' in " + scope.encoding().name()
                + " (the validator should have reported it)");
    }

    static Code call(FunctionDecl function, List<String> args) {
        return new Code(function.getJavaMethod() + "(" + String.join(", ", args) + ")", function.getType());
    }

    private static Code parenthesise(Code code) {
        return new Code("(" + code.java() + ")", code.type());
    }
}
