package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.InstructionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIMD&FP programs: element operands ({@code v2.b[5]}), lane lists, floating-point immediates,
 * modified immediates. The expected words are llvm-mc 14's, recorded with
 * {@code llvm-mc -triple=aarch64 -mattr=+v8.5a,+fp-armv8,+neon,+crc,+crypto,+lse,+rcpc,+dotprod,+fullfp16 -show-encoding}.
 */
class SimdProgramTest {

    /** Text and llvm-mc's word. */
    static final String[][] SIMD = {
        {"dup v1.16b, w1", "4e010c21"},
        {"ins v2.b[5], w2", "4e0b1c42"},
        {"mov v2.b[6], w3", "4e0d1c62"},
        {"st1 {v2.b}[5], [x19]", "0d001662"},
        {"ld1 {v2.s}[3], [x19], #4", "4ddf9262"},
        {"movi v3.16b, #0x20", "4f01e403"},
        {"stur b3, [x19]", "3c000263"},
        {"ldr q4, [x19, #16]", "3dc00664"},
        {"mov w4, v15.s[2]", "0e143de4"},
        {"umov x3, v4.d[1]", "4e183c83"},
        {"smov x3, v4.h[7]", "4e1e2c83"},
        {"dup v1.4s, v2.s[3]", "4e1c0441"},
        {"ins v2.b[5], v3.b[15]", "6e0b7c62"},
        {"fmul v0.4h, v0.4h, v0.h[7]", "0f309800"},
        {"fmla v1.2d, v2.2d, v3.d[1]", "4fc31841"},
        {"udot v0.2s, v1.8b, v2.4b[3]", "2fa2e820"},
        {"sqdmulh v15.4h, v6.4h, v0.h[0]", "0f40c0cf"},
        {"fmov v0.4s, #31.0", "4f01f7e0"},
        {"fmov v0.2d, #-0.125", "6f06f400"},
        {"fmov v5.4h, #1.5", "0f03ff05"},
        {"fmov v5.4h, #1.50000000", "0f03ff05"},
        {"fcmeq v0.4s, v1.4s, #0.0", "4ea0d820"},
        {"fcmlt v2.2d, v3.2d, #0", "4ee0e862"},
        {"movi v0.2d, #0xff00ff00ff00ff00", "6f05e540"},
        {"movi d1, #0xff", "2f00e421"},
        {"movi v7.4s, #12, msl #8", "4f00c587"},
        {"orr v7.4s, #12, lsl #8", "4f003587"},
        {"mvni v31.8h, #255, lsl #8", "6f07a7ff"},
        {"bic v2.4h, #1", "2f009422"},
        {"sqxtun2 v17.16b, v9.8h", "6e212931"},
        {"fcvtl2 v22.4s, v1.8h", "4e217836"},
        {"faddp h0, v0.2h", "5e30d800"},
        {"rbit v21.8b, v0.8b", "2e605815"},
        {"fmaxv s2, v5.4s", "6e30f8a2"},
        {"ld1r {v0.4s}, [x0]", "4d40c800"},
        {"ext v0.16b, v1.16b, v2.16b, #3", "6e021820"},
        {"tbl v0.16b, {v1.16b-v4.16b}, v5.16b", "4e056020"},
        {"ld4 {v0.4s-v3.4s}, [x0], #64", "4cdf0800"},
    };

    /** Scalar floating point and three-register vector forms whose spec files are still to come (floating-point.a64, advsimd-three-register.a64). */
    static final String[][] PENDING = {
        {"fmov s0, w1", "1e270020"},
        {"and v3.16b, v3.16b, v4.16b", "4e241c63"},
        {"add v0.4s, v1.4s, v2.4s", "4ea28420"},
        {"fadd d0, d1, d2", "1e622820"},
        {"fmov d0, #1.5", "1e6f1000"},
        {"fmov d0, #1.50000000", "1e6f1000"},
        {"fmov s1, #-2.0", "1e301001"},
        {"fmov x0, v1.d[1]", "9eae0020"},
        {"fcmp s0, #0.0", "1e202008"},
        {"fcvtzs w0, d1, #3", "1e58f420"},
    };

    final InstructionSet a64 = new A64InstructionSet();
    final Assembler assembler = new Assembler(List.of(a64));

    @TempDir
    Path dir;

    /** Assembles the lines as one program (a label and a backward branch around them) and compares each word. */
    void assembleAndCompare(List<String[]> lines) throws Exception {
        StringBuilder program = new StringBuilder("    .text\nloop:\n");
        for (String[] line : lines) {
            program.append("    ").append(line[0]).append('\n');
        }
        program.append("    b loop\n");
        Assembler.Result r = assembler.assemble("simd.s", program.toString(), Assembler.Options.flat(0x1000));
        ByteBuffer text = ByteBuffer.wrap(r.section(".text").bytes()).order(ByteOrder.LITTLE_ENDIAN);
        List<String> want = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            want.add(lines.get(i)[0] + " = " + lines.get(i)[1]);
            got.add(lines.get(i)[0] + " = " + String.format("%08x", text.getInt(4 * i)));
        }
        assertEquals(want, got);
        assertEquals(0x14000000 | -lines.size() & 0x03ffffff, text.getInt(4 * lines.size()), "b loop");
    }

    @Test
    void simdWordsAsLlvmMc() throws Exception {
        assembleAndCompare(List.of(SIMD));
    }

    /** Checks the lines whose word the instruction set decodes (their spec file is there); skipped while none. */
    @Test
    void scalarFloatingPointWordsAsLlvmMc() throws Exception {
        List<String[]> known = new ArrayList<>();
        for (String[] line : PENDING) {
            int word = (int) Long.parseLong(line[1], 16);
            if (a64.decode(word) >= 0) {
                known.add(line);
            }
        }
        assumeTrue(!known.isEmpty(), "scalar floating point and three-register encodings not in the spec yet");
        assembleAndCompare(known);
    }

    /** Builds "AAAAA B\n" with vector element moves, writes it and exits with a lane's value. */
    static final String HELLO_LANES = """
                .text
                .global _start
            _start:
                adr     x19, buf
                movi    v3.16b, #0x20           // sixteen spaces
                mov     w1, #0x41
                dup     v1.8b, w1               // AAAAAAAA
                mov     v1.b[5], v3.b[0]        // AAAAA AA
                mov     w4, #0x42
                ins     v1.b[6], w4             // AAAAA BA
                mov     w2, #10
                mov     v1.b[7], w2             // AAAAA B\\n
                st1     {v1.8b}, [x19]
                mov     x0, #1
                mov     x1, x19
                mov     x2, #8
                mov     x8, #64                 // write
                svc     #0
                umov    w0, v1.b[6]             // exit status 0x42
                mov     x8, #93
                svc     #0
                .data
            buf:
                .space  16
            """;

    @Test
    void laneMovesRunUnderQemu() throws Exception {
        assumeTrue(ProgramTest.installed("qemu-aarch64"), "qemu-aarch64 not installed");
        Path in = dir.resolve("lanes.s");
        Files.writeString(in, HELLO_LANES);
        Path out = dir.resolve("lanes.elf");
        AsmCommand.run(List.of(a64), List.of(in.toString(), "-o", out.toString()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(new ProgramTest.Run(0x42, "AAAAA B\n"), ProgramTest.run(dir, "qemu-aarch64", out.toString()));
    }
}
