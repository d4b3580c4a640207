package org.a64wb.isa.api;

import java.util.List;

/**
 * One encoding of a contributed instruction set, with the spec position it came from so that
 * every report about it can point at the source line.
 */
public record EncodingInfo(
        String name,
        String group,
        InstructionClass instructionClass,
        String feature,
        int mask,
        int match,
        List<FieldInfo> fields,
        String sourceFile,
        int sourceLine) {

    public boolean overlaps(EncodingInfo other) {
        return ((match ^ other.match) & mask & other.mask) == 0;
    }

    public String location() {
        return sourceFile + ":" + sourceLine;
    }
}
