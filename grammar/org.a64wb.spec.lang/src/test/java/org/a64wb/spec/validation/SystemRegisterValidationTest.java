package org.a64wb.spec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
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

/** Broken sysreg and sysop declarations and the one error (file:line: message) each must produce. */
@ExtendWith(InjectionExtension.class)
@InjectWith(A64SpecInjectorProvider.class)
class SystemRegisterValidationTest {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    private static final String HEADER = """
            instruction-set T package test.t
            sysreg SCTLR_EL1 : 3 0 1 0 0 RW el1 state store
            """;

    /** The errors of the first file; further texts are group files of the same set. */
    private List<String> errors(String... texts) throws Exception {
        XtextResourceSet set = resourceSets.get();
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Resource resource = set.createResource(URI.createURI("file" + i + ".a64"));
            resource.load(new ByteArrayInputStream(texts[i].getBytes(StandardCharsets.UTF_8)), null);
            resources.add(resource);
        }
        List<String> messages = new ArrayList<>();
        for (Issue issue : validator.validate(resources.get(0), CheckMode.ALL, CancelIndicator.NullImpl)) {
            if (issue.getSeverity() == Severity.ERROR) {
                messages.add("file0.a64:" + issue.getLineNumber() + ": " + issue.getMessage());
            }
        }
        return messages;
    }

    private void assertSingle(String expected, String spec) throws Exception {
        assertEquals(List.of(expected), errors(spec));
    }

    @Test
    void validDeclarationsHaveNoErrors() throws Exception {
        assertEquals(List.of(), errors(HEADER + """
                sysreg DAIF : 3 3 4 2 1 RW el0 state daif reset 0x3c0 write-mask 0x3c0 el0-enable SCTLR_EL1 0x200
                sysreg TPIDRRO_EL0 : 3 3 13 0 3 RW el0/el1 state tpidrro_el0
                sysreg PAN : 3 0 4 2 3 RW el1 state pstate_bit 22 write-mask 1
                sysreg MIDR_EL1 : 3 0 0 0 0 R el1 state constant reset MIDR_EL1
                sysreg OSLAR_EL1 : 2 0 1 0 4 W el1 state os_lock_access write-mask 1 debug-control
                sysreg DBGDTRRX_EL0 : 2 3 0 5 0 R
                sysreg DBGDTRTX_EL0 : 2 3 0 5 0 W
                sysreg ZFR : 3 0 0 4 4 R generic el1 state constant
                sysreg S3_0_C0_C3_3 : 3 0 0 3 3 R el1 state constant
                sysop DC CIVAC : 1 3 7 14 1 Xt el0 effect maintenance el0-enable SCTLR_EL1 0x4000000
                sysop IC IALLU : 1 0 7 5 0 el1 effect maintenance
                sysop CFP RCTX : 1 3 7 3 4 Xt
                sysop DVP RCTX : 1 3 7 3 5 Xt
                """));
    }

    @Test
    void aDuplicateNameIsReportedWithTheFirstDeclaration() throws Exception {
        assertSingle("file0.a64:3: duplicate system register 'SCTLR_EL1' (first declared at file0.a64:2)",
                HEADER + "sysreg SCTLR_EL1 : 3 0 1 0 1 RW\n");
    }

    /** Files are taken in name order: the later file's declaration is the duplicate. */
    @Test
    void aDuplicateInAGroupFileIsReportedThere() throws Exception {
        XtextResourceSet set = resourceSets.get();
        Resource a = set.createResource(URI.createURI("a.a64"));
        a.load(new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)), null);
        Resource b = set.createResource(URI.createURI("b.a64"));
        b.load(new ByteArrayInputStream("group \"g\" of T\nsysreg SCTLR_EL1 : 3 0 1 0 1 RW\n".getBytes(StandardCharsets.UTF_8)), null);
        List<String> messages = new ArrayList<>();
        for (Issue issue : validator.validate(b, CheckMode.ALL, CancelIndicator.NullImpl)) {
            messages.add("b.a64:" + issue.getLineNumber() + ": " + issue.getMessage());
        }
        assertEquals(List.of("b.a64:2: duplicate system register 'SCTLR_EL1' (first declared at a.a64:2)"), messages);
    }

    @Test
    void twoNamesForOneEncodingAndDirectionAreAnError() throws Exception {
        assertSingle("file0.a64:3: register 'CONTROL' has the encoding and direction of 'SCTLR_EL1' (file0.a64:2)",
                HEADER + "sysreg CONTROL : 3 0 1 0 0 R\n");
    }

    @Test
    void twoOperationsWithOneEncodingAreAnError() throws Exception {
        assertSingle("file0.a64:4: operation 'DC CVAC' has the encoding of 'DC CIVAC' (file0.a64:3)",
                HEADER + "sysop DC CIVAC : 1 3 7 14 1 Xt\nsysop DC CVAC : 1 3 7 14 1 Xt\n");
    }

    @Test
    void encodingFieldsOutOfRangeAreReportedByName() throws Exception {
        assertSingle("file0.a64:3: register 'X': op0 must be a number in 2..3", HEADER + "sysreg X : 1 0 1 0 0 RW\n");
    }

    @Test
    void crmAbove15IsOutOfRange() throws Exception {
        assertSingle("file0.a64:3: register 'X': CRm must be a number in 0..15", HEADER + "sysreg X : 3 0 1 16 0 RW\n");
    }

    @Test
    void anOperationHasOp0One() throws Exception {
        assertSingle("file0.a64:3: operation 'DC X': op0 must be a number in 1..1", HEADER + "sysop DC X : 3 3 7 14 1 Xt\n");
    }

    @Test
    void op2Above7IsOutOfRange() throws Exception {
        assertSingle("file0.a64:3: operation 'DC X': op2 must be a number in 0..7", HEADER + "sysop DC X : 1 3 7 14 8 Xt\n");
    }

    @Test
    void theAccessIsROrWOrRW() throws Exception {
        assertSingle("file0.a64:3: register 'X': access 'WR' is none of R, W, RW", HEADER + "sysreg X : 3 0 1 0 1 WR\n");
    }

    @Test
    void aGenericNameMustBeTheEncodingsOwn() throws Exception {
        assertSingle("file0.a64:3: register 'S3_0_C0_C3_4' has a generic name of another encoding; its own is S3_0_C0_C3_3",
                HEADER + "sysreg S3_0_C0_C3_4 : 3 0 0 3 3 R\n");
    }

    @Test
    void emulatorAttributesNeedState() throws Exception {
        assertSingle("file0.a64:3: register 'X' has emulator attributes but no 'state': say where its value lives",
                HEADER + "sysreg X : 3 0 1 0 1 RW el1 reset 3\n");
    }

    @Test
    void anUnknownLocationIsReportedWithTheKnownOnes() throws Exception {
        List<String> errors = errors(HEADER + "sysreg X : 3 0 1 0 1 RW el1 state cache\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(true, errors.get(0).startsWith("file0.a64:3: register 'X': unknown location 'cache'; one of [store, constant,"), errors.toString());
    }

    @Test
    void aPstateBitNeedsItsBit() throws Exception {
        assertSingle("file0.a64:3: register 'X': location 'pstate_bit' needs argument", HEADER + "sysreg X : 3 0 4 2 3 RW el1 state pstate_bit\n");
    }

    @Test
    void stateNeedsAnEl() throws Exception {
        assertSingle("file0.a64:3: register 'X': 'state' needs the lowest EL that accesses it, el0 .. el3",
                HEADER + "sysreg X : 3 0 1 0 1 RW state store\n");
    }

    @Test
    void aSecondElIsForReadWriteRegisters() throws Exception {
        assertSingle("file0.a64:3: register 'X': a second EL (read/write) is for RW registers, el0 .. el3",
                HEADER + "sysreg X : 3 3 1 0 1 R el0/el1 state constant\n");
    }

    @Test
    void aReadOnlyRegisterHasNoWriteMask() throws Exception {
        assertSingle("file0.a64:3: register 'X' is read-only: a write mask has no bits to give",
                HEADER + "sysreg X : 3 0 0 0 1 R el1 state constant write-mask 0xff\n");
    }

    @Test
    void el0ReachesOnlyOp1Three() throws Exception {
        assertSingle("file0.a64:3: register 'X': EL0 accesses encodings with op1 = 3 only (Arm ARM D13.2)",
                HEADER + "sysreg X : 3 0 13 0 4 RW el0 state store\n");
    }

    @Test
    void anEl0EnableNeedsAnEl0Access() throws Exception {
        assertSingle("file0.a64:3: register 'X': 'el0-enable' needs an EL0 access",
                HEADER + "sysreg X : 3 3 13 0 4 RW el1 state store el0-enable SCTLR_EL1 0x200\n");
    }

    @Test
    void anEl0EnableRegisterMustHoldState() throws Exception {
        assertSingle("file0.a64:4: 'el0-enable' names 'CTL', which has no 'state' to hold the enable bits",
                HEADER + "sysreg CTL : 3 0 1 0 1 RW\nsysreg X : 3 3 13 0 4 RW el0 state store el0-enable CTL 0x200\n");
    }

    @Test
    void anOperationsEffectIsKnown() throws Exception {
        assertSingle("file0.a64:3: operation 'DC CIVAC': unknown effect 'flush'; one of [maintenance, zero_block, address_translation, tlb_invalidate]",
                HEADER + "sysop DC CIVAC : 1 3 7 14 1 Xt el1 effect flush\n");
    }

    @Test
    void anOperationsAliasIsKnown() throws Exception {
        assertSingle("file0.a64:3: operation 'XX CIVAC': unknown alias; one of [AT, DC, IC, TLBI, CFP, DVP, CPP]",
                HEADER + "sysop XX CIVAC : 1 3 7 14 1 Xt\n");
    }

    @Test
    void anEl1OperationHasNoEl0Enable() throws Exception {
        assertSingle("file0.a64:3: operation 'IC IALLU': 'el0-enable' needs el0",
                HEADER + "sysop IC IALLU : 1 0 7 5 0 el1 effect maintenance el0-enable SCTLR_EL1 0x4\n");
    }
}
