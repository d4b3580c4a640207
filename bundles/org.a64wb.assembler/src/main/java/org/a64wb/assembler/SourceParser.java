package org.a64wb.assembler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.a64wb.assembler.parser.A64AsmBaseVisitor;
import org.a64wb.assembler.parser.A64AsmLexer;
import org.a64wb.assembler.parser.A64AsmParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Parses assembly source with the ANTLR grammar into statements; numeric local labels get unique names. */
final class SourceParser {

    record Pos(int line, int column) {
    }

    sealed interface Stmt {
        Pos pos();
    }

    record LabelDef(String name, Pos pos) implements Stmt {
    }

    /** Atoms with, for each, the expression to evaluate (null for punctuation and pure words). */
    record Instruction(List<Atom> atoms, List<AsmExpr> exprs, Pos pos) implements Stmt {
    }

    record Section(String name, String flags, Pos pos) implements Stmt {
    }

    record Align(boolean power, AsmExpr amount, AsmExpr fill, Pos pos) implements Stmt {
    }

    record Data(int size, List<AsmExpr> values, Pos pos) implements Stmt {
    }

    record Bytes(byte[] bytes, Pos pos) implements Stmt {
    }

    record Space(AsmExpr size, AsmExpr fill, Pos pos) implements Stmt {
    }

    record Equ(String name, AsmExpr value, Pos pos) implements Stmt {
    }

    record Global(String name, Pos pos) implements Stmt {
    }

    private static final Set<String> IGNORED = Set.of(".type", ".size", ".file", ".ident", ".arch", ".cpu", ".loc",
            ".local", ".weak", ".hidden", ".protected", ".p2alignw", ".p2alignl", ".previous", ".pushsection",
            ".popsection", ".end", ".func", ".endfunc", ".addrsig", ".variant_pcs");

    /**
     * Literal pools ({@code ldr x0, =value}, as GNU as and llvm-mc take it): each literal becomes a load of a pool
     * entry, an internal label (as local labels are: no symbol of the output); the pool is placed at {@code .ltorg} or {@code .pool}, and what is
     * left at the end of each section's code. Equal literals of one pool share an entry.
     */
    private record PoolEntry(String label, int size, AsmExpr value, Pos pos) {
    }

    private final Map<String, List<PoolEntry>> pools = new java.util.LinkedHashMap<>();
    private String section = ".text";
    private int poolEntries;

    private final String file;
    private final List<String> errors;
    private final Map<String, Integer> localCounts = new HashMap<>();
    private final List<Stmt> out = new ArrayList<>();

    SourceParser(String file, List<String> errors) {
        this.file = file;
        this.errors = errors;
    }

    List<Stmt> parse(String text) {
        A64AsmLexer lexer = new A64AsmLexer(CharStreams.fromString(text, file));
        A64AsmParser parser = new A64AsmParser(new CommonTokenStream(lexer));
        java.util.Set<Integer> badLines = new java.util.HashSet<>();
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int col, String msg, RecognitionException e) {
                errors.add(file + ":" + line + ":" + (col + 1) + ": syntax error: " + msg);
                badLines.add(line);
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        A64AsmParser.ProgramContext program = parser.program();
        for (A64AsmParser.LineContext line : program.line()) {
            for (A64AsmParser.StatementContext st : line.statement()) {
                // A statement the parser had to repair (its syntax error is reported) has parts missing: skip it.
                if (badLines.contains(st.getStart().getLine()) || st.exception != null) {
                    continue;
                }
                try {
                    statement(st);
                } catch (LiteralMisuse e) {
                    error(e.at, "a literal (=value) is loaded by ldr into an X or W register");
                } catch (RuntimeException e) {
                    error(st.getStart(), "cannot read this statement (" + st.getText() + ")");
                }
            }
        }
        for (String name : new ArrayList<>(pools.keySet())) {
            if (!pools.get(name).isEmpty()) {
                Pos at = pools.get(name).get(0).pos();
                if (!name.equals(section)) {
                    out.add(new Section(name, null, at));
                    section = name;
                }
                placePool(at);
            }
        }
        return out;
    }

