package org.a64wb.spec.ide.hover;

import java.util.Comparator;
import java.util.List;

import org.a64wb.spec.model.EncodingResolver;
import org.a64wb.spec.model.FieldSlot;

/**
 * A 32-bit encoding drawn as the Arm ARM draws it: bit numbers 31 to 0, the fixed bits (0 or 1; '.' where a
 * bit is an operand or does not matter), and each field's name over its bits; then every field with its bit
 * range and, when fixed, its value, and the word's mask and match.
 */
public final class EncodingDiagram {

    /** Characters per bit column. */
    static final int COLUMN = 3;

    private EncodingDiagram() {
    }

    public static String render(EncodingResolver.Layout layout) {
        StringBuilder numbers = new StringBuilder();
        StringBuilder bits = new StringBuilder();
        for (int bit = EncodingResolver.WORD_BITS - 1; bit >= 0; bit--) {
            numbers.append(String.format("%" + COLUMN + "d", bit));
            char value = (layout.mask() >>> bit & 1) == 0 ? '.' : (layout.match() >>> bit & 1) == 1 ? '1' : '0';
            bits.append(" ".repeat(COLUMN - 1)).append(value);
        }
        // A field's name centred over its bits, between bars; fixed bits outside fields have none.
        char[] names = " ".repeat(EncodingResolver.WORD_BITS * COLUMN + 1).toCharArray();
        for (FieldSlot field : layout.fields()) {
            int start = (EncodingResolver.WORD_BITS - 1 - field.msb()) * COLUMN + 1;
            int width = field.width() * COLUMN - 1;
            String label = field.name().length() > width ? field.name().substring(0, width) : field.name();
            int at = start + (width - label.length()) / 2;
            label.getChars(0, label.length(), names, at);
            names[start - 1] = '|';
            names[start + width] = '|';
        }
        StringBuilder text = new StringBuilder();
        text.append(numbers).append('\n').append(bits).append('\n').append(new String(names).stripTrailing()).append('\n');
        List<FieldSlot> fields = layout.fields().stream().sorted(Comparator.comparingInt(FieldSlot::lsb).reversed()).toList();
        for (FieldSlot field : fields) {
            text.append(field.signed() ? "signed " : "").append(field.name()).append(range(field));
            if (!field.isOperand()) {
                text.append(" = ").append(binary(field.fixedValue(), field.width()));
            }
            text.append('\n');
        }
        text.append(String.format("mask 0x%08x  match 0x%08x%n", layout.mask(), layout.match()));
        return text.toString();
    }

    private static String range(FieldSlot field) {
        return field.width() == 1 ? "<" + field.lsb() + ">" : "<" + field.msb() + ":" + field.lsb() + ">";
    }

    private static String binary(long value, int width) {
        String digits = Long.toBinaryString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
