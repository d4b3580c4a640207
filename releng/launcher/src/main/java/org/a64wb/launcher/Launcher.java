package org.a64wb.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots whichever OSGi framework is on the class path (found through {@link FrameworkFactory}, so
 * Felix and Equinox both work), installs the distribution's bundles, and runs one CLI command as a
 * Gogo command line, or an interactive Gogo shell. Gogo is called by reflection so that no shell
 * classes need to sit on the launcher's class path.
 */
public final class Launcher {

    /** CLI sub-commands and the Gogo command each one runs. */
    private static final Map<String, String> COMMANDS = Map.of(
            "disasm", "a64:disasm",
            "decode", "a64:decode",
            "isa", "a64:isa",
            "asm", "a64:asm",
            "handlers", "a64:handlers",
            "run-user", "a64:run-user",
            "run", "a64:run");

    /** Commands that take no arguments (Gogo would only say it cannot coerce them). */
    private static final java.util.Set<String> NO_ARGUMENTS = java.util.Set.of("isa", "handlers", "shell");

    /** Commands whose arguments reach them verbatim, and whose exit status becomes the process's. */
    private static final java.util.Set<String> STATUS_COMMANDS = java.util.Set.of("a64:run-user", "a64:run");

    /**
     * The session variable a command leaves its exit status in (org.a64wb.shell.arguments.ExitStatus);
     * a command that returns an Integer instead is read that way too.
     */
    private static final String EXIT_STATUS_VARIABLE = "a64.status";

    /** The property of the IntConsumer service through which the shell's {@code exit N} reports N (ShellCommands). */
    private static final String EXIT_STATUS_SINK = "a64.exit.status";

    private static final long SERVICE_TIMEOUT_MS = 20_000;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public Launcher(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public int run(String[] arguments) {
        StartupTrace trace = StartupTrace.start(err);
        try {
            return run(arguments, trace);
        } finally {
            trace.print();
        }
    }

    private int run(String[] arguments, StartupTrace trace) {
        List<String> args = new ArrayList<>(Arrays.asList(arguments));
        List<Path> extraBundles = new ArrayList<>();
        while (!args.isEmpty() && args.get(0).equals("--bundle")) {
            if (args.size() < 2) {
                return usage("--bundle needs a jar");
            }
            Path jar = Path.of(args.get(1));
            if (!Files.isRegularFile(jar)) {
                err.println("a64: " + jar + ": no such bundle");
                return 1;
            }
            String problem = bundleProblem(jar);
            if (problem != null) {
                err.println("a64: " + jar + ": " + problem);
                return 1;
            }
            extraBundles.add(jar);
            args = new ArrayList<>(args.subList(2, args.size()));
        }
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            return usage(null);
        }
        String command = args.get(0);
        // Only right after the command: later, --help is an argument (run-user passes it to the guest).
        if (args.size() > 1 && (args.get(1).equals("--help") || args.get(1).equals("-h"))) {
            return commandHelp(command);
        }
        if (command.equals("lsp")) {
            return languageServer(args.subList(1, args.size()));
        }
        if (command.equals("workbench")) {
            err.println("a64: the workbench runs on Equinox through its own launcher: use the a64 script (./a64 workbench)");
            return 1;
        }
        if (NO_ARGUMENTS.contains(command) && args.size() > 1) {
            return usage(command + " takes no arguments");
        }
        boolean shell = command.equals("shell");
        if (!shell && !COMMANDS.containsKey(command)) {
            return usage("unknown command '" + command + "'");
        }
        Path home = home();
        if (home == null) {
            err.println("a64: cannot find the distribution (set -Da64.home=DIR)");
            return 1;
        }
        Framework framework = null;
        Path storage = null;
        try {
            storage = storageDirectory();
        } catch (IOException e) {
            err.println("a64: cannot create the framework's cache directory in " + System.getProperty("java.io.tmpdir") + " (" + e + ")");
            return 1;
        }
        // Ctrl-C ends a run (a guest, the shell) without the finally below: the cache must not outlive the process.
        Path cache = storage;
        Thread removeCache = new Thread(() -> delete(cache), "a64-remove-cache");
        Runtime.getRuntime().addShutdownHook(removeCache);
        trace.mark("launcher");
        try {
            framework = start(storage, home, trace);
            trace.mark("framework start");
            AtomicInteger shellStatus = new AtomicInteger();
            if (shell) {
                framework.getBundleContext().registerService(IntConsumer.class, shellStatus::set,
                        new Hashtable<>(Map.of(EXIT_STATUS_SINK, "shell")));
            }
            List<Path> contributed = new ArrayList<>(dropins(home));
            contributed.addAll(extraBundles);
            List<Path> bundles = new ArrayList<>(jars(home.resolve("bundles")));
            if (shell) {
                bundles.addAll(jars(home.resolve("shell")));
            } else if (contributed.isEmpty()) {
                // A contributed bundle may provide a command or a service any bundle consumes: then every bundle starts.
                List<Path> all = bundles;
                bundles = new ArrayList<>(CommandIndex.load(home).flatMap(index -> index.bundlesFor(COMMANDS.get(command), all))
                        .orElse(all));
            }
            bundles.addAll(contributed);
            install(framework.getBundleContext(), bundles, trace);
            if (shell) {
                framework.waitForStop(0);
                return shellStatus.get();
            }
            return execute(framework.getBundleContext(), COMMANDS.get(command), args.subList(1, args.size()), trace);
        } catch (CommandFailure e) {
            err.println("a64: " + e.getMessage());
            // The commands word a bad command line as "usage: ..." or "...; usage: ...": status 2, as the README says.
            String message = e.getMessage();
            return message.startsWith("usage:") || message.contains("; usage:") ? 2 : 1;
        } catch (Exception e) {
            err.println("a64: " + message(e));
            return 1;
        } finally {
            stop(framework);
            delete(storage);
            try {
                Runtime.getRuntime().removeShutdownHook(removeCache);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs, and finds nothing left to delete.
            }
            trace.mark("stop");
        }
    }

