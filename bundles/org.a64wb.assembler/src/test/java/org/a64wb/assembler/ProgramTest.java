package org.a64wb.assembler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole programs: run under qemu-aarch64, and byte-compared with GNU as + ld where installed. */
class ProgramTest {

    static final String HELLO = """
            // hello world: write(1, msg, len); exit(3)
                .global _start
                .text
            _start:
                mov     x0, #1                  // stdout
                adrp    x1, msg
                add     x1, x1, :lo12:msg
                ldr     x2, =len_word - len_word + 14 ; nop
                mov     x2, #(msg_end - msg)
                mov     x8, #64                 /* write */
                svc     #0
                mov     x0, #3
                mov     x8, #93                 // exit
                svc     #0
                .data
            msg:
                .ascii  "Hello, world!\\n"
            msg_end:
            """;

    @TempDir
    Path dir;

    final Assembler assembler = new Assembler(List.of(new A64InstructionSet()));

    static boolean installed(String tool) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(p, tool))) {
                return true;
            }
        }
        return false;
    }

    record Run(int status, String out) {
    }

    static Run run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timeout: " + String.join(" ", command));
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void helloWorldRunsUnderQemu() throws Exception {
        assumeTrue(installed("qemu-aarch64"), "qemu-aarch64 not installed");
        String source = HELLO.replace("    ldr     x2, =len_word - len_word + 14 ; nop\n", "    nop ; nop\n");
        Path in = dir.resolve("hello.s");
        Files.writeString(in, source);
        Path out = dir.resolve("hello.elf");
        AsmCommand.run(List.of(new A64InstructionSet()), List.of(in.toString(), "-o", out.toString()), new PrintStream(new ByteArrayOutputStream()));
        Run r = run(dir, "qemu-aarch64", out.toString());
        assertEquals(new Run(3, "Hello, world!\n"), r);
    }

    @Test
    void flatBinaryAtABaseAddress() throws Exception {
        Assembler.Result r = assembler.assemble("f.s", "start: b start\n adr x0, start\n .word 0x11223344\n", Assembler.Options.flat(0x80000));
        assertArrayEquals(new byte[] {0, 0, 0, 0x14, (byte) 0xe0, (byte) 0xff, (byte) 0xff, 0x10, 0x44, 0x33, 0x22, 0x11}, r.image());
        assertEquals(0x80000L, r.symbols().get("start"));
    }

    /** Labels, numeric local labels, directives and expressions: same .text (and .data) bytes as GNU as + ld. */
    static final String PROGRAM = """
                .equ    COUNT, 4
                .set    SCALE, COUNT * 2 + 1
                SHIFTED = (1 << 4) | 3
                .text
                .globl  _start
            _start:
                mov     x0, #COUNT
                mov     x1, #(SCALE << 2) - 1
                add     x2, x1, #SHIFTED & 0xf
                sub     sp, sp, #16
            1:  subs    x0, x0, #1
                b.ne    1b
                cbz     x0, 1f
                nop
            1:  tbz     w1, #3, 2f
                bl      helper
                adr     x3, table
                adrp    x4, table
                add     x4, x4, :lo12:table
                ldr     w5, [x4, #:lo12:table]
                ldr     x6, literal
                ldp     x29, x30, [sp, #-16]!
                stp     x29, x30, [sp], #16
                ld1     {v0.16b, v1.16b}, [x0], #32
                ld1     {v0.s}[1], [x1]
                movk    x7, #0xbeef, lsl #16
                and     x8, x9, #0xff00ff00ff00ff00
                mrs     x9, tpidr_el0
                msr     nzcv, x9
                dmb     ish
                csel    x10, x11, x12, lt
                add     x13, x14, w15, uxtw #2
            2:  ret
            helper:
                eor     w0, w0, w0 ; ret
                .p2align 4
            literal:
                .quad   0x0123456789abcdef
                .word   2b - _start, . - literal
                .hword  -2
                .byte   'A', 0x42, ~0
                .balign 8
                .xword  helper
                .data
            table:
                .word   1, 2, 3, COUNT
                .asciz  "abc"
                .string "de\\tf"
                .skip   3
                .zero   2
                .align  3
                .space  4, 0x5a
            """;

    @Test
    void sameBytesAsGnuAs() throws Exception {
        assumeTrue(installed("aarch64-linux-gnu-as") && installed("aarch64-linux-gnu-ld") && installed("aarch64-linux-gnu-objcopy"),
                "aarch64-linux-gnu binutils not installed");
        Assembler.Result mine = assembler.assemble("prog.s", PROGRAM, Assembler.Options.elf());
        Path src = dir.resolve("prog.s");
        Files.writeString(src, PROGRAM);
        Run as = run(dir, "aarch64-linux-gnu-as", "-o", "prog.o", "prog.s");
        assertEquals(0, as.status(), as.out());
        List<String> ld = new ArrayList<>(List.of("aarch64-linux-gnu-ld", "-o", "prog.elf", "-Ttext=0x" + Long.toHexString(mine.section(".text").address()),
                "-Tdata=0x" + Long.toHexString(mine.section(".data").address()), "prog.o"));
        Run link = run(dir, ld.toArray(String[]::new));
        assertEquals(0, link.status(), link.out());
        for (String section : List.of(".text", ".data")) {
            Run copy = run(dir, "aarch64-linux-gnu-objcopy", "-O", "binary", "--only-section=" + section, "prog.elf", "gnu" + section + ".bin");
            assertEquals(0, copy.status(), copy.out());
            byte[] gnu = Files.readAllBytes(dir.resolve("gnu" + section + ".bin"));
            assertEquals(hex(gnu), hex(mine.section(section).bytes()), section);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            b.append(String.format("%02x", bytes[i])).append(i % 4 == 3 ? "\n" : " ");
        }
        return b.toString();
    }
}
