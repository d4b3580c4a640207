package org.a64wb.differential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.a64wb.usermode.Engines;
import org.a64wb.usermode.HostEnvironment;
import org.a64wb.usermode.UserProcess;

/** Our side of the comparison: the user-mode runner (the same code as {@code ./a64 run-user}), in-process. */
public final class UserModeEngine implements Engine {

    private long instructions;

    @Override
    public byte[] run(Path elf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        UserProcess process = new UserProcess(HostEnvironment.of(new ByteArrayInputStream(new byte[0]), out, err, elf, null),
                Engines::standard);
        process.load(elf, List.of(elf.toString()), List.of());
        int status = process.run();
        instructions += process.cpu().instructions;
        if (status != 0) {
            throw new IOException("exit status " + status + ": " + err.toString().trim());
        }
        return out.toByteArray();
    }

    /** Guest instructions executed by all runs so far. */
    public long instructions() {
        return instructions;
    }
}
