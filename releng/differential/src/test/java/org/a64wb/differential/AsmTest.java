package org.a64wb.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;

/** The harness's hand-encoded instructions say what they mean (our disassembler agrees with llvm-mc). */
class AsmTest {

    private final A64InstructionSet a64 = new A64InstructionSet();

    private String text(int word) {
        return a64.disassemble(a64.decode(word), word, 0);
    }

    @Test
    void prologueAndEpilogueInstructionsDisassembleAsIntended() {
        assertEquals("mov x29, #4660", text(Asm.movz(29, 0x1234, 0)));
        assertEquals("movk x29, #22136, lsl #32", text(Asm.movk(29, 0x5678, 32)));
        assertEquals("ldp x0, x1, [x29, #16]", text(Asm.ldpX(0, 1, 29, 16)));
        assertEquals("stp x2, x3, [x30, #224]", text(Asm.stpX(2, 3, 30, 224)));
        assertEquals("ldp q30, q31, [x29, #720]", text(Asm.ldpQ(30, 31, 29, 720)));
        assertEquals("stp q0, q1, [x30, #240]", text(Asm.stpQ(0, 1, 30, 240)));
        assertEquals("ldr x0, [x29, #232]", text(Asm.ldrX(0, 29, 232)));
        assertEquals("str x28, [x30, #224]", text(Asm.strX(28, 30, 224)));
        assertEquals("ldr x3, [x1], #8", text(Asm.ldrPost(3, 1, 8)));
        assertEquals("str x3, [x0], #8", text(Asm.strPost(3, 0, 8)));
        assertEquals("subs x2, x2, #1", text(Asm.subsImm(2, 2, 1)));
        assertEquals("b.ne #-12", text(Asm.bne(-12)));
        assertEquals("msr NZCV, x0", text(Asm.msrNzcv(0)));
        assertEquals("mrs x0, NZCV", text(Asm.mrsNzcv(0)));
        assertEquals("msr FPCR, x0", text(Asm.msrFpcr(0)));
        assertEquals("msr FPSR, xzr", text(Asm.msrFpsr(31)));
        assertEquals("mrs x1, FPSR", text(Asm.mrsFpsr(1)));
        assertEquals("lsr x0, x0, #32", text(Asm.lsr32(0, 0)));
        assertEquals("orr x0, x0, x1, lsl #32", text(Asm.orrLsl32(0, 0, 1)));
        assertEquals("svc #0", text(Asm.SVC0));
        assertEquals("clrex", text(Asm.CLREX));
    }
}
