package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;

/** Symbols set with .equ: '.' means where the .equ stands (GNU as), and the value is absolute. */
class EquTest {

    private final Assembler assembler = new Assembler(List.of(new A64InstructionSet()));

    @Test
    void aLengthComputedAfterTheDataIsTheDataLengthWhereverItIsUsed() throws Exception {
        String source = " .text\n mov x2, #len\n .data\nmsg: .ascii \"hello\\n\"\n .equ len, . - msg\n";
        Assembler.Result r = assembler.assemble("equ.s", source, Assembler.Options.flat(0x1000));
        int word = ByteBuffer.wrap(r.image()).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        A64InstructionSet a64 = new A64InstructionSet();
        assertEquals("mov x2, #6", a64.disassemble(a64.decode(word), word, 0));
    }
}
