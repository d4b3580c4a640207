package org.a64wb.assembler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.a64wb.assembler.SourceParser.Align;
import org.a64wb.assembler.SourceParser.Bytes;
import org.a64wb.assembler.SourceParser.Data;
import org.a64wb.assembler.SourceParser.Equ;
import org.a64wb.assembler.SourceParser.Global;
import org.a64wb.assembler.SourceParser.Instruction;
import org.a64wb.assembler.SourceParser.LabelDef;
import org.a64wb.assembler.SourceParser.Section;
import org.a64wb.assembler.SourceParser.Space;
import org.a64wb.assembler.SourceParser.Stmt;
import org.a64wb.isa.api.InstructionSet;

/**
 * Two-pass A64 assembler: pass one lays out the sections (every instruction is 4 bytes, so no
 * relaxation is needed) and defines the labels, pass two evaluates expressions and encodes each
 * instruction with the {@link Encoder}. The output is a static ELF64 executable or a flat binary.
 */
public final class Assembler {

    /** Where the first ELF segment is mapped unless told otherwise. */
    public static final long DEFAULT_ELF_BASE = 0x400000L;

    private static final int NOP = 0xd503201f;

    /** {@code flat}: a raw image loaded at {@code base}; else a static ELF executable whose segments start at {@code base}. */
    public record Options(boolean flat, long base) {
        public static Options elf() {
            return new Options(false, DEFAULT_ELF_BASE);
        }

        public static Options flat(long base) {
            return new Options(true, base);
        }
    }

    /** One laid-out section. */
    public record SectionImage(String name, String flags, long address, byte[] bytes, long size, boolean nobits) {
    }

    /** The output file's bytes plus what went into it. */
    public record Result(byte[] image, long entry, List<SectionImage> sections, Map<String, Long> symbols) {
        public SectionImage section(String name) {
            return sections.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        }
    }

    private final Encoder encoder;

    public Assembler(List<InstructionSet> sets) {
        this.encoder = new Encoder(sets);
    }

    public Encoder encoder() {
        return encoder;
    }

    public Result assemble(String file, String source, Options options) throws AssemblyException {
        return new Run(file, options).assemble(source);
    }

    // ---------------------------------------------------------------------------------------------

    private static final class Sec {
        final String name;
        String flags;
        long size;
        long align = 1;
        long address;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Sec(String name, String flags) {
            this.name = name;
            this.flags = flags;
        }

        boolean nobits() {
            return name.equals(".bss") || name.startsWith(".bss.") || flags.contains("b");
        }

        boolean code() {
            return flags.contains("x");
        }
    }

    private static String defaultFlags(String name) {
        if (name.equals(".text") || name.startsWith(".text.") || name.startsWith(".init") || name.startsWith(".fini")) {
            return "ax";
        }
        if (name.equals(".bss") || name.startsWith(".bss.")) {
            return "awb";
        }
        if (name.equals(".data") || name.startsWith(".data.")) {
            return "aw";
        }
        return "a";
    }

    private static final class Undefined extends Exception {
        private static final long serialVersionUID = 1L;

        Undefined(String name) {
            super(name, null, false, false);
        }
    }

    private static final class NotAbsolute extends Exception {
        private static final long serialVersionUID = 1L;

        NotAbsolute(String what) {
            super(what, null, false, false);
        }
    }

    private final class Run {
        final String file;
        final Options options;
        final List<String> errors = new ArrayList<>();
        final Map<String, Sec> sections = new LinkedHashMap<>();
        /** Labels: section and offset. */
        final Map<String, Sec> labelSection = new HashMap<>();
        final Map<String, Long> labelOffset = new HashMap<>();
        final Map<String, Equ> equs = new HashMap<>();
        final Set<String> evaluating = new HashSet<>();
        boolean addressesKnown;
        // per statement: section and offset (pass one)
        final Map<Stmt, Sec> stmtSection = new HashMap<>();
        final Map<Stmt, Long> stmtOffset = new HashMap<>();

        Run(String file, Options options) {
            this.file = file;
            this.options = options;
        }

        /** Sort key of an error: line and column after the file name. */
        long position(String error) {
            String[] p = error.substring(Math.min(error.length(), file.length() + 1)).split(":");
            try {
                return Long.parseLong(p[0].trim()) * 100000 + Long.parseLong(p[1].trim());
            } catch (RuntimeException e) {
                return Long.MAX_VALUE;
            }
        }

