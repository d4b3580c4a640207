package org.a64wb.example.vendorisa.execution;

import org.a64wb.emulator.extension.InstructionSetSemantics;
import org.a64wb.emulator.semantics.Execution;
import org.a64wb.example.vendorisa.VendorDispatcher;
import org.osgi.service.component.annotations.Component;

/** Contributes the semantics of the Vendor set: the emulator runs its words while this bundle is active. */
@Component(service = InstructionSetSemantics.class, property = InstructionSetSemantics.NAME_PROPERTY + "=Vendor")
public final class VendorExecution implements InstructionSetSemantics {

    @Override
    public void execute(Execution context, int id, int word) {
        VendorDispatcher.dispatch(id, word, new VendorOperations(context));
    }
}
