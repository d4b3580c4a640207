package org.a64wb.workbench.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Equinox's {@code configuration/config.ini} for the workbench: every bundle of the distribution (the headless
 * runtime's and the workbench's), which of them start and at which level, and the e4 application to run.
 */
public final class LaunchConfiguration {

    /** Started early: DS (the project's bundles are DS components), the registry's base and e4's event admin. */
    private static final Map<String, Integer> EARLY = Map.of(
            "org.apache.felix.scr", 2,
            "org.eclipse.equinox.common", 2,
            "org.eclipse.equinox.event", 2);

    /** Bundles Eclipse starts lazily on first class load and must not be started by us, beyond core.runtime. */
    private static final String RCP_PREFIXES = "org.eclipse.|org.apache.batik|com.sun.jna|com.ibm.icu|com.github.weisj|jakarta.|org.apache.commons|org.osgi.service.event|org.osgi.service.prefs";

    public static final String APPLICATION = "org.eclipse.e4.ui.workbench.swt.E4Application";

    /** One bundle: its jar, symbolic name and whether it is a fragment (fragments are never started). */
    record BundleJar(Path jar, String symbolicName, boolean fragment) {
    }

    private LaunchConfiguration() {
    }

    /** The bundles in {@code directories}, in directory then name order; jars without a Bundle-SymbolicName are left out. */
    static List<BundleJar> bundles(List<Path> directories) throws IOException {
        List<BundleJar> bundles = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<Path> jars;
            try (Stream<Path> files = Files.list(directory)) {
                jars = files.filter(p -> p.toString().endsWith(".jar")).sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path jar : jars) {
                if (bundleProblem(jar) == null) {
                    bundles.add(bundle(jar));
                }
            }
        }
        return bundles;
    }

    /** One jar as a bundle; {@link #bundleProblem} must have found none. */
    static BundleJar bundle(Path jar) throws IOException {
        Manifest manifest = manifest(jar);
        String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        boolean fragment = manifest.getMainAttributes().getValue("Fragment-Host") != null;
        return new BundleJar(jar.toAbsolutePath(), name.split(";")[0].trim(), fragment);
    }

    /** Why {@code jar} is no bundle, or null. */
    static String bundleProblem(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return "no such bundle";
        }
        try {
            Manifest manifest = manifest(jar);
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "not an OSGi bundle (its manifest has no Bundle-SymbolicName)";
            }
            return null;
        } catch (IOException e) {
            return "not a jar file (" + e.getMessage() + ")";
        }
    }

    /** The {@code osgi.bundles} entry of one bundle. */
    static String entry(BundleJar bundle) {
        String location = "reference:" + bundle.jar().toUri();
        if (bundle.fragment()) {
            return location;
        }
        Integer level = EARLY.get(bundle.symbolicName());
        if (level != null) {
            return location + "@" + level + ":start";
        }
        if (bundle.symbolicName().equals("org.eclipse.core.runtime")) {
            return location + "@start";
        }
        // The project's bundles are DS components (and the workbench's parts need their bundle context): start them.
        if (!bundle.symbolicName().matches("(" + RCP_PREFIXES.replace(".", "\\.") + ").*")) {
            return location + "@start";
        }
        return location;
    }

    /** The text of config.ini. */
    static String configIni(List<BundleJar> bundles, Path instanceArea) {
        StringBuilder text = new StringBuilder();
        text.append("# Written by the a64 workbench launcher for this run.\n");
        text.append("osgi.bundles=").append(bundles.stream().map(LaunchConfiguration::entry).collect(Collectors.joining(",\\\n  "))).append('\n');
        text.append("osgi.bundles.defaultStartLevel=4\n");
        text.append("eclipse.application=").append(APPLICATION).append('\n');
        text.append("osgi.instance.area=").append(escape(instanceArea.toUri().toString())).append('\n');
        text.append("eclipse.consoleLog=true\n");
        return text.toString();
    }

    /** config.ini is a properties file: backslashes and colons in values need no escaping except backslash itself. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }

    private static Manifest manifest(Path jar) throws IOException {
        try (InputStream in = Files.newInputStream(jar); JarInputStream stream = new JarInputStream(in)) {
            return stream.getManifest();
        }
    }
}
