package org.a64wb.isa.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A word together with the encoding it decoded to. */
public record DecodedInstruction(InstructionSet set, int id, int word) {

    public EncodingInfo encoding() {
        return set.encodings().get(id);
    }

    public String disassemble(long address) {
        return set.disassemble(id, word, address);
    }

    public Optional<MemoryAccess> memoryAccess() {
        return set.memoryAccess(id, word);
    }

    /** Operand field values in encoding order (signed fields sign-extended). */
    public Map<String, Long> fields() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (FieldInfo field : encoding().fields()) {
            values.put(field.name(), field.extract(word));
        }
        return values;
    }
}