    /** A command as the usage shows it: its synopsis and what it does. */
    private record Help(String command, String synopsis, String summary) {
    }

    /** The CLI's commands in the order the usage lists them; {@code a64 COMMAND --help} prints one entry. */
    private static final List<Help> HELP = List.of(
            new Help("disasm", "disasm --words W... | --words-file FILE | [--base ADDR] FILE.bin", "disassemble A64 words"),
            new Help("decode", "decode WORD...", "fields, class, memory access of a word"),
            new Help("isa", "isa", "active instruction sets, rejected contributions"),
            new Help("asm", "asm IN.s -o OUT [--flat] [--base ADDR]", "assemble to a static ELF64 (or a flat binary)"),
            new Help("handlers", "handlers", "contributed trap handlers and their filters"),
            new Help("run-user", "run-user [--stats] [--strace] [--allow-write DIR] [--sysroot DIR] [--env NAME=VALUE]... [--clear-env]\n"
                    + "         [--gdb [HOST:]PORT] PROG [ARGS...]",
                    "run a static AArch64 Linux program; exits with its status"),
            new Help("run", "run [--board NAME] --kernel FILE [--initrd FILE] [--smp N] [--ram MIB] [--append ARGS] [--irqchip accel|vmm]\n"
                    + "    [--stats] [--trap-all] [--screenshot OUT.png] [--gdb [HOST:]PORT] [--timeout SECONDS] [--dump-dtb FILE]\n"
                    + "    [--disk FILE[,ro]]... [--rng]",
                    "boot a kernel on a board (--board NAME, a Board service; default virt, the options above are virt's;\n"
                    + "        run --board NAME --help: that board's options); exits 0 on SYSTEM_OFF or Ctrl-A x, 124 after --timeout;\n"
                    + "        --dump-dtb writes the guest's device tree and exits without running"),
            new Help("lsp", "lsp", "spec language server for *.a64 files (LSP over stdin/stdout, for editors)"),
            // Started by the a64 script on Equinox (org.a64wb.workbench.launcher), not by this launcher; listed for the usage.
            new Help("workbench", "workbench [--bundle JAR]... [--screenshot FILE.png]",
                    "the A64 Workbench (Eclipse RCP): ISA explorer, decoder playground, spec editor, machine view"),
            new Help("shell", "shell", "interactive Gogo shell (a64:* commands)"));

