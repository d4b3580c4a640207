package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error of a file is reported as file:line:column: reason, and nothing is written. */
class ErrorTest {

    @TempDir
    Path dir;

    @Test
    void allErrorsOfAFileWithPositionsAndReasons() throws Exception {
        String source = String.join("\n",
                "_start:",
                "    frob x0, x1",                 // 2: unknown mnemonic
                "    add x0, x1, #4096",           // 3: immediate out of range (add imm12 without shift)
                "    b nowhere",                   // 4: undefined symbol
                "    add x0, w1, x2",              // 5: operand does not fit
                "    ldr x0, [x1, #3]",            // 6: not encodable offset
                "    mov x0, x1",                  // fine
                "    .bogus 1",                    // 8: unknown directive
                "");
        Path in = dir.resolve("bad.s");
        Files.writeString(in, source);
        Path out = dir.resolve("bad.elf");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AsmCommand.run(List.of(new A64InstructionSet()),
                List.of(in.toString(), "-o", out.toString()), new PrintStream(new ByteArrayOutputStream())));
        assertFalse(Files.exists(out), "nothing written");
        String f = in.toString();
        List<String> lines = List.of(e.getMessage().split("\n"));
        System.out.println(e.getMessage());
        assertEquals(List.of(
                f + ":2:5: unknown mnemonic 'frob'",
                f + ":3:18: immediate 4096 out of range for 'add'",
                f + ":4:7: undefined symbol 'nowhere'",
                f + ":5:13: operand does not fit 'add' at 'w1'",
                f + ":6:19: immediate 3 out of range or not encodable for 'ldr'",
                f + ":8:5: unknown directive '.bogus'"), lines);
    }

    @Test
    void encodingErrors() {
        Assembler a = new Assembler(List.of(new A64InstructionSet()));
        AssemblyException e = assertThrows(AssemblyException.class, () -> a.assemble("bad.s", String.join("\n",
                "_start:",
                "    frob x0, x1",
                "    add x0, x1, #4096",
                "    b nowhere",
                "    add x0, w1, x2",
                "    ldr x0, [x1, #3]",
                "    mov x0, x1",
                "    b.eq _start + 2",
                ""), Assembler.Options.elf()));
        System.out.println(e.getMessage());
        assertEquals(List.of(
                "bad.s:2:5: unknown mnemonic 'frob'",
                "bad.s:3:18: immediate 4096 out of range for 'add'",
                "bad.s:4:7: undefined symbol 'nowhere'",
                "bad.s:5:13: operand does not fit 'add' at 'w1'",
                "bad.s:6:19: immediate 3 out of range or not encodable for 'ldr'",
                "bad.s:8:10: immediate offset -22 out of range for 'b.eq'"), e.errors());
    }

    /** Element indices, floating-point and modified immediates are reported at the atom that does not fit. */
    @Test
    void simdErrors() {
        Assembler a = new Assembler(List.of(new A64InstructionSet()));
        AssemblyException e = assertThrows(AssemblyException.class, () -> a.assemble("simd.s", String.join("\n",
                "    ins v2.b[16], w2",
                "    movi v3.16b, #256",
                "    fcmeq v0.4s, v1.4s, #1.0",
                "    orr v7.4s, #12, lsl #7",
                "    fmul v0.4h, v0.4h, v16.h[7]",
                "    umov w3, v4.s[1]",            // fine (mov is the preferred spelling)
                "    st1 {v2.b}[16], [x19]",
                "    ins v2.b[5, w2",
                ""), Assembler.Options.elf()));
        System.out.println(e.getMessage());
        assertEquals(List.of(
                "simd.s:1:14: immediate 16 out of range or not encodable for 'ins'",
                "simd.s:2:19: immediate 256 out of range or not encodable for 'movi'",
                "simd.s:3:26: operand does not fit 'fcmeq' at '1.0'",
                "simd.s:4:26: immediate 7 out of range or not encodable for 'orr'",
                "simd.s:5:24: operand does not fit 'fmul' at 'v16.h'",
                "simd.s:7:16: immediate 16 out of range or not encodable for 'st1'",
                "simd.s:8:15: syntax error: missing ']' at ','"), e.errors());
    }
}
