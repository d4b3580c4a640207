package org.a64wb.launcher.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.VersionRange;

/**
 * Computes, at distribution build time, which of the distribution's bundles each Gogo command needs, and writes the
 * index the launcher reads ({@code org.a64wb.launcher.CommandIndex}) so that a command starts only those: resolving
 * and activating bundles is most of a cold start (bench/results/startup.txt).
 *
 * <p>A command's set is the bundle whose component declares the function, and the bundle providing Gogo's
 * CommandProcessor (the launcher runs every command through it), closed over what the bundles in the set ask for:
 * Import-Package and DynamicImport-Package (every matching exporter), Require-Bundle, Fragment-Host both ways, and
 * Require-Capability in every namespace but the execution environment. Optional and multiple requirements count too:
 * bnd writes one osgi.service requirement per {@code @Reference}, so a whiteboard consumer (the board's devices, the
 * hypervisor's trap handlers, the registry's instruction sets) brings in every bundle that provides the service, as it
 * would see them with all bundles started. Capabilities in a namespace that no OSGi specification defines are an
 * extender's data (a64.allowlist): no requirement names them, so all providers of such a namespace join as soon as one
 * of them does (the extender ships its own default data that way: hypervisor.mmio's allowlist/default.allow).
 *
 * <p>{@code java -cp launcher.jar:felix.jar org.a64wb.launcher.index.CommandIndexer BUNDLES_DIR INDEX_FILE}
 */
public final class CommandIndexer {

    /** What the launcher itself needs for every command (Launcher.execute waits for it). */
    static final String LAUNCHER_REQUIREMENT = "(objectClass=org.apache.felix.service.command.CommandProcessor)";

    private final List<BundleDescription> bundles;

    CommandIndexer(List<BundleDescription> bundles) {
        this.bundles = bundles;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CommandIndexer BUNDLES_DIR INDEX_FILE");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        List<BundleDescription> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                bundles.add(BundleDescription.read(jar));
            }
        }
        CommandIndexer indexer = new CommandIndexer(bundles);
        Map<String, Set<String>> index = indexer.index();
        write(Path.of(args[1]), bundles.stream().map(BundleDescription::file).toList(), index);
    }

    /** Each command function (scope:function) and the jar files of the bundles it needs, sorted. */
    Map<String, Set<String>> index() throws InvalidSyntaxException {
        Map<String, Set<String>> index = new TreeMap<>();
        for (BundleDescription bundle : bundles) {
            for (String command : bundle.commands()) {
                List<BundleDescription> roots = new ArrayList<>();
                roots.add(bundle);
                roots.addAll(providers(FrameworkUtil.createFilter(LAUNCHER_REQUIREMENT), "osgi.service"));
                index.computeIfAbsent(command, c -> new TreeSet<>());
                for (BundleDescription member : closure(roots)) {
                    index.get(command).add(member.file());
                }
            }
        }
        return index;
    }

    private List<BundleDescription> closure(List<BundleDescription> roots) throws InvalidSyntaxException {
        Map<String, BundleDescription> members = new LinkedHashMap<>();
        Deque<BundleDescription> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            BundleDescription bundle = work.pop();
            if (members.putIfAbsent(bundle.file(), bundle) == null) {
                work.addAll(needs(bundle));
            }
        }
        return new ArrayList<>(members.values());
    }

    /** The bundles {@code bundle} would be wired to or would use services of, with every bundle installed. */
    private List<BundleDescription> needs(BundleDescription bundle) throws InvalidSyntaxException {
        List<BundleDescription> needs = new ArrayList<>();
        for (ManifestHeader.Clause imported : bundle.imports()) {
            VersionRange range = VersionRange.valueOf(imported.attributes().getOrDefault(Constants.VERSION_ATTRIBUTE, "0.0.0"));
            for (String name : imported.paths()) {
                for (BundleDescription other : bundles) {
                    if (other.exports().containsKey(name) && range.includes(other.exports().get(name))) {
                        needs.add(other);
                    }
                }
            }
        }
        for (String pattern : bundle.dynamicImports()) {
            for (BundleDescription other : bundles) {
                if (other.exports().keySet().stream().anyMatch(name -> dynamicMatch(pattern, name))) {
                    needs.add(other);
                }
            }
        }
        for (String name : bundle.requiredBundles()) {
            bundles.stream().filter(other -> other.symbolicName().equals(name)).forEach(needs::add);
        }
        for (BundleDescription other : bundles) {
            if (bundle.symbolicName().equals(other.fragmentHost()) || other.symbolicName().equals(bundle.fragmentHost())) {
                needs.add(other);
            }
        }
        for (ManifestHeader.Clause requirement : bundle.requirements()) {
            String filter = requirement.directives().get(Constants.FILTER_DIRECTIVE);
            for (String namespace : requirement.paths()) {
                if (!namespace.equals("osgi.ee") && !namespace.equals("osgi.native")) {
                    needs.addAll(filter == null ? providers(null, namespace) : providers(FrameworkUtil.createFilter(filter), namespace));
                }
            }
        }
        for (BundleDescription.Capability capability : bundle.capabilities()) {
            if (isExtenderData(capability.namespace())) {
                needs.addAll(providers(null, capability.namespace()));
            }
        }
        return needs;
    }

    private static boolean isExtenderData(String namespace) {
        return !namespace.startsWith("osgi.") && !namespace.startsWith("org.apache.felix.") && !namespace.startsWith("eclipse.")
                && !namespace.startsWith("org.eclipse.");
    }

    private static boolean dynamicMatch(String pattern, String name) {
        if (pattern.equals("*")) {
            return true;
        }
        return pattern.endsWith(".*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(name);
    }

    /** The bundles with a capability in {@code namespace} that {@code filter} (null: any) matches. */
    private List<BundleDescription> providers(Filter filter, String namespace) {
        List<BundleDescription> providers = new ArrayList<>();
        for (BundleDescription other : bundles) {
            for (BundleDescription.Capability capability : other.capabilities()) {
                if (capability.namespace().equals(namespace) && (filter == null || filter.matches(capability.attributes()))) {
                    providers.add(other);
                    break;
                }
            }
        }
        return providers;
    }

    static void write(Path file, List<String> jars, Map<String, Set<String>> index) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Which bundles each command needs (generated at build time by " + CommandIndexer.class.getName() + ").");
        lines.add("# Format: one 'scope:function jar...' line per command, after one '* jar...' line naming every jar the index");
        lines.add("# was made from; the launcher starts all bundles when bundles/ holds others.");
        lines.add("* " + String.join(" ", jars));
        index.forEach((command, set) -> lines.add(command + " " + String.join(" ", set)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }
}
