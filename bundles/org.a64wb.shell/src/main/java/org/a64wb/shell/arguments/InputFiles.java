package org.a64wb.shell.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole input file (a kernel, an initrd, a program, words to disassemble) the way the loaders need it: a
 * regular file that fits in one Java array. A device or a pipe ({@code /dev/zero}) is refused by name, as QEMU
 * refuses to load one, rather than read until memory runs out; so is a file too large to hold.
 */
public final class InputFiles {

    /** The largest array the JVM hands out, and so the largest file a loader can hold. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private InputFiles() {
    }

    /** The file's bytes; an IOException whose {@link FileProblems#describe} says what is wrong otherwise. */
    public static byte[] read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a regular file (a device or a pipe cannot be loaded)");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(String.format("too large to load (%,d bytes; at most %,d)", size, MAX_BYTES));
        }
        return Files.readAllBytes(file);
    }
}
