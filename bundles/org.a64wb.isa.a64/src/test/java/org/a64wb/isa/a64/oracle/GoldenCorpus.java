package org.a64wb.isa.a64.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.a64wb.isa.a64.A64InstructionSet;

/**
 * The committed llvm-mc answers, so the agreement test runs where llvm-mc is not installed.
 * Regenerate with releng/oracle/regenerate-golden.sh after changing isa-spec/.
 * Format: one {@code word<TAB>text} per line, text {@code <undefined>} where llvm-mc rejects the word.
 */
public final class GoldenCorpus {

    public static final String RESOURCE = "/golden/llvm-mc-a64.tsv";
    static final int PER_ENCODING = 50;
    static final int RANDOM = 25_000;
    static final long SEED = 20261123L;

    private GoldenCorpus() {
    }

    public static Map<Integer, String> load() throws IOException {
        Map<Integer, String> corpus = new LinkedHashMap<>();
        try (InputStream in = GoldenCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing; run releng/oracle/regenerate-golden.sh");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                corpus.put(Integer.parseUnsignedInt(line.substring(0, tab), 16), line.substring(tab + 1));
            }
        }
        return corpus;
    }

    /** Writes the corpus: every encoding with randomised fields plus uniform words of the whole 32-bit space. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources" + RESOURCE);
        LlvmMc llvm = LlvmMc.find();
        if (llvm == null) {
            throw new IllegalStateException("llvm-mc is not installed");
        }
        A64InstructionSet set = new A64InstructionSet();
        int[] sampled = WordSampler.coverEveryEncoding(set, WordSampler.perEncoding(set.encodings(), PER_ENCODING, SEED), SEED + 2);
        int[] uniform = WordSampler.random(RANDOM, SEED + 1);
        Map<Integer, String> reference = new TreeMap<>(Integer::compareUnsigned);
        reference.putAll(llvm.disassemble(sampled));
        reference.putAll(llvm.disassemble(uniform));
        StringBuilder text = new StringBuilder();
        text.append("# llvm-mc ").append(LlvmMc.MATTR).append(" on ").append(reference.size())
            .append(" words (").append(PER_ENCODING).append(" per encoding of isa-spec/ plus ").append(RANDOM)
            .append(" uniform words); regenerate with releng/oracle/regenerate-golden.sh\n");
        reference.forEach((word, disassembly) -> text.append(String.format("%08x\t%s%n", word,
                disassembly == null ? Agreement.UNDEFINED : disassembly)));
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + reference.size() + " words to " + out);
    }
}
