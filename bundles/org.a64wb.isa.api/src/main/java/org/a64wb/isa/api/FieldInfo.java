package org.a64wb.isa.api;

/** An operand field of an encoding: its bits in the word and whether it is sign-extended. */
public record FieldInfo(String name, int lsb, int width, boolean signed) {

    public long extract(int word) {
        long raw = (word >>> lsb) & ((1L << width) - 1);
        if (signed && (raw & (1L << (width - 1))) != 0) {
            raw -= 1L << width;
        }
        return raw;
    }
}
