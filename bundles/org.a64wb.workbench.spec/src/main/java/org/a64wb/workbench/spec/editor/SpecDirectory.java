package org.a64wb.workbench.spec.editor;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the spec files an {@link org.a64wb.isa.api.EncodingInfo} names live: {@code -Da64.spec.dir}, else the
 * distribution's copy of isa-spec/ ({@code a64.home}/isa-spec), else ./isa-spec.
 */
public final class SpecDirectory {

    private SpecDirectory() {
    }

    public static Path find() {
        String configured = System.getProperty("a64.spec.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        String home = System.getProperty("a64.home");
        if (home != null && Files.isDirectory(Path.of(home, "isa-spec"))) {
            return Path.of(home, "isa-spec");
        }
        return Path.of("isa-spec").toAbsolutePath();
    }
}
