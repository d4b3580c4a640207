package org.a64wb.isa.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An instruction set contributed to the platform (the base A64 set, an extension, a vendor set).
 * Implementations are generated from a spec; encoding ids index {@link #encodings()}.
 */
@ConsumerType
public interface InstructionSet {

    /** Service property naming the set. */
    String NAME_PROPERTY = "a64.isa.name";

    /** Service property naming the set this one extends (present only on extensions). */
    String EXTENDS_PROPERTY = "a64.isa.extends";

    String name();

    /** The set this one extends: it may only claim words that set leaves unallocated. */
    default Optional<String> base() {
        return Optional.empty();
    }

    List<EncodingInfo> encodings();

    /** The id of the encoding that the word is, or -1 when the set leaves the word unallocated. */
    int decode(int word);

    /** The preferred disassembly (aliases applied) of a word already decoded to {@code id}. */
    String disassemble(int id, int word, long address);

    /** The memory access a load/store performs, from the spec's descriptor; empty for other instructions. */
    Optional<MemoryAccess> memoryAccess(int id, int word);

    /** The assembly syntax of an encoding: preferred aliases in order, then the base template. */
    default List<org.a64wb.isa.api.syntax.SyntaxForm> syntax(int id) {
        return List.of();
    }

    default Optional<DecodedInstruction> decodeInstruction(int word) {
        int id = decode(word);
        return id < 0 ? Optional.empty() : Optional.of(new DecodedInstruction(this, id, word));
    }
}
