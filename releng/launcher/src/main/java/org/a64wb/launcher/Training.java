package org.a64wb.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of a class-data sharing archive: the a64 script starts it once per JDK and framework with
 * {@code -XX:ArchiveClassesAtExit} and the launcher's own class path, and later starts every command with that
 * archive. It runs each CLI command once, in this one JVM, so that the classes every command loads (the framework's,
 * the bundles' through their class loaders, the JDK's) are in the archive, parsed and verified, whichever command the
 * user runs. Its inputs are made here: a tiny static program and a tiny bare-metal guest, assembled by {@code asm}.
 *
 * <p>{@code java -XX:ArchiveClassesAtExit=A.jsa -cp launcher.jar:felix.jar org.a64wb.launcher.Training}; exits 0
 * when every command ran as expected, else 1 and the failing command on standard error (the script then keeps no
 * archive).
 */
public final class Training {

    /** write(1, "hi\n", 3); exit_group(0): the user-mode path through two system calls. */
    private static final String PROGRAM = """
                .text
                .globl _start
            _start:
                mov     x0, #1
                adr     x1, msg
                mov     x2, #3
                mov     x8, #64
                svc     #0
                mov     x0, #0
                mov     x8, #94
                svc     #0
            msg:
                .ascii  "hi\\n"
            """;

    /** One character to the virt board's PL011 (an MMIO exit), then PSCI SYSTEM_OFF over HVC. */
    private static final String GUEST = """
                .text
                .globl _start
            _start:
                mov     x19, #0x09000000
                mov     w2, #'k'
                strb    w2, [x19]
                movz    w0, #0x0008
                movk    w0, #0x8400, lsl #16
                hvc     #0
            1:  b       1b
            """;

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("a64-training");
        try {
            Path program = work.resolve("program.s");
            Path guest = work.resolve("guest.s");
            Files.writeString(program, PROGRAM);
            Files.writeString(guest, GUEST);
            String elf = work.resolve("program.elf").toString();
            String kernel = work.resolve("guest.bin").toString();
            List<String[]> commands = List.of(
                    new String[] {"disasm", "--words", "0xd503201f", "0xa9bf7bfd", "0x3dc00000"},
                    new String[] {"decode", "0xa9bf7bfd"},
                    new String[] {"isa"},
                    new String[] {"asm", program.toString(), "-o", elf},
                    new String[] {"asm", guest.toString(), "--flat", "--base", "0x40080000", "-o", kernel},
                    new String[] {"run-user", elf},
                    new String[] {"handlers"},
                    new String[] {"run", "--kernel", kernel, "--timeout", "30"});
            List<String> failures = new ArrayList<>();
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            PrintStream trace = System.getProperty(StartupTrace.PROPERTY) != null ? System.err : discard;
            for (String[] command : commands) {
                int status = new Launcher(new ByteArrayInputStream(new byte[0]), discard, trace).run(command);
                if (status != 0) {
                    failures.add(String.join(" ", command) + ": status " + status);
                }
            }
            if (!failures.isEmpty()) {
                System.err.println("a64: class-data training failed: " + String.join("; ", failures));
                System.exit(1);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
