package org.a64wb.hypervisor.mmio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.MemoryAccess;

/**
 * The emulation allowlist: which loads and stores the ISV=0 path may emulate. A rule is a
 * conjunction of terms (an encoding name, {@code group:NAME}, {@code kind:K} or an attribute);
 * {@code !rule} denies and wins over every allow. Only {@link Emulatable emulatable} encodings are
 * ever allowed, whatever the rules say.
 */
public final class Allowlist {

    /** One line of a contribution. */
    public record Rule(boolean deny, List<Term> terms, String origin, int line, String text) {
        boolean matches(EncodingInfo encoding, MemoryAccess access) {
            for (Term term : terms) {
                if (!term.matches(encoding, access)) {
                    return false;
                }
            }
            return true;
        }

        public String location() {
            return origin + ":" + line;
        }
    }

    /** One condition on an encoding and its memory-access descriptor. */
    public record Term(Type type, String value) {
        boolean matches(EncodingInfo e, MemoryAccess m) {
            return switch (type) {
                case NAME -> e.name().equals(value);
                case GROUP -> e.group().equals(value);
                case KIND -> m.kind().name().equals(value);
                case ATTRIBUTE -> attribute(value, m);
            };
        }
    }

    public enum Type { NAME, GROUP, KIND, ATTRIBUTE }

    /** Attribute words of the allowlist language and what they test on the descriptor. */
    public static final List<String> ATTRIBUTES = List.of("load", "store", "pair", "writeback", "pre", "post", "signed",
            "register-offset", "literal", "structure", "lane", "replicate", "nontemporal", "unprivileged", "acquire", "release",
            "sp-base");

    static boolean attribute(String name, MemoryAccess m) {
        boolean vector = m.kind() == MemoryAccess.RegisterKind.V;
        return switch (name) {
            case "load" -> m.direction() == MemoryAccess.Direction.LOAD;
            case "store" -> m.direction() == MemoryAccess.Direction.STORE;
            case "pair" -> !vector && m.registers().length == 2;
            case "writeback" -> m.writeback() != MemoryAccess.Writeback.NONE;
            case "pre" -> m.writeback() == MemoryAccess.Writeback.PRE;
            case "post" -> m.writeback() == MemoryAccess.Writeback.POST;
            case "signed" -> m.signExtend();
            case "register-offset" -> m.offset() == MemoryAccess.OffsetKind.REGISTER
                    || m.writeback() == MemoryAccess.Writeback.POST && m.offsetRegister() >= 0;
            case "literal" -> m.offset() == MemoryAccess.OffsetKind.LITERAL;
            case "structure" -> vector;
            case "lane" -> vector && m.lane() >= 0;
            case "replicate" -> vector && m.replicate();
            case "nontemporal" -> m.nonTemporal();
            case "unprivileged" -> m.unprivileged();
            case "acquire" -> m.acquire();
            case "release" -> m.release();
            case "sp-base" -> m.baseRegister() == 31;
            default -> false;
        };
    }

    public static final Allowlist EMPTY = new Allowlist(List.of());

    private final List<Rule> rules;

    public Allowlist(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The union of several contributions (each contribution's denials apply to all). */
    public static Allowlist union(List<Allowlist> lists) {
        List<Rule> all = new ArrayList<>();
        lists.forEach(l -> all.addAll(l.rules));
        return new Allowlist(all);
    }

    /** The rule that allows the access, or null when it is not allowed (no allow rule, a deny rule, or not emulatable). */
    public Rule allowing(EncodingInfo encoding, MemoryAccess access) {
        if (Emulatable.whyNot(encoding, access) != null) {
            return null;
        }
        Rule allow = null;
        for (Rule rule : rules) {
            if (rule.matches(encoding, access)) {
                if (rule.deny()) {
                    return null;
                }
                if (allow == null) {
                    allow = rule;
                }
            }
        }
        return allow;
    }

    public boolean allows(EncodingInfo encoding, MemoryAccess access) {
        return allowing(encoding, access) != null;
    }

    static String kindName(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
