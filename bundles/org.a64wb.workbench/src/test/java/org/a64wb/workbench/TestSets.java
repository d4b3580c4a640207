package org.a64wb.workbench;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.InstructionSets;
import org.a64wb.isa.registry.InstructionSetRegistry;

/** The platform's registry with the base A64 set in it, as the running workbench sees it. */
public final class TestSets {

    private static InstructionSets a64;

    private TestSets() {
    }

    public static synchronized InstructionSets a64() {
        if (a64 == null) {
            InstructionSetRegistry registry = new InstructionSetRegistry();
            registry.add(new A64InstructionSet(), "org.a64wb.isa.a64");
            a64 = registry;
        }
        return a64;
    }
}
