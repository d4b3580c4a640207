package org.a64wb.emulator.extension;

import org.a64wb.emulator.semantics.Execution;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * How the words of a contributed instruction set execute. Registered as a service with the property
 * {@code a64.isa.name} naming the set (the same name its {@link org.a64wb.isa.api.InstructionSet}
 * service carries); the set's generated dispatcher calls the contributor's implementation of the set's
 * generated semantics interface, which reaches the PE through {@code context}.
 *
 * <pre>
 * &#64;Component(service = InstructionSetSemantics.class, property = "a64.isa.name=Vendor")
 * public final class VendorExecution implements InstructionSetSemantics {
 *     public void execute(Execution context, int id, int word) {
 *         VendorDispatcher.dispatch(id, word, new VendorOperations(context));
 *     }
 * }
 * </pre>
 */
@ConsumerType
public interface InstructionSetSemantics {

    /** Service property: the instruction set these semantics belong to. */
    String NAME_PROPERTY = org.a64wb.isa.api.InstructionSet.NAME_PROPERTY;

    /**
     * Executes one word the set decoded to {@code id}, on the PE and memory of {@code context}. Runs on
     * the PE's thread; may throw what semantics throw (UNDEFINED, aborts, alignment faults) through
     * {@code context}.
     */
    void execute(Execution context, int id, int word);
}
