package org.a64wb.workbench.machine;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.accel.api.Accelerator;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.hypervisor.dispatch.TrapHandlerTracker;
import org.a64wb.isa.api.InstructionSets;
import org.a64wb.workbench.screenshot.SampleReadiness;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import jakarta.annotation.PostConstruct;

/**
 * The machine view as an e4 part. The machine is built from the services {@code a64 run} uses (the accelerator,
 * the trap-handler tracker, the contributed devices, the instruction sets); it opens with the sample guest
 * running.
 */
public final class MachineViewPart {

    private static final String READINESS = "the sample guest's first ticks";

    private MachineView view;

    @PostConstruct
    public void create(Composite parent, @Optional SampleReadiness readiness) {
        parent.setLayout(new FillLayout());
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Accelerator accelerator = service(context, Accelerator.class);
        TrapHandlerTracker handlers = service(context, TrapHandlerTracker.class);
        InstructionSets isa = service(context, InstructionSets.class);
        if (accelerator == null || handlers == null || isa == null) {
            new Label(parent, 0).setText("The machine view needs the accelerator, the trap-handler tracker and the instruction-set registry"
                    + " (bundles org.a64wb.accel.inprocess, org.a64wb.hypervisor, org.a64wb.isa.registry).");
            return;
        }
        MachineServices services = new MachineServices(accelerator::createVm, devices(context), handlers.registry(), isa);
        view = new MachineView(parent, services, warning -> System.err.println("a64: workbench: machine: " + warning));
        if (readiness != null) {
            readiness.pending(READINESS);
            view.onConsole(() -> {
                if (view.consoleText().contains("tick 2")) {
                    readiness.done(READINESS);
                }
            });
        }
        try {
            view.launch(GuestImage.sample(isa));
            view.run();
        } catch (Exception e) {
            System.err.println("a64: workbench: the sample guest did not start: " + e.getMessage());
            if (readiness != null) {
                readiness.done(READINESS);
            }
        }
    }

    public MachineView view() {
        return view;
    }

    private static <T> T service(BundleContext context, Class<T> type) {
        ServiceReference<T> reference = context.getServiceReference(type);
        return reference == null ? null : context.getService(reference);
    }

    private static List<DeviceContribution> devices(BundleContext context) {
        List<DeviceContribution> devices = new ArrayList<>();
        try {
            for (ServiceReference<DeviceContribution> reference : context.getServiceReferences(DeviceContribution.class, null)) {
                devices.add(context.getService(reference));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return devices;
    }
}