    /** The current section's pending literals, here: aligned to their size, each under its label. */
    private void placePool(Pos at) {
        List<PoolEntry> pending = pools.getOrDefault(section, List.of());
        for (int size : new int[] {8, 4}) {
            boolean aligned = false;
            for (PoolEntry entry : pending) {
                if (entry.size() == size) {
                    if (!aligned) {
                        out.add(new Align(false, new AsmExpr.Num(size), null, at));
                        aligned = true;
                    }
                    out.add(new LabelDef(entry.label(), entry.pos()));
                    out.add(new Data(size, List.of(entry.value()), entry.pos()));
                }
            }
        }
        pools.remove(section);
    }

    /** The pool entry (of the current section's pending pool) that holds {@code value} in {@code size} bytes. */
    private String literal(AsmExpr value, int size, Pos at) {
        List<PoolEntry> pending = pools.computeIfAbsent(section, s -> new ArrayList<>());
        for (PoolEntry entry : pending) {
            if (entry.size() == size && entry.value().equals(value)) {
                return entry.label();
            }
        }
        PoolEntry entry = new PoolEntry("\u0002pool" + poolEntries++, size, value, at);
        pending.add(entry);
        return entry.label();
    }

    private void error(Token at, String message) {
        errors.add(file + ":" + at.getLine() + ":" + (at.getCharPositionInLine() + 1) + ": " + message);
    }

    private static Pos pos(Token t) {
        return new Pos(t.getLine(), t.getCharPositionInLine() + 1);
    }

    private static Pos pos(ParserRuleContext c) {
        return pos(c.getStart());
    }

    private void statement(A64AsmParser.StatementContext st) {
        for (A64AsmParser.LabelDefContext def : st.labelDef()) {
            if (def instanceof A64AsmParser.SymbolLabelContext s) {
                out.add(new LabelDef(s.name.getText(), pos(s)));
            } else {
                A64AsmParser.LocalLabelContext l = (A64AsmParser.LocalLabelContext) def;
                String n = String.valueOf(Long.parseLong(l.NUMBER().getText()));
                int count = localCounts.merge(n, 1, Integer::sum);
                out.add(new LabelDef(localName(n, count - 1), pos(l)));
            }
        }
        if (st.body() == null) {
            return;
        }
        if (st.body().instruction() != null) {
            instruction(st.body().instruction());
        } else {
            directive(st.body().directive());
        }
    }

    /** A literal operand anywhere but as ldr's second operand after an X or W register. */
    private static final class LiteralMisuse extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Token at;

