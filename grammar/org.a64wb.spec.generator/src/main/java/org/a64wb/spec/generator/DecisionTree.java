package org.a64wb.spec.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the decoder as a tree of switches on fixed bits. At each node it switches on the longest run
 * of bits every remaining candidate fixes; failing that, on the single bit most candidates fix. A
 * leaf tests its few remaining candidates in priority order against their full mask/match and
 * constraint, so the tree only has to narrow, never to be exact.
 */
final class DecisionTree {

    /** An encoding as the tree sees it; {@code constrained} means a {@code where} clause must also hold. */
    record Candidate(int id, int mask, int match, boolean constrained) {
    }

    private static final int MAX_SWITCH_BITS = 8;
    private static final int METHODS_PER_CLASS = 1500;

    private final String classPrefix;
    private final String constraintCall;
    private final Map<String, String> memo = new HashMap<>();
    private final List<StringBuilder> classes = new ArrayList<>();
    private int methods;

    /**
     * @param classPrefix    simple name prefix of the generated decoder classes
     * @param constraintCall Java expression prefix taking {@code (id, w)} for constrained candidates
     */
    DecisionTree(String classPrefix, String constraintCall) {
        this.classPrefix = classPrefix;
        this.constraintCall = constraintCall;
    }

    /** Builds the tree for candidates in priority order; returns the qualified call of the root. */
    String build(List<Candidate> ordered) {
        return node(ordered, 0);
    }

    /** Generated class bodies (method lists), one per decoder part class. */
    Map<String, String> classBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            bodies.put(partClass(i), classes.get(i).toString());
        }
        return bodies;
    }

    int methodCount() {
        return methods;
    }

    private String partClass(int index) {
        return classPrefix + "Part" + index;
    }

    private String node(List<Candidate> candidates, int tested) {
        if (candidates.isEmpty()) {
            return null;
        }
        int common = ~tested;
        for (Candidate c : candidates) {
            common &= c.mask();
        }
        int splitMask;
        if (candidates.size() == 1) {
            splitMask = 0;
        } else if (common != 0) {
            splitMask = longestRun(common);
        } else {
            splitMask = busiestBit(candidates, tested);
        }
        String key = candidates.stream().map(c -> Integer.toString(c.id())).collect(Collectors.joining(","))
                + (splitMask == 0 ? "" : "@" + Integer.toHexString(tested));
        String existing = memo.get(key);
        if (existing != null) {
            return existing;
        }
        String name = allocate();
        memo.put(key, name);
        StringBuilder body = new StringBuilder();
        body.append("    static int ").append(simpleName(name)).append("(int w) {\n");
        if (splitMask == 0) {
            leaf(candidates, body);
        } else {
            int lsb = Integer.numberOfTrailingZeros(splitMask);
            int width = Integer.bitCount(splitMask);
            Map<String, List<Integer>> cases = new LinkedHashMap<>();
            for (int value = 0; value < (1 << width); value++) {
                int bits = value << lsb;
                List<Candidate> child = new ArrayList<>();
                for (Candidate c : candidates) {
                    if (((c.match() ^ bits) & c.mask() & splitMask) == 0) {
                        child.add(c);
                    }
                }
                String target = node(child, tested | splitMask);
                cases.computeIfAbsent(target == null ? "-1" : target + "(w)", k -> new ArrayList<>()).add(value);
            }
            body.append("        switch ((w >>> ").append(lsb).append(") & 0x").append(Integer.toHexString((1 << width) - 1)).append(") {\n");
            String fallback = null;
            int largest = 0;
            for (Map.Entry<String, List<Integer>> entry : cases.entrySet()) {
                if (entry.getValue().size() > largest) {
                    largest = entry.getValue().size();
                    fallback = entry.getKey();
                }
            }
            for (Map.Entry<String, List<Integer>> entry : cases.entrySet()) {
                if (entry.getKey().equals(fallback)) {
                    continue;
                }
                body.append("            case ").append(entry.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        .append(": return ").append(entry.getKey()).append(";\n");
            }
            body.append("            default: return ").append(fallback).append(";\n");
            body.append("        }\n");
        }
        body.append("    }\n\n");
        classes.get(classIndex(name)).append(body);
        return name;
    }

    private void leaf(List<Candidate> candidates, StringBuilder body) {
        for (Candidate c : candidates) {
            body.append("        if ((w & 0x").append(Integer.toHexString(c.mask())).append(") == 0x").append(Integer.toHexString(c.match()));
            if (c.constrained()) {
                body.append(" && ").append(constraintCall).append("(").append(c.id()).append(", w)");
            }
            body.append(") return ").append(c.id()).append(";\n");
        }
        body.append("        return -1;\n");
    }

    private String allocate() {
        int index = methods++;
        int part = index / METHODS_PER_CLASS;
        while (classes.size() <= part) {
            classes.add(new StringBuilder());
        }
        return partClass(part) + ".n" + index;
    }

    private int classIndex(String qualified) {
        String part = qualified.substring(classPrefix.length() + "Part".length(), qualified.indexOf('.'));
        return Integer.parseInt(part);
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1);
    }

    /** The longest run of consecutive set bits, at most MAX_SWITCH_BITS wide (its top end). */
    static int longestRun(int bits) {
        int bestLsb = 0;
        int bestWidth = 0;
        int bit = 0;
        while (bit < 32) {
            if ((bits & (1 << bit)) == 0) {
                bit++;
                continue;
            }
            int start = bit;
            while (bit < 32 && (bits & (1 << bit)) != 0) {
                bit++;
            }
            int width = bit - start;
            if (width > bestWidth) {
                bestWidth = width;
                bestLsb = start;
            }
        }
        if (bestWidth > MAX_SWITCH_BITS) {
            bestLsb += bestWidth - MAX_SWITCH_BITS;
            bestWidth = MAX_SWITCH_BITS;
        }
        return (int) (((1L << bestWidth) - 1) << bestLsb);
    }

    private static int busiestBit(List<Candidate> candidates, int tested) {
        int best = 0;
        int bestCount = 0;
        for (int bit = 31; bit >= 0; bit--) {
            if ((tested & (1 << bit)) != 0) {
                continue;
            }
            int count = 0;
            for (Candidate c : candidates) {
                if ((c.mask() & (1 << bit)) != 0) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = 1 << bit;
            }
        }
        return best;
    }
}
