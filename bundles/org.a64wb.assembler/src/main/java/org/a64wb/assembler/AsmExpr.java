package org.a64wb.assembler;

/** An assembler expression (directive arguments, immediates, label references). */
sealed interface AsmExpr {

    record Num(long value) implements AsmExpr {
    }

    /** A symbol; numeric local labels are already resolved to unique names. */
    record Sym(String name) implements AsmExpr {
    }

    /** The location counter {@code .}. */
    record Dot() implements AsmExpr {
    }

    record Unary(String op, AsmExpr operand) implements AsmExpr {
    }

    record Binary(String op, AsmExpr left, AsmExpr right) implements AsmExpr {
    }

    /** {@code :lo12:expr} and friends. */
    record Reloc(String kind, AsmExpr operand) implements AsmExpr {
    }

    /** A value: {@code address} when it is a location (label plus constant), else an absolute number. */
    record Value(long value, boolean address) {
    }
}
