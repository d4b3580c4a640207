package org.a64wb.usermode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Random;

/**
 * The host's randomness behind AT_RANDOM and getrandom: the kernel's /dev/urandom, read directly, as
 * getrandom(2) reads the same pool. SecureRandom reads it too, but the first one in a JVM starts the JDK's
 * security providers (~30 ms of a run-user start, issue 11); it stays the source where /dev/urandom is missing.
 */
final class HostRandom extends Random {

    private static final long serialVersionUID = 1L;
    private static final Path URANDOM = Path.of("/dev/urandom");

    private transient SecureRandom fallback;

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        if (fallback == null) {
            try (InputStream in = Files.newInputStream(URANDOM)) {
                if (in.readNBytes(bytes, 0, bytes.length) == bytes.length) {
                    return;
                }
            } catch (IOException | UnsupportedOperationException e) {
                // No /dev/urandom here: SecureRandom finds the platform's source.
            }
            fallback = new SecureRandom();
        }
        fallback.nextBytes(bytes);
    }

    @Override
    protected int next(int bits) {
        byte[] bytes = new byte[4];
        nextBytes(bytes);
        int value = (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | (bytes[3] & 0xff);
        return value >>> (32 - bits);
    }
}
