package org.a64wb.spec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Broken specs and the exact error (file:line: message) each one must produce. */
@ExtendWith(InjectionExtension.class)
@InjectWith(A64SpecInjectorProvider.class)
class A64SpecValidatorTest {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    private static final String HEADER = """
            instruction-set T package test.t
            function x(r): string = org.a64wb.isa.api.operands.A64Operands.x
            function count(r) = org.a64wb.isa.api.operands.SpecArithmetic.bitCount
            """;

    /** Errors of the first file as "file:line: message"; further texts are group files of the same set. */
    private List<String> errors(String... files) throws Exception {
        XtextResourceSet set = resourceSets.get();
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            Resource resource = set.createResource(URI.createURI("file" + i + ".a64"));
            resource.load(new java.io.ByteArrayInputStream(files[i].getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
            resources.add(resource);
        }
        List<String> messages = new ArrayList<>();
        for (Issue issue : validator.validate(resources.get(0), CheckMode.ALL, CancelIndicator.NullImpl)) {
            if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) {
                messages.add("file0.a64:" + issue.getLineNumber() + ": " + issue.getMessage());
            }
        }
        return messages;
    }

    private static void assertSingle(String expected, List<String> errors) {
        assertEquals(List.of(expected), errors, "errors: " + errors);
    }

    @Test
    void aValidSpecHasNoErrors() throws Exception {
        assertEquals(List.of(), errors(HEADER + """
                format f : op:1 0000000 imm:16 Rn:5 Rd:3
                    class dataprocessing
                insn A : f(op=0)
                    asm "a {Rd:x}, {Rn:x}, #{imm}{?imm == 0}, zero{/}"
                    alias "a0 {Rd:x}" if Rn == 31
                insn B : f(op=1)
                    where count(Rd) != 3
                    asm "b {Rd}"
                insn LD : 1 0000000 imm:16 Rn:5 Rt:3
                    where Rn != 0
                    class loadstore
                    asm "ld {Rt:x}, [{Rn:x}]"
                    mem(op=load, kind=X, size=8, regs=Rt, base=Rn, imm=imm * 8, index=pre)
                """));
    }

    @Test
    void aPatternThatIsNot32BitsIsReportedAtItsLine() throws Exception {
        assertSingle("file0.a64:5: the pattern of 'SHORT' has 31 bits; an A64 encoding has 32", errors(HEADER + """

                insn SHORT : 1101 imm:16 Rn:5 Rd:6
                    class system asm "s"
                """));
    }