    /** Where the distribution keeps the self-contained spec language server, and its entry point. */
    private static final String LANGUAGE_SERVER_JAR = "lsp/a64-spec-ls.jar";
    private static final String LANGUAGE_SERVER_CLASS = "org.a64wb.spec.ide.server.SpecLanguageServer";

    /**
     * {@code a64 lsp}: the spec language server, in this JVM but without OSGi: Xtext and Guice are plain jars, so
     * the shaded server jar gets a class loader of its own (under the platform loader, away from the framework).
     * stdin/stdout are its LSP channel.
     */
    private int languageServer(List<String> args) {
        if (!args.isEmpty()) {
            return usage("lsp takes no arguments");
        }
        Path home = home();
        Path jar = home == null ? null : home.resolve(LANGUAGE_SERVER_JAR);
        if (jar == null || !Files.isRegularFile(jar)) {
            err.println("a64: the spec language server is missing (" + (jar == null ? LANGUAGE_SERVER_JAR : jar) + ")");
            return 1;
        }
        try {
            java.net.URLClassLoader loader = new java.net.URLClassLoader("a64-spec-ls", new java.net.URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Method run = loader.loadClass(LANGUAGE_SERVER_CLASS).getMethod("run", String[].class, InputStream.class,
                    java.io.OutputStream.class, PrintStream.class);
            return (Integer) run.invoke(null, new String[0], in, out, err);
        } catch (InvocationTargetException e) {
            err.println("a64: lsp: " + message(e));
            return 1;
        } catch (ReflectiveOperationException | IOException e) {
            err.println("a64: cannot start the spec language server from " + jar + " (" + e + ")");
            return 1;
        }
    }

    private int usage(String problem) {
        PrintStream stream = problem == null ? out : err;
        if (problem != null) {
            stream.println("a64: " + problem);
        }
        stream.println("usage: a64 [--bundle JAR]... COMMAND [ARGS]      (a64 COMMAND --help for one command)");
        for (Help help : HELP) {
            stream.println("  " + help.synopsis().replace("\n", "\n  "));
            stream.println("        " + help.summary());
        }
        stream.println("The jars in the distribution's dropins/ directory and in the directories A64_DROPINS names (':'-separated)");
        stream.println("join every command, as --bundle JAR does.");
        return problem == null ? 0 : 2;
    }

    /** {@code a64 COMMAND --help}: that command's synopsis and summary, without starting the runtime. */
    private int commandHelp(String command) {
        for (Help help : HELP) {
            if (help.command().equals(command)) {
                out.println("usage: a64 " + help.synopsis().replace("\n", "\n       "));
                out.println(help.summary());
                return 0;
            }
        }
        return usage("unknown command '" + command + "'");
    }

    private static Path home() {
        String configured = System.getProperty("a64.home");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent();
        } catch (Exception e) {
            return null;
        }
    }

    private Framework start(Path storage, Path home, StartupTrace trace) throws BundleException {
        FrameworkFactory factory = frameworkFactory();
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("gosh.args", "--nointeractive".equals(System.getProperty("a64.shell")) ? "--nointeractive" : "");
        config.put("felix.log.level", "1");
        // Felix's URL handlers put a factory under every java.net.URL the JVM makes, which walks the caller's class
        // context each time; bundle URLs the framework hands out keep working without it (they carry their handler).
        config.put("felix.service.urlhandlers", "false");
        // The cache lives for one run in a directory no other process uses: nothing to lock against.
        config.put("felix.cache.locking", "false");
        // The shell reads HOME/etc/gosh_profile: the a64 scope first, so that help and exit are ours.
        config.put("gosh.home", home.toString());
        Framework framework = factory.newFramework(config);
        trace.mark("framework new");
        framework.init();
        trace.mark("framework init");
        framework.start();
        return framework;
    }

