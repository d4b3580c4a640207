package org.a64wb.spec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.a64wb.spec.A64SpecStandaloneSetup;
import org.a64wb.spec.model.SpecIndex;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** What the generator makes of argument sets: one semantics method per operation, called with the spec's values. */
class OperationGenerationTest {

    private static final String SPEC = """
            instruction-set T package test.t
            function x(r): string = org.a64wb.isa.api.operands.A64Operands.x
            operation store(int t, int n, long offset, bool release, int size)
            format f : op:1 0000000 imm:16 Rn:5 Rt:3
                class loadstore
                exec store(t=Rt, n=Rn, offset=imm * 8)
                mem(op=store, kind=X, size=8, regs=Rt, base=Rn)
            insn ST : f(op=0)
                asm "st {Rt:x}, [{Rn:x}]"
                exec store(release=0, size=8)
            insn STL : f(op=1)
                let bytes = 4
                asm "stl {Rt:x}, [{Rn:x}]"
                exec store(release=imm == 0, size=bytes)
            insn OTHER : 0 1111111 imm:16 Rn:5 Rt:3
                class dataprocessing
                asm "other"
            """;

    private static Map<String, String> generate() throws Exception {
        Injector injector = new A64SpecStandaloneSetup().createInjectorAndDoEMFRegistration();
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        Resource resource = set.createResource(URI.createURI("t.a64"));
        resource.load(new ByteArrayInputStream(SPEC.getBytes(StandardCharsets.UTF_8)), null);
        return injector.getInstance(InstructionSetGenerator.class).generate(SpecIndex.of(resource));
    }

    @Test
    void theSemanticsInterfaceHasOneMethodPerOperationAndOnePerEncodingWithout() throws Exception {
        String group = generate().get("test/t/TTSemantics.java");
        assertTrue(group.contains("void store(int t, int n, long offset, boolean release, int size);"), group);
        assertFalse(group.contains("void ST("), group);
        assertFalse(group.contains("void STL("), group);
        assertTrue(group.contains("void OTHER(int imm, int Rn, int Rt);"), group);
    }

    @Test
    void theDispatcherPassesFieldsLetsAndConstants() throws Exception {
        String dispatcher = generate().get("test/t/TDispatcher.java");
        assertTrue(dispatcher.contains("s.store((int) f_Rt, (int) f_Rn, (f_imm * 8L), (0L != 0L), (int) 8L);"), dispatcher);
        assertTrue(dispatcher.contains("s.store((int) f_Rt, (int) f_Rn, (f_imm * 8L), (f_imm == 0L), (int) (4L));"), dispatcher);
    }

    @Test
    void theOperationTableDescribesEachCallForCodeGenerators() throws Exception {
        String table = generate().get("test/t/TOperations.java");
        assertTrue(table.contains("\"store\",\n        \"store\",\n        \"OTHER\","), table);
        assertTrue(table.contains("\"(IIJZI)V\",\n        \"(IIJZI)V\",\n        \"(III)V\","), table);
        assertEquals(1, table.split("return new long\\[\\] \\{\\(long\\) \\(int\\) f_imm").length - 1, table);
    }
}
