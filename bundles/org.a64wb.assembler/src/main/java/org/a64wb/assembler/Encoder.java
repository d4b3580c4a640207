package org.a64wb.assembler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.FieldInfo;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.sysreg.SysregEncoding;
import org.a64wb.isa.api.syntax.SyntaxExpr;
import org.a64wb.isa.api.syntax.SyntaxForm;
import org.a64wb.isa.api.syntax.SyntaxPart;

/**
 * Encodes one instruction statement by inverting the instruction sets' syntax models: every
 * candidate form (indexed by the literal start of its mnemonic) is matched against the statement's
 * atoms, Number parts are solved for their fields, Formatted parts are looked up in a reverse map of
 * the formatter over its fields' domain, Optional parts are tried both ways; every complete solution
 * is then verified by decoding and disassembling the word. Nothing about A64 is written here.
 *
 * <p>A formatter whose fields' joint domain is too large to enumerate has the fields it prints
 * verbatim as decimal digits (register numbers: found by probing the formatter) peeled off its
 * table; fields no part of a form reads (fixed by the encoding's {@code where}) are searched when
 * the word does not decode; decimal floating-point operands compare by value.
 */
public final class Encoder {

    /** Register fields whose value, when the text does not give it, is 31 (see Search.omittedRegistersAsZr). */
    private static final Set<String> OMITTED_AS_ZR = Set.of("Rt", "Rs", "Rt2", "Ra");

    /** Joint field domains up to this size are enumerated. */
    static final int MAX_ENUMERATION = 1 << 16;

    /** Joint domain of the fields a form never shows, searched when the word does not decode otherwise. */
    private static final int MAX_HIDDEN = 256;

    /** Solutions tried per form before giving up (guards pathological backtracking). */
    private static final int MAX_SOLUTIONS_PER_FORM = 4096;

    /** A successful encoding. {@code exact} is false when the text is a non-preferred spelling of the word. */
    public record Encoded(int word, InstructionSet set, int encoding, boolean exact) {
    }

    /** Why a statement could not be encoded, with the atom the reason is about. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Atom atom;

        Failure(String message, Atom atom) {
            super(message, null, false, false);
            this.atom = atom;
        }

        public Atom atom() {
            return atom;
        }
    }

    private record FormRef(Encoding encoding, SyntaxForm form) {
    }

    private final List<InstructionSet> sets;
    private final Map<String, List<FormRef>> byPrefix = new HashMap<>();
    private int longestPrefix;

    public Encoder(List<InstructionSet> sets) {
        this.sets = List.copyOf(sets);
        for (InstructionSet set : this.sets) {
            List<EncodingInfo> encodings = set.encodings();
            for (int id = 0; id < encodings.size(); id++) {
                Encoding enc = new Encoding(set, id, encodings.get(id));
                for (SyntaxForm form : set.syntax(id)) {
                    String prefix = literalPrefix(form.parts());
                    byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(new FormRef(enc, form));
                    longestPrefix = Math.max(longestPrefix, prefix.length());
                }
            }
        }
    }

    /** The mnemonic's literal start: the first Text part up to whitespace. */
    private static String literalPrefix(List<SyntaxPart> parts) {
        if (parts.isEmpty() || !(parts.get(0) instanceof SyntaxPart.Text text)) {
            return "";
        }
        String t = text.text().stripLeading();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** True when some form's mnemonic could start the word. */
    public boolean knowsMnemonicPrefix(String mnemonic) {
        return !candidates(mnemonic.toLowerCase(Locale.ROOT)).isEmpty();
    }

    private List<FormRef> candidates(String mnemonic) {
        List<FormRef> out = new ArrayList<>();
        for (int len = Math.min(mnemonic.length(), longestPrefix); len >= 0; len--) {
            List<FormRef> forms = byPrefix.get(mnemonic.substring(0, len));
            if (forms != null) {
                out.addAll(forms);
            }
        }
        return out;
    }

    /**
     * Up to three known mnemonics within edit distance 2 of {@code word} (1 for words of up to four
     * letters), closest first (then the longest shared start): the hint after "unknown instruction mnemonic". Prefixes that end in a dot
     * (b.<cond>) are not mnemonics of their own.
     */
    List<String> closeMnemonics(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = w.length() <= 4 ? 1 : 2;
        record Close(String mnemonic, int distance) {
        }
        List<Close> close = new ArrayList<>();
        for (String known : byPrefix.keySet()) {
            if (known.isEmpty() || known.endsWith(".") || known.equals(w)) {
                continue;
            }
            int d = editDistance(w, known, limit);
            if (d <= limit) {
                close.add(new Close(known, d));
            }
        }
        return close.stream().sorted(java.util.Comparator.comparingInt(Close::distance)
                        .thenComparing(c -> -commonPrefix(w, c.mnemonic())).thenComparing(Close::mnemonic))
                .limit(3).map(Close::mnemonic).toList();
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance, or anything above {@code limit} once it is certain to exceed it. */
    private static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Encodes the statement (first atom the mnemonic) at address {@code pc}; a statement no encoding takes is tried
     * once more in the spelling llvm-mc would rewrite it to ({@link ImmediateSpellings}), and the first failure is
     * reported when that does not encode either.
     */
    public Encoded encode(List<Atom> atoms, long pc) throws Failure {
        try {
            return encodeAsWritten(atoms, pc);
        } catch (Failure failure) {
            List<Atom> respelled = ImmediateSpellings.rewrite(atoms);
            if (respelled != null) {
                try {
                    return encodeAsWritten(respelled, pc);
                } catch (Failure ignored) {
                    // the statement's own failure says more than the rewritten one's
                }
            }
            throw failure;
        }
    }

    private Encoded encodeAsWritten(List<Atom> atoms, long pc) throws Failure {
        Atom mnemonic = atoms.get(0);
        List<FormRef> forms = candidates(mnemonic.word());
        Search search = new Search(atoms, pc);
        if (!forms.isEmpty()) {
            for (FormRef ref : forms) {
                search.run(ref.encoding, ref.form);
                if (search.exact != null) {
                    return search.exact;
                }
            }
            if (search.loose != null) {
                return search.loose;
            }
        }
        throw search.failure(mnemonic);
    }

    // ---------------------------------------------------------------------------------------------
    // Per-encoding data: field layout, cached inverse tables.

    static final class Encoding {
        final InstructionSet set;
        final int id;
        final EncodingInfo info;
        final FieldInfo[] fields;
        final Map<String, Integer> index = new HashMap<>();
        final Map<Object, Object> cache = new ConcurrentHashMap<>();

        Encoding(InstructionSet set, int id, EncodingInfo info) {
            this.set = set;
            this.id = id;
            this.info = info;
            this.fields = info.fields().toArray(new FieldInfo[0]);
            for (int i = 0; i < fields.length; i++) {
                index.put(fields[i].name(), i);
            }
        }

        long min(int f) {
            return fields[f].signed() ? -(1L << (fields[f].width() - 1)) : 0;
        }

        long max(int f) {
            return fields[f].signed() ? (1L << (fields[f].width() - 1)) - 1 : (1L << fields[f].width()) - 1;
        }

        boolean fits(int f, long v) {
            return v >= min(f) && v <= max(f);
        }

        int word(long[] values) {
            int w = info.match();
            for (int i = 0; i < fields.length; i++) {
                FieldInfo f = fields[i];
                long m = (1L << f.width()) - 1;
                w |= (int) ((values[i] & m) << f.lsb());
            }
            return w;
        }

        /** Field indices an expression (or a list of them) reads, cached by identity. */
        int[] fieldsOf(Object key, List<SyntaxExpr> exprs) {
            Object cached = cache.get(new IdKey("fields", key));
            if (cached != null) {
                return (int[]) cached;
            }
            Set<Integer> s = new LinkedHashSet<>();
            for (SyntaxExpr e : exprs) {
                collect(e, s);
            }
            int[] r = s.stream().mapToInt(Integer::intValue).toArray();
            cache.put(new IdKey("fields", key), r);
            return r;
        }

        private void collect(SyntaxExpr e, Set<Integer> out) {
            if (e instanceof SyntaxExpr.Field f) {
                Integer i = index.get(f.name());
                if (i == null) {
                    throw new IllegalStateException("unknown field " + f.name() + " in " + info.name());
                }
                out.add(i);
            } else if (e instanceof SyntaxExpr.Unary u) {
                collect(u.operand(), out);
            } else if (e instanceof SyntaxExpr.Binary b) {
                collect(b.left(), out);
                collect(b.right(), out);
            } else if (e instanceof SyntaxExpr.Call c) {
                for (SyntaxExpr a : c.args()) {
                    collect(a, out);
                }
            }
        }

        long domain(int[] fs, long bound) {
            long size = 1;
            for (int f : fs) {
                if ((bound & (1L << f)) == 0) {
                    size *= 1L << fields[f].width();
                    if (size > MAX_ENUMERATION) {
                        return size;
                    }
                }
            }
            return size;
        }
    }

    /** Identity key for caches keyed by generated syntax objects. */
    private record IdKey(String kind, Object ref) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdKey k && k.kind.equals(kind) && k.ref == ref;
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + System.identityHashCode(ref);
        }
    }

