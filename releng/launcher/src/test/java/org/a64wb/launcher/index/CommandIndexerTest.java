package org.a64wb.launcher.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command's bundle set follows what the OSGi resolver and Declarative Services would wire with every bundle
 * installed (OSGi Core 8 chapter 3, Compendium 112): each case is a bundle that must join or must stay out, and why.
 */
class CommandIndexerTest {

    private static final String COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="x.Commands">
              <property name="osgi.command.scope" type="String" value="a64"/>
              <property name="osgi.command.function" type="String">hello
            bye</property>
              <implementation class="x.Commands"/>
            </scr:component>
            """;

    @TempDir
    Path dir;

    private BundleDescription bundle(String file, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", file.replace(".jar", ""));
        headers.forEach(manifest.getMainAttributes()::putValue);
        Path jar = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream stream = new JarOutputStream(out, manifest)) {
            if (headers.containsKey("Service-Component")) {
                stream.putNextEntry(new JarEntry(headers.get("Service-Component")));
                stream.write(COMPONENT.getBytes(StandardCharsets.UTF_8));
                stream.closeEntry();
            }
        }
        return BundleDescription.read(jar);
    }

    @Test
    void aCommandNeedsWhatItsBundleWiresToAndTheServicesItsComponentsConsume() throws Exception {
        List<BundleDescription> bundles = new ArrayList<>();
        bundles.add(bundle("commands.jar", Map.of(
                "Service-Component", "OSGI-INF/x.Commands.xml",
                "Import-Package", "x.api;version=\"[1.0,2)\",x.optional;resolution:=optional",
                "Require-Capability", "osgi.service;filter:=\"(objectClass=x.Api)\";effective:=active,"
                        + "osgi.service;filter:=\"(objectClass=x.Contribution)\";cardinality:=multiple;resolution:=optional;effective:=active,"
                        + "osgi.extender;filter:=\"(&(osgi.extender=osgi.component)(version>=1.5.0)(!(version>=2.0.0)))\","
                        + "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\"")));
        bundles.add(bundle("api-1.jar", Map.of("Export-Package", "x.api;version=\"1.5.0\"")));
        bundles.add(bundle("api-2.jar", Map.of("Export-Package", "x.api;version=\"2.0.0\""))); // outside [1.0,2)
        bundles.add(bundle("optional.jar", Map.of("Export-Package", "x.optional"))); // an optional import wires when it can
        bundles.add(bundle("impl.jar", Map.of("Provide-Capability",
                "osgi.service;objectClass:List<String>=\"x.Api,x.Other\",a64.allowlist;path=\"allowlist/default.allow\"")));
        bundles.add(bundle("contribution-a.jar", Map.of("Provide-Capability", "osgi.service;objectClass:List<String>=\"x.Contribution\"")));
        bundles.add(bundle("contribution-b.jar", Map.of("Provide-Capability", "osgi.service;objectClass:List<String>=\"x.Contribution\"")));
        bundles.add(bundle("allowlist.jar", Map.of("Provide-Capability", "a64.allowlist;path=\"allowlist/tpm.allow\"")));
        bundles.add(bundle("fragment.jar", Map.of("Fragment-Host", "impl")));
        bundles.add(bundle("scr.jar", Map.of("Provide-Capability", "osgi.extender;osgi.extender=\"osgi.component\";version:Version=\"1.5\"")));
        bundles.add(bundle("scr-2.jar", Map.of("Provide-Capability", "osgi.extender;osgi.extender=\"osgi.component\";version:Version=\"2.1\"")));
        bundles.add(bundle("gogo.jar", Map.of("Provide-Capability",
                "osgi.service;objectClass=\"org.apache.felix.service.command.CommandProcessor\"")));
        bundles.add(bundle("unrelated.jar", Map.of("Provide-Capability", "osgi.service;objectClass:List<String>=\"y.Unused\"",
                "Import-Package", "x.api")));
        Map<String, Set<String>> index = new CommandIndexer(bundles).index();
        Set<String> expected = Set.of("commands.jar", "api-1.jar", "optional.jar", "impl.jar", "contribution-a.jar", "contribution-b.jar",
                "allowlist.jar", "fragment.jar", "scr.jar", "gogo.jar");
        assertEquals(Set.of("a64:hello", "a64:bye"), index.keySet());
        assertEquals(expected, index.get("a64:hello"));
        assertEquals(expected, index.get("a64:bye"));
    }

    @Test
    void requireBundleAndDynamicImportsWireToo() throws Exception {
        List<BundleDescription> bundles = new ArrayList<>();
        bundles.add(bundle("commands.jar", Map.of("Service-Component", "OSGI-INF/x.Commands.xml", "Require-Bundle", "library;bundle-version=\"1.0\"",
                "DynamicImport-Package", "x.log.*")));
        bundles.add(bundle("library.jar", Map.of()));
        bundles.add(bundle("log.jar", Map.of("Export-Package", "x.log.service;version=\"1.4\"")));
        bundles.add(bundle("other.jar", Map.of("Export-Package", "x.logger")));
        assertEquals(Set.of("commands.jar", "library.jar", "log.jar"), new CommandIndexer(bundles).index().get("a64:hello"));
    }
}
