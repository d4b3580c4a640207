package org.a64wb.isa.a64.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The disassembly reference: LLVM's llvm-mc with the feature set the project targets. llvm-mc drops
 * invalid words from its output and names their input lines in its warnings, so outputs are matched
 * to the remaining input lines in order. (The {@code // encoding:} comment cannot be used: it shows
 * the word llvm-mc would re-encode, which differs from the input when should-be-one bits are zero.)
 */
public final class LlvmMc {

    public static final String MATTR = "+v8.5a,+fp-armv8,+neon,+crc,+crypto,+lse,+rcpc,+dotprod,+fullfp16";
    private static final Pattern LINE = Pattern.compile("^\\s*(.*?)\\s*// encoding: \\[");
    private static final Pattern INVALID = Pattern.compile(":(\\d+):\\d+: warning: invalid instruction encoding");
    private static final int BATCH = 200_000;

    private final String executable;

    private LlvmMc(String executable) {
        this.executable = executable;
    }

    /** The installed llvm-mc, or null when there is none. */
    public static LlvmMc find() {
        for (String candidate : List.of("llvm-mc", "llvm-mc-14", "llvm-mc-15", "llvm-mc-16")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path path = Path.of(dir, candidate);
                if (Files.isExecutable(path)) {
                    return new LlvmMc(path.toString());
                }
            }
        }
        return null;
    }

    /** Disassembly of each word; a word llvm-mc rejects maps to null. */
    public Map<Integer, String> disassemble(int[] words) throws IOException, InterruptedException {
        Map<Integer, String> result = new HashMap<>();
        for (int start = 0; start < words.length; start += BATCH) {
            int end = Math.min(words.length, start + BATCH);
            Path input = Files.createTempFile("a64-words", ".txt");
            try {
                StringBuilder text = new StringBuilder();
                for (int i = start; i < end; i++) {
                    int w = words[i];
                    text.append(String.format("0x%02x 0x%02x 0x%02x 0x%02x%n", w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, (w >>> 24) & 0xff));
                    result.put(w, null);
                }
                Files.writeString(input, text, StandardCharsets.US_ASCII);
                Path errors = Files.createTempFile("a64-llvm-mc", ".err");
                String output;
                String warnings;
                try {
                    Process process = new ProcessBuilder(executable, "--disassemble", "-triple=aarch64", "-mattr=" + MATTR, "-show-encoding", input.toString())
                            .redirectError(errors.toFile()).start();
                    output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (!process.waitFor(10, TimeUnit.MINUTES)) {
                        process.destroyForcibly();
                        throw new IOException("llvm-mc did not finish");
                    }
                    warnings = Files.readString(errors, StandardCharsets.UTF_8);
                } finally {
                    Files.deleteIfExists(errors);
                }
                boolean[] invalid = new boolean[end - start];
                Matcher bad = INVALID.matcher(warnings);
                while (bad.find()) {
                    invalid[Integer.parseInt(bad.group(1)) - 1] = true;
                }
                int next = 0;
                for (String line : output.split("\n")) {
                    Matcher m = LINE.matcher(line);
                    if (!m.find()) {
                        continue;
                    }
                    while (next < invalid.length && invalid[next]) {
                        next++;
                    }
                    if (next >= invalid.length) {
                        throw new IOException("llvm-mc printed more instructions than it was given valid words");
                    }
                    result.put(words[start + next], normalise(m.group(1)));
                    next++;
                }
            } finally {
                Files.deleteIfExists(input);
            }
        }
        return result;
    }

    /** Whitespace-normalised text: runs of blanks become one space; comments are dropped. */
    public static String normalise(String text) {
        String t = text;
        int comment = t.indexOf("//");
        if (comment >= 0) {
            t = t.substring(0, comment);
        }
        return t.replaceAll("\\s+", " ").trim();
    }
}