        LiteralMisuse(Token at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private static String localName(String n, int instance) {
        return n + "\u0002" + instance;
    }

    // ---------------------------------------------------------------------------------------------

    private void directive(A64AsmParser.DirectiveContext d) {
        Pos p = pos(d);
        if (d instanceof A64AsmParser.SectionDirectiveContext s) {
            out.add(new Section(s.kind.getText(), null, p));
            section = s.kind.getText();
        } else if (d instanceof A64AsmParser.NamedSectionDirectiveContext s) {
            String name = unquote(s.sectionName().getText());
            String flags = null;
            if (!s.sectionArg().isEmpty() && s.sectionArg(0).STRING() != null) {
                flags = unquote(s.sectionArg(0).getText());
            }
            out.add(new Section(name, flags, p));
            section = name;
        } else if (d instanceof A64AsmParser.GlobalDirectiveContext g) {
            for (A64AsmParser.SymbolContext sym : g.symbol()) {
                out.add(new Global(sym.getText(), pos(sym)));
            }
        } else if (d instanceof A64AsmParser.AlignDirectiveContext a) {
            boolean power = !a.kind.getText().equals(".balign");
            AsmExpr fill = a.expr().size() > 1 && a.getChild(3) instanceof A64AsmParser.ExprContext ? expr(a.expr(1)) : null;
            out.add(new Align(power, expr(a.expr(0)), fill, p));
        } else if (d instanceof A64AsmParser.DataDirectiveContext data) {
            int size = switch (data.kind.getText()) {
                case ".byte" -> 1;
                case ".hword", ".short", ".2byte" -> 2;
                case ".word", ".long", ".4byte" -> 4;
                default -> 8;
            };
            out.add(new Data(size, data.expr().stream().map(this::expr).toList(), p));
        } else if (d instanceof A64AsmParser.StringDirectiveContext str) {
            boolean zero = !str.kind.getText().equals(".ascii");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (TerminalNode s : str.STRING()) {
                byte[] b = unescape(s.getSymbol());
                bytes.write(b, 0, b.length);
                if (zero) {
                    bytes.write(0);
                }
            }
            out.add(new Bytes(bytes.toByteArray(), p));
        } else if (d instanceof A64AsmParser.SpaceDirectiveContext sp) {
            out.add(new Space(expr(sp.expr(0)), sp.expr().size() > 1 ? expr(sp.expr(1)) : null, p));
        } else if (d instanceof A64AsmParser.EquDirectiveContext e) {
            out.add(new Equ(e.symbol().getText(), expr(e.expr()), p));
        } else if (d instanceof A64AsmParser.AssignDirectiveContext e) {
            out.add(new Equ(e.symbol().getText(), expr(e.expr()), p));
        } else if (d instanceof A64AsmParser.OtherDirectiveContext o) {
            String name = o.DOTNAME().getText().toLowerCase(Locale.ROOT);
            if (name.equals(".ltorg") || name.equals(".pool")) {
                placePool(p);
            } else if (!IGNORED.contains(name) && !name.startsWith(".cfi_")) {
                error(o.getStart(), "unknown directive '" + o.DOTNAME().getText() + "'");
            }
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private byte[] unescape(Token t) {
        String s = t.getText();
        s = s.substring(1, s.length() - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'a' -> out.write(7);
                case 'v' -> out.write(11);
                case 'e' -> out.write(27);
                case 'x' -> {
                    int v = 0;
                    while (i + 1 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0) {
                        v = v * 16 + Character.digit(s.charAt(++i), 16);
                    }
                    out.write(v);
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7'; k++) {
                            v = v * 8 + s.charAt(++i) - '0';
                        }
                        out.write(v);
                    } else {
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------

    private List<Atom> atoms;
    private List<AsmExpr> exprs;

    private void instruction(A64AsmParser.InstructionContext in) {
        atoms = new ArrayList<>();
        exprs = new ArrayList<>();
        Token m = in.mnemonic;
        atoms.add(Atom.word(m.getText(), m.getLine(), m.getCharPositionInLine() + 1));
        exprs.add(null);
        for (int k = 0; k < in.operand().size(); k++) {
            if (k > 0) {
                punct(',', ((TerminalNode) in.getChild(2 * k)).getSymbol());
            }
            operand(in.operand(k));
        }
        out.add(new Instruction(atoms, exprs, pos(in)));
    }

    private void punct(char c, Token t) {
        atoms.add(Atom.punct(c, t.getLine(), t.getCharPositionInLine() + 1));
        exprs.add(null);
    }

    private void word(Token t) {
        atoms.add(Atom.word(t.getText(), t.getLine(), t.getCharPositionInLine() + 1));
        exprs.add(new AsmExpr.Sym(t.getText()));
    }

    private void number(ParserRuleContext c, AsmExpr e) {
        Token t = c.getStart();
        atoms.add(Atom.undefinedNumber(null, c.getText(), t.getLine(), t.getCharPositionInLine() + 1));
        exprs.add(e);
    }

    private void operand(A64AsmParser.OperandContext op) {
        if (op instanceof A64AsmParser.MemoryOperandContext mem) {
            punct('[', mem.getStart());
            for (int k = 0; k < mem.operand().size(); k++) {
                if (k > 0) {
                    punct(',', mem.getStart());
                }
                operand(mem.operand(k));
            }
            punct(']', mem.getStop());
            if (mem.writeback != null) {
                punct('!', mem.writeback);
            }
        } else if (op instanceof A64AsmParser.ListOperandContext list) {
            punct('{', list.getStart());
            boolean first = true;
            for (A64AsmParser.OperandContext element : list.operand()) {
                if (!first) {
                    punct(',', element.getStart());
                }
                first = false;
                if (!range(element)) {
                    operand(element);
                }
            }
            punct('}', list.getStart());
            if (list.expr() != null) {
                punct('[', list.expr().getStart());
                number(list.expr(), expr(list.expr()));
                punct(']', list.getStop());
            }
        } else if (op instanceof A64AsmParser.ElementOperandContext el) {
            word(el.ID().getSymbol());
            punct('[', el.getChild(1) instanceof TerminalNode t ? t.getSymbol() : el.getStart());
            number(el.expr(), expr(el.expr()));
            punct(']', el.getStop());
        } else if (op instanceof A64AsmParser.FloatOperandContext f) {
            Token t = f.sign != null ? f.sign : f.FLOAT().getSymbol();
            String text = (f.sign != null ? f.sign.getText() : "") + f.FLOAT().getText();
            atoms.add(Atom.floating(new java.math.BigDecimal(text), text, t.getLine(), t.getCharPositionInLine() + 1));
            exprs.add(null);
        } else if (op instanceof A64AsmParser.ShiftOperandContext s) {
            word(s.ID().getSymbol());
            number(s.expr(), expr(s.expr()));
        } else if (op instanceof A64AsmParser.ShiftBareOperandContext s) {
            word(s.ID().getSymbol());
            number(s, new AsmExpr.Num(PatternToken.parseNumber(s.NUMBER().getText())));
        } else if (op instanceof A64AsmParser.ShiftRelocOperandContext s) {
            word(s.ID().getSymbol());
            number(s.relocation(), reloc(s.relocation()));
        } else if (op instanceof A64AsmParser.RelocOperandContext r) {
            number(r.relocation(), reloc(r.relocation()));
        } else if (op instanceof A64AsmParser.BareRelocOperandContext r) {
            number(r.relocation(), reloc(r.relocation()));
        } else if (op instanceof A64AsmParser.LiteralOperandContext lit) {
            // ldr Xt, =value / ldr Wt, =value: a PC-relative load of a pool entry of the register's size.
            Atom register = atoms.size() == 3 ? atoms.get(1) : null;
            boolean ldr = atoms.get(0).word().equals("ldr");
            int size = register == null || !ldr ? 0 : register.word().matches("x([0-9]|[12][0-9]|30)") ? 8
                    : register.word().matches("w([0-9]|[12][0-9]|30)") ? 4 : 0;
            if (size == 0) {
                throw new LiteralMisuse(lit.getStart());
            }
            Token t = lit.getStart();
            String label = literal(expr(lit.expr()), size, pos(t));
            atoms.add(Atom.word(label, t.getLine(), t.getCharPositionInLine() + 1));
            exprs.add(new AsmExpr.Sym(label));
        } else if (op instanceof A64AsmParser.ImmediateOperandContext imm) {
            number(imm.expr(), expr(imm.expr()));
        } else {
            A64AsmParser.ExprContext e = ((A64AsmParser.ExpressionOperandContext) op).expr();
            if (e instanceof A64AsmParser.SymbolExprContext sym) {
                word(sym.getStart());
            } else {
                number(e, expr(e));
            }
        }
    }

    /** A register range {@code v0.16b-v3.16b} in a list becomes the registers it names. */
    private boolean range(A64AsmParser.OperandContext element) {
        if (element instanceof A64AsmParser.ExpressionOperandContext eo && eo.expr() instanceof A64AsmParser.AddExprContext add
                && add.op.getText().equals("-") && add.expr(0) instanceof A64AsmParser.SymbolExprContext
                && add.expr(1) instanceof A64AsmParser.SymbolExprContext) {
            java.util.regex.Pattern reg = java.util.regex.Pattern.compile("([a-zA-Z]+)([0-9]+)(\\..*)?");
            var a = reg.matcher(add.expr(0).getText());
            var b = reg.matcher(add.expr(1).getText());
            if (a.matches() && b.matches() && a.group(1).equalsIgnoreCase(b.group(1))) {
                int from = Integer.parseInt(a.group(2));
                int to = Integer.parseInt(b.group(2));
                String suffix = a.group(3) == null ? "" : a.group(3);
                Token t = add.getStart();
                for (int r = from, n = 0; n <= ((to - from) & 31); r = (r + 1) & 31, n++) {
                    if (n > 0) {
                        punct(',', t);
                    }
                    atoms.add(Atom.word(a.group(1) + r + suffix, t.getLine(), t.getCharPositionInLine() + 1));
                    exprs.add(null);
                }
                return true;
            }
        }
        return false;
    }

    private AsmExpr reloc(A64AsmParser.RelocationContext r) {
        return new AsmExpr.Reloc(r.ID().getText().toLowerCase(Locale.ROOT), expr(r.expr()));
    }

    AsmExpr expr(A64AsmParser.ExprContext e) {
        return new A64AsmBaseVisitor<AsmExpr>() {
            @Override
            public AsmExpr visitUnaryExpr(A64AsmParser.UnaryExprContext c) {
                AsmExpr v = visit(c.expr());
                return c.op.getText().equals("+") ? v : new AsmExpr.Unary(c.op.getText(), v);
            }

            @Override
            public AsmExpr visitMulExpr(A64AsmParser.MulExprContext c) {
                return new AsmExpr.Binary(c.op.getText(), visit(c.expr(0)), visit(c.expr(1)));
            }

            @Override
            public AsmExpr visitBitExpr(A64AsmParser.BitExprContext c) {
                return new AsmExpr.Binary(c.op.getText(), visit(c.expr(0)), visit(c.expr(1)));
            }

            @Override
            public AsmExpr visitAddExpr(A64AsmParser.AddExprContext c) {
                return new AsmExpr.Binary(c.op.getText(), visit(c.expr(0)), visit(c.expr(1)));
            }

            @Override
            public AsmExpr visitParenExpr(A64AsmParser.ParenExprContext c) {
                return visit(c.expr());
            }

            @Override
            public AsmExpr visitNumberExpr(A64AsmParser.NumberExprContext c) {
                try {
                    return new AsmExpr.Num(PatternToken.parseNumber(c.getText()));
                } catch (NumberFormatException ex) {
                    error(c.getStart(), "number out of range '" + c.getText() + "'");
                    return new AsmExpr.Num(0);
                }
            }

            @Override
            public AsmExpr visitCharExpr(A64AsmParser.CharExprContext c) {
                String t = c.getText();
                char ch = t.charAt(1);
                if (ch == '\\' && t.length() > 2) {
                    ch = switch (t.charAt(2)) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case '0' -> '\0';
                        default -> t.charAt(2);
                    };
                }
                return new AsmExpr.Num(ch);
            }

            @Override
            public AsmExpr visitLocalRefExpr(A64AsmParser.LocalRefExprContext c) {
                String t = c.getText();
                String n = String.valueOf(Long.parseLong(t.substring(0, t.length() - 1)));
                boolean back = Character.toLowerCase(t.charAt(t.length() - 1)) == 'b';
                int defined = localCounts.getOrDefault(n, 0);
                if (back && defined == 0) {
                    return new AsmExpr.Sym(n + "b");
                }
                return new AsmExpr.Sym(localName(n, back ? defined - 1 : defined));
            }

            @Override
            public AsmExpr visitDotExpr(A64AsmParser.DotExprContext c) {
                return new AsmExpr.Dot();
            }

            @Override
            public AsmExpr visitSymbolExpr(A64AsmParser.SymbolExprContext c) {
                return new AsmExpr.Sym(c.getText());
            }
        }.visit(e);
    }

    /** What a symbol name means to the user (local labels shown as written). */
    static String display(String name) {
        int k = name.indexOf('\u0002');
        return k < 0 ? name : name.substring(0, k) + "f";
    }
}
