package org.a64wb.shell.arguments;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The argument list of a Gogo {@code Function} as plain strings. Lists and arrays are spread: the CLI
 * passes a command's argv as one list variable so that no argument is re-parsed by the shell.
 */
public final class CommandArguments {

    private CommandArguments() {
    }

    public static List<String> flatten(List<Object> arguments) {
        List<String> into = new ArrayList<>();
        for (Object argument : arguments) {
            flatten(argument, into);
        }
        return into;
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
