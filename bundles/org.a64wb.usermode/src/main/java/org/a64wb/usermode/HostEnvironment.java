package org.a64wb.usermode;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Random;

/**
 * What the guest process sees of the host: standard streams, the executable's path (for
 * /proc/self/exe), the one directory it may write under (null: host files are read-only), the
 * randomness behind AT_RANDOM and getrandom, and its pid.
 */
public record HostEnvironment(InputStream stdin, OutputStream stdout, OutputStream stderr, Path executable, Path allowWrite,
        Random random, long pid) {

    public static HostEnvironment of(InputStream stdin, OutputStream stdout, OutputStream stderr, Path executable, Path allowWrite) {
        return new HostEnvironment(stdin, stdout, stderr, executable, allowWrite, new HostRandom(), ProcessHandle.current().pid());
    }
}
