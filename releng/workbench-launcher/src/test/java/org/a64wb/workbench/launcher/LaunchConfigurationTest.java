package org.a64wb.workbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchConfigurationTest {

    @TempDir
    Path dir;

    private Path bundle(String file, String symbolicName, String fragmentHost) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        }
        if (fragmentHost != null) {
            manifest.getMainAttributes().putValue("Fragment-Host", fragmentHost);
        }
        Path jar = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream stream = new JarOutputStream(out, manifest)) {
            // The manifest is all a bundle needs here.
        }
        return jar;
    }

    @Test
    void startsDsEarlyTheProjectsBundlesAndCoreRuntimeButNeverFragmentsOrLazyPlatformBundles() throws IOException {
        bundle("org.apache.felix.scr.jar", "org.apache.felix.scr", null);
        bundle("org.a64wb.isa.registry.jar", "org.a64wb.isa.registry", null);
        bundle("org.eclipse.core.runtime.jar", "org.eclipse.core.runtime; singleton:=true", null);
        bundle("org.eclipse.jface.jar", "org.eclipse.jface;singleton:=true", null);
        bundle("org.eclipse.swt.gtk.linux.x86_64.jar", "org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.swt");
        bundle("plain.jar", null, null);
        List<LaunchConfiguration.BundleJar> bundles = LaunchConfiguration.bundles(List.of(dir, dir.resolve("missing")));
        assertEquals(5, bundles.size(), "the plain jar is no bundle: " + bundles);
        String ini = LaunchConfiguration.configIni(bundles, dir.resolve("workspace"));
        assertTrue(ini.contains("org.apache.felix.scr.jar@2:start"), ini);
        assertTrue(ini.contains("org.a64wb.isa.registry.jar@start"), ini);
        assertTrue(ini.contains("org.eclipse.core.runtime.jar@start"), ini);
        assertTrue(ini.contains("org.eclipse.jface.jar,"), "jface is started on demand: " + ini);
        assertTrue(ini.contains("org.eclipse.swt.gtk.linux.x86_64.jar,") || ini.contains("org.eclipse.swt.gtk.linux.x86_64.jar\n"), ini);
        assertTrue(ini.contains("eclipse.application=org.eclipse.e4.ui.workbench.swt.E4Application"), ini);
        assertTrue(ini.contains("osgi.instance.area=file:"), ini);
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = WorkbenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadCommandLineIsAUsageErrorWithStatusTwo() {
        Result unknown = run("--screenshoot", "x.png");
        assertEquals(2, unknown.status());
        assertEquals("a64: workbench: unknown argument '--screenshoot'\n" + WorkbenchMain.USAGE + "\n", unknown.err());
        Result missing = run("--screenshot");
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("a64: workbench: --screenshot needs a file\n"), missing.err());
    }

    @Test
    void aScreenshotInAMissingDirectoryFailsBeforeAnythingStarts() {
        Result result = run("--screenshot", dir.resolve("no/such/dir/shot.png").toString());
        assertEquals(1, result.status());
        assertEquals("a64: workbench: cannot write " + dir.resolve("no/such/dir/shot.png") + ": no such directory "
                + dir.resolve("no/such/dir") + "\n", result.err());
    }

    @Test
    void anExtraBundleMustBeABundle() throws IOException {
        Path plain = bundle("plain.jar", null, null);
        Result result = run("--bundle", plain.toString());
        assertEquals(1, result.status());
        assertEquals("a64: workbench: " + plain + ": not an OSGi bundle (its manifest has no Bundle-SymbolicName)\n", result.err());
        Result missing = run("--bundle", dir.resolve("missing.jar").toString());
        assertEquals("a64: workbench: " + dir.resolve("missing.jar") + ": no such bundle\n", missing.err());
    }

    @Test
    void helpPrintsTheUsage() {
        Result help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith(WorkbenchMain.USAGE + "\n"), help.out());
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNamedBeforeEquinoxStarts(@TempDir Path sockets) throws IOException {
        Files.createFile(sockets.resolve("X5"));
        assertEquals("no display (DISPLAY is not set)", WorkbenchMain.displayProblem(null, null, sockets));
        assertEquals("no display (DISPLAY is not set)", WorkbenchMain.displayProblem("", "", sockets));
        assertEquals("no X server on display :77", WorkbenchMain.displayProblem(":77", null, sockets));
        assertEquals(null, WorkbenchMain.displayProblem(":5", null, sockets));
        assertEquals(null, WorkbenchMain.displayProblem(":5.0", null, sockets));
        assertEquals(null, WorkbenchMain.displayProblem("otherhost:0", null, sockets)); // remote: only GTK can tell
        assertEquals(null, WorkbenchMain.displayProblem(null, "wayland-0", sockets));
    }
}
