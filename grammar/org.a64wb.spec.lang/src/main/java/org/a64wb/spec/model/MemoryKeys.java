package org.a64wb.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of {@code mem(...)}: the memory-access descriptor of a load or store. Enumerated keys
 * take one of a fixed set of words; numeric keys take expressions over the encoding's fields; flags
 * take no value (or a condition).
 */
public final class MemoryKeys {

    private MemoryKeys() {
    }

    public static final Map<String, List<String>> ENUMERATED = Map.of(
            "op", List.of("load", "store", "loadstore", "prefetch"),
            "kind", List.of("X", "W", "B", "H", "S", "D", "Q", "V"),
            "index", List.of("offset", "pre", "post"),
            "atomic", List.of("add", "clr", "eor", "set", "smax", "smin", "umax", "umin", "swp", "cas"));

    public static final Set<String> NUMERIC = Set.of(
            "size", "base", "imm", "offreg", "extend", "shift", "literal", "count", "elements", "lane", "vbytes", "regs", "status");

    public static final Set<String> FLAGS = Set.of(
            "signed", "acquire", "release", "exclusive", "unprivileged", "nontemporal", "replicate", "acquirepc");

    public static final Set<String> REQUIRED = Set.of("op", "kind", "size", "base");

    public static boolean known(String key) {
        return ENUMERATED.containsKey(key) || NUMERIC.contains(key) || FLAGS.contains(key);
    }

    /** Instruction classes; the generator maps them to the runtime's InstructionClass constants. */
    public static final List<String> CLASSES = List.of(
            "branch", "exception", "system", "hint", "barrier", "loadstore", "dataprocessing", "simdfp");
}
