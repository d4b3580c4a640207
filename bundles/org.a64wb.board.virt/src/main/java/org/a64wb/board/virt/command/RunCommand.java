package org.a64wb.board.virt.command;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.a64wb.accel.api.Accelerator;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.virt.RunVirt;
import org.a64wb.hypervisor.dispatch.TrapHandlerTracker;
import org.a64wb.isa.api.InstructionSets;
import org.a64wb.shell.arguments.CommandArguments;
import org.a64wb.shell.arguments.ExitStatus;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Gogo command {@code a64:run --board virt --kernel FILE ...}; the exit status goes to the session's
 * {@link ExitStatus} variable (a returned number would be printed by the shell as a stray line). The board is
 * composed from the {@link DeviceContribution} services present, trap handlers come from the
 * {@link TrapHandlerTracker}, vCPUs from the accelerator service.
 */
@Component(service = Function.class, property = {"osgi.command.scope=a64", "osgi.command.function=run",
    "a64.summary.run=boot a kernel on the virt board; exits 0 on SYSTEM_OFF", "a64.usage.run=" + RunVirt.USAGE})
public final class RunCommand implements Function {

    private final List<DeviceContribution> devices = new CopyOnWriteArrayList<>();

    @Reference
    private Accelerator accelerator;

    @Reference
    private TrapHandlerTracker handlers;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile InstructionSets isa;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDevice(DeviceContribution device) {
        devices.add(device);
    }

    void removeDevice(DeviceContribution device) {
        devices.remove(device);
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        List<String> args = CommandArguments.flatten(arguments);
        int status = RunVirt.run(args, session.getKeyboard(), session.getConsole(), System.err, accelerator::createVm, List.copyOf(devices),
                handlers.registry(), isa, handlers.statistics());
        ExitStatus.set(session, status);
        return null;
    }
}
