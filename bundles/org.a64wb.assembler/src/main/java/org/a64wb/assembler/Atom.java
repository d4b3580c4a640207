package org.a64wb.assembler;

/**
 * One element of an instruction statement as the encoder sees it: a word (mnemonic, register,
 * condition, system register name or symbol), a punctuation character, a number (an evaluated
 * expression) or a decimal floating-point immediate (its canonical decimal text in {@code word}). A word that names a defined symbol also carries the symbol's value, so the syntax
 * model decides whether it is a name or a number.
 */
public record Atom(Kind kind, String word, String raw, char punct, boolean hasValue, long value, boolean address,
        String undefined, int line, int column) {

    public enum Kind { WORD, PUNCT, NUMBER, FLOAT }

    public static Atom word(String raw, int line, int column) {
        return new Atom(Kind.WORD, raw.toLowerCase(java.util.Locale.ROOT), raw, '\0', false, 0, false, null, line, column);
    }

    public static Atom punct(char c, int line, int column) {
        return new Atom(Kind.PUNCT, null, String.valueOf(c), c, false, 0, false, null, line, column);
    }

    public static Atom number(long value, boolean address, String raw, int line, int column) {
        return new Atom(Kind.NUMBER, null, raw, '\0', true, value, address, null, line, column);
    }

    /** A decimal floating-point immediate such as {@code #1.50000000} or {@code #-0.5}. */
    public static Atom floating(java.math.BigDecimal value, String raw, int line, int column) {
        return new Atom(Kind.FLOAT, PatternToken.canonical(value), raw, '\0', false, 0, false, null, line, column);
    }

    /** A number whose expression uses a symbol that is not defined. */
    public static Atom undefinedNumber(String symbol, String raw, int line, int column) {
        return new Atom(Kind.NUMBER, null, raw, '\0', false, 0, false, symbol, line, column);
    }

    public Atom withValue(long v, boolean addr) {
        return new Atom(kind, word, raw, punct, true, v, addr, null, line, column);
    }

    public Atom withUndefined(String symbol) {
        return new Atom(kind, word, raw, punct, false, 0, false, symbol, line, column);
    }

    @Override
    public String toString() {
        return raw;
    }
}
