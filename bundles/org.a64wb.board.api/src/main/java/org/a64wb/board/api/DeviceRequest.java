package org.a64wb.board.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A device the user asked for for one run (the board's command line: {@code --disk FILE[,ro]}, {@code --rng}),
 * as opposed to the devices every machine of the board has. The board parses and checks the options and
 * hands the requests to the contributions through {@link BoardContext#requests}; a contribution that serves a
 * kind asks for it there, and the board refuses to boot when a request is left that no attached contribution
 * asked for (e.g. --disk without a virtio bundle installed).
 */
public interface DeviceRequest {

    /** The request as the user wrote it, for messages ("--disk disk.img,ro"). */
    String asOption();

    /** A block device backed by a host file ({@code --disk FILE[,ro]}); writes go to the file unless read-only. */
    record Disk(Path file, boolean readOnly) implements DeviceRequest {
        public Disk {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String asOption() {
            return "--disk " + file + (readOnly ? ",ro" : "");
        }
    }

    /** A hardware random number generator fed from the host's entropy ({@code --rng}). */
    record EntropySource() implements DeviceRequest {
        @Override
        public String asOption() {
            return "--rng";
        }
    }
}
