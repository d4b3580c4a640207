package org.a64wb.board.virt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.assembler.Assembler;
import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.Test;

/** Kernel formats as QEMU's hw/arm/boot.c and Linux's Documentation/arm64/booting.rst define them. */
class KernelLoaderTest {

    private static VirtualMachine vm() {
        VirtualMachine vm = new InProcessAccelerator().createVm();
        vm.mapRam(VirtBoard.RAM_BASE, 64L << 20);
        return vm;
    }

    private static byte[] image(long textOffset, long imageSize) {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 0x14000010); // b +64
        b.putLong(8, textOffset);
        b.putLong(16, imageSize);
        b.putInt(56, KernelLoader.IMAGE_MAGIC);
        return b.array();
    }

    @Test
    void linuxImageLoadsAtTwoMibAlignedBasePlusTextOffset() {
        KernelLoader.Loaded l = KernelLoader.load(image(0, 0x10000), vm(), VirtBoard.RAM_BASE, 64L << 20);
        assertEquals(KernelLoader.Format.IMAGE, l.format());
        assertEquals(0x40200000L, l.entry());
        assertEquals(0x40210000L, l.end(), "image_size counts, not the file length");
    }

    @Test
    void imageWithZeroImageSizeUsesTextOffset0x80000() {
        KernelLoader.Loaded l = KernelLoader.load(image(0x1234, 0), vm(), VirtBoard.RAM_BASE, 64L << 20);
        assertEquals(0x40280000L, l.entry());
    }

    @Test
    void flatBinaryLoadsAtRamPlus0x80000() {
        KernelLoader.Loaded l = KernelLoader.load(new byte[] {1, 2, 3, 4}, vm(), VirtBoard.RAM_BASE, 64L << 20);
        assertEquals(KernelLoader.Format.FLAT, l.format());
        assertEquals(0x40080000L, l.entry());
    }

    @Test
    void elfLoadsItsSegmentsAndEntry() throws Exception {
        String src = "    .text\n    .globl _start\n_start:\n    nop\n    b _start\n";
        byte[] elf = new Assembler(java.util.List.of(new A64InstructionSet())).assemble("e.s", src, new Assembler.Options(false, 0x40100000L)).image();
        VirtualMachine vm = vm();
        KernelLoader.Loaded l = KernelLoader.load(elf, vm, VirtBoard.RAM_BASE, 64L << 20);
        assertEquals(KernelLoader.Format.ELF, l.format());
        assertTrue(l.entry() >= 0x40100000L && l.entry() < 0x40110000L, Long.toHexString(l.entry()));
        byte[] word = new byte[4];
        vm.readPhysical(l.entry(), word, 0, 4);
        assertEquals(0xd503201f, ByteBuffer.wrap(word).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    @Test
    void elfOutsideRamIsRejected() throws Exception {
        String src = "    .text\n    .globl _start\n_start:\n    nop\n";
        byte[] elf = new Assembler(java.util.List.of(new A64InstructionSet())).assemble("e.s", src, Assembler.Options.elf()).image();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelLoader.load(elf, vm(), VirtBoard.RAM_BASE, 64L << 20));
        assertTrue(e.getMessage().contains("not in RAM"), e.getMessage());
    }

    @Test
    void truncatedElfIsRejected() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1};
        assertThrows(IllegalArgumentException.class, () -> KernelLoader.load(elf, vm(), VirtBoard.RAM_BASE, 64L << 20));
    }

    @Test
    void flatBinaryLargerThanRamIsRejected() {
        byte[] big = new byte[(int) (64L << 20)];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelLoader.load(big, vm(), VirtBoard.RAM_BASE, 64L << 20));
        assertTrue(e.getMessage().contains("does not fit in RAM"), e.getMessage());
    }

    /** image_size and text_offset are unsigned: a header with bit 63 set is refused, not loaded as a tiny image. */
    @Test
    void imageHeaderWithAnImpossibleSizeIsRejected() {
        byte[] image = new byte[64];
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(image).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        header.putInt(0, 0x14000010); // b +64, as a real Image's code0
        header.putLong(8, 0x80000);
        header.putLong(16, 0xffff_ffff_ffff_0000L);
        header.putInt(56, KernelLoader.IMAGE_MAGIC);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelLoader.load(image, vm(), VirtBoard.RAM_BASE, 64L << 20));
        assertTrue(e.getMessage().contains("image_size 0xffffffffffff0000 is larger than RAM"), e.getMessage());
        header.putLong(16, 0x100000);
        header.putLong(8, 0x8000_0000_0000_0000L);
        e = assertThrows(IllegalArgumentException.class, () -> KernelLoader.load(image, vm(), VirtBoard.RAM_BASE, 64L << 20));
        assertTrue(e.getMessage().contains("text_offset 0x8000000000000000 does not fit in RAM"), e.getMessage());
    }
}
