package org.a64wb.isa.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionClass;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.InstructionSets;
import org.a64wb.isa.api.MemoryAccess;
import org.junit.jupiter.api.Test;

class InstructionSetRegistryTest {

    /** A set of fixed-pattern encodings, each disassembling to its name. */
    private static InstructionSet set(String name, String base, EncodingInfo... encodings) {
        return new InstructionSet() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> base() {
                return Optional.ofNullable(base);
            }

            @Override
            public List<EncodingInfo> encodings() {
                return List.of(encodings);
            }

            @Override
            public int decode(int word) {
                for (int i = 0; i < encodings.length; i++) {
                    if ((word & encodings[i].mask()) == encodings[i].match()) {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public String disassemble(int id, int word, long address) {
                return encodings[id].name().toLowerCase();
            }

            @Override
            public Optional<MemoryAccess> memoryAccess(int id, int word) {
                return Optional.empty();
            }
        };
    }

    private static EncodingInfo encoding(String name, int mask, int match, int line) {
        return new EncodingInfo(name, "test", InstructionClass.SYSTEM, null, mask, match, List.of(), "test.a64", line);
    }

    private static final InstructionSet BASE = set("A64", null, encoding("NOP", 0xffffffff, 0xd503201f, 3));

    @Test
    void anExtensionInUnallocatedSpaceDecodesAfterItsBase() {
        InstructionSetRegistry registry = new InstructionSetRegistry();
        registry.add(set("Vendor", "A64", encoding("VOP", 0xff000000, 0x02000000, 7)), "vendor.bundle");
        registry.add(BASE, "base.bundle");
        assertEquals("nop", registry.disassemble(0xd503201f, 0));
        assertEquals("vop", registry.disassemble(0x02001234, 0));
        assertEquals(InstructionSets.UNDEFINED, registry.disassemble(0x00001234 | 0x1e000000, 0));
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
    }

    @Test
    void anExtensionOverlappingItsBaseIsRejectedWithBundleFileAndLine() {
        InstructionSetRegistry registry = new InstructionSetRegistry();
        registry.add(BASE, "base.bundle");
        registry.add(set("Greedy", "A64", encoding("GRAB", 0xff000000, 0xd5000000, 12)), "greedy.bundle");
        assertEquals(1, registry.problems().size());
        String problem = registry.problems().get(0).toString();
        assertTrue(problem.startsWith("greedy.bundle: test.a64:12: encoding 'GRAB'"), problem);
        assertTrue(problem.contains("overlaps A64 encoding 'NOP' (test.a64:3)"), problem);
        assertEquals(List.of(BASE), registry.active());
        assertEquals("nop", registry.disassemble(0xd503201f, 0));
    }

    @Test
    void anExtensionWithoutItsBaseStaysInactiveUntilTheBaseArrives() {
        InstructionSetRegistry registry = new InstructionSetRegistry();
        InstructionSet vendor = set("Vendor", "A64", encoding("VOP", 0xff000000, 0x02000000, 7));
        registry.add(vendor, "vendor.bundle");
        assertEquals(List.of(), registry.active());
        assertTrue(registry.problems().get(0).message().contains("not installed"));
        registry.add(BASE, "base.bundle");
        assertEquals(List.of(BASE, vendor), registry.active());
        registry.remove(vendor);
        assertEquals(InstructionSets.UNDEFINED, registry.disassemble(0x02001234, 0));
    }

    @Test
    void aContributionThatThrowsIsRejectedAndTheOthersKeepWorking() {
        InstructionSetRegistry registry = new InstructionSetRegistry();
        registry.add(BASE, "base.bundle");
        registry.add(new InstructionSet() {
            @Override
            public String name() {
                throw new IllegalStateException("broken table");
            }

            @Override
            public List<EncodingInfo> encodings() {
                return List.of();
            }

            @Override
            public int decode(int word) {
                return -1;
            }

            @Override
            public String disassemble(int id, int word, long address) {
                return "";
            }

            @Override
            public Optional<MemoryAccess> memoryAccess(int id, int word) {
                return Optional.empty();
            }
        }, "broken.bundle");
        assertEquals(List.of(BASE), registry.active());
        assertTrue(registry.problems().get(0).toString().contains("broken.bundle"));
        assertTrue(registry.problems().get(0).toString().contains("broken table"));
    }
}
