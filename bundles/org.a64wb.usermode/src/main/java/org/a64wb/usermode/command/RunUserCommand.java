package org.a64wb.usermode.command;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.a64wb.usermode.RunUser;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;

/**
 * Gogo command {@code a64:run-user [--allow-write DIR] PROG [ARGS...]}; its result is the guest's exit
 * status. A Gogo {@link Function} because a Java method cannot be named {@code run-user}. Arguments
 * that are lists or arrays are spread (the CLI passes argv as one list variable, so no argument is
 * re-parsed by the shell).
 */
@Component(service = Function.class, property = {"osgi.command.scope=a64", "osgi.command.function=run-user"})
public final class RunUserCommand implements Function {

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        List<String> args = new ArrayList<>();
        for (Object argument : arguments) {
            flatten(argument, args);
        }
        return RunUser.run(args, session.getKeyboard(), session.getConsole(), System.err);
    }

    private static void flatten(Object argument, List<String> into) {
        if (argument instanceof Collection<?> collection) {
            for (Object element : collection) {
                flatten(element, into);
            }
        } else if (argument != null && argument.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(argument); i++) {
                flatten(Array.get(argument, i), into);
            }
        } else if (argument != null) {
            into.add(argument.toString());
        }
    }
}