        void error(SourceParser.Pos pos, String message) {
            errors.add(file + ":" + pos.line() + ":" + pos.column() + ": " + message);
        }

        Sec section(String name, String flags) {
            Sec s = sections.computeIfAbsent(name, n -> new Sec(n, flags == null ? defaultFlags(n) : flags));
            if (flags != null) {
                s.flags = flags;
            }
            return s;
        }

        Result assemble(String source) throws AssemblyException {
            List<Stmt> stmts = new SourceParser(file, errors).parse(source);
            passOne(stmts);
            layout();
            addressesKnown = true;
            passTwo(stmts);
            if (!errors.isEmpty()) {
                errors.sort(java.util.Comparator.comparingLong(this::position));
                throw new AssemblyException(errors);
            }
            return output();
        }

        void passOne(List<Stmt> stmts) {
            Sec cur = section(".text", null);
            for (Stmt st : stmts) {
                stmtSection.put(st, cur);
                stmtOffset.put(st, cur.size);
                if (st instanceof Section s) {
                    cur = section(s.name(), s.flags());
                } else if (st instanceof LabelDef l) {
                    if (labelSection.containsKey(l.name()) || equs.containsKey(l.name())) {
                        error(l.pos(), "symbol '" + SourceParser.display(l.name()) + "' is already defined");
                    }
                    labelSection.put(l.name(), cur);
                    labelOffset.put(l.name(), cur.size);
                } else if (st instanceof Equ e) {
                    if (labelSection.containsKey(e.name())) {
                        error(e.pos(), "symbol '" + e.name() + "' is already defined");
                    }
                    equs.put(e.name(), e);
                } else if (st instanceof Instruction) {
                    if (cur.size % 4 != 0) {
                        error(st.pos(), "instruction is not 4-byte aligned in " + cur.name);
                    }
                    cur.align = Math.max(cur.align, 4);
                    cur.size += 4;
                } else if (st instanceof Data d) {
                    cur.size += (long) d.size() * d.values().size();
                } else if (st instanceof Bytes b) {
                    cur.size += b.bytes().length;
                } else if (st instanceof Space sp) {
                    Long n = absoluteNow(sp.size(), sp.pos(), cur.size);
                    if (n != null) {
                        if (n < 0) {
                            error(sp.pos(), "negative size " + n);
                        } else {
                            cur.size += n;
                        }
                    }
                } else if (st instanceof Align a) {
                    Long n = absoluteNow(a.amount(), a.pos(), cur.size);
                    if (n != null) {
                        long bytes = a.power() ? (n >= 0 && n < 32 ? 1L << n : -1) : n;
                        if (bytes <= 0 || Long.bitCount(bytes) != 1) {
                            error(a.pos(), "alignment must be a power of two: " + n);
                        } else {
                            cur.align = Math.max(cur.align, bytes);
                            cur.size = (cur.size + bytes - 1) & -bytes;
                        }
                    }
                }
            }
            sections.values().removeIf(s -> s.size == 0 && !s.name.equals(".text") && labelsIn(s) == 0);
        }

        long labelsIn(Sec s) {
            return labelSection.values().stream().filter(x -> x == s).count();
        }

        Long absoluteNow(AsmExpr e, SourceParser.Pos pos, long dot) {
            try {
                AsmExpr.Value v = eval(e, dot);
                if (v.address()) {
                    error(pos, "expression must be an absolute number");
                    return null;
                }
                return v.value();
            } catch (Undefined u) {
                error(pos, "undefined symbol '" + SourceParser.display(u.getMessage()) + "' (must be defined before use here)");
            } catch (NotAbsolute n) {
                error(pos, n.getMessage());
            }
            return null;
        }

        /** Assigns addresses: ELF segments on their own pages, a flat image packed from the base. */
        void layout() {
            List<Sec> order = ordered();
            long address = options.base();
            if (!options.flat()) {
                address = options.base() + 0x1000;
            }
            for (Sec s : order) {
                if (options.flat()) {
                    address = (address + s.align - 1) & -s.align;
                } else {
                    address = (address + 0xfff) & ~0xfffL;
                }
                s.address = address;
                address += s.size;
            }
        }

        List<Sec> ordered() {
            List<Sec> order = new ArrayList<>();
            for (Sec s : sections.values()) {
                if (!s.nobits()) {
                    order.add(s);
                }
            }
            for (Sec s : sections.values()) {
                if (s.nobits()) {
                    order.add(s);
                }
            }
            return order;
        }

