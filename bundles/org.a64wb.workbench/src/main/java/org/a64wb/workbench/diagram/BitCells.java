package org.a64wb.workbench.diagram;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.FieldInfo;

/**
 * An encoding's 32 bits as the Arm ARM draws them, high bit first: runs of fixed bits (their values), operand
 * fields (their names, and values when a word is given) and bits the encoding leaves free.
 */
public final class BitCells {

    public enum Kind { FIXED, FIELD, FREE }

    /** Bits {@code high..low} of the word; {@code bits} are their values, high first ("x" where unknown). */
    public record Cell(int high, int low, Kind kind, String label, String bits) {
        public int width() {
            return high - low + 1;
        }
    }

    private BitCells() {
    }

    /** The cells of {@code encoding}; with {@code word} non-null each field's bits show that word's values. */
    public static List<Cell> of(EncodingInfo encoding, Integer word) {
        FieldInfo[] fieldAt = new FieldInfo[32];
        for (FieldInfo field : encoding.fields()) {
            for (int bit = field.lsb(); bit < field.lsb() + field.width() && bit < 32; bit++) {
                fieldAt[bit] = field;
            }
        }
        List<Cell> cells = new ArrayList<>();
        int bit = 31;
        while (bit >= 0) {
            int high = bit;
            FieldInfo field = fieldAt[bit];
            Kind kind = field != null ? Kind.FIELD : (encoding.mask() >>> bit & 1) != 0 ? Kind.FIXED : Kind.FREE;
            while (bit >= 0 && fieldAt[bit] == field && kindOf(encoding, fieldAt, bit) == kind) {
                bit--;
            }
            int low = bit + 1;
            StringBuilder bits = new StringBuilder();
            for (int b = high; b >= low; b--) {
                if (kind == Kind.FIXED) {
                    bits.append(encoding.match() >>> b & 1);
                } else {
                    bits.append(word == null ? "x" : String.valueOf(word >>> b & 1));
                }
            }
            String label = switch (kind) {
                case FIELD -> field.name();
                case FIXED -> "";
                case FREE -> "";
            };
            cells.add(new Cell(high, low, kind, label, bits.toString()));
        }
        return cells;
    }

    private static Kind kindOf(EncodingInfo encoding, FieldInfo[] fieldAt, int bit) {
        if (fieldAt[bit] != null) {
            return Kind.FIELD;
        }
        return (encoding.mask() >>> bit & 1) != 0 ? Kind.FIXED : Kind.FREE;
    }

    /** One line per cell, for text views and test messages: {@code 31..30 FIXED 10}, {@code 4..0 FIELD Rt 00001}. */
    public static String describe(List<Cell> cells) {
        StringBuilder text = new StringBuilder();
        for (Cell cell : cells) {
            text.append(cell.high()).append("..").append(cell.low()).append(' ').append(cell.kind());
            if (!cell.label().isEmpty()) {
                text.append(' ').append(cell.label());
            }
            text.append(' ').append(cell.bits()).append('\n');
        }
        return text.toString();
    }
}
