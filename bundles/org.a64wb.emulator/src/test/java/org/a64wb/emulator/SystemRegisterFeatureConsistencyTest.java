package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.a64wb.emulator.semantics.SystemRegisters;
import org.a64wb.isa.a64.A64SystemRegisters;
import org.a64wb.isa.api.sysreg.SystemRegisterInfo;
import org.junit.jupiter.api.Test;

/**
 * A register of the spec is implemented exactly when the ID registers say its feature is there, and is otherwise
 * UNDEFINED (issue 9: "every system register Linux touches is implemented or UNDEFINED consistently with the ID
 * registers"). The reference is the Arm ARM's ID register fields (D17.2 "ID_AA64PFR0_EL1", "ID_AA64PFR1_EL1",
 * "ID_AA64DFR0_EL1", "ID_AA64MMFR1_EL1", "ID_AA64MMFR2_EL1", "ID_AA64ISAR1_EL1") read from the engine's values.
 */
class SystemRegisterFeatureConsistencyTest {

    private static long id(String name) {
        return SystemRegisters.lookup(name).reset;
    }

    private static int field(String register, int lsb) {
        return (int) (id(register) >>> lsb & 0xf);
    }

    /** The spec's registers whose name matches that the engine implements though {@code present} is false, or lacks though it is true. */
    private static List<String> inconsistent(Predicate<String> names, boolean present) {
        List<String> wrong = new ArrayList<>();
        int matched = 0;
        for (SystemRegisterInfo r : A64SystemRegisters.REGISTERS) {
            if (names.test(r.name())) {
                matched++;
                if ((SystemRegisters.lookup(r.encoding().pack()) != null) != present) {
                    wrong.add(r.name() + (present ? " is missing" : " is implemented") + " (" + r.location() + ")");
                }
            }
        }
        if (matched == 0) {
            wrong.add("no register of the spec matches");
        }
        return wrong;
    }

    @Test
    void breakpointAndWatchpointRegistersExistInTheNumbersDfr0Gives() {
        int breakpoints = field("ID_AA64DFR0_EL1", 12) + 1;
        int watchpoints = field("ID_AA64DFR0_EL1", 20) + 1;
        for (int n = 0; n < 16; n++) {
            int i = n;
            assertEquals(List.of(), inconsistent(name -> name.equals("DBGBVR" + i + "_EL1") || name.equals("DBGBCR" + i + "_EL1"), n < breakpoints));
            assertEquals(List.of(), inconsistent(name -> name.equals("DBGWVR" + i + "_EL1") || name.equals("DBGWCR" + i + "_EL1"), n < watchpoints));
        }
    }

    @Test
    void noPmuRegistersWithoutPmuVer() {
        assertEquals(0, field("ID_AA64DFR0_EL1", 8), "PMUVer");
        assertEquals(List.of(), inconsistent(name -> name.startsWith("PM") && !name.startsWith("PMS"), false));
    }

    @Test
    void pstateFieldsExistWithTheirFeatures() {
        assertEquals(List.of(), inconsistent("PAN"::equals, field("ID_AA64MMFR1_EL1", 20) != 0));
        assertEquals(List.of(), inconsistent("UAO"::equals, field("ID_AA64MMFR2_EL1", 4) != 0));
        assertEquals(List.of(), inconsistent("DIT"::equals, field("ID_AA64PFR0_EL1", 48) != 0));
        assertEquals(List.of(), inconsistent("SSBS"::equals, field("ID_AA64PFR1_EL1", 4) != 0));
    }

    @Test
    void absentFeaturesHaveNoRegisters() {
        assertEquals(List.of(), inconsistent(name -> name.startsWith("ERR"), field("ID_AA64PFR0_EL1", 28) != 0), "RAS");
        assertEquals(List.of(), inconsistent(name -> name.startsWith("AM") && name.endsWith("_EL0"), field("ID_AA64PFR0_EL1", 44) != 0), "AMU");
        assertEquals(List.of(), inconsistent(name -> name.startsWith("LOR"), field("ID_AA64MMFR1_EL1", 16) != 0), "LOR");
        boolean pauth = field("ID_AA64ISAR1_EL1", 4) != 0 || field("ID_AA64ISAR1_EL1", 8) != 0;
        assertEquals(List.of(), inconsistent(name -> name.matches("AP[IDG][AB]?Key(Lo|Hi)_EL1"), pauth), "PAuth");
        assertEquals(List.of(), inconsistent(name -> name.endsWith("_EL2") || name.endsWith("_EL02") || name.endsWith("_EL12"),
                field("ID_AA64PFR0_EL1", 8) != 0), "EL2");
        assertEquals(List.of(), inconsistent(name -> name.endsWith("_EL3"), field("ID_AA64PFR0_EL1", 12) != 0), "EL3");
        assertEquals(List.of(), inconsistent(name -> name.startsWith("ICC_"), field("ID_AA64PFR0_EL1", 24) != 0),
                "GICv3 CPU interface: without one (the emulator adds it with its SystemRegisterExtension)");
    }
}