        AsmExpr.Value eval(AsmExpr e, long dot) throws Undefined, NotAbsolute {
            if (e instanceof AsmExpr.Num n) {
                return new AsmExpr.Value(n.value(), false);
            }
            if (e instanceof AsmExpr.Dot) {
                if (!addressesKnown) {
                    throw new NotAbsolute("'.' is not known yet here");
                }
                return new AsmExpr.Value(dot, true);
            }
            if (e instanceof AsmExpr.Sym s) {
                Sec sec = labelSection.get(s.name());
                if (sec != null) {
                    if (!addressesKnown) {
                        throw new NotAbsolute("label '" + SourceParser.display(s.name()) + "' has no address yet here");
                    }
                    return new AsmExpr.Value(sec.address + labelOffset.get(s.name()), true);
                }
                Equ q = equs.get(s.name());
                if (q == null) {
                    throw new Undefined(s.name());
                }
                if (!evaluating.add(s.name())) {
                    throw new NotAbsolute("symbol '" + s.name() + "' is defined in terms of itself");
                }
                try {
                    // '.' in a .equ means where the .equ stands, as in GNU as, not where the symbol is used.
                    Sec at = stmtSection.get(q);
                    long definedAt = addressesKnown && at != null ? at.address + stmtOffset.get(q) : dot;
                    return eval(q.value(), definedAt);
                } finally {
                    evaluating.remove(s.name());
                }
            }
            if (e instanceof AsmExpr.Unary u) {
                AsmExpr.Value v = eval(u.operand(), dot);
                if (v.address()) {
                    throw new NotAbsolute("operator " + u.op() + " needs an absolute operand");
                }
                return new AsmExpr.Value(u.op().equals("-") ? -v.value() : ~v.value(), false);
            }
            if (e instanceof AsmExpr.Reloc r) {
                AsmExpr.Value v = eval(r.operand(), dot);
                return switch (r.kind()) {
                    case "lo12" -> new AsmExpr.Value(v.value() & 0xfff, false);
                    default -> throw new NotAbsolute("unsupported relocation specifier ':" + r.kind() + ":'");
                };
            }
            AsmExpr.Binary b = (AsmExpr.Binary) e;
            AsmExpr.Value l = eval(b.left(), dot);
            AsmExpr.Value r = eval(b.right(), dot);
            switch (b.op()) {
                case "+":
                    if (l.address() && r.address()) {
                        throw new NotAbsolute("cannot add two addresses");
                    }
                    return new AsmExpr.Value(l.value() + r.value(), l.address() || r.address());
                case "-":
                    if (!l.address() && r.address()) {
                        throw new NotAbsolute("cannot subtract an address from a number");
                    }
                    return new AsmExpr.Value(l.value() - r.value(), l.address() && !r.address());
                default:
                    break;
            }
            if (l.address() || r.address()) {
                throw new NotAbsolute("operator " + b.op() + " needs absolute operands");
            }
            long x = l.value();
            long y = r.value();
            long v = switch (b.op()) {
                case "*" -> x * y;
                case "/" -> {
                    if (y == 0) {
                        throw new NotAbsolute("division by zero");
                    }
                    yield x / y;
                }
                case "%" -> {
                    if (y == 0) {
                        throw new NotAbsolute("division by zero");
                    }
                    yield x % y;
                }
                case "<<" -> x << y;
                case ">>" -> x >> y;
                case "&" -> x & y;
                case "|" -> x | y;
                default -> x ^ y;
            };
            return new AsmExpr.Value(v, false);
        }

