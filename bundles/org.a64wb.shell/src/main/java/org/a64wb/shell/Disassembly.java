package org.a64wb.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionSets;
import org.a64wb.shell.arguments.FileProblems;
import org.a64wb.shell.arguments.InputFiles;

/**
 * The disassembler front end shared by the Gogo commands and the CLI: argument parsing, input
 * reading and output formats. Bad input is an IllegalArgumentException with a one-line message.
 */
public final class Disassembly {

    private final InstructionSets sets;

    public Disassembly(InstructionSets sets) {
        this.sets = sets;
    }

    public static final String DISASM_USAGE = "usage: disasm --words W... | --words-file FILE | [--base ADDR] FILE.bin";

    public static final String DECODE_USAGE = "usage: decode WORD...";

    /**
     * A word typed on the command line: a bad one is a usage error (the message carries the usage, which
     * the CLI turns into exit status 2), unlike a bad word inside a --words-file, which is bad input.
     */
    private static int commandLineWord(String token, String usage) {
        try {
            return WordParser.parse(token, "");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; " + usage);
        }
    }

    public void disasm(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(DISASM_USAGE);
        }
        long base = 0;
        List<String> rest = new ArrayList<>(args);
        if (rest.get(0).equals("--base")) {
            if (rest.size() < 3) {
                throw new IllegalArgumentException(DISASM_USAGE);
            }
            base = parseAddress(rest.get(1), "--base");
            rest = rest.subList(2, rest.size());
        }
        switch (rest.get(0)) {
            case "--words" -> {
                if (rest.size() < 2) {
                    throw new IllegalArgumentException("--words needs at least one word; " + DISASM_USAGE);
                }
                List<Integer> words = new ArrayList<>();
                for (String token : rest.subList(1, rest.size())) {
                    words.add(commandLineWord(token, DISASM_USAGE));
                }
                words.forEach(w -> out.println(wordLine(w)));
            }
            case "--words-file" -> {
                if (rest.size() != 2) {
                    throw new IllegalArgumentException("--words-file takes one file; " + DISASM_USAGE);
                }
                String text = new String(read(rest.get(1)), StandardCharsets.UTF_8);
                for (int w : WordParser.parseAll(text, rest.get(1))) {
                    out.println(wordLine(w));
                }
            }
            default -> {
                if (rest.size() != 1 || rest.get(0).startsWith("-")) {
                    throw new IllegalArgumentException(rest.get(0).startsWith("-") ? "unknown option " + rest.get(0) + "; " + DISASM_USAGE
                            : "more than one file; " + DISASM_USAGE);
                }
                binary(rest.get(0), base, out);
            }
        }
    }

    private String wordLine(int word) {
        return String.format("%08x\t%s", word, sets.disassemble(word, 0));
    }

    /** objdump-style: offset, word, text; a trailing partial word is shown as bytes. */
    private void binary(String file, long base, PrintStream out) {
        byte[] bytes = read(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int offset = 0;
        while (offset + 4 <= bytes.length) {
            int word = buffer.getInt(offset);
            long address = base + offset;
            out.println(String.format("%8x:\t%08x\t%s", address, word, sets.disassemble(word, address)));
            offset += 4;
        }
        if (offset < bytes.length) {
            StringJoiner tail = new StringJoiner(" ");
            for (int i = offset; i < bytes.length; i++) {
                tail.add(String.format("%02x", bytes[i]));
            }
            out.println(String.format("%8x:\t%s\t<%d trailing bytes>", base + offset, tail, bytes.length - offset));
        }
    }

    public void decode(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(DECODE_USAGE);
        }
        List<Integer> words = new ArrayList<>();
        for (String token : args) {
            words.add(commandLineWord(token, DECODE_USAGE));
        }
        for (int word : words) {
            var decoded = sets.decode(word);
            if (decoded.isEmpty()) {
                out.println(String.format("%08x\t%s (no active instruction set claims this word)", word, InstructionSets.UNDEFINED));
                continue;
            }
            DecodedInstruction d = decoded.get();
            EncodingInfo e = d.encoding();
            out.println(String.format("%08x\t%s", word, d.disassemble(0)));
            out.println("  encoding: " + e.name() + " (" + d.set().name() + ", " + e.location() + ")");
            out.println("  group:    " + e.group());
            out.println("  class:    " + e.instructionClass());
            out.println("  feature:  " + (e.feature() == null ? "-" : e.feature()));
            out.println(String.format("  pattern:  mask %08x match %08x", e.mask(), e.match()));
            StringJoiner fields = new StringJoiner(" ");
            for (Map.Entry<String, Long> field : d.fields().entrySet()) {
                fields.add(field.getKey() + "=" + field.getValue());
            }
            out.println("  fields:   " + (fields.length() == 0 ? "-" : fields));
            out.println("  memory:   " + d.memoryAccess().map(Object::toString).orElse("-"));
        }
    }

    public void isa(PrintStream out) {
        sets.active().forEach(s -> out.println(s.name() + s.base().map(b -> " (extends " + b + ")").orElse("") + ": "
                + s.encodings().size() + " encodings"));
        sets.problems().forEach(p -> out.println("rejected: " + p));
    }

    private static byte[] read(String file) {
        try {
            return InputFiles.read(Path.of(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + FileProblems.describe(e));
        }
    }

    private static long parseAddress(String text, String option) {
        try {
            return text.startsWith("0x") || text.startsWith("0X") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not an address (decimal or 0x hex); " + DISASM_USAGE);
        }
    }
}
