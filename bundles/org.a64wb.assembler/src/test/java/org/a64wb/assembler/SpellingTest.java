package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.InstructionSet;
import org.junit.jupiter.api.Test;

/** Spellings GNU as accepts that are not llvm-mc's preferred disassembly assemble to the same word. */
class SpellingTest {

    final InstructionSet a64 = new A64InstructionSet();
    final Assembler assembler = new Assembler(List.of(a64));

    List<String> disassemble(String source) throws Exception {
        byte[] text = assembler.assemble("t.s", source, Assembler.Options.flat(0)).section(".text").bytes();
        ByteBuffer b = ByteBuffer.wrap(text).order(ByteOrder.LITTLE_ENDIAN);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length; i += 4) {
            int w = b.getInt(i);
            out.add(a64.disassemble(a64.decode(w), w, i));
        }
        return out;
    }

    @Test
    void nonPreferredSpellings() throws Exception {
        assertEquals(List.of(
                "mov x0, x1",
                "ldr x0, [x1]",
                "add x0, x1, x2",
                "mov x3, x4",
                "ret",
                "mov w0, #-1",
                "mov w0, #-1",
                "lsl x1, x2, #3",
                "ld1 { v0.16b, v1.16b, v2.16b, v3.16b }, [x0]",
                "add x0, x1, #1, lsl #12",
                "b.ne #-4",
                "ldr x0, [x1, #8]!",
                "mrs x0, TPIDR_EL0",
                "ic ialluis"),
                disassemble(String.join("\n",
                        "MOV X0, X1",
                        "ldr x0, [x1, #0]",
                        "add x0, x1, x2, lsl #0",
                        "orr x3, xzr, x4",
                        "ret x30",
                        "mov w0, #0xffffffff",
                        "movn w0, #0",
                        "ubfm x1, x2, #61, #60",
                        "ld1 {v0.16b-v3.16b}, [x0]",
                        "add x0, x1, 1, lsl 12",
                        "b.ne .-4",
                        "ldr x0, [x1, 8]!",
                        "mrs x0, TPIDR_EL0",
                        "ic ialluis",
                        "")));
    }
}