    /**
     * Reverse map of a formatted part: canonical text key to the field assignments printing it.
     * When the fields' joint domain is too large to enumerate, fields whose value the formatter
     * prints verbatim as a decimal digit run (a register number) are peeled off: the table is
     * built with them at their minimum, and each entry remembers where (in the key) their digits
     * stand. A lookup then substitutes the base digits for digit runs of the text (see
     * {@link #lookup}). {@code peel} holds indices into {@code fields}; entries of a peeled table
     * carry the key positions after the field values. {@code prefixes} holds the keys' proper
     * token prefixes (one entry per peeled position), so a lookup knows where a text stops fitting.
     */
    private record FormatTable(int[] fields, Map<String, List<long[]>> byKey, Map<String, List<long[]>> prefixes,
            int maxTokens, int[] peel) {
    }

    private static final Map<Object, List<PatternToken>> TEXT_TOKENS = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    private static List<PatternToken> tokens(SyntaxPart.Text text) {
        return TEXT_TOKENS.computeIfAbsent(text, t -> PatternToken.tokenize(((SyntaxPart.Text) t).text()));
    }

    /** The canonical key of what the formatter prints for {@code values}; null when it prints nothing (throws). */
    private static String formatKey(Encoding enc, SyntaxPart.Formatted part, long[] values, int[] tokenCount) {
        long[] args = new long[part.args().size()];
        for (int a = 0; a < args.length; a++) {
            args[a] = eval(enc, part.args().get(a), values);
        }
        Object text;
        try {
            text = part.function().apply(args);
        } catch (RuntimeException e) {
            return null;
        }
        if (text == null) {
            return null;
        }
        List<PatternToken> toks = PatternToken.tokenize(text.toString());
        if (tokenCount != null) {
            tokenCount[0] = Math.max(tokenCount[0], toks.size());
        }
        return PatternToken.key(toks);
    }

    /** The spec's system register name formatters: op0, op1, CRn, CRm, op2 to a name or the generic spelling. */
    private static final Set<String> SYSREG_FORMATTERS = Set.of("bes_mrs_name", "bes_msr_name");

    /**
     * The key of the generic spelling {@code S<op0>_<op1>_C<n>_C<m>_<op2>} of a system register operand, which the
     * Arm ARM accepts for every register, named or not (and llvm-mc does); null for other formatted parts.
     */
    private static String genericSysregKey(SyntaxPart.Formatted part, Encoding enc, long[] values) {
        if (!SYSREG_FORMATTERS.contains(part.formatter()) || part.args().size() != 5) {
            return null;
        }
        long[] a = new long[5];
        for (int i = 0; i < 5; i++) {
            a[i] = eval(enc, part.args().get(i), values);
        }
        return PatternToken.key(PatternToken.tokenize(genericSysregName(a)));
    }

    /** SysregEncoding's generic name of the operand's op0, op1, CRn, CRm, op2, in the assembler's lower case. */
    private static String genericSysregName(long[] a) {
        return new SysregEncoding((int) a[0], (int) a[1], (int) a[2], (int) a[3], (int) a[4]).toString().toLowerCase(Locale.ROOT);
    }

    /** The parts with each system register name printed in its generic spelling; null when there is none. */
    private static List<SyntaxPart> withGenericSysregNames(List<SyntaxPart> parts) {
        List<SyntaxPart> generic = new ArrayList<>(parts.size());
        boolean changed = false;
        for (SyntaxPart part : parts) {
            if (part instanceof SyntaxPart.Formatted f && SYSREG_FORMATTERS.contains(f.formatter()) && f.args().size() == 5) {
                generic.add(new SyntaxPart.Formatted(f.formatter(), Encoder::genericSysregName, f.args()));
                changed = true;
            } else {
                generic.add(part);
            }
        }
        return changed ? generic : null;
    }

