package org.a64wb.hypervisor.mmio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.MemoryAccess;

/**
 * Reads an allowlist file. One rule per line; {@code #} starts a comment. A rule is one or more
 * terms joined by {@code " & "} (spaces required, since group names contain '&'), optionally
 * preceded by {@code !} to deny:
 * <pre>
 *   STP_pre_x                       # an encoding name of the spec
 *   group:Loads and Stores (SIMD&amp;FP) # every emulatable encoding of a spec group
 *   kind:Q                          # by transfer-register kind: X W B H S D Q V
 *   pair &amp; writeback              # attributes, see Allowlist.ATTRIBUTES
 *   !LDR_lit_FPq                    # deny wins over allow
 * </pre>
 * Every problem is reported as {@code file:line: message}; a file with any problem contributes
 * nothing (an allowlist is part of the security boundary, so half of one is not applied).
 */
public final class AllowlistParser {

    /** The parsed allowlist (empty when there were problems) and the problems. */
    public record Result(Allowlist allowlist, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Known(EncodingInfo encoding, MemoryAccess access) {
    }

    private final List<Known> known = new ArrayList<>();
    private final Set<String> groups = new LinkedHashSet<>();

    /** Names and groups are checked against these instruction sets' encodings. */
    public AllowlistParser(List<? extends InstructionSet> sets) {
        for (InstructionSet set : sets) {
            List<EncodingInfo> encodings = set.encodings();
            for (int id = 0; id < encodings.size(); id++) {
                EncodingInfo e = encodings.get(id);
                Optional<MemoryAccess> access = set.memoryAccess(id, e.match());
                known.add(new Known(e, access.orElse(null)));
                if (access.isPresent()) {
                    groups.add(e.group());
                }
            }
        }
    }

    public Result parse(String origin, String text) {
        List<String> problems = new ArrayList<>();
        List<Allowlist.Rule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = origin + ":" + lineNumber + ": ";
            boolean deny = line.startsWith("!");
            String body = deny ? line.substring(1).strip() : line;
            if (body.isEmpty()) {
                problems.add(where + "'!' needs a rule after it");
                continue;
            }
            List<Allowlist.Term> terms = new ArrayList<>();
            boolean bad = false;
            for (String part : body.split("\\s+&\\s+", -1)) {
                String token = part.strip();
                String problem = null;
                Allowlist.Term term = null;
                if (token.isEmpty()) {
                    problem = "empty term in '" + body + "' (terms are joined by ' & ')";
                } else if (token.startsWith("group:")) {
                    String group = token.substring(6).strip();
                    if (!groups.contains(group)) {
                        problem = "unknown group '" + group + "' (groups with loads and stores: " + String.join(", ", groups) + ")";
                    } else {
                        term = new Allowlist.Term(Allowlist.Type.GROUP, group);
                    }
                } else if (token.startsWith("kind:")) {
                    String kind = Allowlist.kindName(token.substring(5).strip());
                    try {
                        MemoryAccess.RegisterKind.valueOf(kind);
                        term = new Allowlist.Term(Allowlist.Type.KIND, kind);
                    } catch (IllegalArgumentException e) {
                        problem = "unknown register kind '" + token.substring(5).strip() + "' (kinds: X W B H S D Q V)";
                    }
                } else if (Allowlist.ATTRIBUTES.contains(token)) {
                    term = new Allowlist.Term(Allowlist.Type.ATTRIBUTE, token);
                } else if (token.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    Known k = byName(token);
                    if (k == null) {
                        problem = token.contains("&") ? "unknown encoding '" + token + "' (join terms with ' & ', spaces around '&')"
                                : "unknown encoding or attribute '" + token + "' (attributes: " + String.join(" ", Allowlist.ATTRIBUTES) + ")";
                    } else if (!deny && Emulatable.whyNot(k.encoding(), k.access()) != null) {
                        problem = token + " cannot be emulated: " + Emulatable.whyNot(k.encoding(), k.access());
                    } else {
                        term = new Allowlist.Term(Allowlist.Type.NAME, token);
                    }
                } else {
                    problem = "cannot read '" + token + "' (expected an encoding name, group:NAME, kind:K or an attribute)";
                }
                if (problem != null) {
                    problems.add(where + problem);
                    bad = true;
                } else {
                    terms.add(term);
                }
            }
            if (bad) {
                continue;
            }
            Allowlist.Rule rule = new Allowlist.Rule(deny, terms, origin, lineNumber, line);
            if (!deny && !selectsSomething(rule)) {
                problems.add(where + "'" + body + "' selects no emulatable load or store");
                continue;
            }
            rules.add(rule);
        }
        return new Result(problems.isEmpty() ? new Allowlist(rules) : Allowlist.EMPTY, List.copyOf(problems));
    }

    private Known byName(String name) {
        for (Known k : known) {
            if (k.encoding().name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    private boolean selectsSomething(Allowlist.Rule rule) {
        for (Known k : known) {
            if (k.access() != null && Emulatable.whyNot(k.encoding(), k.access()) == null && rule.matches(k.encoding(), k.access())) {
                return true;
            }
        }
        return false;
    }
}
