package org.a64wb.hypervisor.mmio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.MemoryAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/** The allowlist language, its error reports (file:line), and the extender over bundle capabilities. */
class AllowlistTest {

    static final AllowlistParser PARSER = new AllowlistParser(List.of(Guest.A64));

    static boolean allows(Allowlist list, String name) {
        List<EncodingInfo> encodings = Guest.A64.encodings();
        for (int id = 0; id < encodings.size(); id++) {
            if (encodings.get(id).name().equals(name)) {
                MemoryAccess m = Guest.A64.memoryAccess(id, encodings.get(id).match()).orElseThrow();
                return list.allows(encodings.get(id), m);
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void defaultAllowlistCoversPairsSimdStructuresAndWriteback() {
        Allowlist d = Guest.DEFAULT_ALLOWLIST;
        for (String name : List.of("STP_post_x", "STP_pre_w", "LDP_off_x", "LDPSW_post", "LDNP_w", "STNP_x", "STP_post_FPq", "LDP_off_FPs",
                "LDR_ui_FPb", "STR_reg_FPq", "LD1_mult_4_postr", "ST4_mult", "LD3_single_h_posti", "LD4R_postr", "LDR_post_x", "STRB_pre",
                "STR_uoff_x", "LDRSW_reg")) {
            assertTrue(allows(d, name), name);
        }
        for (String name : List.of("LDXR_x", "STXP_w", "LDADD_x", "CASP_x", "SWPB", "PRFM_uoff", "LDRAA_off")) {
            assertFalse(allows(d, name), name);
        }
    }

    @Test
    void denyWinsOverAllow() {
        Allowlist list = PARSER.parse("t.allow", "pair\n!STP_pre_x").allowlist();
        assertTrue(allows(list, "STP_post_x"));
        assertFalse(allows(list, "STP_pre_x"));
    }

    @Test
    void termsJoinedByAmpersandMustAllHold() {
        Allowlist list = PARSER.parse("t.allow", "kind:X & writeback   # comment").allowlist();
        assertTrue(allows(list, "LDR_pre_x"));
        assertFalse(allows(list, "LDR_pre_w"));
        assertFalse(allows(list, "LDR_uoff_x"));
    }

    @Test
    void groupNamesMayContainAmpersand() {
        AllowlistParser.Result r = PARSER.parse("t.allow", "group:Loads and Stores (SIMD&FP)");
        assertEquals(List.of(), r.problems());
        assertTrue(allows(r.allowlist(), "LD1R"));
        assertFalse(allows(r.allowlist(), "LDP_off_x"));
    }

    @Test
    void everyBadLineIsReportedWithFileAndLineAndTheFileContributesNothing() {
        String text = """
                # a comment
                STP_post_x
                STPX_post
                group:Loads and Storez
                kind:Z
                LDXR_x
                !
                pair&writeback
                kind:V & pair
                pair &  & store
                """;
        AllowlistParser.Result r = PARSER.parse("allowlist/bad.allow", text);
        List<String> p = r.problems();
        assertEquals(8, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("allowlist/bad.allow:3: unknown encoding or attribute 'STPX_post'"), p.get(0));
        assertTrue(p.get(1).startsWith("allowlist/bad.allow:4: unknown group 'Loads and Storez'"), p.get(1));
        assertTrue(p.get(2).startsWith("allowlist/bad.allow:5: unknown register kind 'Z'"), p.get(2));
        assertEquals("allowlist/bad.allow:6: LDXR_x cannot be emulated: exclusive access (the exclusive monitor belongs to the CPU)", p.get(3));
        assertEquals("allowlist/bad.allow:7: '!' needs a rule after it", p.get(4));
        assertTrue(p.get(5).startsWith("allowlist/bad.allow:8: cannot read 'pair&writeback'"), p.get(5));
        assertEquals("allowlist/bad.allow:9: 'kind:V & pair' selects no emulatable load or store", p.get(6));
        assertTrue(p.get(7).startsWith("allowlist/bad.allow:10: cannot read '& store'"), p.get(7));
        assertTrue(r.allowlist().rules().isEmpty());
    }

    // ---- the extender, with bundles made of proxies (what it reads of a Bundle is small)

    static Bundle bundle(String name, Path root, Map<String, Object>... capabilities) {
        BundleCapability[] caps = new BundleCapability[capabilities.length];
        for (int i = 0; i < caps.length; i++) {
            Map<String, Object> attributes = capabilities[i];
            caps[i] = (BundleCapability) Proxy.newProxyInstance(AllowlistTest.class.getClassLoader(), new Class<?>[] {BundleCapability.class},
                    (proxy, method, args) -> method.getName().equals("getAttributes") ? attributes : null);
        }
        BundleRevision revision = (BundleRevision) Proxy.newProxyInstance(AllowlistTest.class.getClassLoader(), new Class<?>[] {BundleRevision.class},
                (proxy, method, args) -> method.getName().equals("getDeclaredCapabilities")
                        ? (AllowlistExtender.NAMESPACE.equals(args[0]) ? List.of(caps) : List.of()) : null);
        return (Bundle) Proxy.newProxyInstance(AllowlistTest.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "getSymbolicName": return name;
                case "getVersion": return new Version(1, 0, 0);
                case "adapt": return args[0] == BundleRevision.class ? revision : null;
                case "getEntry": {
                    Path file = root.resolve((String) args[0]);
                    return Files.exists(file) ? file.toUri().toURL() : (URL) null;
                }
                default: return null;
            }
        });
    }

    @Test
    void extenderLoadsDeclaredFilesAndReportsBadOnesAsBundleFileLine(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("allowlist"));
        Files.writeString(root.resolve("allowlist/tpm.allow"), "# TPM CRB command buffer\nLDP_off_x\nSTP_off_x\n");
        Files.writeString(root.resolve("allowlist/bad.allow"), "pair\n\nSTPX\n");
        AllowlistExtender extender = new AllowlistExtender(PARSER);
        AllowlistRegistry registry = extender.registry();

        assertTrue(extender.load(bundle("org.example.tpm", root, Map.of("path", "allowlist/tpm.allow"))));
        assertTrue(allows(registry.get(), "LDP_off_x"));
        assertFalse(allows(registry.get(), "LDP_pre_x"));

        assertTrue(extender.load(bundle("org.example.bad", root, Map.of("path", "allowlist/bad.allow"))));
        assertEquals(List.of("org.example.bad 1.0.0: allowlist/bad.allow:3: unknown encoding or attribute 'STPX' (attributes: "
                + String.join(" ", Allowlist.ATTRIBUTES) + ")"), registry.problems());
        assertFalse(allows(registry.get(), "LDP_pre_x"), "the bad file's valid 'pair' line is not applied");

        extender.load(bundle("org.example.missing", root, Map.of("path", "allowlist/none.allow")));
        extender.load(bundle("org.example.nopath", root, Map.of("file", "x")));
        assertTrue(registry.problems().contains("org.example.missing 1.0.0: allowlist/none.allow: no such file in the bundle"), registry.problems().toString());
        assertTrue(registry.problems().get(2).startsWith("org.example.nopath 1.0.0: Provide-Capability a64.allowlist has no path attribute"));

        assertFalse(extender.load(bundle("org.example.plain", root)), "a bundle without the capability is not tracked");

        extender.unload(bundle("org.example.tpm", root, Map.of("path", "allowlist/tpm.allow")));
        assertFalse(allows(registry.get(), "LDP_off_x"), "a stopped bundle's allowlist goes away");
    }

    @Test
    void theBundleDeclaresItsDefaultAllowlistCapability() throws Exception {
        Path manifest = Path.of("target/classes/META-INF/MANIFEST.MF");
        if (Files.exists(manifest)) {
            String text = Files.readString(manifest).replace("\r\n ", "").replace("\n ", "");
            assertTrue(text.contains("Provide-Capability: a64.allowlist;path=\"allowlist/default.allow\""), text);
        }
    }
}