        void passTwo(List<Stmt> stmts) {
            for (Stmt st : stmts) {
                Sec sec = stmtSection.get(st);
                if (!sections.containsValue(sec)) {
                    continue;
                }
                long offset = stmtOffset.get(st);
                long dot = sec.address + offset;
                pad(sec, offset, sec.code() ? NOP : 0, sec.code());
                if (st instanceof Instruction in) {
                    emit(sec, encode(in, dot), 4);
                } else if (st instanceof Data d) {
                    for (AsmExpr e : d.values()) {
                        long v = 0;
                        try {
                            v = eval(e, dot).value();
                            if (d.size() < 8 && (v < -(1L << (8 * d.size() - 1)) || v >= (1L << (8 * d.size())))) {
                                error(d.pos(), "value " + v + " does not fit in " + d.size() + " byte" + (d.size() > 1 ? "s" : ""));
                            }
                        } catch (Undefined u) {
                            error(d.pos(), "undefined symbol '" + SourceParser.display(u.getMessage()) + "'");
                        } catch (NotAbsolute n) {
                            error(d.pos(), n.getMessage());
                        }
                        emit(sec, v, d.size());
                        dot += d.size();
                    }
                } else if (st instanceof Bytes b) {
                    sec.bytes.write(b.bytes(), 0, b.bytes().length);
                } else if (st instanceof Space sp) {
                    Long n = absoluteNow(sp.size(), sp.pos(), dot);
                    Long fill = sp.fill() == null ? Long.valueOf(0) : absoluteNow(sp.fill(), sp.pos(), dot);
                    if (n != null && n > 0 && fill != null) {
                        for (long k = 0; k < n; k++) {
                            sec.bytes.write((int) (long) fill);
                        }
                    }
                } else if (st instanceof Align a) {
                    if (a.fill() != null) {
                        Long fill = absoluteNow(a.fill(), a.pos(), dot);
                        long target = nextOffset(stmts, st, sec);
                        while (sec.bytes.size() < target && fill != null) {
                            sec.bytes.write((int) (long) fill);
                        }
                    }
                } else if (st instanceof Global g) {
                    if (!labelSection.containsKey(g.name()) && !equs.containsKey(g.name())) {
                        error(g.pos(), "undefined symbol '" + g.name() + "' declared global");
                    }
                }
            }
            for (Sec s : sections.values()) {
                pad(s, s.size, s.code() ? NOP : 0, s.code());
            }
        }

        long nextOffset(List<Stmt> stmts, Stmt st, Sec sec) {
            int k = stmts.indexOf(st);
            for (int j = k + 1; j < stmts.size(); j++) {
                if (stmtSection.get(stmts.get(j)) == sec && !(stmts.get(j) instanceof Section)) {
                    return stmtOffset.get(stmts.get(j));
                }
            }
            return sec.size;
        }

        /** Fills up to {@code offset} (alignment padding): NOPs in code where they fit, zeros elsewhere. */
        void pad(Sec sec, long offset, int fill, boolean code) {
            while (sec.bytes.size() < offset) {
                if (code && sec.bytes.size() % 4 == 0 && offset - sec.bytes.size() >= 4) {
                    emit(sec, fill, 4);
                } else {
                    sec.bytes.write(0);
                }
            }
        }

        void emit(Sec sec, long value, int size) {
            for (int k = 0; k < size; k++) {
                sec.bytes.write((int) (value >>> (8 * k)));
            }
        }

        int encode(Instruction in, long pc) {
            List<Atom> atoms = new ArrayList<>(in.atoms().size());
            boolean ok = true;
            for (int k = 0; k < in.atoms().size(); k++) {
                Atom a = in.atoms().get(k);
                AsmExpr e = in.exprs().get(k);
                if (e == null) {
                    atoms.add(a);
                    continue;
                }
                try {
                    AsmExpr.Value v = eval(e, pc);
                    atoms.add(a.withValue(v.value(), v.address()));
                } catch (Undefined u) {
                    atoms.add(a.withUndefined(SourceParser.display(u.getMessage())));
                } catch (NotAbsolute n) {
                    errors.add(file + ":" + a.line() + ":" + a.column() + ": " + n.getMessage());
                    ok = false;
                }
            }
            if (!ok) {
                return 0;
            }
            try {
                return encoder.encode(atoms, pc).word();
            } catch (Encoder.Failure f) {
                Atom at = f.atom() == null ? in.atoms().get(0) : f.atom();
                errors.add(file + ":" + at.line() + ":" + at.column() + ": " + f.getMessage());
                return 0;
            }
        }

        Result output() {
            Map<String, Long> symbols = new LinkedHashMap<>();
            for (var entry : labelSection.entrySet()) {
                symbols.put(entry.getKey(), entry.getValue().address + labelOffset.get(entry.getKey()));
            }
            List<SectionImage> images = new ArrayList<>();
            for (Sec s : ordered()) {
                images.add(new SectionImage(s.name, s.flags, s.address, s.nobits() ? new byte[0] : s.bytes.toByteArray(), s.size, s.nobits()));
            }
            Long start = symbols.get("_start");
            Sec text = sections.get(".text");
            long entry = start != null ? start : text.address;
            byte[] image = options.flat() ? ElfWriter.flat(images, options.base()) : ElfWriter.elf(images, entry, symbols);
            symbols.keySet().removeIf(k -> k.indexOf('\u0002') >= 0);
            return new Result(image, entry, images, symbols);
        }
    }
}
