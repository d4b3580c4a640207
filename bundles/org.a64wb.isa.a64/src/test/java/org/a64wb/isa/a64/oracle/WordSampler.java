package org.a64wb.isa.a64.oracle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.a64wb.isa.api.EncodingInfo;

/**
 * Words to compare on: each encoding with its free bits randomised, and uniform words. Every top-level
 * group of the Arm ARM's index is in the spec (SVE and the unallocated op0 values are <undefined> for
 * llvm-mc's feature set too), so uniform words come from the whole 32-bit space.
 */
public final class WordSampler {

    private WordSampler() {
    }

    /** {@code perEncoding} words per encoding, the fixed bits kept and the rest random (plus all-zero and all-one fields). */
    public static int[] perEncoding(List<EncodingInfo> encodings, int perEncoding, long seed) {
        Random random = new Random(seed);
        Set<Integer> words = new LinkedHashSet<>();
        for (EncodingInfo e : encodings) {
            words.add(e.match());
            words.add(e.match() | ~e.mask());
            for (int i = 0; i < perEncoding; i++) {
                words.add(e.match() | (random.nextInt() & ~e.mask()));
            }
        }
        return words.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Adds, for each encoding none of {@code words} decodes to, random words of its pattern until one does
     * (encodings whose {@code where} admits few field values, such as MSR (immediate), are easily missed).
     */
    public static int[] coverEveryEncoding(org.a64wb.isa.api.InstructionSet set, int[] words, long seed) {
        Set<Integer> all = new LinkedHashSet<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (int w : words) {
            all.add(w);
            seen.add(set.decode(w));
        }
        Random random = new Random(seed);
        List<EncodingInfo> encodings = set.encodings();
        for (int id = 0; id < encodings.size(); id++) {
            EncodingInfo e = encodings.get(id);
            for (int attempt = 0; attempt < 1_000_000 && !seen.contains(id); attempt++) {
                int w = e.match() | (random.nextInt() & ~e.mask());
                if (set.decode(w) == id) {
                    all.add(w);
                    seen.add(id);
                }
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code count} distinct uniformly random words. */
    public static int[] random(int count, long seed) {
        return random(count, seed, 0, 0);
    }

    /**
     * As {@link #random(int, long)}, restricted to words with {@code (w & mask) == value}.
     */
    public static int[] random(int count, long seed, int mask, int value) {
        Random random = new Random(seed);
        Set<Integer> words = new LinkedHashSet<>();
        while (words.size() < count) {
            words.add((random.nextInt() & ~mask) | (value & mask));
        }
        return words.stream().mapToInt(Integer::intValue).toArray();
    }
}
