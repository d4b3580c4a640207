package org.a64wb.usermode.command;

import java.util.List;

import org.a64wb.emulator.A64Executor;
import org.a64wb.emulator.extension.ContributedInstructionSets;
import org.a64wb.usermode.RunUser;
import org.a64wb.shell.arguments.CommandArguments;
import org.a64wb.shell.arguments.ExitStatus;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Gogo command {@code a64:run-user [--allow-write DIR] PROG [ARGS...]}; the guest's exit status goes to the
 * session variable {@link ExitStatus#VARIABLE}. A Gogo {@link Function} because a Java method cannot be named {@code run-user}. Arguments
 * that are lists or arrays are spread (the CLI passes argv as one list variable, so no argument is
 * re-parsed by the shell). Words A64 leaves unallocated run through the contributed instruction sets.
 */
@Component(service = Function.class, property = {"osgi.command.scope=a64", "osgi.command.function=run-user",
    "a64.summary.run-user=run a static AArch64 Linux program; exits with its status",
    "a64.usage.run-user=" + RunUser.USAGE})
public final class RunUserCommand implements Function {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContributedInstructionSets contributed;

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        List<String> args = CommandArguments.flatten(arguments);
        ContributedInstructionSets sets = contributed;
        int status = RunUser.runWithExecutors(args, session.getKeyboard(), session.getConsole(), System.err,
                (cpu, memory) -> new A64Executor(cpu, memory, sets));
        // Kept in the session, not returned: the shell would print a returned number.
        ExitStatus.set(session, status);
        return null;
    }
}