    private static FormatTable formatTable(Encoding enc, SyntaxPart.Formatted part) {
        IdKey key = new IdKey("format", part);
        Object cached = enc.cache.get(key);
        if (cached != null) {
            return (FormatTable) cached;
        }
        int[] fs = enc.fieldsOf(part, part.args());
        Map<String, List<long[]>> byKey = new HashMap<>();
        Map<String, List<long[]>> prefixes = new HashMap<>();
        int[] maxTokens = {0};
        int[] peel = enc.domain(fs, 0) > MAX_ENUMERATION ? peelable(enc, part, fs) : new int[0];
        long peeled = 0;
        for (int j : peel == null ? new int[0] : peel) {
            peeled |= 1L << fs[j];
        }
        final long peeledMask = peeled;
        if (peel != null) {
            int[] rest = java.util.Arrays.stream(fs).filter(f -> (peeledMask & (1L << f)) == 0).toArray();
            long[] values = new long[enc.fields.length];
            long[] joint = new long[rest.length];
            for (int j : peel) {
                values[fs[j]] = enc.min(fs[j]);
            }
            for (int i = 0; i < rest.length; i++) {
                joint[i] = enc.min(rest[i]);
                values[rest[i]] = joint[i];
            }
            while (true) {
                String k = formatKey(enc, part, values, maxTokens);
                long[] entry = k == null ? null : new long[fs.length + peel.length];
                if (entry != null) {
                    for (int i = 0; i < fs.length; i++) {
                        entry[i] = values[fs[i]];
                    }
                    for (int p = 0; p < peel.length && entry != null; p++) {
                        int at = digitsAt(enc, part, values, fs[peel[p]], k);
                        if (at < 0) {
                            entry = null;
                        } else {
                            entry[fs.length + p] = at;
                        }
                    }
                }
                if (entry != null) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(entry);
                    String generic = genericSysregKey(part, enc, values);
                    if (generic != null && !generic.equals(k)) {
                        byKey.computeIfAbsent(generic, x -> new ArrayList<>()).add(entry);
                    }
                    for (int end = k.indexOf('\u0001'); end >= 0 && end < k.length() - 1; end = k.indexOf('\u0001', end + 1)) {
                        List<long[]> known = prefixes.computeIfAbsent(k.substring(0, end + 1), x -> new ArrayList<>());
                        final long[] e = entry;
                        if (known.stream().noneMatch(x -> java.util.Arrays.equals(x, fs.length, x.length, e, fs.length, e.length))) {
                            known.add(entry);
                        }
                    }
                }
                if (!next(enc, rest, joint, values)) {
                    break;
                }
            }
        } else {
            peel = new int[0];
        }
        FormatTable table = new FormatTable(fs, byKey, prefixes, maxTokens[0], peel);
        enc.cache.put(key, table);
        return table;
    }

    /**
     * Where, in {@code base} (the key printed with field {@code f} at its minimum), the digits of
     * {@code f} stand: found by printing with {@code f} at its maximum; -1 when they are not a
     * whole digit run there.
     */
    private static int digitsAt(Encoding enc, SyntaxPart.Formatted part, long[] values, int f, String base) {
        long[] other = values.clone();
        other[f] = enc.max(f);
        String k1 = formatKey(enc, part, other, null);
        if (k1 == null) {
            return -1;
        }
        int p = 0;
        while (p < base.length() && p < k1.length() && base.charAt(p) == k1.charAt(p)) {
            p++;
        }
        while (p > 0 && Character.isDigit(base.charAt(p - 1))) {
            p--;
        }
        String digits = Long.toString(values[f]);
        if (!base.startsWith(digits, p) || p + digits.length() < base.length() && Character.isDigit(base.charAt(p + digits.length()))) {
            return -1;
        }
        return p;
    }

    /**
     * The fields (indices into {@code fs}) to peel off a formatter whose joint domain is too large:
     * unsigned fields, widest first, that the formatter prints verbatim as a digit run (checked on
     * a deterministic sample of the other fields' values), until the rest can be enumerated.
     * Null when that is not possible.
     */
    private static int[] peelable(Encoding enc, SyntaxPart.Formatted part, int[] fs) {
        Integer[] order = new Integer[fs.length];
        for (int j = 0; j < fs.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> enc.fields[fs[b]].width() - enc.fields[fs[a]].width());
        List<Integer> peel = new ArrayList<>();
        long mask = 0;
        java.util.Random random = new java.util.Random(fs.length * 31L + enc.id);
        for (int j : order) {
            int f = fs[j];
            if (enc.fields[f].signed() || enc.fields[f].width() > 16 || !verbatim(enc, part, fs, f, random)) {
                continue;
            }
            peel.add(j);
            mask |= 1L << f;
            if (enc.domain(fs, mask) <= MAX_ENUMERATION) {
                return peel.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return null;
    }

    private static boolean verbatim(Encoding enc, SyntaxPart.Formatted part, int[] fs, int f, java.util.Random random) {
        int checked = 0;
        long[] values = new long[enc.fields.length];
        for (int sample = 0; sample < 256 && checked < 48; sample++) {
            for (int g : fs) {
                values[g] = enc.min(g) + (long) (random.nextDouble() * (enc.max(g) - enc.min(g) + 1));
            }
            values[f] = enc.min(f);
            String base = formatKey(enc, part, values, null);
            if (base == null) {
                continue;
            }
            int p = digitsAt(enc, part, values, f, base);
            if (p < 0) {
                return false;
            }
            String digits = Long.toString(values[f]);
            for (int t = 0; t < 8; t++) {
                long v = t == 0 ? enc.max(f) : enc.min(f) + (long) (random.nextDouble() * (enc.max(f) - enc.min(f) + 1));
                long[] other = values.clone();
                other[f] = v;
                String k = formatKey(enc, part, other, null);
                if (k == null || !k.equals(base.substring(0, p) + v + base.substring(p + digits.length()))) {
                    return false;
                }
            }
            checked++;
        }
        return checked > 0;
    }

    /** The assignments (over {@code table.fields}) printing {@code key} (from {@code map}: the keys or their prefixes). */
    private static List<long[]> lookup(Encoding enc, FormatTable table, Map<String, List<long[]>> map, String key) {
        if (table.peel.length == 0) {
            return map.get(key);
        }
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i)) && (i == 0 || !Character.isDigit(key.charAt(i - 1)))) {
                int e = i;
                while (e < key.length() && Character.isDigit(key.charAt(e))) {
                    e++;
                }
                runs.add(new int[] {i, e});
            }
        }
        List<long[]> out = new ArrayList<>();
        peelRuns(enc, table, map, key, runs, new int[table.peel.length], 0, out);
        return out.isEmpty() ? null : out;
    }

    /** Chooses a distinct digit run for each peeled field, substitutes the base digits and looks the result up. */
    private static void peelRuns(Encoding enc, FormatTable table, Map<String, List<long[]>> map, String key, List<int[]> runs,
            int[] chosen, int p, List<long[]> out) {
        if (p < chosen.length) {
            for (int r = 0; r < runs.size(); r++) {
                boolean used = false;
                for (int q = 0; q < p; q++) {
                    used |= chosen[q] == r;
                }
                if (!used && runs.get(r)[1] - runs.get(r)[0] <= 18) {
                    chosen[p] = r;
                    peelRuns(enc, table, map, key, runs, chosen, p + 1, out);
                }
            }
            return;
        }
        int n = table.fields.length;
        long[] value = new long[chosen.length];
        int[] at = new int[chosen.length];
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int r = 0; r < runs.size(); r++) {
            int which = -1;
            for (int q = 0; q < chosen.length; q++) {
                which = chosen[q] == r ? q : which;
            }
            if (which < 0) {
                continue;
            }
            int[] run = runs.get(r);
            int f = table.fields[table.peel[which]];
            value[which] = Long.parseLong(key.substring(run[0], run[1]));
            if (!enc.fits(f, value[which])) {
                return;
            }
            b.append(key, from, run[0]);
            at[which] = b.length();
            b.append(enc.min(f));
            from = run[1];
        }
        b.append(key, from, key.length());
        List<long[]> hits = map.get(b.toString());
        if (hits == null) {
            return;
        }
        for (long[] hit : hits) {
            boolean ok = true;
            for (int q = 0; q < chosen.length && ok; q++) {
                ok = hit[n + q] == at[q];
            }
            if (ok) {
                long[] h = java.util.Arrays.copyOf(hit, n);
                for (int q = 0; q < chosen.length; q++) {
                    h[table.peel[q]] = value[q];
                }
                out.add(h);
            }
        }
    }

    /** Advances a joint assignment of {@code fs} (odometer); false after the last. */
    private static boolean next(Encoding enc, int[] fs, long[] joint, long[] values) {
        for (int i = fs.length - 1; i >= 0; i--) {
            if (joint[i] < enc.max(fs[i])) {
                joint[i]++;
                values[fs[i]] = joint[i];
                return true;
            }
            joint[i] = enc.min(fs[i]);
            values[fs[i]] = joint[i];
        }
        return false;
    }

    static long eval(Encoding enc, SyntaxExpr e, long[] values) {
        return e.evaluate(name -> values[enc.index.get(name)], 0);
    }

    // ---------------------------------------------------------------------------------------------
    // The search: backtracking over a form's parts.

    /** A partial solution: field values, which are bound, and the effective value each number atom stood for. */
    private record State(long[] values, long bound, long[] effective) {
        State bind(int f, long v) {
            long[] nv = values.clone();
            nv[f] = v;
            return new State(nv, bound | (1L << f), effective);
        }

        State effective(int atom, long v) {
            long[] ne = effective.clone();
            ne[atom] = v;
            return new State(values, bound, ne);
        }

        boolean isBound(int f) {
            return (bound & (1L << f)) != 0;
        }
    }

    /** The remaining parts to match (a persistent stack); conditions still to check ride along. */
    private record Rest(SyntaxPart part, Rest next) {
    }

    /** A condition to hold at the end; a soft one ({@code X != k}: an optional part shown when a value is not its default) may be spelled out anyway. */
    private record Pending(SyntaxExpr condition, boolean expected, boolean soft, Pending next) {
        Pending(SyntaxExpr condition, boolean expected, Pending next) {
            this(condition, expected, false, next);
        }
    }

    static boolean soft(SyntaxExpr c) {
        if (c instanceof SyntaxExpr.Binary b) {
            return b.op().equals("!=") || b.op().equals("||") && soft(b.left()) && soft(b.right());
        }
        return false;
    }

    @FunctionalInterface
    private interface Sink {
        /** True stops the search. */
        boolean accept(State s);
    }

    private final class Search {
        final List<Atom> atoms;
        final long pc;
        Encoded exact;
        Encoded loose;
        Encoding enc;
        SyntaxForm form;
        int solutions;
        // diagnostics: the furthest atom reached and what failed there
        int furthest = -1;
        String furthestReason;
        boolean mnemonicMatched;
        String undefinedSymbol;
        Atom undefinedAtom;
        int undefinedIndex;
        String immediateReason;
        Atom immediateAtom;

        Search(List<Atom> atoms, long pc) {
            this.atoms = atoms;
            this.pc = pc;
        }

        void run(Encoding e, SyntaxForm f) {
            enc = e;
            form = f;
            solutions = 0;
            Rest rest = null;
            for (int i = f.parts().size() - 1; i >= 0; i--) {
                rest = new Rest(f.parts().get(i), rest);
            }
            State s = new State(new long[e.fields.length], 0, new long[atoms.size()]);
            Pending pending = f.alias() && f.condition() != null ? new Pending(f.condition(), true, null) : null;
            match(rest, 0, 0, s, pending);
        }

        void reach(int atom, String reason) {
            if (atom > furthest || atom == furthest && furthestReason == null) {
                furthest = atom;
                furthestReason = reason;
            }
        }

        Failure failure(Atom mnemonic) {
            if (!mnemonicMatched) {
                List<String> close = closeMnemonics(mnemonic.word());
                String hint = close.isEmpty() ? "" : " (did you mean " + String.join(", ", close.stream().map(m -> "'" + m + "'").toList()) + "?)";
                return new Failure("unknown instruction mnemonic '" + mnemonic.raw() + "'" + hint, mnemonic);
            }
            if (undefinedSymbol != null && undefinedIndex >= furthest) {
                return new Failure("undefined symbol '" + undefinedSymbol + "'", undefinedAtom);
            }
            Atom at = furthest >= 0 && furthest < atoms.size() ? atoms.get(furthest) : atoms.get(atoms.size() - 1);
            if (furthestReason != null) {
                return new Failure(furthestReason + " for '" + mnemonic.raw() + "'", at);
            }
            if (immediateReason != null) {
                return new Failure(immediateReason + " or not encodable for '" + mnemonic.raw() + "'", immediateAtom);
            }
            if (furthest >= atoms.size()) {
                return new Failure("operands do not fit '" + mnemonic.raw() + "' (missing operand or invalid combination)", at);
            }
            return new Failure("operand does not fit '" + mnemonic.raw() + "' at '" + at.raw() + "'", at);
        }

        /** Returns true to stop the whole search. */
        boolean match(Rest rest, int i, int o, State s, Pending pending) {
            if (i > 0 || o > 0) {
                mnemonicMatched = mnemonicMatched || i >= 1;
                reach(i, null);
            }
            if (rest == null) {
                if (i != atoms.size() || o != 0) {
                    return false;
                }
                return complete(s, pending);
            }
            SyntaxPart part = rest.part;
            if (part instanceof SyntaxPart.Text text) {
                int[] pos = {i, o};
                for (PatternToken t : tokens(text)) {
                    if (!matchToken(t, pos, s)) {
                        return false;
                    }
                    if (pos[1] == 0) {
                        reach(pos[0], null);
                    }
                }
                return match(rest.next, pos[0], pos[1], s, pending);
            }
            if (part instanceof SyntaxPart.Optional opt) {
                int[] fs = enc.fieldsOf(opt.condition(), List.of(opt.condition()));
                if (allBound(fs, s)) {
                    boolean holds = eval(enc, opt.condition(), s.values) != 0;
                    return match(prepend(holds ? opt.then() : opt.otherwise(), rest.next), i, o, s, pending);
                }
                if (match(prepend(opt.then(), rest.next), i, o, s, new Pending(opt.condition(), true, soft(opt.condition()), pending))) {
                    return true;
                }
                return match(prepend(opt.otherwise(), rest.next), i, o, s, new Pending(opt.condition(), false, pending));
            }
            if (part instanceof SyntaxPart.Number number) {
                return matchNumber(number, rest.next, i, o, s, pending);
            }
            return matchFormatted((SyntaxPart.Formatted) part, rest.next, i, o, s, pending);
        }

        Rest prepend(List<SyntaxPart> parts, Rest rest) {
            for (int k = parts.size() - 1; k >= 0; k--) {
                rest = new Rest(parts.get(k), rest);
            }
            return rest;
        }

        boolean allBound(int[] fs, State s) {
            for (int f : fs) {
                if (!s.isBound(f)) {
                    return false;
                }
            }
            return true;
        }

        /** Matches one template token at pos (atom index, offset in a word); advances pos. */
        boolean matchToken(PatternToken t, int[] pos, State s) {
            int i = pos[0];
            int o = pos[1];
            if (o > 0) {
                String w = atoms.get(i).word();
                String part = t.kind() == Atom.Kind.WORD ? t.word()
                        : t.kind() == Atom.Kind.NUMBER && t.number() >= 0 ? Long.toString(t.number()) : null;
                if (part == null || t.spaceBefore() || !w.startsWith(part, o)
                        || t.kind() == Atom.Kind.NUMBER && o + part.length() < w.length() && Character.isDigit(w.charAt(o + part.length()))) {
                    return false;
                }
                o += part.length();
                if (o == w.length()) {
                    pos[0] = i + 1;
                    pos[1] = 0;
                } else {
                    pos[1] = o;
                }
                return true;
            }
            if (i >= atoms.size()) {
                return false;
            }
            Atom a = atoms.get(i);
            switch (t.kind()) {
                case WORD -> {
                    if (a.kind() != Atom.Kind.WORD || !a.word().startsWith(t.word())) {
                        return false;
                    }
                    if (a.word().length() == t.word().length()) {
                        pos[0] = i + 1;
                    } else {
                        pos[1] = t.word().length();
                    }
                    return true;
                }
                case PUNCT -> {
                    if (a.kind() != Atom.Kind.PUNCT || a.punct() != t.punct()) {
                        return false;
                    }
                    pos[0] = i + 1;
                    return true;
                }
                case FLOAT -> {
                    // a floating-point immediate may be written as an integer (#0 for #0.0)
                    boolean same = a.kind() == Atom.Kind.FLOAT ? a.word().equals(t.word())
                            : a.kind() == Atom.Kind.NUMBER && a.hasValue() && !a.address()
                                && PatternToken.integral(t.word()) && a.value() == t.number();
                    if (!same) {
                        return false;
                    }
                    pos[0] = i + 1;
                    return true;
                }
                default -> {
                    if (a.kind() != Atom.Kind.NUMBER || !a.hasValue() || a.address() || a.value() != t.number()) {
                        if (a.kind() == Atom.Kind.NUMBER && a.undefined() != null) {
                            noteUndefined(a);
                        }
                        return false;
                    }
                    pos[0] = i + 1;
                    return true;
                }
            }
        }

        void noteUndefined(Atom a) {
            int index = atoms.indexOf(a);
            if (undefinedSymbol == null || index > undefinedIndex) {
                undefinedSymbol = a.undefined();
                undefinedAtom = a;
                undefinedIndex = index;
            }
        }

        boolean matchNumber(SyntaxPart.Number number, Rest next, int i, int o, State s, Pending pending) {
            if (i >= atoms.size()) {
                return false;
            }
            Atom a = atoms.get(i);
            long target;
            boolean address = false;
            int after = i + 1;
            int afterOffset = 0;
            if (o > 0) {
                String rest = a.word().substring(o);
                int d = 0;
                while (d < rest.length() && Character.isDigit(rest.charAt(d))) {
                    d++;
                }
                if (d == 0 || d > 18) {
                    return false;
                }
                target = Long.parseLong(rest.substring(0, d));
                if (d < rest.length()) {
                    after = i;
                    afterOffset = o + d;
                }
            } else if (a.kind() == Atom.Kind.NUMBER || a.kind() == Atom.Kind.WORD && (a.hasValue() || a.undefined() != null)) {
                if (!a.hasValue()) {
                    noteUndefined(a);
                    return false;
                }
                target = a.value();
                address = a.address();
            } else {
                return false;
            }
            if (address) {
                target = isPageScaled(number.value()) ? (target & ~0xfffL) - (pc & ~0xfffL) : target - pc;
            }
            final int atomIndex = i;
            final long effective = target;
            final int nextAtom = after;
            final int nextOffset = afterOffset;
            boolean[] any = {false};
            boolean stop = solve(number.value(), target, s, sol -> {
                any[0] = true;
                return match(next, nextAtom, nextOffset, o > 0 ? sol : sol.effective(atomIndex, effective), pending);
            });
            if (!any[0]) {
                String reason = "immediate " + (address ? "offset " : "") + effective + " out of range";
                reach(i, reason);
                if (immediateReason == null) {
                    immediateReason = reason;
                    immediateAtom = a;
                }
            }
            return stop;
        }

        boolean matchFormatted(SyntaxPart.Formatted part, Rest next, int i, int o, State s, Pending pending) {
            FormatTable table = formatTable(enc, part);
            StringBuilder key = new StringBuilder();
            int k = i;
            if (o > 0) {
                key.append(atoms.get(i).word().substring(o)).append('\u0001');
                k = i + 1;
                List<long[]> hits = lookup(enc, table, table.byKey, key.toString());
                if (hits != null && tryHits(table, hits, next, k, s, pending)) {
                    return true;
                }
            }
            for (int n = 0; k < atoms.size() && n < table.maxTokens; k++, n++) {
                Atom a = atoms.get(k);
                switch (a.kind()) {
                    case WORD -> key.append(a.word());
                    case PUNCT -> key.append(a.punct());
                    case FLOAT -> key.append(PatternToken.floatKey(a.word()));
                    default -> {
                        if (!a.hasValue()) {
                            return false;
                        }
                        key.append('#').append(a.value());
                    }
                }
                key.append('\u0001');
                List<long[]> hits = lookup(enc, table, table.byKey, key.toString());
                if (hits != null && tryHits(table, hits, next, k + 1, s, pending)) {
                    return true;
                }
                if (hits == null && lookup(enc, table, table.prefixes, key.toString()) == null) {
                    // nothing the formatter prints goes on like this: the text stops fitting at atom k
                    boolean number = a.kind() == Atom.Kind.NUMBER || a.kind() == Atom.Kind.FLOAT;
                    reach(k, number && k > i ? "immediate " + a.raw() + " out of range or not encodable" : null);
                    return false;
                }
            }
            return false;
        }

        boolean tryHits(FormatTable table, List<long[]> hits, Rest next, int k, State s, Pending pending) {
            for (long[] hit : hits) {
                State t = s;
                boolean ok = true;
                for (int j = 0; j < table.fields.length && ok; j++) {
                    int f = table.fields[j];
                    if (t.isBound(f)) {
                        ok = t.values[f] == hit[j];
                    } else {
                        t = t.bind(f, hit[j]);
                    }
                }
                if (ok && match(next, k, 0, t, pending)) {
                    return true;
                }
            }
            return false;
        }

        // -----------------------------------------------------------------------------------------
        // Completion: fields no operand fixed are found from the pending conditions, then verified.

        boolean complete(State s, Pending pending) {
            boolean anySoft = false;
            for (Pending p = pending; p != null; p = p.next) {
                anySoft |= p.soft;
            }
            Encoded before = loose;
            if (complete(s, pending, false)) {
                return true;
            }
            return anySoft && loose == before && complete(s, pending, true);
        }

        /** With {@code relaxSoft}, soft conditions are dropped and a solution can only be accepted as a non-preferred spelling. */
        boolean complete(State s, Pending pending, boolean relaxSoft) {
            List<SyntaxExpr> conds = new ArrayList<>();
            List<Boolean> expected = new ArrayList<>();
            for (Pending p = pending; p != null; p = p.next) {
                if (!(relaxSoft && p.soft)) {
                    conds.add(p.condition);
                    expected.add(p.expected);
                }
            }
            // propagate Field == known from conjunctions that must hold
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int c = 0; c < conds.size(); c++) {
                    if (expected.get(c)) {
                        State t = propagate(conds.get(c), s);
                        if (t == null) {
                            return false;
                        }
                        if (t != s) {
                            s = t;
                            changed = true;
                        }
                    }
                }
            }
            Set<Integer> condFields = new LinkedHashSet<>();
            for (SyntaxExpr c : conds) {
                for (int f : enc.fieldsOf(c, List.of(c))) {
                    condFields.add(f);
                }
            }
            List<Integer> unbound = new ArrayList<>();
            for (int f : condFields) {
                if (!s.isBound(f)) {
                    unbound.add(f);
                }
            }
            int[] fs = unbound.stream().mapToInt(Integer::intValue).toArray();
            if (enc.domain(fs, 0) > MAX_ENUMERATION) {
                return false;
            }
            long[] values = s.values.clone();
            long[] joint = new long[fs.length];
            for (int j = 0; j < fs.length; j++) {
                joint[j] = enc.min(fs[j]);
                values[fs[j]] = joint[j];
            }
            while (true) {
                boolean ok = true;
                for (int c = 0; c < conds.size() && ok; c++) {
                    ok = (eval(enc, conds.get(c), values) != 0) == expected.get(c);
                }
                if (ok) {
                    long[] preferred = omittedRegistersAsZr(values, s, fs);
                    if (preferred != null && verify(preferred, s.effective, relaxSoft ? s.bound : -1L)) {
                        return true;
                    }
                    if (verify(values, s.effective, relaxSoft ? s.bound : -1L)) {
                        return true;
                    }
                    if (++solutions > MAX_SOLUTIONS_PER_FORM) {
                        return true;
                    }
                }
                if (!next(enc, fs, joint, values)) {
                    return false;
                }
            }
        }

        /**
         * The values with the register fields Rt, Rs, Rt2 and Ra set to 31 where the text left them open (not bound, not
         * decided by a condition), or null when there is none. The Arm ARM has those as should-be-one bits, (1)(1)(1)(1)(1)
         * (Rs and Rt2 of LDXR, LDAXR, LDAR, STLR; Ra of UMULH, SMULH), or as an optional register that defaults to XZR
         * (Rt of SYS, IC, TLBI), and llvm-mc encodes them so. Other open register fields are should-be-zero (FCMP's Rm
         * with #0.0) and stay 0.
         */
        long[] omittedRegistersAsZr(long[] values, State s, int[] conditionFields) {
            long[] preferred = null;
            for (int f = 0; f < enc.fields.length; f++) {
                FieldInfo field = enc.fields[f];
                if (s.isBound(f) || field.width() != 5 || field.signed() || !OMITTED_AS_ZR.contains(field.name()) || values[f] == 31) {
                    continue;
                }
                boolean decided = false;
                for (int c : conditionFields) {
                    decided |= c == f;
                }
                if (!decided) {
                    if (preferred == null) {
                        preferred = values.clone();
                    }
                    preferred[f] = 31;
                }
            }
            return preferred;
        }

        /** Binds fields fixed by {@code F == known} conjuncts; null when a conjunct is already false. */
        State propagate(SyntaxExpr cond, State s) {
            if (cond instanceof SyntaxExpr.Binary b && b.op().equals("&&")) {
                State t = propagate(b.left(), s);
                return t == null ? null : propagate(b.right(), t);
            }
            if (cond instanceof SyntaxExpr.Binary b && b.op().equals("==")) {
                for (int side = 0; side < 2; side++) {
                    SyntaxExpr l = side == 0 ? b.left() : b.right();
                    SyntaxExpr r = side == 0 ? b.right() : b.left();
                    if (l instanceof SyntaxExpr.Field f) {
                        int fi = enc.index.get(f.name());
                        int[] rf = enc.fieldsOf(r, List.of(r));
                        if (!s.isBound(fi) && allBound(rf, s)) {
                            long v = eval(enc, r, s.values);
                            return enc.fits(fi, v) ? s.bind(fi, v) : null;
                        }
                    }
                }
            }
            return s;
        }

        /** {@code relaxedBound}: -1 normally; else the fields the operands fixed, which must survive the encoding. */
        boolean verify(long[] values, long[] effective, long relaxedBound) {
            int word = enc.word(values);
            boolean claimed = false;
            if (enc.set.decode(word) != enc.id) {
                long[] hidden = hiddenFields(values);
                if (hidden != null) {
                    values = hidden;
                    word = enc.word(values);
                } else if ((word & enc.info.mask()) == enc.info.match() && enc.set.decode(word) >= 0) {
                    // The word fits this encoding's pattern, but a more specific encoding claims it (hint #0 is NOP,
                    // hint #34 is BTI C): the generic text is a valid, non-preferred spelling, as llvm-mc takes it.
                    claimed = true;
                } else {
                    return false;
                }
            }
            if (claimed) {
                if (loose == null && renderedAsInput(values, word, effective)) {
                    loose = new Encoded(word, enc.set, enc.id, false);
                }
                return false;
            }
            if (relaxedBound != -1L) {
                for (int f = 0; f < enc.fields.length; f++) {
                    if ((relaxedBound & (1L << f)) != 0 && enc.fields[f].extract(word) != values[f]) {
                        return false;
                    }
                }
                if (loose == null) {
                    loose = new Encoded(word, enc.set, enc.id, false);
                }
                return false;
            }
            String text = enc.set.disassemble(enc.id, word, pc);
            if (sameAsInput(PatternToken.tokenize(text), effective)) {
                exact = new Encoded(word, enc.set, enc.id, true);
                return true;
            }
            if (loose == null && renderedAsInput(values, word, effective)) {
                loose = new Encoded(word, enc.set, enc.id, false);
            }
            return false;
        }

        /** Whether this form, rendered with the word's fields, reads as the input: a non-preferred spelling of the word. */
        boolean renderedAsInput(long[] values, int word, long[] effective) {
            Map<String, Long> fields = new HashMap<>();
            for (int f = 0; f < enc.fields.length; f++) {
                fields.put(enc.fields[f].name(), enc.fields[f].extract(word));
            }
            StringBuilder rendered = new StringBuilder();
            org.a64wb.isa.api.syntax.SyntaxRenderer.render(form.parts(), fields, 0, rendered);
            if (sameAsInput(PatternToken.tokenize(rendered.toString()), effective)) {
                return true;
            }
            List<SyntaxPart> generic = withGenericSysregNames(form.parts());
            if (generic == null) {
                return false;
            }
            rendered.setLength(0);
            org.a64wb.isa.api.syntax.SyntaxRenderer.render(generic, fields, 0, rendered);
            return sameAsInput(PatternToken.tokenize(rendered.toString()), effective);
        }

        /**
         * Values for the fields the form never reads (an encoding's {@code where} may fix them, e.g.
         * a size the syntax does not show) with which the word decodes as this encoding; null if none.
         */
        long[] hiddenFields(long[] values) {
            int[] hidden = hidden(enc, form);
            if (hidden.length == 0 || enc.domain(hidden, 0) > MAX_HIDDEN) {
                return null;
            }
            long[] v = values.clone();
            long[] joint = new long[hidden.length];
            for (int j = 0; j < hidden.length; j++) {
                joint[j] = enc.min(hidden[j]);
                v[hidden[j]] = joint[j];
            }
            do {
                if (enc.set.decode(enc.word(v)) == enc.id) {
                    return v;
                }
            } while (next(enc, hidden, joint, v));
            return null;
        }

        boolean sameAsInput(List<PatternToken> tokens, long[] effective) {
            int[] pos = {0, 0};
            for (PatternToken t : tokens) {
                if (pos[1] == 0 && pos[0] < atoms.size() && t.kind() == Atom.Kind.NUMBER) {
                    Atom a = atoms.get(pos[0]);
                    if (a.kind() == Atom.Kind.NUMBER || a.kind() == Atom.Kind.WORD && a.hasValue()) {
                        long v = a.address() ? effective[pos[0]] : a.value();
                        if (!sameNumber(v, t.number())) {
                            return false;
                        }
                        pos[0]++;
                        continue;
                    }
                    return false;
                }
                if (pos[1] > 0 && t.kind() == Atom.Kind.NUMBER) {
                    String rest = atoms.get(pos[0]).word().substring(pos[1]);
                    String digits = Long.toString(t.number());
                    if (!rest.startsWith(digits) || rest.length() > digits.length() && Character.isDigit(rest.charAt(digits.length()))) {
                        return false;
                    }
                    if (rest.length() == digits.length()) {
                        pos[0]++;
                        pos[1] = 0;
                    } else {
                        pos[1] += digits.length();
                    }
                    continue;
                }
                if (!matchToken(t, pos, null)) {
                    return false;
                }
            }
            return pos[0] == atoms.size() && pos[1] == 0;
        }

        // -----------------------------------------------------------------------------------------
        // Solving a Number expression for its fields.

        boolean solve(SyntaxExpr e, long t, State s, Sink k) {
            int[] fs = enc.fieldsOf(e, List.of(e));
            if (allBound(fs, s)) {
                return eval(enc, e, s.values) == t && k.accept(s);
            }
            if (e instanceof SyntaxExpr.Field f) {
                int fi = enc.index.get(f.name());
                return enc.fits(fi, t) && k.accept(s.bind(fi, t));
            }
            if (e instanceof SyntaxExpr.Unary u) {
                if (u.op().equals("-")) {
                    return solve(u.operand(), -t, s, k);
                }
                if (u.op().equals("~")) {
                    return solve(u.operand(), ~t, s, k);
                }
            }
            if (e instanceof SyntaxExpr.Binary b) {
                int[] lf = enc.fieldsOf(b.left(), List.of(b.left()));
                int[] rf = enc.fieldsOf(b.right(), List.of(b.right()));
                boolean lk = allBound(lf, s);
                boolean rk = allBound(rf, s);
                if (lk || rk) {
                    long kv = eval(enc, lk ? b.left() : b.right(), s.values);
                    SyntaxExpr other = lk ? b.right() : b.left();
                    switch (b.op()) {
                        case "+":
                            return solve(other, t - kv, s, k);
                        case "-":
                            return solve(other, lk ? kv - t : t + kv, s, k);
                        case "*":
                            return kv != 0 && t % kv == 0 && solve(other, t / kv, s, k);
                        case "<<":
                            if (rk && kv >= 0 && kv < 64) {
                                if (((t >> kv) << kv) != t) {
                                    return false;
                                }
                                if (solve(b.left(), t >> kv, s, k)) {
                                    return true;
                                }
                                return (t >>> kv) != (t >> kv) && solve(b.left(), t >>> kv, s, k);
                            }
                            break;
                        case "^":
                            return solve(other, t ^ kv, s, k);
                        default:
                            break;
                    }
                } else {
                    if (b.op().equals("|") || b.op().equals("+") || b.op().equals("^")) {
                        long lb = bits(b.left());
                        long rb = bits(b.right());
                        if ((lb & rb) == 0 && (t & ~(lb | rb)) == 0) {
                            return solve(b.left(), t & lb, s, l -> solve(b.right(), t & rb, l, k));
                        }
                    }
                    // enumerate the side with the smaller domain, then invert the other
                    long ld = enc.domain(lf, s.bound);
                    long rd = enc.domain(rf, s.bound);
                    int[] side = rd <= ld ? rf : lf;
                    if (Math.min(ld, rd) <= MAX_ENUMERATION && !(b.op().equals("%") || b.op().equals("/"))) {
                        return enumerate(side, s, partial -> solve(e, t, partial, k));
                    }
                }
            }
            if (e instanceof SyntaxExpr.Call c && (c.name().equals("sext") || c.name().equals("zext"))
                    && c.args().size() == 2 && c.args().get(1) instanceof SyntaxExpr.Literal lit) {
                long n = lit.value();
                long mask = n >= 64 ? -1 : (1L << n) - 1;
                if (n < 64 && (t < -(1L << (n - 1)) || t > mask)) {
                    return false;
                }
                long[] cands = {t & mask, t, t | ~mask};
                for (int j = 0; j < cands.length; j++) {
                    boolean dup = false;
                    for (int q = 0; q < j; q++) {
                        dup |= cands[q] == cands[j];
                    }
                    if (!dup && solve(c.args().get(0), cands[j], s, k)) {
                        return true;
                    }
                }
                return false;
            }
            // fall back: enumerate the expression's unbound fields
            if (enc.domain(fs, s.bound) > MAX_ENUMERATION) {
                return false;
            }
            if (s.bound == 0 || noneBound(fs, s)) {
                Map<Long, List<long[]>> table = inverse(e, fs);
                List<long[]> hits = table.get(t);
                if (hits == null) {
                    return false;
                }
                for (long[] hit : hits) {
                    State st = s;
                    for (int j = 0; j < fs.length; j++) {
                        st = st.bind(fs[j], hit[j]);
                    }
                    if (k.accept(st)) {
                        return true;
                    }
                }
                return false;
            }
            return enumerate(fs, s, partial -> eval(enc, e, partial.values) == t && k.accept(partial));
        }

        boolean noneBound(int[] fs, State s) {
            for (int f : fs) {
                if (s.isBound(f)) {
                    return false;
                }
            }
            return true;
        }

        @SuppressWarnings("unchecked")
        Map<Long, List<long[]>> inverse(SyntaxExpr e, int[] fs) {
            IdKey key = new IdKey("inverse", e);
            Object cached = enc.cache.get(key);
            if (cached != null) {
                return (Map<Long, List<long[]>>) cached;
            }
            Map<Long, List<long[]>> table = new HashMap<>();
            long[] values = new long[enc.fields.length];
            long[] joint = new long[fs.length];
            for (int j = 0; j < fs.length; j++) {
                joint[j] = enc.min(fs[j]);
                values[fs[j]] = joint[j];
            }
            do {
                table.computeIfAbsent(eval(enc, e, values), v -> new ArrayList<>()).add(joint.clone());
            } while (next(enc, fs, joint, values));
            enc.cache.put(key, table);
            return table;
        }

        boolean enumerate(int[] fs, State s, Sink k) {
            List<Integer> free = new ArrayList<>();
            for (int f : fs) {
                if (!s.isBound(f)) {
                    free.add(f);
                }
            }
            int[] ff = free.stream().mapToInt(Integer::intValue).toArray();
            long[] values = s.values.clone();
            long[] joint = new long[ff.length];
            for (int j = 0; j < ff.length; j++) {
                joint[j] = enc.min(ff[j]);
                values[ff[j]] = joint[j];
            }
            long boundMask = s.bound;
            for (int f : ff) {
                boundMask |= 1L << f;
            }
            do {
                if (k.accept(new State(values.clone(), boundMask, s.effective))) {
                    return true;
                }
            } while (next(enc, ff, joint, values));
            return false;
        }

        /** The bits an expression can set (-1 when unknown). */
        long bits(SyntaxExpr e) {
            if (e instanceof SyntaxExpr.Literal l) {
                return l.value();
            }
            if (e instanceof SyntaxExpr.Field f) {
                FieldInfo fi = enc.fields[enc.index.get(f.name())];
                return fi.signed() ? -1 : (1L << fi.width()) - 1;
            }
            if (e instanceof SyntaxExpr.Binary b) {
                switch (b.op()) {
                    case "<<":
                        if (b.right() instanceof SyntaxExpr.Literal l) {
                            long lb = bits(b.left());
                            return lb == -1 ? -1 : lb << l.value();
                        }
                        return -1;
                    case "|":
                        return bits(b.left()) | bits(b.right());
                    case "&":
                        return bits(b.left()) & bits(b.right());
                    default:
                        return -1;
                }
            }
            return -1;
        }
    }

    /** The fields a form's parts and condition never read, cached per form. */
    static int[] hidden(Encoding enc, SyntaxForm form) {
        IdKey key = new IdKey("hidden", form);
        Object cached = enc.cache.get(key);
        if (cached != null) {
            return (int[]) cached;
        }
        Set<Integer> read = new LinkedHashSet<>();
        List<SyntaxExpr> exprs = new ArrayList<>();
        if (form.condition() != null) {
            exprs.add(form.condition());
        }
        collectExprs(form.parts(), exprs);
        for (int f : enc.fieldsOf(new IdKey("read", form), exprs)) {
            read.add(f);
        }
        int[] hidden = java.util.stream.IntStream.range(0, enc.fields.length).filter(f -> !read.contains(f)).toArray();
        enc.cache.put(key, hidden);
        return hidden;
    }

    private static void collectExprs(List<SyntaxPart> parts, List<SyntaxExpr> out) {
        for (SyntaxPart p : parts) {
            if (p instanceof SyntaxPart.Number n) {
                out.add(n.value());
            } else if (p instanceof SyntaxPart.Formatted f) {
                out.addAll(f.args());
            } else if (p instanceof SyntaxPart.Optional o) {
                out.add(o.condition());
                collectExprs(o.then(), out);
                collectExprs(o.otherwise(), out);
            }
        }
    }

    /** Page-granular PC-relative operands (ADRP) count in 4 KiB pages: the value is scaled by 4096. */
    private static boolean isPageScaled(SyntaxExpr e) {
        return e instanceof SyntaxExpr.Binary b
                && (b.op().equals("*") && b.right() instanceof SyntaxExpr.Literal l && l.value() == 4096
                    || b.op().equals("<<") && b.right() instanceof SyntaxExpr.Literal l2 && l2.value() == 12);
    }

    static boolean sameNumber(long a, long b) {
        if (a == b) {
            return true;
        }
        // a 32-bit operand may be written signed or unsigned (#-1 / #0xffffffff)
        return (a - b) % (1L << 32) == 0 && a >= -(1L << 31) && a < (1L << 32) && b >= -(1L << 31) && b < (1L << 32);
    }
}
