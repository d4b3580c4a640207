package org.a64wb.hypervisor.mmio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;

/**
 * The "emulation allowlist" extension point (extender pattern, ARCHITECTURE.md): a bundle ships an
 * allowlist file and declares it with
 * {@code Provide-Capability: a64.allowlist;path="allowlist/tpm.allow"} (several capabilities, several
 * files). Started bundles are loaded, stopped ones unloaded. A bad file is reported as
 * {@code bundle: file:line: message} and contributes nothing; the platform goes on.
 */
@Component(service = AllowlistExtender.class, immediate = true)
public final class AllowlistExtender {

    /** The capability namespace of allowlist contributions. */
    public static final String NAMESPACE = "a64.allowlist";
    public static final String PATH = "path";

    private final AllowlistRegistry registry = new AllowlistRegistry();
    private final AllowlistParser parser;
    private BundleTracker<String> tracker;

    public AllowlistExtender() {
        this(new AllowlistParser(List.of(new A64InstructionSet())));
        registry.onProblem(problem -> System.err.println("a64: allowlist rejected: " + problem));
    }

    public AllowlistExtender(AllowlistParser parser) {
        this.parser = parser;
    }

    @Activate
    void activate(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                return load(bundle) ? bundle.getSymbolicName() : null;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String contributor) {
                unload(bundle);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        if (tracker != null) {
            tracker.close();
        }
    }

    public AllowlistRegistry registry() {
        return registry;
    }

    static String contributor(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    /** Loads what {@code bundle} declares; false when it declares nothing. Never throws for a bad contribution. */
    public boolean load(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<BundleCapability> capabilities = revision == null ? List.of() : revision.getDeclaredCapabilities(NAMESPACE);
        if (capabilities.isEmpty()) {
            return false;
        }
        String who = contributor(bundle);
        int index = 0;
        for (BundleCapability capability : capabilities) {
            String key = capabilities.size() == 1 ? who : who + " #" + index;
            index++;
            Object path = capability.getAttributes().get(PATH);
            if (!(path instanceof String file) || file.isBlank()) {
                registry.problem(who + ": Provide-Capability " + NAMESPACE + " has no path attribute (path=\"allowlist/NAME.allow\")");
                continue;
            }
            URL entry = bundle.getEntry(file);
            if (entry == null) {
                registry.problem(who + ": " + file + ": no such file in the bundle");
                continue;
            }
            String text;
            try (InputStream in = entry.openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                registry.problem(who + ": " + file + ": cannot read: " + e.getMessage());
                continue;
            }
            AllowlistParser.Result result = parser.parse(file, text);
            if (result.ok()) {
                registry.add(key, result.allowlist());
            } else {
                result.problems().forEach(p -> registry.problem(who + ": " + p));
            }
        }
        return true;
    }

    public void unload(Bundle bundle) {
        String who = contributor(bundle);
        for (String contributor : registry.contributors()) {
            if (contributor.equals(who) || contributor.startsWith(who + " #")) {
                registry.remove(contributor);
            }
        }
        registry.remove(who);
    }
}
