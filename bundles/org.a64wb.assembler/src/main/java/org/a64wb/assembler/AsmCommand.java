package org.a64wb.assembler;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.a64wb.isa.api.InstructionSet;

/**
 * The command line of the assembler shared by the Gogo command and tests:
 * {@code asm IN.s -o OUT [--flat] [--base ADDR]}. Problems are an IllegalArgumentException whose
 * message lists every error ({@code file:line:column: message}); nothing is written then.
 */
public final class AsmCommand {

    public static final String USAGE = "usage: asm IN.s -o OUT [--flat] [--base ADDR]";

    private AsmCommand() {
    }

    public static void run(List<InstructionSet> sets, List<String> args, PrintStream out) {
        String in = null;
        String output = null;
        boolean flat = false;
        Long base = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-o" -> {
                    if (++i >= args.size()) {
                        throw new IllegalArgumentException("-o needs a file; " + USAGE);
                    }
                    output = args.get(i);
                }
                case "--flat" -> flat = true;
                case "--base" -> {
                    if (++i >= args.size()) {
                        throw new IllegalArgumentException("--base needs an address; " + USAGE);
                    }
                    base = parseAddress(args.get(i), "--base");
                }
                default -> {
                    if (a.startsWith("-") || in != null) {
                        throw new IllegalArgumentException((a.startsWith("-") ? "unknown option " + a : "more than one input file") + "; " + USAGE);
                    }
                    in = a;
                }
            }
        }
        if (in == null || output == null) {
            throw new IllegalArgumentException((in == null ? "no input file" : "no output file (-o OUT)") + "; " + USAGE);
        }
        // Before the work: an output that cannot be written is known now.
        Path parent = Path.of(output).toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(output + ": no such directory " + parent);
        }
        String source = readSource(Path.of(in));
        Assembler.Options options = flat ? Assembler.Options.flat(base == null ? 0 : base)
                : new Assembler.Options(false, base == null ? Assembler.DEFAULT_ELF_BASE : base);
        Assembler.Result result;
        try {
            result = new Assembler(sets).assemble(in, source, options);
        } catch (AssemblyException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        try {
            Path target = Path.of(output);
            Files.write(target, result.image());
            if (!flat) {
                try {
                    var perms = EnumSet.copyOf(Files.getPosixFilePermissions(target));
                    perms.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(target, perms);
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(output + ": " + describe(e));
        }
        List<String> summary = new ArrayList<>();
        for (Assembler.SectionImage s : result.sections()) {
            summary.add(String.format("%s 0x%x+%d", s.name(), s.address(), s.size()));
        }
        out.println(output + ": " + (flat ? "flat binary" : "ELF executable, entry 0x" + Long.toHexString(result.entry())) + "; " + String.join(", ", summary));
    }

    static long parseAddress(String text, String option) {
        try {
            String t = text.replace("_", "");
            return t.startsWith("0x") || t.startsWith("0X") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not an address (decimal or 0x hex); " + USAGE);
        }
    }

    /**
     * The source as UTF-8 text; a file that is not (an executable, say) is named with the first byte that
     * does not decode, instead of the JDK's "Input length = 1".
     */
    static String readSource(Path file) {
        byte[] bytes;
        try {
            if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": not a regular file (a device or a pipe cannot be assembled)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + describe(e));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, text, true);
        if (result.isError()) {
            int offset = input.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new IllegalArgumentException(String.format("%s:%d: not UTF-8 text (byte 0x%02x at offset %d); asm reads assembly source",
                    file, line, bytes[offset] & 0xff, offset));
        }
        decoder.flush(text);
        return text.flip().toString();
    }

    /** Why a file could not be read or written, in a Unix tool's words (the JDK says only the path). */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
