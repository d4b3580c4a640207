package org.a64wb.example.vendorisa.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.a64wb.emulator.A64Executor;
import org.a64wb.emulator.Interpreter;
import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.extension.ContributedInstructionSets;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.example.vendorisa.VendorInstructionSet;
import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.ContributionProblem;
import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.InstructionSets;
import org.junit.jupiter.api.Test;

/** The Vendor words execute through the emulator while the set's semantics are contributed, and only then. */
class VendorExecutionTest {

    private static final long BASE = 0x400000;
    private static final long DATA = 0x500000;

    // vcsum x0, x1, x2 / vpopcadd x3, x4, x5 / vpopc x6, x4 / vldstream x7, [sp, #16]
    private static final int VCSUM = 0x82020020;
    private static final int VPOPCADD = 0x82250083;
    private static final int VPOPC = 0x823f0086;
    private static final int VLDSTREAM = 0x83000be7;

    private final Cpu cpu = new Cpu();
    private final PhysicalMemory memory = new PhysicalMemory();
    private final InstructionSet a64 = new A64InstructionSet();
    private final InstructionSet vendor = new VendorInstructionSet();
    private final InstructionSets registry = new InstructionSets() {
        @Override
        public List<InstructionSet> active() {
            return List.of(a64, vendor);
        }

        @Override
        public Optional<DecodedInstruction> decode(int word) {
            return a64.decodeInstruction(word).or(() -> vendor.decodeInstruction(word));
        }

        @Override
        public List<ContributionProblem> problems() {
            return List.of();
        }
    };
    private final ContributedInstructionSets contributed = new ContributedInstructionSets(registry);
    private final Interpreter<A64Executor> interpreter = new Interpreter<>(cpu, memory, new A64Executor(cpu, memory, contributed));

    private void load(int... words) {
        memory.map(BASE, 0x1000);
        memory.map(DATA, 0x1000);
        for (int i = 0; i < words.length; i++) {
            memory.write32(BASE + 4L * i, words[i]);
        }
        cpu.pc = BASE;
    }

    @Test
    void theWordsAreTheVendorsAndNotA64s() {
        assertEquals(-1, a64.decode(VCSUM));
        assertEquals("vcsum x0, x1, x2", vendor.disassemble(vendor.decode(VCSUM), VCSUM, 0));
        assertEquals("vpopcadd x3, x4, x5", vendor.disassemble(vendor.decode(VPOPCADD), VPOPCADD, 0));
        assertEquals("vpopc x6, x4", vendor.disassemble(vendor.decode(VPOPC), VPOPC, 0));
        assertEquals("vldstream x7, [sp, #16]", vendor.disassemble(vendor.decode(VLDSTREAM), VLDSTREAM, 0));
    }

    @Test
    void contributedSemanticsExecuteTheVendorWords() {
        contributed.add("Vendor", new VendorExecution());
        load(VCSUM, VPOPCADD, VPOPC, VLDSTREAM);
        cpu.x[0] = 0x00ff;
        cpu.x[1] = 0xff00;
        cpu.x[2] = 68;                      // rotate by 68 mod 64 = 4
        cpu.x[4] = 0xf0f0_0000_0000_0001L;  // 9 bits set
        cpu.x[5] = 100;
        cpu.spEl0 = DATA;
        memory.write64(DATA + 16, 0x1122_3344_5566_7788L);
        assertEquals(4, interpreter.run(4));
        assertEquals(Long.rotateRight(0xffffL, 4), cpu.x[0]);
        assertEquals(109, cpu.x[3]);
        assertEquals(9, cpu.x[6]);
        assertEquals(0x1122_3344_5566_7788L, cpu.x[7]);
        assertEquals(BASE + 16, cpu.pc);
    }

    @Test
    void withoutTheSemanticsTheWordIsUndefined() {
        load(VCSUM);
        GuestException e = assertThrows(GuestException.class, () -> interpreter.run(1));
        assertEquals(GuestException.Kind.UNDEFINED, e.kind());
    }

    @Test
    void removingTheContributionTakesEffectAtTheNextExecution() {
        VendorExecution semantics = new VendorExecution();
        contributed.add("Vendor", semantics);
        // A loop long enough for the block compiler to compile it: vcsum x0, x1, x2; subs x9, x9, #1; b.ne -8
        load(VCSUM, 0xf1000529, 0x54ffffc1);
        cpu.x[9] = 200;
        cpu.x[1] = 1;
        interpreter.run(3 * 200);
        assertEquals(0, cpu.x[9]);
        contributed.remove(semantics);
        cpu.pc = BASE;
        GuestException e = assertThrows(GuestException.class, () -> interpreter.run(1));
        assertEquals(GuestException.Kind.UNDEFINED, e.kind());
        contributed.add("Vendor", semantics);
        cpu.pc = BASE;
        assertEquals(1, interpreter.run(1));
    }
}
