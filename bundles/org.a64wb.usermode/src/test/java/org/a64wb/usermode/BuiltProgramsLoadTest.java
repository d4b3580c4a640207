package org.a64wb.usermode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Loads the gcc-built programs of examples/user-programs (when ./build.sh has run): entry, stack, first word. */
class BuiltProgramsLoadTest {

    static final Path BUILD = Path.of("../../examples/user-programs/build");

    @Test
    void everyBuiltProgramLoads() throws Exception {
        assumeTrue(Files.isDirectory(BUILD), "examples/user-programs/build.sh has not run");
        for (String name : List.of("hello", "hello_pie", "arith", "memory", "exclusive", "atomics_lse", "syscalls", "asm_hello")) {
            Path program = BUILD.resolve(name);
            assumeTrue(Files.isRegularFile(program));
            byte[] file = Files.readAllBytes(program);
            long linkedEntry = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getLong(24);
            UserProcess process = new UserProcess(new HostEnvironment(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                    new ByteArrayOutputStream(), program, null, new Random(1), 1), (cpu, memory) -> limit -> 0);
            process.load(program, List.of(name), List.of());
            long bias = name.endsWith("_pie") ? ElfLoader.PIE_BASE : 0;
            assertEquals(linkedEntry + bias, process.cpu().pc, name);
            assertEquals(0, process.cpu().sp() & 15, name);
            int offsetOfEntry = -1;
            // The first instruction in memory is the file's word at the entry's file offset.
            ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < (b.getShort(56) & 0xffff); i++) {
                int at = (int) b.getLong(32) + 56 * i;
                long vaddr = b.getLong(at + 16);
                if (b.getInt(at) == 1 && linkedEntry >= vaddr && linkedEntry < vaddr + b.getLong(at + 32)) {
                    offsetOfEntry = (int) (b.getLong(at + 8) + linkedEntry - vaddr);
                }
            }
            assertEquals(b.getInt(offsetOfEntry), process.addressSpace().memory().read32(linkedEntry + bias), name);
        }
    }
}
