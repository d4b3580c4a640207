package org.a64wb.launcher.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a bundle jar says about its wiring, read from its manifest and its Declarative Services descriptions: the
 * packages it exports and imports, the capabilities it provides and requires (bnd writes an osgi.service requirement
 * for each {@code @Reference} and a capability for each service a component provides), and the Gogo functions
 * ({@code osgi.command.scope:osgi.command.function}) its components provide.
 */
record BundleDescription(String file, String symbolicName, String fragmentHost, Map<String, Version> exports,
        List<ManifestHeader.Clause> imports, List<String> dynamicImports, List<String> requiredBundles,
        List<Capability> capabilities, List<ManifestHeader.Clause> requirements, Set<String> commands) {

    /** A provided capability: its namespace and its attributes, typed as the filter language compares them. */
    record Capability(String namespace, Map<String, Object> attributes) {
    }

    static BundleDescription read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
            String symbolicName = ManifestHeader.parse(main.getValue(Constants.BUNDLE_SYMBOLICNAME)).clauses().stream()
                    .findFirst().map(ManifestHeader.Clause::path).orElse(null);
            if (symbolicName == null) {
                throw new IOException(jar + ": not an OSGi bundle (no " + Constants.BUNDLE_SYMBOLICNAME + ")");
            }
            String host = ManifestHeader.parse(main.getValue(Constants.FRAGMENT_HOST)).clauses().stream().findFirst()
                    .map(ManifestHeader.Clause::path).orElse(null);
            Map<String, Version> exports = new HashMap<>();
            for (ManifestHeader.Clause clause : ManifestHeader.parse(main.getValue(Constants.EXPORT_PACKAGE)).clauses()) {
                String version = clause.attributes().getOrDefault(Constants.VERSION_ATTRIBUTE,
                        clause.attributes().getOrDefault("specification-version", "0.0.0"));
                for (String path : clause.paths()) {
                    exports.put(path, Version.parseVersion(version));
                }
            }
            List<String> dynamicImports = new ArrayList<>();
            for (ManifestHeader.Clause clause : ManifestHeader.parse(main.getValue(Constants.DYNAMICIMPORT_PACKAGE)).clauses()) {
                dynamicImports.addAll(clause.paths());
            }
            List<String> requiredBundles = ManifestHeader.parse(main.getValue(Constants.REQUIRE_BUNDLE)).clauses().stream()
                    .map(ManifestHeader.Clause::path).toList();
            List<Capability> capabilities = new ArrayList<>();
            for (ManifestHeader.Clause clause : ManifestHeader.parse(main.getValue(Constants.PROVIDE_CAPABILITY)).clauses()) {
                Map<String, Object> attributes = new HashMap<>();
                clause.attributes().forEach((name, value) -> attributes.put(name, typed(value, clause.types().get(name))));
                for (String namespace : clause.paths()) {
                    capabilities.add(new Capability(namespace, attributes));
                }
            }
            Set<String> commands = new LinkedHashSet<>();
            for (ManifestHeader.Clause clause : ManifestHeader.parse(main.getValue("Service-Component")).clauses()) {
                for (String path : clause.paths()) {
                    ZipEntry entry = file.getEntry(path);
                    if (entry != null) {
                        try (InputStream in = file.getInputStream(entry)) {
                            commands.addAll(commandFunctions(in, jar + "!/" + path));
                        }
                    }
                }
            }
            return new BundleDescription(jar.getFileName().toString(), symbolicName, host, exports,
                    ManifestHeader.parse(main.getValue(Constants.IMPORT_PACKAGE)).clauses(), dynamicImports, requiredBundles,
                    capabilities, ManifestHeader.parse(main.getValue(Constants.REQUIRE_CAPABILITY)).clauses(), commands);
        }
    }

    /** A capability attribute as a filter compares it: Version, Long and Double by value, lists element by element. */
    static Object typed(String value, String type) {
        if (type == null || type.equals("String")) {
            return value;
        }
        if (type.startsWith("List<") && type.endsWith(">")) {
            String element = type.substring("List<".length(), type.length() - 1);
            return Arrays.stream(value.split(",")).map(String::trim).map(v -> typed(v, element)).toList();
        }
        return switch (type) {
            case "Version" -> Version.parseVersion(value);
            case "Long" -> Long.valueOf(value.trim());
            case "Double" -> Double.valueOf(value.trim());
            default -> value;
        };
    }

    /** {@code scope:function} for each Gogo function the component description {@code in} declares. */
    private static List<String> commandFunctions(InputStream in, String where) throws IOException {
        Element component;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            component = factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            throw new IOException(where + ": not a component description (" + e.getMessage() + ")", e);
        }
        List<String> scopes = new ArrayList<>();
        List<String> functions = new ArrayList<>();
        NodeList properties = component.getElementsByTagNameNS("*", "property");
        if (properties.getLength() == 0) {
            properties = component.getElementsByTagName("property");
        }
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            List<String> values = property.hasAttribute("value") ? List.of(property.getAttribute("value"))
                    : property.getTextContent().lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
            switch (property.getAttribute("name")) {
                case "osgi.command.scope" -> scopes.addAll(values);
                case "osgi.command.function" -> functions.addAll(values);
                default -> { }
            }
        }
        List<String> commands = new ArrayList<>();
        for (String scope : scopes) {
            for (String function : functions) {
                commands.add(scope + ":" + function);
            }
        }
        return commands;
    }
}
