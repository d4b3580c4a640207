package org.a64wb.example.workbenchpart;

import java.util.EnumMap;
import java.util.Map;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionClass;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.InstructionSets;

/** How many encodings each active instruction set has per instruction class. */
public final class EncodingCounts {

    private EncodingCounts() {
    }

    public static Map<InstructionClass, Integer> of(InstructionSet set) {
        Map<InstructionClass, Integer> counts = new EnumMap<>(InstructionClass.class);
        for (EncodingInfo encoding : set.encodings()) {
            counts.merge(encoding.instructionClass(), 1, Integer::sum);
        }
        return counts;
    }

    /** One line per set: {@code A64: 1203 encodings (BRANCH 13, ...)}. */
    public static String summary(InstructionSets sets) {
        StringBuilder text = new StringBuilder();
        for (InstructionSet set : sets.active()) {
            text.append(set.name()).append(": ").append(set.encodings().size()).append(" encodings ").append(of(set)).append('\n');
        }
        return text.toString();
    }
}
