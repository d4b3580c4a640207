package org.a64wb.spec.model;

/** A named run of bits in an encoding. A fixed field ({@code opc=01}) has a value; an operand field does not. */
public record FieldSlot(String name, int lsb, int width, boolean signed, Long fixedValue) {

    public boolean isOperand() {
        return fixedValue == null;
    }

    public int msb() {
        return lsb + width - 1;
    }
}
