package org.a64wb.isa.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The instruction sets active in the platform, consulted base sets first, then their extensions.
 * Consumers (disassembler commands, emulator, hypervisor) use this rather than tracking sets themselves.
 */
@ProviderType
public interface InstructionSets {

    /** What the disassembler prints for a word no active set claims. */
    String UNDEFINED = "<undefined>";

    List<InstructionSet> active();

    Optional<DecodedInstruction> decode(int word);

    /** The disassembly of the word, or {@link #UNDEFINED}. */
    default String disassemble(int word, long address) {
        return decode(word).map(d -> d.disassemble(address)).orElse(UNDEFINED);
    }

    /** Contributions that were rejected or failed, with their source positions. */
    List<ContributionProblem> problems();
}
