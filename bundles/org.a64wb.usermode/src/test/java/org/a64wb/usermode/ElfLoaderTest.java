package org.a64wb.usermode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.a64wb.emulator.memory.PhysicalMemory;
import org.junit.jupiter.api.Test;

class ElfLoaderTest {

    private final PhysicalMemory memory = new PhysicalMemory();
    private final AddressSpace space = new AddressSpace(memory);

    private static byte[] bytes(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private String error(byte[] file) {
        return assertThrows(ElfFormatException.class, () -> ElfLoader.load(file, space)).getMessage();
    }

    @Test
    void executableSegmentsLandAtTheirAddressesWithBssZeroed() throws Exception {
        byte[] file = new ElfBuilder().load(0x400000, bytes(0x30, 0x11), 0x30).load(0x410100, bytes(8, 0x22), 0x2000).build();
        ElfImage image = ElfLoader.load(file, space);
        assertEquals(0x400000, image.entry());
        assertEquals(0x11, memory.read8(0x40002f));
        assertEquals(0x22222222_22222222L, memory.read64(0x410100));
        assertEquals(0, memory.read64(0x410108), "bss after p_filesz is zero");
        assertEquals(0, memory.read8(0x412000 - 1 + 0x100 - 0x100));
        assertEquals(0x413000, image.highAddress(), "initial break: end of the last segment, page aligned");
        assertEquals(0x400000, image.lowAddress());
        assertEquals(0, image.loadBias());
    }

    @Test
    void programHeadersAreFoundInsideTheFirstSegmentForAtPhdr() throws Exception {
        // The builder's first segment starts at file offset 64 + 56*n: the headers are not in it; put them in one.
        byte[] file = new ElfBuilder().load(0x400000, bytes(0x40, 0), 0x40).build();
        // Rewrite the segment to start at offset 0 so it covers the ELF header and program headers.
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(file).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putLong(64 + 8, 0);
        b.putLong(64 + 32, file.length);
        b.putLong(64 + 40, file.length);
        ElfImage image = ElfLoader.load(file, space);
        assertEquals(0x400040, image.phdr());
        assertEquals(1, image.phnum());
        assertEquals(56, image.phent());
    }

    @Test
    void segmentsSharingAPageShareOneRegion() throws Exception {
        byte[] file = new ElfBuilder().load(0x400000, bytes(0x800, 1), 0x800).load(0x400800, bytes(0x10, 2), 0x900).build();
        ElfLoader.load(file, space);
        assertEquals(1, memory.read8(0x4007ff));
        assertEquals(2, memory.read8(0x400800));
        assertEquals(1, memory.slots().size());
    }

    @Test
    void staticPieIsPlacedAtThePieBase() throws Exception {
        ElfBuilder builder = new ElfBuilder().load(0, bytes(0x10, 7), 0x10);
        builder.type = ElfLoader.ET_DYN;
        builder.entry = 0x8;
        ElfImage image = ElfLoader.load(builder.build(), space);
        assertEquals(ElfLoader.PIE_BASE, image.loadBias());
        assertEquals(ElfLoader.PIE_BASE + 8, image.entry());
        assertEquals(7, memory.read8(ElfLoader.PIE_BASE));
    }

    @Test
    void truncatedHeader() {
        assertEquals("truncated ELF header (20 bytes, need 64)", error(Arrays.copyOf(new ElfBuilder().build(), 20)));
    }

    @Test
    void tinyFile() {
        assertEquals("truncated file (2 bytes): not an ELF executable", error(new byte[] {0x7f, 'E'}));
    }

    @Test
    void notElf() {
        assertEquals("not an ELF file (bad magic)", error("#!/bin/sh\necho hello\n".getBytes()));
    }

    @Test
    void wrongClass() {
        ElfBuilder b = new ElfBuilder().load(0x400000, bytes(4, 0), 4);
        b.elfClass = 1;
        assertEquals("not a 64-bit ELF file (EI_CLASS 1, need 2 = ELFCLASS64)", error(b.build()));
    }

    @Test
    void wrongEndianness() {
        ElfBuilder b = new ElfBuilder().load(0x400000, bytes(4, 0), 4);
        b.data = 2;
        assertEquals("not a little-endian ELF file (EI_DATA 2, need 1 = ELFDATA2LSB)", error(b.build()));
    }

    @Test
    void wrongMachine() {
        ElfBuilder b = new ElfBuilder().load(0x400000, bytes(4, 0), 4);
        b.machine = 62;
        assertEquals("not an AArch64 executable (e_machine 62, need 183 = EM_AARCH64)", error(b.build()));
    }

    @Test
    void relocatableObjectIsNotAnExecutable() {
        ElfBuilder b = new ElfBuilder().load(0x400000, bytes(4, 0), 4);
        b.type = 1;
        assertEquals("not an executable (e_type 1, need ET_EXEC or ET_DYN)", error(b.build()));
    }

    @Test
    void dynamicExecutable() {
        byte[] file = new ElfBuilder().interp("/lib/ld-linux-aarch64.so.1").load(0x400000, bytes(4, 0), 4).build();
        assertEquals("dynamically linked executable (PT_INTERP /lib/ld-linux-aarch64.so.1): only static executables run "
                + "(link with -static)", error(file));
    }

    @Test
    void noLoadableSegments() {
        assertEquals("no loadable segments (no PT_LOAD with p_memsz > 0)", error(new ElfBuilder().other(4).build()));
    }

    @Test
    void noProgramHeaders() {
        assertEquals("no program headers: nothing to load", error(new ElfBuilder().build()));
    }

    @Test
    void truncatedProgramHeaders() {
        byte[] file = new ElfBuilder().load(0x400000, bytes(4, 0), 4).load(0x500000, bytes(4, 0), 4).build();
        assertEquals("truncated program headers (2 at offset 64, file is 100 bytes)", error(Arrays.copyOf(file, 100)));
    }

    @Test
    void truncatedSegment() {
        byte[] file = new ElfBuilder().load(0x400000, bytes(0x100, 0), 0x100).build();
        String message = error(Arrays.copyOf(file, file.length - 1));
        assertEquals("truncated segment 0 (file bytes 0x78+0x100, file is 375 bytes)", message);
    }

    @Test
    void nothingIsMappedWhenLoadingFails() {
        error(new ElfBuilder().interp("/lib/ld.so").load(0x400000, bytes(4, 0), 4).build());
        assertTrue(memory.slots().isEmpty());
    }

    @Test
    void bssOnlySegmentMayPointPastTheEndOfTheFile() throws Exception {
        byte[] file = new ElfBuilder().load(0x400000, bytes(8, 1), 8).load(0x420000, new byte[0], 0x1000).build();
        java.nio.ByteBuffer.wrap(file).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(64 + 56 + 8, 0xffe8); // p_offset, p_filesz 0
        ElfLoader.load(file, space);
        assertEquals(0, memory.read64(0x420ff8));
    }
}