    @Test
    void overlappingEncodingsWithoutPriorityOrConstraintAreAnError() throws Exception {
        List<String> errors = errors(HEADER + """
                insn P : 1 ....... 0 imm:15 Rn:8
                    class system asm "p"
                insn Q : 1 0000000 . imm:15 Rn:8
                    class system asm "q"
                """);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("file0.a64:4: encoding 'P' overlaps 'Q' (file0.a64:6) with no priority or constraint"), errors.toString());
    }

    @Test
    void overlapsResolvedByPriorityConstraintOrSpecialisationAreAccepted() throws Exception {
        assertEquals(List.of(), errors(HEADER + """
                insn GENERAL : 1 ....... imm:16 Rn:8
                    class system asm "g"
                insn SPECIAL : 1 0000000 imm:16 Rn=00000000
                    class system asm "s"
                insn P : 0 ....... 0 imm:15 Rn:8
                    priority 1 class system asm "p"
                insn Q : 0 0000000 . imm:15 Rn:8
                    class system asm "q"
                insn R : 0 1111111 0 imm:15 Rm:8
                    where Rm != 0 class system asm "r"
                insn S : 0 1111111 . imm:15 Rm:8
                    class system asm "s"
                """));
    }

    @Test
    void identicalEncodingsAreReportedAsDuplicates() throws Exception {
        List<String> errors = errors(HEADER + """
                insn ONE : 1 0000000 imm:16 Rn:8
                    class system asm "one"
                insn TWO : 1 0000000 imm:16 Rn:8
                    class system asm "two"
                """);
        assertTrue(errors.contains("file0.a64:4: encoding 'ONE' duplicates the encoding of 'TWO' (file0.a64:6) with no priority or constraint between them"), errors.toString());
    }

    @Test
    void aDuplicateNameNamesTheFirstDeclaration() throws Exception {
        List<String> errors = errors(HEADER + """
                insn SAME : 1 0000000 imm:16 Rn:8
                    class system asm "one"
                insn SAME : 0 0000000 imm:16 Rn:8
                    class system asm "two"
                """);
        assertSingle("file0.a64:6: duplicate name 'SAME' (first declared at file0.a64:4)", errors);
    }

    @Test
    void anUnknownFieldInASyntaxTemplateIsNamed() throws Exception {
        assertSingle("file0.a64:6: unknown field 'Rm' in syntax template of 'ADD'", errors(HEADER + """
                insn ADD : 1 0000000 imm:16 Rn:5 Rd:3
                    class dataprocessing
                    asm "add {Rd:x}, {Rn:x}, {Rm:x}"
                """));
    }

    @Test
    void aFieldValueWiderThanItsSlotIsRejected() throws Exception {
        assertSingle("file0.a64:6: value '101' has 3 bits but field 'opc' is 2 bits wide", errors(HEADER + """
                format f : opc:2 000000 imm:16 Rn:8
                    class system
                insn X : f(opc=101)
                    asm "x"
                """));
    }

    @Test
    void anUnclosedPlaceholderIsASyntaxError() throws Exception {
        assertSingle("file0.a64:6: syntax template of 'X' at column 3: '{' is not closed", errors(HEADER + """
                insn X : 1 0000000 imm:16 Rn:8
                    class system
                    asm "x {Rn"
                """));
    }

    @Test
    void anUnknownFormatterAndAWrongArityAreReported() throws Exception {
        List<String> errors = errors(HEADER + """
                insn X : 1 0000000 imm:16 Rn:8
                    class system
                    asm "x {Rn:ymm}, {count(Rn, imm)}"
                """);
        assertTrue(errors.contains("file0.a64:6: unknown formatter 'ymm' in syntax template of 'X'"), errors.toString());
        assertTrue(errors.contains("file0.a64:6: function 'count' takes 1 arguments, not 2 (syntax template of 'X')"), errors.toString());
    }

    @Test
    void memoryDescriptorsAreChecked() throws Exception {
        List<String> errors = errors(HEADER + """
                insn LD : 1 0000000 imm:16 Rn:5 Rt:3
                    class loadstore
                    asm "ld"
                    mem(op=fetch, kind=X, size=8, regs=Rt, colour=3)
                """);
        assertTrue(errors.contains("file0.a64:7: memory-access key 'op' takes one of [load, store, loadstore, prefetch]"), errors.toString());
        assertTrue(errors.contains("file0.a64:7: unknown memory-access key 'colour'"), errors.toString());
        assertTrue(errors.contains("file0.a64:4: memory access of 'LD' lacks 'base'"), errors.toString());
    }

    @Test
    void encodingsOverlapAcrossTheGroupFilesOfASet() throws Exception {
        List<String> errors = errors("""
                group "second" of T
                insn B : 1 0000000 imm:16 Rn:8
                    class system asm "b"
                """, HEADER + """
                insn A : 1 0000000 imm:16 Rn:8
                    class system asm "a"
                """);
        assertSingle("file0.a64:2: encoding 'B' duplicates the encoding of 'A' (file1.a64:4) with no priority or constraint between them", errors);
    }

    @Test
    void anOperationBoundByAFormatAndCompletedByItsEncodingsIsValid() throws Exception {
        assertEquals(List.of(), errors(HEADER + """
                operation store(int t, int n, long offset, bool release, int size)
                format f : op:1 0000000 imm:16 Rn:5 Rt:3
                    class loadstore
                    exec store(t=Rt, n=Rn, offset=imm * 8)
                    mem(op=store, kind=X, size=8, regs=Rt, base=Rn)
                insn ST : f(op=0)
                    asm "st {Rt:x}, [{Rn:x}]"
                    exec store(release=0, size=8)
                insn STL : f(op=1)
                    asm "stl {Rt:x}, [{Rn:x}]"
                    exec store(release=imm == 0, size=8)
                """));
    }

    @Test
    void everyParameterOfAnOperationIsBoundExactlyByName() throws Exception {
        List<String> errors = errors(HEADER + """
                operation store(int t, int n, bool release)
                insn ST : 1 0000000 imm:16 Rn:5 Rt:3
                    class loadstore
                    asm "st"
                    exec store(t=Rt, n=Rn, colour=3)
                """);
        assertTrue(errors.contains("file0.a64:8: operation 'store' has no parameter 'colour'; it takes [t, n, release]"), errors.toString());
        assertTrue(errors.contains("file0.a64:5: encoding 'ST' does not bind parameter 'release' of operation 'store'"), errors.toString());
        assertEquals(2, errors.size(), errors.toString());
    }

    @Test
    void operationArgumentsAreNumbersTheDecoderCanCompute() throws Exception {
        List<String> errors = errors(HEADER + """
                operation branch(int n, long target)
                insn B : 1 0000000 imm:16 Rn:5 Rt:3
                    class branch
                    asm "b"
                    exec branch(n=x(Rn), target=pc + imm)
                """);
        assertTrue(errors.contains("file0.a64:8: argument 'n' of 'B' is text; operations take numbers and booleans"), errors.toString());
        assertTrue(errors.contains("file0.a64:8: argument 'target' of 'B' uses 'pc'; semantics read PC from the CPU"), errors.toString());
    }

    @Test
    void aConditionIsNotAnIntegerArgument() throws Exception {
        assertSingle("file0.a64:8: argument 'n' of 'B' is a condition but the parameter is int", errors(HEADER + """
                operation branch(int n)
                insn B : 1 0000000 imm:16 Rn:5 Rt:3
                    class branch
                    asm "b"
                    exec branch(n=Rn == 3)
                """));
    }

    @Test
    void operationParametersAndNamesAreUnique() throws Exception {
        List<String> errors = errors(HEADER + """
                operation A(int n, int n)
                insn A : 1 0000000 imm:16 Rn:5 Rt:3
                    class branch
                    asm "b"
                """);
        assertTrue(errors.contains("file0.a64:4: operation 'A' declares parameter 'n' twice"), errors.toString());
        assertTrue(errors.contains("file0.a64:5: duplicate name 'A' (first declared at file0.a64:4)"), errors.toString());
    }
}
