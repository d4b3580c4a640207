package org.a64wb.differential;

import java.nio.file.Path;

/** Something that runs a static AArch64 ELF and returns its standard output. */
@FunctionalInterface
public interface Engine {
    byte[] run(Path elf) throws Exception;
}
