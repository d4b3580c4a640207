package org.a64wb.workbench.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.a64wb.assembler.Assembler;
import org.a64wb.assembler.AssemblyException;
import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.InstructionSets;

/**
 * The decoder playground's logic, without widgets: each line of the input is hex words (decoded and
 * disassembled) or one line of assembly (assembled, then disassembled back), evaluated at consecutive addresses.
 */
public final class PlaygroundEvaluator {

    /** A word written as hex: {@code 0x} and 1-8 digits, or exactly 8 digits (so that {@code add} stays a mnemonic). */
    private static final Pattern HEX_WORD = Pattern.compile("0[xX][0-9a-fA-F]{1,8}|[0-9a-fA-F]{8}");
    private static final Pattern HEX_LIKE = Pattern.compile("0[xX]\\S*");
    private static final String SOURCE_NAME = "playground";

    /**
     * One result: the line it came from, the word (null when there is none), its disassembly and encoding, or the
     * error that stopped it (then the other fields may be null).
     */
    public record Row(int line, String input, Integer word, long address, String disassembly, DecodedInstruction decoded, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final InstructionSets sets;
    private List<InstructionSet> assemblerSets;
    private Assembler assembler;

    public PlaygroundEvaluator(InstructionSets sets) {
        this.sets = sets;
    }

    public List<Row> evaluate(String text, long base) {
        List<Row> rows = new ArrayList<>();
        long address = base;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String input = lines[i].strip();
            if (input.isEmpty() || input.startsWith("//")) {
                continue;
            }
            List<Row> lineRows = evaluateLine(i + 1, input, address);
            for (Row row : lineRows) {
                if (row.word() != null) {
                    address += 4;
                }
            }
            rows.addAll(lineRows);
        }
        return rows;
    }

    private List<Row> evaluateLine(int line, String input, long address) {
        String[] tokens = input.split("[\\s,]+");
        boolean allHex = true;
        for (String token : tokens) {
            allHex &= HEX_WORD.matcher(token).matches();
        }
        if (allHex) {
            List<Row> rows = new ArrayList<>();
            for (String token : tokens) {
                int word = Integer.parseUnsignedInt(token.replaceFirst("^0[xX]", ""), 16);
                rows.add(decoded(line, token, word, address));
                address += 4;
            }
            return rows;
        }
        if (HEX_LIKE.matcher(tokens[0]).matches()) {
            String bad = java.util.Arrays.stream(tokens).filter(t -> !HEX_WORD.matcher(t).matches()).findFirst().orElseThrow();
            return List.of(new Row(line, input, null, address, null, null,
                    "'" + bad + "' is not a 32-bit hex word (0x and 1 to 8 hex digits)"));
        }
        return assembled(line, input, address);
    }

    private Row decoded(int line, String input, int word, long address) {
        Optional<DecodedInstruction> decoded = sets.decode(word);
        return new Row(line, input, word, address, decoded.map(d -> d.disassemble(address)).orElse(InstructionSets.UNDEFINED),
                decoded.orElse(null), null);
    }

    private List<Row> assembled(int line, String input, long address) {
        byte[] image;
        try {
            image = assembler().assemble(SOURCE_NAME, input + "\n", Assembler.Options.flat(address)).image();
        } catch (AssemblyException e) {
            return List.of(new Row(line, input, null, address, null, null, withoutSourceName(e.errors().get(0))));
        }
        if (image.length == 0 || image.length % 4 != 0) {
            return List.of(new Row(line, input, null, address, null, null,
                    image.length == 0 ? "no instruction on this line" : "assembles to " + image.length + " bytes, not whole words"));
        }
        List<Row> rows = new ArrayList<>();
        for (int offset = 0; offset < image.length; offset += 4) {
            int word = (image[offset] & 0xff) | (image[offset + 1] & 0xff) << 8 | (image[offset + 2] & 0xff) << 16 | (image[offset + 3] & 0xff) << 24;
            rows.add(decoded(line, input, word, address + offset));
        }
        return rows;
    }

    /** The assembler's {@code playground:1:5: message} becomes {@code column 5: message}: the row already says the line. */
    private static String withoutSourceName(String error) {
        String prefix = SOURCE_NAME + ":1:";
        if (!error.startsWith(prefix)) {
            return error;
        }
        String rest = error.substring(prefix.length());
        int colon = rest.indexOf(": ");
        return colon > 0 && rest.substring(0, colon).chars().allMatch(Character::isDigit)
                ? "column " + rest.substring(0, colon) + ": " + rest.substring(colon + 2)
                : rest;
    }

    /** The assembler over the sets active now; rebuilt only when they change (building its tables takes a while). */
    private Assembler assembler() {
        List<InstructionSet> active = sets.active();
        if (assembler == null || !active.equals(assemblerSets)) {
            assembler = new Assembler(active);
            assemblerSets = List.copyOf(active);
        }
        return assembler;
    }
}
