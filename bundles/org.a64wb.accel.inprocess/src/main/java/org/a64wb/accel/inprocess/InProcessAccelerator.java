package org.a64wb.accel.inprocess;

import org.a64wb.accel.api.Accelerator;
import org.a64wb.accel.api.VirtualMachine;
import org.osgi.service.component.annotations.Component;

/** The accelerator that runs guests on the project's own A64 interpreter. */
@Component(service = Accelerator.class, property = Accelerator.NAME_PROPERTY + "=inprocess")
public final class InProcessAccelerator implements Accelerator {

    @Override
    public String name() {
        return "inprocess";
    }

    @Override
    public VirtualMachine createVm() {
        return new InProcessVm();
    }
}
