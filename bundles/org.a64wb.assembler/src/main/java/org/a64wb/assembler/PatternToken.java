package org.a64wb.assembler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of template text or of a disassembly: a word, punctuation, a number ('#' is dropped) or a
 * decimal floating-point number (FLOAT: {@code word} is its canonical text, {@link #canonical}).
 */
record PatternToken(Atom.Kind kind, String word, char punct, long number, boolean spaceBefore) {

    static boolean wordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c == '.';
    }

    static boolean wordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }

    /** Tokenizes text the way the assembler's operands are split: words, numbers (0x.., decimal, signed), punctuation. */
    static List<PatternToken> tokenize(String text) {
        List<PatternToken> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean space = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '#') {
                space = space || Character.isWhitespace(c);
                i++;
                continue;
            }
            if (wordStart(c) && !(c == '.' && i + 1 < n && !wordPart(text.charAt(i + 1)))) {
                int s = i;
                while (i < n && wordPart(text.charAt(i))) {
                    i++;
                }
                out.add(new PatternToken(Atom.Kind.WORD, text.substring(s, i).toLowerCase(Locale.ROOT), '\0', 0, space));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < n && Character.isDigit(text.charAt(i + 1)) && negativeContext(out))) {
                int s = i;
                if (c == '-') {
                    i++;
                }
                int digits = i;
                if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
                    i += 2;
                    while (i < n && Character.digit(text.charAt(i), 16) >= 0) {
                        i++;
                    }
                } else {
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                    if (i + 1 < n && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                        i = endOfFraction(text, i + 1);
                        out.add(floating(new java.math.BigDecimal(text.substring(s, i)), space));
                        space = false;
                        continue;
                    }
                }
                long v = parseNumber(text.substring(digits, i));
                out.add(new PatternToken(Atom.Kind.NUMBER, null, '\0', s == digits ? v : -v, space));
            } else {
                out.add(new PatternToken(Atom.Kind.PUNCT, null, c, 0, space));
                i++;
            }
            space = false;
        }
        return out;
    }

    private static int endOfFraction(String text, int i) {
        int n = text.length();
        while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i + 1 < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(text.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    static PatternToken floating(java.math.BigDecimal value, boolean spaceBefore) {
        String c = canonical(value);
        return new PatternToken(Atom.Kind.FLOAT, c, '\0', integral(c) ? Long.parseLong(c) : 0, spaceBefore);
    }

    /** The canonical text of a decimal: no trailing zeros, no exponent ({@code 1.50000000} is {@code 1.5}, {@code 0.0} is {@code 0}). */
    static String canonical(java.math.BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static boolean integral(String canonical) {
        return canonical.indexOf('.') < 0 && canonical.length() < 19;
    }

    /** The key part of a floating-point value: an integral one is keyed like the integer (#2.0 as #2). */
    static String floatKey(String canonical) {
        return integral(canonical) ? "#" + canonical : "f" + canonical;
    }

    private static boolean negativeContext(List<PatternToken> before) {
        if (before.isEmpty()) {
            return true;
        }
        PatternToken last = before.get(before.size() - 1);
        return last.kind == Atom.Kind.PUNCT && last.punct != ')' || last.kind == Atom.Kind.WORD;
    }

    static long parseNumber(String s) {
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return Long.parseUnsignedLong(s.substring(2), 16);
        }
        if (s.startsWith("0b") || s.startsWith("0B")) {
            return Long.parseUnsignedLong(s.substring(2), 2);
        }
        return Long.parseUnsignedLong(s);
    }

    /** The canonical key of a token sequence: what a formatted operand is looked up by. */
    static String key(List<PatternToken> tokens) {
        StringBuilder b = new StringBuilder();
        for (PatternToken t : tokens) {
            switch (t.kind) {
                case WORD -> b.append(t.word);
                case NUMBER -> b.append('#').append(t.number);
                case FLOAT -> b.append(floatKey(t.word));
                default -> b.append(t.punct);
            }
            b.append('\u0001');
        }
        return b.toString();
    }
}
