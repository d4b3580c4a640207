package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.a64wb.emulator.semantics.SystemRegisters;
import org.a64wb.isa.api.sysreg.SysregEncoding;
import org.junit.jupiter.api.Test;

/**
 * The engine implements exactly what the spec says (isa-spec/system-registers.a64, read here as text, not through
 * the generated table): the registers declared with {@code state} and the SYS operations declared with
 * {@code effect}; every other encoding is UNDEFINED.
 */
class SystemRegisterSpecTest {

    private static final Path SPEC = Path.of("../../isa-spec/system-registers.a64");

    /** "NAME op0:op1:CRn:CRm:op2" of the spec's declarations of {@code kind} (sysreg, sysop) that have {@code attribute}. */
    private static TreeSet<String> declared(String kind, String attribute) throws Exception {
        TreeSet<String> declared = new TreeSet<>();
        for (String line : Files.readAllLines(SPEC)) {
            String[] words = line.trim().split("\\s+");
            if (!words[0].equals(kind) || !List.of(words).contains(attribute)) {
                continue;
            }
            int colon = List.of(words).indexOf(":");
            String name = String.join(" ", List.of(words).subList(1, colon));
            List<String> fields = List.of(words).subList(colon + 1, colon + 6);
            declared.add(name + " " + String.join(":", fields));
        }
        return declared;
    }

    @Test
    void theImplementedRegistersAreTheSpecsStateRegisters() throws Exception {
        TreeSet<String> engine = new TreeSet<>();
        for (SystemRegisters.Register r : SystemRegisters.all()) {
            engine.add(r.name + " " + r.encoding.fields());
        }
        TreeSet<String> spec = declared("sysreg", "state");
        assertEquals(134, spec.size(), "the registers the engine had before the table was generated: " + spec);
        assertEquals(spec, engine);
    }

    @Test
    void theImplementedOperationsAreTheSpecsEffectOperations() throws Exception {
        TreeSet<String> engine = new TreeSet<>();
        for (int op1 = 0; op1 < 8; op1++) {
            for (int crn = 0; crn < 16; crn++) {
                for (int crm = 0; crm < 16; crm++) {
                    for (int op2 = 0; op2 < 8; op2++) {
                        SystemRegisters.Operation op = SystemRegisters.operation(SysregEncoding.pack(1, op1, crn, crm, op2));
                        if (op != null) {
                            engine.add(op.info.alias().toUpperCase() + " " + op.info.name().toUpperCase() + " " + op.info.encoding().fields());
                        }
                    }
                }
            }
        }
        TreeSet<String> spec = declared("sysop", "effect");
        assertEquals(28, spec.size(), "the operations the engine had before the table was generated: " + spec);
        assertEquals(spec, engine);
    }
}
