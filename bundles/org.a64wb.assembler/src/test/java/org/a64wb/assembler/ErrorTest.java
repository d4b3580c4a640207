package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                "    add x0, x1, #4097",           // 3: immediate out of range (neither imm12 nor imm12, lsl #12; llvm-mc refuses it too)
                "    b nowhere",                   // 4: undefined symbol
                "    add x0, w1, x2",              // 5: operand does not fit
                "    ldr x0, [x1, #-257]",         // 6: not encodable offset (neither scaled nor, as LDUR, 9-bit signed)
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
                f + ":2:5: unknown instruction mnemonic 'frob'",
                f + ":3:18: immediate 4097 out of range for 'add'",
                f + ":4:7: undefined symbol 'nowhere'",
                f + ":5:13: operand does not fit 'add' at 'w1'",
                f + ":6:19: immediate -257 out of range for 'ldr'",
                f + ":8:5: unknown directive '.bogus'"), lines);
    }

    @Test
    void encodingErrors() {
        Assembler a = new Assembler(List.of(new A64InstructionSet()));
        AssemblyException e = assertThrows(AssemblyException.class, () -> a.assemble("bad.s", String.join("\n",
                "_start:",
                "    frob x0, x1",
                "    add x0, x1, #4097",
                "    b nowhere",
                "    add x0, w1, x2",
                "    ldr x0, [x1, #-257]",
                "    mov x0, x1",
                "    b.eq _start + 2",
                ""), Assembler.Options.elf()));
        System.out.println(e.getMessage());
        assertEquals(List.of(
                "bad.s:2:5: unknown instruction mnemonic 'frob'",
                "bad.s:3:18: immediate 4097 out of range for 'add'",
                "bad.s:4:7: undefined symbol 'nowhere'",
                "bad.s:5:13: operand does not fit 'add' at 'w1'",
                "bad.s:6:19: immediate -257 out of range for 'ldr'",
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

    /** A mistyped mnemonic gets the known ones one or two edits away; a word like none of them gets no hint. */
    @Test
    void anUnknownMnemonicSuggestsTheCloseOnes() {
        Assembler a = new Assembler(List.of(new A64InstructionSet()));
        AssemblyException e = assertThrows(AssemblyException.class, () -> a.assemble("typo.s", String.join("\n",
                "    movv x0, #1",
                "    ldpr x0, x1, [sp]",
                "    frobnicate x0, x1",
                ""), Assembler.Options.elf()));
        System.out.println(e.getMessage());
        assertEquals(List.of(
                "typo.s:1:5: unknown instruction mnemonic 'movv' (did you mean 'mov', 'movi', 'movk'?)",
                "typo.s:2:5: unknown instruction mnemonic 'ldpr' (did you mean 'ldp', 'ld1r', 'ld2r'?)",
                "typo.s:3:5: unknown instruction mnemonic 'frobnicate'"), e.errors());
    }

    @Test
    void aBinaryFileIsNotAssembledAndTheFirstBadByteIsNamed() throws Exception {
        Path in = dir.resolve("prog.bin");
        Files.write(in, new byte[] {'n', 'o', 'p', '\n', 0x7f, 'E', 'L', 'F', (byte) 0xd5, 0x03});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AsmCommand.run(List.of(new A64InstructionSet()),
                List.of(in.toString(), "-o", dir.resolve("out").toString()), new PrintStream(new ByteArrayOutputStream())));
        assertEquals(in + ":2: not UTF-8 text (byte 0xd5 at offset 8); asm reads assembly source", e.getMessage());
    }

    @Test
    void fileProblemsSayWhatIsWrongAndBadValuesAreUsageErrors() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> AsmCommand.run(List.of(new A64InstructionSet()),
                List.of(dir.resolve("none.s").toString(), "-o", dir.resolve("out").toString()), new PrintStream(new ByteArrayOutputStream())));
        assertEquals(dir.resolve("none.s") + ": no such file", missing.getMessage());
        IllegalArgumentException noDir = assertThrows(IllegalArgumentException.class, () -> AsmCommand.run(List.of(new A64InstructionSet()),
                List.of("in.s", "-o", "/nonexistent/dir/out"), new PrintStream(new ByteArrayOutputStream())));
        assertEquals("/nonexistent/dir/out: no such directory /nonexistent/dir", noDir.getMessage());
        IllegalArgumentException base = assertThrows(IllegalArgumentException.class, () -> AsmCommand.run(List.of(new A64InstructionSet()),
                List.of("in.s", "--flat", "--base", "0x4008zz", "-o", "out"), new PrintStream(new ByteArrayOutputStream())));
        assertEquals("--base: '0x4008zz' is not an address (decimal or 0x hex); " + AsmCommand.USAGE, base.getMessage());
        IllegalArgumentException noOutput = assertThrows(IllegalArgumentException.class, () -> AsmCommand.run(List.of(new A64InstructionSet()),
                List.of("in.s"), new PrintStream(new ByteArrayOutputStream())));
        assertEquals("no output file (-o OUT); " + AsmCommand.USAGE, noOutput.getMessage());
    }

    /**
     * Operands the parser has to repair (an immediate with no value, a half-written memory operand, a stray
     * bracket) are reported as syntax errors at their line, each once, and never reach the encoder half-built.
     */
    @Test
    void brokenOperandsAreSyntaxErrorsNotExceptions() throws Exception {
        String source = String.join("\n",
                "    mov x0, #",
                "    ldr x0, [x1,",
                "    add x0, x1, ]",
                "    stp x29, x30, [sp, #-16]!",
                "    mov x1, #",
                "");
        Path in = dir.resolve("broken.s");
        Files.writeString(in, source);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AsmCommand.run(List.of(new A64InstructionSet()),
                List.of(in.toString(), "-o", dir.resolve("broken.elf").toString()), new PrintStream(new ByteArrayOutputStream())));
        List<String> lines = List.of(e.getMessage().split("\n"));
        for (String line : lines) {
            assertTrue(line.startsWith(in + ":") && line.contains(": syntax error: "), line);
            assertFalse(line.contains("Exception") || line.contains("cannot be cast"), line);
        }
        assertEquals(List.of(1, 2, 3, 5), lines.stream().map(l -> Integer.parseInt(l.substring(in.toString().length() + 1).split(":")[0]))
                .distinct().toList());
    }

    /**
     * Token soup (mnemonics, registers, immediates, brackets, directives, labels in random order): every line is
     * either assembled or reported as FILE:LINE: reason; no other exception escapes.
     */
    @Test
    void randomTokenLinesGetPositionedErrorsOnly() throws Exception {
        String[] tokens = {"add", "ldr", "stp", "mov", "b", "ld1", "msr", "mrs", "sys", "tlbi", "dc", "fmov", "movk", "adrp", "cbz", "tbz",
            "x0", "w1", "sp", "xzr", "v0.16b", "q1", "d2", "s3", "h4", "b5", "{", "}", "[", "]", "!", ",", "#", "#1", "#-5", "#0x1000", "lsl",
            "#12", "uxtw", ":lo12:", "label", "label:", ".word", ".quad", ".balign", ".ascii", "\"s\"", ".", "=", "-", "+", "*", "(", ")",
            "vmalle1", "civac", "sctlr_el1", "S3_0_C1_C0_0", "nzcv", "eq", "0", "1f", "1:", "1b", "//", ";", "@"};
        java.util.Random random = new java.util.Random(20261206);
        StringBuilder source = new StringBuilder();
        for (int line = 0; line < 3000; line++) {
            int n = random.nextInt(8);
            for (int t = 0; t < n; t++) {
                source.append(t == 0 ? "    " : random.nextInt(3) == 0 ? "" : " ").append(tokens[random.nextInt(tokens.length)]);
            }
            source.append('\n');
        }
        Path in = dir.resolve("soup.s");
        Files.writeString(in, source);
        try {
            AsmCommand.run(List.of(new A64InstructionSet()), List.of(in.toString(), "-o", dir.resolve("soup.elf").toString()),
                    new PrintStream(new ByteArrayOutputStream()));
        } catch (IllegalArgumentException e) {
            for (String line : e.getMessage().split("\n")) {
                assertTrue(line.matches(java.util.regex.Pattern.quote(in.toString()) + ":\\d+(:\\d+)?: .+"), line);
                assertFalse(line.contains("Exception") || line.contains("cannot be cast") || line.contains("null"), line);
            }
        }
    }
}
