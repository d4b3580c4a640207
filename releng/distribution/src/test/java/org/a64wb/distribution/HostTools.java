package org.a64wb.distribution;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which oracles and host tools this machine has: tests that need one skip cleanly without it. */
final class HostTools {

    private HostTools() {
    }

    /** Whether {@code tool} is an executable in a directory of PATH. */
    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
