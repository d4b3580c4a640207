package org.a64wb.isa.a64.oracle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionSet;

/**
 * Command-line differential run against llvm-mc (see releng/oracle/differential.sh).
 * Options: --per-encoding N, --random N, --seed S, --encodings REGEX (sample only those encodings; random
 * words count when we decode them to a matching encoding), --mnemonics REGEX (random words also count when
 * llvm-mc's mnemonic matches), --space MASK=VALUE (random words only where (w & MASK) == VALUE, hex),
 * --show K (differences listed per encoding).
 */
public final class Differential {

    private Differential() {
    }

    public static void main(String[] args) throws Exception {
        int perEncoding = 50;
        int random = 0;
        long seed = 1;
        int show = 3;
        Pattern filter = null;
        Pattern mnemonics = null;
        int spaceMask = 0;
        int spaceValue = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--per-encoding" -> perEncoding = Integer.parseInt(args[++i]);
                case "--random" -> random = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--show" -> show = Integer.parseInt(args[++i]);
                case "--encodings" -> filter = Pattern.compile(args[++i]);
                case "--mnemonics" -> mnemonics = Pattern.compile(args[++i], Pattern.CASE_INSENSITIVE);
                case "--space" -> {
                    String[] parts = args[++i].split("=");
                    spaceMask = Integer.parseUnsignedInt(parts[0].replace("0x", ""), 16);
                    spaceValue = Integer.parseUnsignedInt(parts[1].replace("0x", ""), 16);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LlvmMc llvm = LlvmMc.find();
        if (llvm == null) {
            System.err.println("llvm-mc is not installed");
            System.exit(2);
        }
        InstructionSet set = new A64InstructionSet();
        List<EncodingInfo> chosen = new ArrayList<>();
        for (EncodingInfo e : set.encodings()) {
            if (filter == null || filter.matcher(e.name()).matches()) {
                chosen.add(e);
            }
        }
        int[] sampled = WordSampler.perEncoding(chosen, perEncoding, seed);
        int[] uniform = WordSampler.random(random, seed + 1, spaceMask, spaceValue);
        Agreement perEnc = run(set, llvm, sampled, null, null);
        System.out.println("per-encoding (" + chosen.size() + " encodings x " + perEncoding + "): " + perEnc.summary());
        report(perEnc, show);
        if (random > 0) {
            Agreement uni = run(set, llvm, uniform, filter, mnemonics);
            System.out.println("uniform random words: " + uni.summary());
            report(uni, show);
        }
    }

    private static Agreement run(InstructionSet set, LlvmMc llvm, int[] words, Pattern filter, Pattern mnemonics) throws Exception {
        Map<Integer, String> reference = llvm.disassemble(words);
        Agreement agreement = new Agreement();
        for (int w : IntStream.of(words).toArray()) {
            if (filter != null || mnemonics != null) {
                int id = set.decode(w);
                String name = id < 0 ? "" : set.encodings().get(id).name();
                String ref = reference.get(w);
                boolean ours = filter != null && filter.matcher(name).matches();
                boolean theirs = mnemonics != null && ref != null && mnemonics.matcher(ref.split(" ")[0]).matches();
                if (!ours && !theirs) {
                    continue;
                }
            }
            agreement.compare(set, w, reference.get(w));
        }
        return agreement;
    }

    private static void report(Agreement agreement, int show) {
        Map<String, List<Agreement.Difference>> byEncoding = new LinkedHashMap<>();
        for (Agreement.Difference d : agreement.differences()) {
            String key = d.encoding().equals("-") ? "(ours undefined) " + d.reference().split(" ")[0] : d.encoding();
            byEncoding.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        byEncoding.entrySet().stream().sorted(Comparator.comparingInt(e -> -e.getValue().size())).forEach(e -> {
            System.out.println("  " + e.getKey() + ": " + e.getValue().size() + " differences");
            e.getValue().stream().limit(show).forEach(d -> System.out.println("      " + d));
        });
    }
}
