package org.a64wb.shell;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code help} and {@code exit} for the interactive shell. The distribution's gosh_profile puts the a64
 * scope first on the command path, so these answer the bare words: Felix's {@code help} lists only
 * commands that are Java methods (not {@code a64:run-user}, a Gogo Function) and gives no descriptions,
 * and the bare {@code exit} would otherwise be {@code System.exit(int)}, which demands an argument.
 * <p>
 * A command describes itself with the service properties {@value #SUMMARY}FUNCTION (one line) and
 * {@value #USAGE}FUNCTION (its synopsis, "usage: ...").
 */
@Component(service = ShellCommands.class, property = {
    "osgi.command.scope=a64",
    "osgi.command.function=help",
    "osgi.command.function=exit",
    ShellCommands.SUMMARY + "help=list the commands; help COMMAND describes one",
    ShellCommands.USAGE + "help=usage: help [COMMAND]",
    ShellCommands.SUMMARY + "exit=leave the shell and stop the runtime",
    ShellCommands.USAGE + "exit=usage: exit [STATUS]"})
public final class ShellCommands {

    public static final String SUMMARY = "a64.summary.";
    public static final String USAGE = "a64.usage.";

    /** The launcher registers an IntConsumer with this property to learn the status {@code exit} was given. */
    public static final String EXIT_STATUS_SINK = "a64.exit.status";

    private final BundleContext context;

    @Activate
    public ShellCommands(BundleContext context) {
        this.context = context;
    }

    /** One line per a64 command with its summary, then the other scopes' command names. */
    public void help() throws InvalidSyntaxException {
        Map<String, String> ours = new TreeMap<>();
        TreeSet<String> others = new TreeSet<>();
        for (ServiceReference<?> ref : commands()) {
            String scope = String.valueOf(ref.getProperty("osgi.command.scope"));
            for (String function : functions(ref)) {
                if (scope.equals("a64")) {
                    Object summary = ref.getProperty(SUMMARY + function);
                    ours.put(scope + ":" + function, summary == null ? "" : summary.toString());
                } else {
                    others.add(scope + ":" + function);
                }
            }
        }
        ours.forEach((name, summary) -> System.out.println(String.format("%-15s %s", name, summary)));
        System.out.println();
        System.out.println("Other commands (help NAME for one):");
        List<String> line = new ArrayList<>();
        int width = 0;
        for (String name : others) {
            if (width + name.length() + 1 > 100 && !line.isEmpty()) {
                System.out.println("  " + String.join(" ", line));
                line.clear();
                width = 0;
            }
            line.add(name);
            width += name.length() + 1;
        }
        if (!line.isEmpty()) {
            System.out.println("  " + String.join(" ", line));
        }
    }

    /**
     * An a64 command's synopsis and summary; another scope's command as its methods describe themselves
     * (Gogo's {@link Descriptor}), one line per overload. A bare name is looked up in a64 first.
     */
    public void help(String name) throws InvalidSyntaxException {
        int colon = name.indexOf(':');
        String scope = colon < 0 ? null : name.substring(0, colon);
        String function = name.substring(colon + 1);
        List<ServiceReference<?>> matches = new ArrayList<>();
        for (ServiceReference<?> ref : commands()) {
            Object refScope = ref.getProperty("osgi.command.scope");
            if ((scope == null || scope.equals(refScope)) && functions(ref).contains(function)) {
                matches.add("a64".equals(refScope) ? 0 : matches.size(), ref);
            }
        }
        if (matches.isEmpty()) {
            System.err.println("help: no command '" + name + "'; help lists them");
            return;
        }
        ServiceReference<?> ref = matches.get(0);
        Object refScope = ref.getProperty("osgi.command.scope");
        if ("a64".equals(refScope)) {
            Object usage = ref.getProperty(USAGE + function);
            Object summary = ref.getProperty(SUMMARY + function);
            System.out.println(usage == null ? "a64:" + function : usage);
            if (summary != null) {
                System.out.println(summary);
            }
            return;
        }
        Object service = context.getService(ref);
        try {
            for (Method method : service == null ? new Method[0] : service.getClass().getMethods()) {
                if (method.getName().equals(function)) {
                    Descriptor descriptor = method.getAnnotation(Descriptor.class);
                    System.out.println(refScope + ":" + function + parameters(method) + (descriptor == null ? "" : " - " + descriptor.value()));
                }
            }
        } finally {
            context.ungetService(ref);
        }
    }

    /** Options as their first name ([-l]), other parameters as their type (String, Bundle...). */
    private static String parameters(Method method) {
        StringBuilder text = new StringBuilder();
        Class<?>[] types = method.getParameterTypes();
        java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == CommandSession.class) {
                continue;
            }
            Parameter option = null;
            for (java.lang.annotation.Annotation a : annotations[i]) {
                if (a instanceof Parameter p) {
                    option = p;
                }
            }
            text.append(' ');
            if (option != null) {
                text.append('[').append(option.names()[0]).append(option.presentValue().equals(Parameter.UNSPECIFIED) ? " VALUE]" : "]");
            } else {
                text.append(types[i].isArray() ? types[i].getComponentType().getSimpleName() + "..." : types[i].getSimpleName());
            }
        }
        return text.toString();
    }

    public void exit() throws BundleException, InvalidSyntaxException {
        exit(0);
    }

    /** Stops the runtime, which ends the shell; the launcher exits with {@code status}. */
    public void exit(int status) throws BundleException, InvalidSyntaxException {
        for (ServiceReference<IntConsumer> ref : context.getServiceReferences(IntConsumer.class, "(" + EXIT_STATUS_SINK + "=*)")) {
            IntConsumer sink = context.getService(ref);
            if (sink != null) {
                sink.accept(status);
                context.ungetService(ref);
            }
        }
        context.getBundle(0).stop();
    }

    private List<ServiceReference<?>> commands() throws InvalidSyntaxException {
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=*)");
        return refs == null ? List.of() : List.of(refs);
    }

    private static List<String> functions(ServiceReference<?> ref) {
        Object value = ref.getProperty("osgi.command.function");
        if (value instanceof String[] names) {
            return List.of(names);
        }
        if (value instanceof java.util.Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
