package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;

/**
 * {@code ldr Xt, =value} and {@code ldr Wt, =value} (GNU as, llvm-mc): a PC-relative load of a literal pool entry of
 * the register's size, placed at {@code .ltorg}/{@code .pool} or after the section's code, equal literals sharing one.
 */
class LiteralPoolTest {

    private static final long BASE = 0x1000;
    private final A64InstructionSet a64 = new A64InstructionSet();
    private final Assembler assembler = new Assembler(List.of(a64));

    /** The value an LDR (literal) at {@code offset} loads, read from the image (8 bytes for X, 4 for W). */
    private static long loaded(ByteBuffer image, int offset) {
        int word = image.getInt(offset);
        int target = offset + ((word << 8) >> 13) * 4; // imm19, scaled by 4
        boolean wide = (word & 0x40000000) != 0;
        assertEquals(0x18000000, word & 0xbf000000, String.format("LDR (literal) at +%d: %08x", offset, word));
        assertEquals(0, target % (wide ? 8 : 4), "the entry is aligned to its size");
        return wide ? image.getLong(target) : image.getInt(target) & 0xffff_ffffL;
    }

    @Test
    void eachLiteralIsLoadedFromThePoolAndEqualOnesShareAnEntry() throws Exception {
        String source = String.join("\n",
                " ldr x0, =0x123456789abcdef0",
                " ldr w1, =0xdeadbeef",
                " ldr x2, =msg",
                " ldr x3, =0x123456789abcdef0",
                " b 1f",
                " .ltorg",
                "1: ldr x4, =42",
                " ret",
                "msg: .asciz \"hi\"",
                "");
        Assembler.Result result = assembler.assemble("pool.s", source, Assembler.Options.flat(BASE));
        ByteBuffer image = ByteBuffer.wrap(result.image()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x123456789abcdef0L, loaded(image, 0));
        assertEquals(0xdeadbeefL, loaded(image, 4));
        assertEquals(result.symbols().get("msg"), loaded(image, 8), "an address");
        assertEquals(0, (((image.getInt(12) << 8) >> 13) * 4 + 12) - (((image.getInt(0) << 8) >> 13) * 4), "the same entry as x0's");
        long label1 = BASE + 16 + 4 * (((image.getInt(16) << 6) >> 6));
        int afterPool = (int) (label1 - BASE);
        assertEquals("ldr x4, #" + ((((image.getInt(afterPool) << 8) >> 13) * 4)), a64.disassemble(a64.decode(image.getInt(afterPool)),
                image.getInt(afterPool), 0), "the code after .ltorg");
        assertEquals(42, loaded(image, afterPool), "the pool at the end of the section");
        assertTrue(result.symbols().keySet().stream().noneMatch(s -> s.contains("pool")), "pool labels are no symbols: " + result.symbols());
    }

    @Test
    void aLiteralOutsideLdrOfAnXOrWRegisterIsAnError() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> assembler.assemble("bad.s", " add x0, x1, =5\n ldr q0, =1\n ldr x0, =1\n", Assembler.Options.flat(BASE)));
        assertEquals(List.of("bad.s:1:14: a literal (=value) is loaded by ldr into an X or W register",
                "bad.s:2:10: a literal (=value) is loaded by ldr into an X or W register"), e.errors());
    }
}
