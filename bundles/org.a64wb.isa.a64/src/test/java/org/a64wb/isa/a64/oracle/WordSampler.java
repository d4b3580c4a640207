package org.a64wb.isa.a64.oracle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.a64wb.isa.api.EncodingInfo;

/** Words to compare on: each encoding with its free bits randomised, and uniform words from the covered groups. */
public final class WordSampler {

    private WordSampler() {
    }

    /**
     * The covered top-level groups, by op0 = bits[28:25] of the Arm ARM's index: reserved (0000),
     * data processing immediate (100x), branches/exception/system (101x), loads and stores (x1x0),
     * data processing register (x101). SIMD&FP data processing (x111) and SVE (0010) are not yet.
     */
    public static boolean inCoveredGroup(int word) {
        int op0 = (word >>> 25) & 0xf;
        return op0 == 0b0000 || (op0 & 0b1110) == 0b1000 || (op0 & 0b1110) == 0b1010 || (op0 & 0b0101) == 0b0100
                || (op0 & 0b0111) == 0b0101;
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

    /** {@code count} distinct uniformly random words from the covered groups. */
    public static int[] randomCovered(int count, long seed) {
        return randomCovered(count, seed, 0, 0);
    }

    /**
     * As {@link #randomCovered(int, long)}, restricted to words with {@code (w & mask) == value}; a non-zero
     * mask names the space explicitly, so its words count even outside the covered groups (SIMD&FP).
     */
    public static int[] randomCovered(int count, long seed, int mask, int value) {
        Random random = new Random(seed);
        Set<Integer> words = new LinkedHashSet<>();
        while (words.size() < count) {
            int w = (random.nextInt() & ~mask) | (value & mask);
            if (mask != 0 || inCoveredGroup(w)) {
                words.add(w);
            }
        }
        return words.stream().mapToInt(Integer::intValue).toArray();
    }
}