    /**
     * The framework on the class path, found as OSGi Core 8 (4.2.2) describes: the first class its
     * META-INF/services/org.osgi.framework.launch.FrameworkFactory names, read directly: ServiceLoader's machinery took
     * a cold JVM 13 ms of a start (-Da64.startup.trace).
     */
    private static FrameworkFactory frameworkFactory() {
        ClassLoader loader = Launcher.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("META-INF/services/" + FrameworkFactory.class.getName())) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String name = line.replaceFirst("#.*", "").trim();
                    if (!name.isEmpty()) {
                        return (FrameworkFactory) loader.loadClass(name).getConstructor().newInstance();
                    }
                }
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            // A provider file that does not work: ServiceLoader says what is wrong with it.
        }
        return ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
    }

    /**
     * A new directory for the framework's cache, which lives for one run, named by process id and clock rather than
     * by Files.createTempDirectory, whose SecureRandom costs a cold JVM the start of the JDK's security providers.
     */
    private static Path storageDirectory() throws IOException {
        // In memory where Linux offers it: the framework writes a few files per bundle there and the launcher deletes
        // them at the end, which costs a disk-backed /tmp a good part of the start-up.
        Path memory = Path.of("/dev/shm");
        if (Files.isDirectory(memory) && Files.isWritable(memory)) {
            try {
                return storageDirectory(memory);
            } catch (IOException e) {
                // Full or otherwise unusable: the temporary directory will do.
            }
        }
        return storageDirectory(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static Path storageDirectory(Path parent) throws IOException {
        String prefix = "a64-osgi-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0;; attempt++) {
            try {
                Path directory = parent.resolve(prefix + Long.toHexString(System.nanoTime()));
                // Owner only, as Files.createTempDirectory makes it: the cache names the jars the framework loads.
                return parent.getFileSystem().supportedFileAttributeViews().contains("posix")
                        ? Files.createDirectory(directory, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")))
                        : Files.createDirectory(directory);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** The distribution's own drop-in directory, scanned at every start. */
    static final String DROPINS = "dropins";

    /** System property (and, through the a64 script, environment variable A64_DROPINS): more drop-in directories, path-separated. */
    static final String DROPINS_PROPERTY = "a64.dropins";

    /**
     * The bundles of the drop-in directories: HOME/dropins and those {@value #DROPINS_PROPERTY} names. A device or board
     * bundle joins the runtime by being copied there, with no file of the project to edit (as Eclipse's dropins). A jar
     * that is not a bundle, or a named directory that does not exist, is reported on one line and left out: a broken
     * drop-in must not take every command down.
     */
    private List<Path> dropins(Path home) throws IOException {
        List<Path> directories = new ArrayList<>();
        directories.add(home.resolve(DROPINS));
        String configured = System.getProperty(DROPINS_PROPERTY, "");
        for (String entry : configured.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path directory = Path.of(entry);
            if (!Files.isDirectory(directory)) {
                err.println("a64: " + DROPINS_PROPERTY + ": " + directory + ": no such directory");
                continue;
            }
            directories.add(directory);
        }
        List<Path> bundles = new ArrayList<>();
        for (Path directory : directories) {
            for (Path jar : jars(directory)) {
                String problem = bundleProblem(jar);
                if (problem != null) {
                    err.println("a64: " + jar + ": " + problem + "; left out");
                } else {
                    bundles.add(jar);
                }
            }
        }
        return bundles;
    }

    private void install(BundleContext context, List<Path> jars, StartupTrace trace) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            try {
                // reference: the framework reads the jar where it is instead of copying it into a cache that lives one run.
                installed.add(context.installBundle("reference:" + jar.toUri()));
            } catch (BundleException e) {
                // Felix says "Unable to cache bundle: URL" for an unreadable jar or a cache it cannot write; the cause says which.
                Throwable cause = e.getCause();
                throw new CommandFailure(jar + ": cannot install the bundle (" + e.getMessage()
                        + (cause == null ? "" : ": " + cause.getMessage()) + ")");
            }
        }
        trace.mark("install " + installed.size() + " bundles");
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException e) {
                err.println("a64: bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage());
            }
        }
        trace.mark("start");
    }

    /** Runs one Gogo command line; the command's own exception message becomes the one-line error. */
    private int execute(BundleContext context, String function, List<String> args, StartupTrace trace) throws Exception {
        String[] parts = function.split(":");
        Object processor = await(context, "(objectClass=org.apache.felix.service.command.CommandProcessor)", "the Gogo command processor");
        await(context, "(&(osgi.command.scope=" + parts[0] + ")(osgi.command.function=" + parts[1] + "))", "command " + function);
        trace.mark("services");
        StringBuilder line = new StringBuilder(function);
        boolean runUser = STATUS_COMMANDS.contains(function);
        for (String arg : runUser ? List.<String>of() : args) {
            if (arg.indexOf('\'') >= 0) {
                throw new CommandFailure("argument contains a single quote: " + arg);
            }
            line.append(" '").append(arg).append('\'');
        }
        ClassLoader gogo = processor.getClass().getClassLoader();
        Class<?> processorType = gogo.loadClass("org.apache.felix.service.command.CommandProcessor");
        Class<?> sessionType = gogo.loadClass("org.apache.felix.service.command.CommandSession");
        Method create = processorType.getMethod("createSession", InputStream.class, java.io.OutputStream.class, java.io.OutputStream.class);
        Object session = create.invoke(processor, in, out, err);
        try {
            if (runUser) {
                // The guest's argv goes in as one list variable: no quoting limits, no shell expansion.
                sessionType.getMethod("put", String.class, Object.class).invoke(session, "a64argv", new ArrayList<>(args));
                line.append(" $a64argv");
            }
            Object result = sessionType.getMethod("execute", CharSequence.class).invoke(session, line.toString());
            Object status = sessionType.getMethod("get", String.class).invoke(session, EXIT_STATUS_VARIABLE);
            if (status instanceof Integer value) {
                return value;
            }
            if (runUser && result instanceof Integer value) {
                return value;
            }
            return 0;
        } catch (InvocationTargetException e) {
            throw new CommandFailure(message(e.getCause()));
        } finally {
            sessionType.getMethod("close").invoke(session);
            out.flush();
            trace.mark("command");
        }
    }

    /** Why {@code jar} cannot be an extra bundle, or null: it must be a jar whose manifest names the bundle. */
    static String bundleProblem(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return "not an OSGi bundle (its manifest has no " + Constants.BUNDLE_SYMBOLICNAME + ")";
            }
            return null;
        } catch (IOException e) {
            return "not a jar file (" + e.getMessage() + ")";
        }
    }

    private static String message(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof InvocationTargetException || cause.getMessage() == null) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static Object await(BundleContext context, String filterText, String what) throws InvalidSyntaxException, InterruptedException {
        Filter filter = context.createFilter(filterText);
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open(true);
        try {
            Object service = tracker.waitForService(SERVICE_TIMEOUT_MS);
            if (service == null) {
                throw new CommandFailure(what + " did not become available (is its bundle in the distribution?)");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    private static void stop(Framework framework) {
        if (framework == null) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(10));
        } catch (Exception e) {
            // Stopping is best effort: the process exits next.
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }

    /** A failure whose message is what the user should read. */
    static final class CommandFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandFailure(String message) {
            super(message);
        }
    }
}
