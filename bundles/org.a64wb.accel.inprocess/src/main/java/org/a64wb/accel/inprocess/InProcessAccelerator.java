package org.a64wb.accel.inprocess;

import org.a64wb.accel.api.Accelerator;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.emulator.extension.ContributedInstructionSets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The accelerator that runs guests on the project's own A64 interpreter; words A64 leaves unallocated
 * run through the contributed instruction sets, as a CPU with vendor extensions would.
 */
@Component(service = Accelerator.class, property = Accelerator.NAME_PROPERTY + "=inprocess")
public final class InProcessAccelerator implements Accelerator {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContributedInstructionSets contributed;

    @Override
    public String name() {
        return "inprocess";
    }

    @Override
    public VirtualMachine createVm() {
        return new InProcessVm(contributed);
    }
}
