package org.a64wb.hypervisor.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Each kind from the first bytes that define it (ELF gABI, arm64 booting.rst, gzip RFC 1952, U-Boot image.h). */
class KernelImageKindTest {

    private static byte[] words(int... words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        return b.array();
    }

    private static byte[] elf(int machine, int elfClass) {
        byte[] file = new byte[64];
        file[0] = 0x7f;
        file[1] = 'E';
        file[2] = 'L';
        file[3] = 'F';
        file[4] = (byte) elfClass;
        file[5] = 1;
        file[18] = (byte) machine;
        file[19] = (byte) (machine >> 8);
        return file;
    }

    @Test
    void assemblySourceIsTextAndTheProblemSaysToAssembleIt() {
        byte[] source = "    .text\n_start:\n    mov x0, #1\t// first\n    b _start\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(KernelImageKind.TEXT, KernelImageKind.probe(source));
        assertFalse(KernelImageKind.TEXT.bootable());
        assertEquals("hello.S: text, not a kernel (assembly source?); assemble it first: a64 asm hello.S --flat --base 0x40080000 -o kernel.bin",
                KernelImageKind.TEXT.problem("hello.S"));
    }

    @Test
    void textWithUtf8CommentsIsStillText() {
        assertEquals(KernelImageKind.TEXT, KernelImageKind.probe("// größer — ≥\nnop\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a64CodeIsFlatEvenWhenItsBytesLookAlmostPrintable() {
        // nop; stp x29, x30, [sp, #-16]!; add x0, x1, #1; hvc #0 (llvm-mc words)
        assertEquals(KernelImageKind.FLAT, KernelImageKind.probe(words(0xd503201f, 0xa9bf7bfd, 0x91000420, 0xd4000002)));
        // "abc\n" repeated, but one NUL: not text
        assertEquals(KernelImageKind.FLAT, KernelImageKind.probe("abc\nabc\0".getBytes(StandardCharsets.US_ASCII)));
        // printable without a single line break: not text either
        assertEquals(KernelImageKind.FLAT, KernelImageKind.probe("abcdefgh".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(KernelImageKind.FLAT.bootable());
        assertNull(KernelImageKind.FLAT.problem("x.bin"));
    }

    @Test
    void anElfIsAArch64OnlyWithClass64LittleEndianAndMachine183() {
        assertEquals(KernelImageKind.ELF_AARCH64, KernelImageKind.probe(elf(183, 2)));
        assertEquals(KernelImageKind.ELF_OTHER, KernelImageKind.probe(elf(62, 2)), "x86-64");
        assertEquals(KernelImageKind.ELF_OTHER, KernelImageKind.probe(elf(183, 1)), "ELF32");
        assertFalse(KernelImageKind.ELF_OTHER.bootable());
    }

    @Test
    void aLinuxImageHasArmD64AtOffset56() {
        byte[] image = new byte[64];
        image[56] = 'A';
        image[57] = 'R';
        image[58] = 'M';
        image[59] = 0x64;
        assertEquals(KernelImageKind.LINUX_IMAGE, KernelImageKind.probe(image));
        assertTrue(KernelImageKind.LINUX_IMAGE.bootable());
    }

    @Test
    void compressedAndWrappedKernelsAreNamedWithTheWayOut() {
        assertEquals(KernelImageKind.GZIP, KernelImageKind.probe(new byte[] {0x1f, (byte) 0x8b, 8, 0}));
        assertEquals("vmlinuz: gzip-compressed (a vmlinuz?); decompress it first: zcat vmlinuz > Image", KernelImageKind.GZIP.problem("vmlinuz"));
        assertEquals(KernelImageKind.EFI_ZBOOT, KernelImageKind.probe("MZ\0\0zimg".getBytes(StandardCharsets.US_ASCII)));
        byte[] uImage = new byte[64];
        uImage[0] = 0x27;
        uImage[1] = 0x05;
        uImage[2] = 0x19;
        uImage[3] = 0x56;
        assertEquals(KernelImageKind.U_BOOT, KernelImageKind.probe(uImage));
        assertEquals(KernelImageKind.EMPTY, KernelImageKind.probe(new byte[0]));
        assertEquals("k: the kernel file is empty", KernelImageKind.EMPTY.problem("k"));
    }
}
