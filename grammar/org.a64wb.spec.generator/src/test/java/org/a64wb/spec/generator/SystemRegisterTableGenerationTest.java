package org.a64wb.spec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.a64wb.isa.api.sysreg.SysregEncoding;
import org.a64wb.isa.api.sysreg.SystemOperationInfo;
import org.a64wb.isa.api.sysreg.SystemRegisterInfo;
import org.a64wb.spec.A64SpecStandaloneSetup;
import org.a64wb.spec.model.SpecIndex;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * The table generated from sysreg and sysop declarations, compiled and loaded: each descriptor holds what its
 * line says, the defaults the README gives for what it leaves out, and named constants by name.
 */
class SystemRegisterTableGenerationTest {

    private static final String SPEC = """
            instruction-set T package test.t
            sysreg CTL : 3 0 1 0 0 RW el1 state store reset 0x5 write-mask 0xf
            sysreg FLAGS : 3 3 4 2 1 RW el0/el1 state daif reset FLAGS_RESET el0-enable CTL 0x200 debug-control
            sysreg TIMER_CTL : 3 3 14 3 1 RW el0 state timer 1
            sysreg ZFR : 3 0 0 4 4 R generic el1 state constant
            sysreg S3_0_C0_C3_3 : 3 0 0 3 3 R el1 state constant
            sysreg LOCK : 2 0 1 0 4 W el1 state os_lock_access write-mask 0b1
            sysreg TRCIDR8 : 2 1 0 0 6 R
            sysop DC CIVAC : 1 3 7 14 1 Xt el0 effect maintenance el0-enable CTL 0x4000000
            sysop IC IALLU : 1 0 7 5 0 el1 effect maintenance
            sysop TLBI VAE2 : 1 4 8 7 1 Xt
            """;

    private static List<SystemRegisterInfo> registers;
    private static List<SystemOperationInfo> operations;
    private static String source;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void generateCompileAndLoad(@TempDir Path dir) throws Exception {
        Injector injector = new A64SpecStandaloneSetup().createInjectorAndDoEMFRegistration();
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        Resource resource = set.createResource(URI.createURI("t.a64"));
        resource.load(new ByteArrayInputStream(SPEC.getBytes(StandardCharsets.UTF_8)), null);
        assertEquals(List.of(), resource.getErrors(), "the spec parses");
        Map<String, String> files = injector.getInstance(InstructionSetGenerator.class).generate(SpecIndex.of(resource));
        source = files.get("test/t/TSystemRegisters.java");
        Path file = dir.resolve("test/t/TSystemRegisters.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                file.toString());
        assertEquals(0, status, diagnostics + "\n" + source);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, SystemRegisterInfo.class.getClassLoader())) {
            Class<?> table = loader.loadClass("test.t.TSystemRegisters");
            registers = (List<SystemRegisterInfo>) table.getField("REGISTERS").get(null);
            operations = (List<SystemOperationInfo>) table.getField("OPERATIONS").get(null);
        }
    }

    private static SystemRegisterInfo register(String name) {
        return registers.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + "\n" + source));
    }

    @Test
    void registersAreInSpecOrderWithTheirEncodingsAndLines() {
        assertEquals(List.of("CTL", "FLAGS", "TIMER_CTL", "ZFR", "S3_0_C0_C3_3", "LOCK", "TRCIDR8"),
                registers.stream().map(SystemRegisterInfo::name).toList());
        assertEquals(new SysregEncoding(3, 3, 14, 3, 1), register("TIMER_CTL").encoding());
        assertEquals("t.a64:4", register("TIMER_CTL").location());
    }

    @Test
    void aStoreRegisterHasItsResetAndWriteMask() {
        SystemRegisterInfo ctl = register("CTL");
        assertTrue(ctl.readable() && ctl.writable() && ctl.named());
        assertEquals(new SystemRegisterInfo.State(1, 1, "store", 0, 5, null, 0xf, null, null, 0, false), ctl.state());
    }

    @Test
    void namedConstantsElsEl0EnableAndDebugControlAreCarried() {
        SystemRegisterInfo.State flags = register("FLAGS").state();
        assertEquals(0, flags.readEl());
        assertEquals(1, flags.writeEl());
        assertEquals("FLAGS_RESET", flags.resetConstant());
        assertEquals(register("CTL").encoding(), flags.el0EnableRegister());
        assertEquals(0x200, flags.el0EnableMask());
        assertTrue(flags.debugControl());
    }

    @Test
    void omittedValuesTakeTheDefaults() {
        // A writable register without write-mask writes every bit; a read-only one none; reset is 0.
        assertEquals(-1L, register("TIMER_CTL").state().writeMask());
        assertEquals(1, register("TIMER_CTL").state().locationArgument());
        assertEquals(0L, register("ZFR").state().writeMask());
        assertEquals(SystemRegisterInfo.NO_ACCESS, register("ZFR").state().writeEl());
        assertEquals(SystemRegisterInfo.NO_ACCESS, register("LOCK").state().readEl());
        assertEquals(1L, register("LOCK").state().writeMask());
    }

    @Test
    void genericAndGenericallyNamedRegistersAreNotNamedForTheDisassembler() {
        assertFalse(register("ZFR").named());
        assertFalse(register("S3_0_C0_C3_3").named());
        assertTrue(register("TRCIDR8").named());
    }

    @Test
    void aRegisterWithoutStateIsOnlyAName() {
        assertNull(register("TRCIDR8").state());
        assertFalse(register("TRCIDR8").implemented());
    }

    @Test
    void operationsAreLowerCaseAliasesWithTheirEffects() {
        assertEquals(List.of("dc civac", "ic iallu", "tlbi vae2"), operations.stream().map(SystemOperationInfo::toString).toList());
        SystemOperationInfo civac = operations.get(0);
        assertEquals(new SysregEncoding(1, 3, 7, 14, 1), civac.encoding());
        assertTrue(civac.register());
        assertEquals(0, civac.el());
        assertEquals("maintenance", civac.effect());
        assertEquals(register("CTL").encoding(), civac.el0EnableRegister());
        assertEquals(0x4000000L, civac.el0EnableMask());
        assertFalse(operations.get(1).register());
        assertEquals(1, operations.get(1).el());
        assertFalse(operations.get(2).implemented());
        assertEquals(SystemRegisterInfo.NO_ACCESS, operations.get(2).el());
    }
}
