package org.a64wb.spec.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.a64wb.spec.a64Spec.Alias;
import org.a64wb.spec.a64Spec.Expression;
import org.a64wb.spec.a64Spec.FunctionDecl;
import org.a64wb.spec.a64Spec.InstructionSetDecl;
import org.a64wb.spec.a64Spec.MemoryEntry;
import org.a64wb.spec.a64Spec.OperationDecl;
import org.a64wb.spec.a64Spec.Parameter;
import org.a64wb.spec.a64Spec.ParameterType;
import org.a64wb.spec.a64Spec.Ref;
import org.a64wb.spec.a64Spec.SpecFile;
import org.a64wb.spec.a64Spec.ValueType;
import org.a64wb.spec.model.EncodingScope;
import org.a64wb.spec.model.ResolvedEncoding;
import org.a64wb.spec.model.SpecIndex;
import org.a64wb.spec.template.TemplateParser;
import org.a64wb.spec.template.TemplatePart;
import org.a64wb.spec.template.TemplateSyntaxException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

import com.google.inject.Inject;

/**
 * Generates, for the instruction set declared in a spec, Java code that needs nothing but the
 * instruction-set API at run time: the encoding table, the decision-tree decoder (and a linear scan
 * kept as the benchmark's baseline), the disassembler with preferred aliases, the memory-access
 * descriptors, the semantics interface with its dispatcher, and the table of system registers and SYS
 * operations. Only the file that declares the set
 * triggers generation; group files are picked up through the resource set.
 */
public class InstructionSetGenerator extends AbstractGenerator {

    private static final int METHODS_PER_CLASS = 32;
    private static final String API = "org.a64wb.isa.api";

    @Inject
    private TemplateParser templates;

    @Override
    public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
        SpecFile file = SpecIndex.specFile(input);
        if (file == null || !(file.getHeader() instanceof InstructionSetDecl)) {
            return;
        }
        SpecIndex index = SpecIndex.of(input);
        for (Map.Entry<String, String> generated : generate(index).entrySet()) {
            fsa.generateFile(generated.getKey(), generated.getValue());
        }
    }

    /** Every generated file of the set: path relative to the source root, and its text. */
    public Map<String, String> generate(SpecIndex index) {
        return new SetWriter(index).write();
    }

    private final class SetWriter {
        private final SpecIndex index;
        private final InstructionSetDecl set;
        private final String pkg;
        private final String prefix;
        private final List<ResolvedEncoding> encodings;
        private final Map<String, String> files = new java.util.LinkedHashMap<>();

        SetWriter(SpecIndex index) {
            this.index = index;
            this.set = index.set();
            this.pkg = set.getJavaPackage();
            this.prefix = set.getName();
            this.encodings = index.encodings();
        }

        Map<String, String> write() {
            writeEncodings();
            writeDecoder();
            writeDisassembler();
            writeMemoryAccesses();
            writeSemantics();
            writeSyntax();
            writeInstructionSet();
            String systemRegisters = prefix + "SystemRegisters";
            emit(systemRegisters, SystemRegisterTableWriter.write(systemRegisters, prefix, index.systemRegisters(), index.systemOperations()));
            return files;
        }

        private void emit(String simpleName, String body) {
            String header = "// Generated from the " + prefix + " spec by org.a64wb.spec.generator. Do not edit.\npackage " + pkg + ";\n\n";
            files.put(pkg.replace('.', '/') + "/" + simpleName + ".java", header + body);
        }

        private List<ResolvedEncoding> priorityOrder() {
            List<ResolvedEncoding> ordered = new ArrayList<>(encodings);
            ordered.sort(Comparator.comparingInt((ResolvedEncoding e) -> -e.priority())
                    .thenComparingInt(e -> -Integer.bitCount(e.mask()))
                    .thenComparingInt(encodings::indexOf));
            return ordered;
        }

        private String groupInterface(String file) {
            return groupInterfaceName(prefix, file);
        }

        private EncodingScope scope(ResolvedEncoding encoding) {
            return new EncodingScope(encoding, index);
        }

        private void writeEncodings() {
            String cls = prefix + "Encodings";
            StringBuilder out = new StringBuilder();
            out.append("import java.util.ArrayList;\nimport java.util.List;\n\n")
               .append("import ").append(API).append(".EncodingInfo;\nimport ").append(API).append(".FieldInfo;\nimport ")
               .append(API).append(".InstructionClass;\n\n");
            out.append("/** The encodings of ").append(prefix).append(", indexed by id, with their constraints. */\n");
            out.append("public final class ").append(cls).append(" {\n\n    private ").append(cls).append("() {\n    }\n\n");
            out.append("    public static final List<EncodingInfo> ALL;\n\n");
            out.append("    static {\n        List<EncodingInfo> all = new ArrayList<>(").append(encodings.size()).append(");\n");
            int parts = (encodings.size() + METHODS_PER_CLASS - 1) / METHODS_PER_CLASS;
            for (int p = 0; p < parts; p++) {
                out.append("        part").append(p).append("(all);\n");
            }
            out.append("        ALL = List.copyOf(all);\n    }\n\n");
            for (int p = 0; p < parts; p++) {
                out.append("    private static void part").append(p).append("(List<EncodingInfo> all) {\n");
                for (int id = p * METHODS_PER_CLASS; id < Math.min(encodings.size(), (p + 1) * METHODS_PER_CLASS); id++) {
                    ResolvedEncoding e = encodings.get(id);
                    String fields = e.operandFields().stream()
                            .map(f -> "new FieldInfo(\"" + f.name() + "\", " + f.lsb() + ", " + f.width() + ", " + f.signed() + ")")
                            .collect(Collectors.joining(", "));
                    out.append("        all.add(new EncodingInfo(\"").append(e.name()).append("\", \"")
                       .append(escape(SpecIndex.groupTitle((SpecFile) org.eclipse.xtext.EcoreUtil2.getRootContainer(e.source()))))
                       .append("\", InstructionClass.fromSpec(\"").append(e.instructionClass()).append("\"), ")
                       .append(e.feature() == null ? "null" : "\"" + e.feature() + "\"")
                       .append(", 0x").append(Integer.toHexString(e.mask())).append(", 0x").append(Integer.toHexString(e.match()))
                       .append(", List.of(").append(fields).append("), \"").append(escape(e.file())).append("\", ").append(e.line()).append("));\n");
                }
                out.append("    }\n\n");
            }
            out.append("    static final int[] MASK = {").append(hexList(encodings.stream().mapToInt(ResolvedEncoding::mask).toArray())).append("};\n");
            out.append("    static final int[] MATCH = {").append(hexList(encodings.stream().mapToInt(ResolvedEncoding::match).toArray())).append("};\n");
            List<ResolvedEncoding> ordered = priorityOrder();
            out.append("    /** Ids in the order a word is tried against them: priority, then specificity, then spec order. */\n");
            out.append("    static final int[] ORDER = {").append(ordered.stream().map(e -> String.valueOf(encodings.indexOf(e))).collect(Collectors.joining(", "))).append("};\n\n");
            out.append("    /** Whether the word satisfies the {@code where} constraints of encoding {@code id}. */\n");
            out.append("    public static boolean where(int id, int w) {\n        switch (id) {\n");
            StringBuilder constraintMethods = new StringBuilder();
            for (int id = 0; id < encodings.size(); id++) {
                ResolvedEncoding e = encodings.get(id);
                if (e.constraints().isEmpty()) {
                    continue;
                }
                out.append("            case ").append(id).append(": return w").append(id).append("(w);\n");
                JavaExpressionCompiler compiler = new JavaExpressionCompiler(scope(e));
                String condition = e.constraints().stream().map(c -> compiler.compile(c).asBool()).collect(Collectors.joining(" && "));
                constraintMethods.append("    /** ").append(e.name()).append(" (").append(e.location()).append(") */\n");
                constraintMethods.append("    private static boolean w").append(id).append("(int w) {\n")
                        .append(JavaExpressionCompiler.fieldDeclarations(e.fields(), "        "))
                        .append("        return ").append(condition).append(";\n    }\n\n");
            }
            out.append("            default: return true;\n        }\n    }\n\n").append(constraintMethods);
            out.append("    /** The baseline the decision tree is measured against: every pattern, in order. */\n");
            out.append("    public static int decodeLinear(int w) {\n        for (int id : ORDER) {\n")
               .append("            if ((w & MASK[id]) == MATCH[id] && where(id, w)) {\n                return id;\n            }\n        }\n        return -1;\n    }\n");
            out.append("}\n");
            emit(cls, out.toString());
        }

        private void writeDecoder() {
            List<DecisionTree.Candidate> ordered = new ArrayList<>();
            for (ResolvedEncoding e : priorityOrder()) {
                ordered.add(new DecisionTree.Candidate(encodings.indexOf(e), e.mask(), e.match(), !e.constraints().isEmpty()));
            }
            DecisionTree tree = new DecisionTree(prefix + "Decoder", prefix + "Encodings.where");
            String root = tree.build(ordered);
            for (Map.Entry<String, String> part : tree.classBodies().entrySet()) {
                emit(part.getKey(), "/** Part of the " + prefix + " decision-tree decoder. */\nfinal class " + part.getKey() + " {\n\n    private "
                        + part.getKey() + "() {\n    }\n\n" + part.getValue() + "}\n");
            }
            String cls = prefix + "Decoder";
            emit(cls, "/** Decodes a word to an encoding id of " + prefix + " with a decision tree of " + tree.methodCount() + " nodes. */\n"
                    + "public final class " + cls + " {\n\n    private " + cls + "() {\n    }\n\n"
                    + "    /** The encoding id, or -1 when the word is unallocated. */\n"
                    + "    public static int decode(int w) {\n        return " + (root == null ? "-1" : root + "(w)") + ";\n    }\n}\n");
        }

        private void writeDisassembler() {
            String cls = prefix + "Disassembler";
            StringBuilder dispatch = new StringBuilder();
            dispatch.append("/** Preferred disassembly of decoded ").append(prefix).append(" words. */\n");
            dispatch.append("public final class ").append(cls).append(" {\n\n    private ").append(cls).append("() {\n    }\n\n");
            dispatch.append("    public static String disassemble(int id, int w, long pc) {\n        switch (id / ").append(METHODS_PER_CLASS).append(") {\n");
            int parts = (encodings.size() + METHODS_PER_CLASS - 1) / METHODS_PER_CLASS;
            for (int p = 0; p < parts; p++) {
                String partClass = cls + "Part" + p;
                dispatch.append("            case ").append(p).append(": return ").append(partClass).append(".disassemble(id, w, pc);\n");
                StringBuilder part = new StringBuilder();
                part.append("final class ").append(partClass).append(" {\n\n    private ").append(partClass).append("() {\n    }\n\n");
                part.append("    static String disassemble(int id, int w, long pc) {\n        switch (id) {\n");
                StringBuilder methods = new StringBuilder();
                for (int id = p * METHODS_PER_CLASS; id < Math.min(encodings.size(), (p + 1) * METHODS_PER_CLASS); id++) {
                    ResolvedEncoding e = encodings.get(id);
                    part.append("            case ").append(id).append(": return d").append(id).append("(w, pc);\n");
                    methods.append(disassemblyMethod(id, e));
                }
                part.append("            default: throw new IllegalArgumentException(\"no encoding \" + id);\n        }\n    }\n\n");
                part.append(methods).append("}\n");
                emit(partClass, part.toString());
            }
            dispatch.append("            default: throw new IllegalArgumentException(\"no encoding \" + id);\n        }\n    }\n}\n");
            emit(cls, dispatch.toString());
        }

        private String disassemblyMethod(int id, ResolvedEncoding e) {
            JavaExpressionCompiler compiler = new JavaExpressionCompiler(scope(e));
            StringBuilder out = new StringBuilder();
            out.append("    /** ").append(e.name()).append(" (").append(e.location()).append(") */\n");
            out.append("    @SuppressWarnings(\"unused\")\n");
            out.append("    private static String d").append(id).append("(int w, long pc) {\n");
            out.append(JavaExpressionCompiler.fieldDeclarations(e.fields(), "        "));
            out.append("        final StringBuilder b = new StringBuilder(40);\n");
            for (Alias alias : e.aliases()) {
                String condition = alias.getCondition() == null ? "true" : compiler.compile(alias.getCondition()).asBool();
                out.append("        if (").append(condition).append(") {\n");
                renderTemplate(alias.getTemplate(), e, compiler, out, "            ");
                out.append("            return b.toString();\n        }\n");
            }
            renderTemplate(e.syntax().getTemplate(), e, compiler, out, "        ");
            out.append("        return b.toString();\n    }\n\n");
            return out.toString();
        }

        private void renderTemplate(String template, ResolvedEncoding e, JavaExpressionCompiler compiler, StringBuilder out, String indent) {
            try {
                renderParts(templates.parse(template), compiler, out, indent);
            } catch (TemplateSyntaxException ex) {
                throw new IllegalStateException(e.location() + ": " + ex.getMessage(), ex);
            }
        }

        private void renderParts(List<TemplatePart> parts, JavaExpressionCompiler compiler, StringBuilder out, String indent) {
            for (TemplatePart part : parts) {
                if (part instanceof TemplatePart.Text text) {
                    out.append(indent).append("b.append(\"").append(escape(text.text())).append("\");\n");
                } else if (part instanceof TemplatePart.Placeholder placeholder) {
                    JavaExpressionCompiler.Code value = compiler.compile(placeholder.value());
                    if (placeholder.formatter() == null) {
                        out.append(indent).append("b.append(").append(value.type() == ValueType.STRING ? value.java() : value.asLong()).append(");\n");
                    } else {
                        FunctionDecl formatter = index.function(placeholder.formatter());
                        List<String> args = new ArrayList<>();
                        args.add(value.asLong());
                        for (Expression arg : placeholder.formatterArgs()) {
                            args.add(compiler.compile(arg).asLong());
                        }
                        out.append(indent).append("b.append(").append(JavaExpressionCompiler.call(formatter, args).java()).append(");\n");
                    }
                } else if (part instanceof TemplatePart.Conditional conditional) {
                    out.append(indent).append("if (").append(compiler.compile(conditional.condition()).asBool()).append(") {\n");
                    renderParts(conditional.then(), compiler, out, indent + "    ");
                    if (!conditional.otherwise().isEmpty()) {
                        out.append(indent).append("} else {\n");
                        renderParts(conditional.otherwise(), compiler, out, indent + "    ");
                    }
                    out.append(indent).append("}\n");
                }
            }
        }

        private void writeSyntax() {
            String cls = prefix + "Syntax";
            StringBuilder dispatch = new StringBuilder();
            dispatch.append("import java.util.List;\n\nimport org.a64wb.isa.api.syntax.SyntaxForm;\n\n");
            dispatch.append("/** The assembly syntax of each ").append(prefix).append(" encoding as data: aliases in order, then the base template. */\n");
            dispatch.append("public final class ").append(cls).append(" {\n\n    private ").append(cls).append("() {\n    }\n\n");
            dispatch.append("    private static final List<?>[] CACHE = new List<?>[").append(encodings.size()).append("];\n\n");
            dispatch.append("    @SuppressWarnings(\"unchecked\")\n");
            dispatch.append("    public static List<SyntaxForm> forms(int id) {\n");
            dispatch.append("        List<?> cached = CACHE[id];\n        if (cached == null) {\n");
            dispatch.append("            switch (id / ").append(METHODS_PER_CLASS).append(") {\n");
            int parts = (encodings.size() + METHODS_PER_CLASS - 1) / METHODS_PER_CLASS;
            for (int p = 0; p < parts; p++) {
                String partClass = cls + "Part" + p;
                dispatch.append("                case ").append(p).append(": cached = ").append(partClass).append(".forms(id); break;\n");
                StringBuilder part = new StringBuilder();
                part.append("import java.util.List;\n\nimport org.a64wb.isa.api.syntax.SyntaxForm;\n\n");
                part.append("final class ").append(partClass).append(" {\n\n    private ").append(partClass).append("() {\n    }\n\n");
                part.append("    static List<SyntaxForm> forms(int id) {\n        switch (id) {\n");
                StringBuilder methods = new StringBuilder();
                for (int id = p * METHODS_PER_CLASS; id < Math.min(encodings.size(), (p + 1) * METHODS_PER_CLASS); id++) {
                    ResolvedEncoding e = encodings.get(id);
                    part.append("            case ").append(id).append(": return s").append(id).append("();\n");
                    SyntaxTreeCompiler compiler = new SyntaxTreeCompiler(scope(e));
                    List<String> forms = new ArrayList<>();
                    try {
                        for (Alias alias : e.aliases()) {
                            String condition = alias.getCondition() == null ? "null" : compiler.expression(alias.getCondition());
                            forms.add("new SyntaxForm(" + compiler.parts(templates.parse(alias.getTemplate()), index::function) + ", " + condition + ", true)");
                        }
                        forms.add("new SyntaxForm(" + compiler.parts(templates.parse(e.syntax().getTemplate()), index::function) + ", null, false)");
                    } catch (TemplateSyntaxException ex) {
                        throw new IllegalStateException(e.location() + ": " + ex.getMessage(), ex);
                    }
                    methods.append("    /** ").append(e.name()).append(" (").append(e.location()).append(") */\n");
                    methods.append("    private static List<SyntaxForm> s").append(id).append("() {\n        return List.of(\n            ")
                           .append(String.join(",\n            ", forms)).append(");\n    }\n\n");
                }
                part.append("            default: throw new IllegalArgumentException(\"no encoding \" + id);\n        }\n    }\n\n");
                part.append(methods).append("}\n");
                emit(partClass, part.toString());
            }
            dispatch.append("                default: throw new IllegalArgumentException(\"no encoding \" + id);\n            }\n");
            dispatch.append("            CACHE[id] = cached;\n        }\n        return (List<SyntaxForm>) cached;\n    }\n}\n");
            emit(cls, dispatch.toString());
        }

        private void writeMemoryAccesses() {
            String cls = prefix + "MemoryAccesses";
            StringBuilder out = new StringBuilder();
            out.append("import ").append(API).append(".MemoryAccess;\n\n");
            out.append("/** Memory-access descriptors of the ").append(prefix).append(" loads and stores, from the spec's mem(...) entries. */\n");
            out.append("public final class ").append(cls).append(" {\n\n    private ").append(cls).append("() {\n    }\n\n");
            out.append("    /** The access encoding {@code id} performs for word {@code w}, or null when it is not a memory access. */\n");
            out.append("    public static MemoryAccess describe(int id, int w) {\n        switch (id) {\n");
            StringBuilder methods = new StringBuilder();
            for (int id = 0; id < encodings.size(); id++) {
                ResolvedEncoding e = encodings.get(id);
                if (!e.hasMemoryAccess()) {
                    continue;
                }
                out.append("            case ").append(id).append(": return m").append(id).append("(w);\n");
                methods.append(memoryMethod(id, e));
            }
            out.append("            default: return null;\n        }\n    }\n\n").append(methods).append("}\n");
            emit(cls, out.toString());
        }

        private String memoryMethod(int id, ResolvedEncoding e) {
            JavaExpressionCompiler compiler = new JavaExpressionCompiler(scope(e));
            Map<String, MemoryEntry> mem = e.memory();
            StringBuilder out = new StringBuilder();
            out.append("    /** ").append(e.name()).append(" (").append(e.location()).append(") */\n");
            out.append("    @SuppressWarnings(\"unused\")\n");
            out.append("    private static MemoryAccess m").append(id).append("(int w) {\n");
            out.append(JavaExpressionCompiler.fieldDeclarations(e.fields(), "        "));
            out.append("        MemoryAccess.Builder m = MemoryAccess.builder(MemoryAccess.Direction.")
               .append(word(mem, "op").toUpperCase().replace("LOADSTORE", "LOAD_STORE"))
               .append(", MemoryAccess.RegisterKind.").append(word(mem, "kind"))
               .append(", (int) ").append(number(compiler, mem, "size")).append(");\n");
            MemoryEntry regs = mem.get("regs");
            if (regs != null) {
                if (!regs.getList().isEmpty()) {
                    out.append("        m.registers(").append(regs.getList().stream().map(x -> compiler.compile(x).asLong()).collect(Collectors.joining(", "))).append(");\n");
                } else if (mem.containsKey("count")) {
                    out.append("        m.registerList(").append(number(compiler, mem, "regs")).append(", ").append(number(compiler, mem, "count")).append(");\n");
                } else {
                    out.append("        m.registers(").append(number(compiler, mem, "regs")).append(");\n");
                }
            }
            if (mem.containsKey("base")) {
                out.append("        m.base(").append(number(compiler, mem, "base")).append(");\n");
            }
            String index = mem.containsKey("index") ? word(mem, "index") : "offset";
            if (mem.containsKey("literal")) {
                out.append("        m.literal(").append(number(compiler, mem, "literal")).append(");\n");
            }
            if (mem.containsKey("imm")) {
                String imm = number(compiler, mem, "imm");
                out.append(index.equals("post") ? "        m.postIndexImmediate(" + imm + ");\n" : "        m.immediate(" + imm + ");\n");
            }
            if (mem.containsKey("offreg")) {
                String reg = number(compiler, mem, "offreg");
                out.append(index.equals("post") ? "        m.postIndexRegister(" + reg + ");\n" : "        m.offsetRegister(" + reg + ");\n");
            }
            if (index.equals("pre")) {
                out.append("        m.writeback(MemoryAccess.Writeback.PRE);\n");
            }
            for (String key : List.of("extend", "shift", "elements", "lane", "vbytes", "status")) {
                if (mem.containsKey(key)) {
                    String method = switch (key) {
                        case "elements" -> "structureElements";
                        case "vbytes" -> "vectorBytes";
                        case "status" -> "statusRegister";
                        default -> key;
                    };
                    out.append("        m.").append(method).append("(").append(number(compiler, mem, key)).append(");\n");
                }
            }
            if (mem.containsKey("atomic")) {
                out.append("        m.atomic(MemoryAccess.AtomicOp.").append(word(mem, "atomic").toUpperCase()).append(");\n");
            }
            for (String flag : List.of("signed", "acquire", "release", "exclusive", "unprivileged", "nontemporal", "replicate", "acquirepc")) {
                MemoryEntry entry = mem.get(flag);
                if (entry == null) {
                    continue;
                }
                String method = switch (flag) {
                    case "signed" -> "signExtend";
                    case "nontemporal" -> "nonTemporal";
                    case "acquirepc" -> "acquirePc";
                    default -> flag;
                };
                String value = entry.getValue() == null ? "true" : compiler.compile(entry.getValue()).asBool();
                out.append("        m.").append(method).append("(").append(value).append(");\n");
            }
            out.append("        return m.build();\n    }\n\n");
            return out.toString();
        }

        private String word(Map<String, MemoryEntry> mem, String key) {
            return ((Ref) mem.get(key).getValue()).getName();
        }

        private String number(JavaExpressionCompiler compiler, Map<String, MemoryEntry> mem, String key) {
            return compiler.compile(mem.get(key).getValue()).asLong();
        }

        /** The operations the set declares, in file order; each becomes one method of its file's group interface. */
        private List<OperationDecl> operations() {
            List<OperationDecl> operations = new ArrayList<>();
            for (SpecFile file : index.files()) {
                for (org.a64wb.spec.a64Spec.Member member : file.getMembers()) {
                    if (member instanceof OperationDecl operation) {
                        operations.add(operation);
                    }
                }
            }
            return operations;
        }

        /** The semantics method an encoding calls: its operation's, or its own named after it. */
        private String methodName(ResolvedEncoding e) {
            return e.executesOperation() ? e.operation().getName() : e.name();
        }

        /** The JVM descriptor of the encoding's semantics method. */
        private String descriptor(ResolvedEncoding e) {
            StringBuilder out = new StringBuilder("(");
            arguments(e).forEach(a -> out.append(a.kind()));
            return out.append(")V").toString();
        }

        /** One argument of a semantics call: its Java expression over the f_ field locals, and its JVM type. */
        private record Argument(String java, char kind) {

            String asLong() {
                return switch (kind) {
                    case 'Z' -> "(" + java + " ? 1L : 0L)";
                    case 'I' -> "(long) " + java;
                    default -> java;
                };
            }
        }

        /** The arguments in the method's parameter order. */
        private List<Argument> arguments(ResolvedEncoding e) {
            List<Argument> args = new ArrayList<>();
            if (!e.executesOperation()) {
                for (var field : e.operandFields()) {
                    args.add(new Argument("(int) " + JavaExpressionCompiler.local(field.name()), 'I'));
                }
                return args;
            }
            JavaExpressionCompiler compiler = new JavaExpressionCompiler(scope(e));
            for (Parameter parameter : e.operation().getParams()) {
                JavaExpressionCompiler.Code code = compiler.compile(e.arguments().get(parameter.getName()).getValue());
                args.add(switch (parameter.getType()) {
                    case LONG -> new Argument(code.asLong(), 'J');
                    case BOOL -> new Argument(code.asBool(), 'Z');
                    default -> new Argument("(int) " + code.asLong(), 'I');
                });
            }
            return args;
        }

        private static String javaType(ParameterType type) {
            return switch (type) {
                case LONG -> "long";
                case BOOL -> "boolean";
                default -> "int";
            };
        }

        private void writeSemantics() {
            String iface = prefix + "Semantics";
            Map<String, StringBuilder> byGroup = new java.util.LinkedHashMap<>();
            for (OperationDecl operation : operations()) {
                String file = org.a64wb.spec.model.EncodingResolver.fileOf(operation);
                StringBuilder part = byGroup.computeIfAbsent(groupInterface(file), k -> groupHeader(k, file));
                List<String> users = encodings.stream().filter(e -> e.operation() == operation).map(ResolvedEncoding::name).toList();
                part.append("    /** Operation ").append(operation.getName()).append(" (").append(file).append(":")
                    .append(org.a64wb.spec.model.EncodingResolver.lineOf(operation)).append("), executed by ")
                    .append(users.isEmpty() ? "no encoding yet" : String.join(", ", users)).append(". */\n");
                part.append("    void ").append(operation.getName()).append("(")
                    .append(operation.getParams().stream().map(p -> javaType(p.getType()) + " " + p.getName()).collect(Collectors.joining(", ")))
                    .append(");\n\n");
            }
            for (ResolvedEncoding e : encodings) {
                StringBuilder part = byGroup.computeIfAbsent(groupInterface(e.file()), k -> groupHeader(k, e.file()));
                if (e.executesOperation()) {
                    continue;
                }
                part.append("    /** ").append(e.name()).append(" (").append(e.location()).append(") */\n");
                part.append("    void ").append(e.name()).append("(")
                    .append(e.operandFields().stream().map(f -> "int " + f.name()).collect(Collectors.joining(", "))).append(");\n\n");
            }
            for (Map.Entry<String, StringBuilder> group : byGroup.entrySet()) {
                emit(group.getKey(), group.getValue().append("}\n").toString());
            }
            StringBuilder out = new StringBuilder();
            out.append("/**\n * What an emulator implements to execute ").append(prefix)
               .append(": every group's methods, one per operation (or per encoding that names none). Implementations\n")
               .append(" * can provide the groups separately (for example as interfaces with default methods) and combine them;\n")
               .append(" * a missing method is a compile error, by design.\n */\n");
            out.append("public interface ").append(iface);
            if (!byGroup.isEmpty()) {
                out.append(" extends ").append(String.join(", ", byGroup.keySet()));
            }
            out.append(" {\n\n");
            out.append("    /** Called for a word no encoding of the set claims. */\n    void unallocated(int word);\n");
            out.append("}\n");
            emit(iface, out.toString());

            String cls = prefix + "Dispatcher";
            StringBuilder dispatch = new StringBuilder();
            dispatch.append("/** Decodes a word and calls the matching ").append(iface).append(" method with its arguments. */\n");
            dispatch.append("public final class ").append(cls).append(" {\n\n    private ").append(cls).append("() {\n    }\n\n");
            dispatch.append("    public static void execute(int w, ").append(iface).append(" semantics) {\n");
            dispatch.append("        dispatch(").append(prefix).append("Decoder.decode(w), w, semantics);\n    }\n\n");
            dispatch.append("    /** Calls the method of an already decoded word (as an interpreter's decode cache does). */\n");
            dispatch.append("    public static void dispatch(int id, int w, ").append(iface).append(" semantics) {\n");
            dispatch.append("        switch (id < 0 ? -1 : id / ").append(METHODS_PER_CLASS).append(") {\n");
            StringBuilder parts = new StringBuilder();
            int partCount = (encodings.size() + METHODS_PER_CLASS - 1) / METHODS_PER_CLASS;
            for (int p = 0; p < partCount; p++) {
                dispatch.append("            case ").append(p).append(": part").append(p).append("(id, w, semantics); return;\n");
                parts.append("    private static void part").append(p).append("(int id, int w, ").append(iface).append(" s) {\n        switch (id) {\n");
                for (int id = p * METHODS_PER_CLASS; id < Math.min(encodings.size(), (p + 1) * METHODS_PER_CLASS); id++) {
                    ResolvedEncoding e = encodings.get(id);
                    parts.append("            case ").append(id).append(": {\n")
                         .append(JavaExpressionCompiler.fieldDeclarations(e.fields(), "                "))
                         .append("                s.").append(methodName(e)).append("(").append(arguments(e).stream().map(Argument::java).collect(Collectors.joining(", ")))
                         .append(");\n                return;\n            }\n");
                }
                parts.append("            default: s.unallocated(w);\n        }\n    }\n\n");
            }
            dispatch.append("            default: semantics.unallocated(w);\n        }\n    }\n\n").append(parts).append("}\n");
            emit(cls, dispatch.toString());
            writeOperationTable();
        }

        private StringBuilder groupHeader(String iface, String file) {
            return new StringBuilder("/** The ").append(prefix).append(" operations and encodings of ").append(file)
                .append(": one method per operation, and one per encoding that executes none (taking its operand fields,\n")
                .append(" * signed fields sign-extended). */\npublic interface ").append(iface).append(" {\n\n");
        }

        /**
         * The same calls as data, for code generators (the emulator's block compiler) that invoke the
         * semantics with constant arguments: method name, JVM descriptor, and the argument values of a word.
         */
        private void writeOperationTable() {
            String cls = prefix + "Operations";
            StringBuilder out = new StringBuilder();
            out.append("/** Per encoding id: the semantics method it calls, its JVM descriptor, and its arguments for a word. */\n");
            out.append("public final class ").append(cls).append(" {\n\n    private ").append(cls).append("() {\n    }\n\n");
            out.append("    private static final String[] METHOD = {\n");
            for (ResolvedEncoding e : encodings) {
                out.append("        \"").append(methodName(e)).append("\",\n");
            }
            out.append("    };\n\n    private static final String[] DESCRIPTOR = {\n");
            for (ResolvedEncoding e : encodings) {
                out.append("        \"").append(descriptor(e)).append("\",\n");
            }
            out.append("    };\n\n");
            out.append("    public static String method(int id) {\n        return METHOD[id];\n    }\n\n");
            out.append("    /** Parameters are I (int), J (long) or Z (boolean, passed as 0 or 1 by arguments). */\n");
            out.append("    public static String descriptor(int id) {\n        return DESCRIPTOR[id];\n    }\n\n");
            out.append("    public static long[] arguments(int id, int w) {\n        switch (id < 0 ? -1 : id / ").append(METHODS_PER_CLASS).append(") {\n");
            StringBuilder parts = new StringBuilder();
            int partCount = (encodings.size() + METHODS_PER_CLASS - 1) / METHODS_PER_CLASS;
            for (int p = 0; p < partCount; p++) {
                out.append("            case ").append(p).append(": return part").append(p).append("(id, w);\n");
                parts.append("    private static long[] part").append(p).append("(int id, int w) {\n        switch (id) {\n");
                for (int id = p * METHODS_PER_CLASS; id < Math.min(encodings.size(), (p + 1) * METHODS_PER_CLASS); id++) {
                    ResolvedEncoding e = encodings.get(id);
                    List<String> values = arguments(e).stream().map(Argument::asLong).toList();
                    parts.append("            case ").append(id).append(": {\n")
                         .append(JavaExpressionCompiler.fieldDeclarations(e.fields(), "                "))
                         .append("                return new long[] {").append(String.join(", ", values)).append("};\n            }\n");
                }
                parts.append("            default: throw new IllegalArgumentException(\"no encoding \" + id);\n        }\n    }\n\n");
            }
            out.append("            default: throw new IllegalArgumentException(\"no encoding \" + id);\n        }\n    }\n\n").append(parts).append("}\n");
            emit(cls, out.toString());
        }

        private void writeInstructionSet() {
            String cls = prefix + "InstructionSet";
            String body = """
                    import java.util.List;
                    import java.util.Optional;

                    import %1$s.EncodingInfo;
                    import %1$s.InstructionSet;
                    import %1$s.MemoryAccess;

                    /** The %2$s instruction set, contributed to the platform as an InstructionSet service. */
                    @org.osgi.service.component.annotations.Component(service = InstructionSet.class, property = {InstructionSet.NAME_PROPERTY + "=%2$s"%4$s})
                    public final class %3$s implements InstructionSet {

                        @Override
                        public String name() {
                            return "%2$s";
                        }

                        @Override
                        public Optional<String> base() {
                            return %5$s;
                        }

                        @Override
                        public List<EncodingInfo> encodings() {
                            return %2$sEncodings.ALL;
                        }

                        @Override
                        public int decode(int word) {
                            return %2$sDecoder.decode(word);
                        }

                        @Override
                        public String disassemble(int id, int word, long address) {
                            return %2$sDisassembler.disassemble(id, word, address);
                        }

                        @Override
                        public Optional<MemoryAccess> memoryAccess(int id, int word) {
                            return Optional.ofNullable(%2$sMemoryAccesses.describe(id, word));
                        }

                        @Override
                        public List<org.a64wb.isa.api.syntax.SyntaxForm> syntax(int id) {
                            return %2$sSyntax.forms(id);
                        }

                        @Override
                        public String toString() {
                            return "%2$s (" + encodings().size() + " encodings)";
                        }
                    }
                    """.formatted(API, prefix, cls,
                            set.getBase() == null ? "" : ", InstructionSet.EXTENDS_PROPERTY + \"=" + set.getBase() + "\"",
                            set.getBase() == null ? "Optional.empty()" : "Optional.of(\"" + set.getBase() + "\")");
            emit(cls, body);
        }
    }

    private static String hexList(int[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(i % 8 == 0 ? ",\n        " : ", ");
            }
            out.append("0x").append(Integer.toHexString(values[i]));
        }
        return out.toString();
    }

    /** data-processing-immediate.a64 of set A64 gives A64DataProcessingImmediateSemantics. */
    private String groupInterfaceName(String prefix, String file) {
        StringBuilder name = new StringBuilder(prefix);
        String base = file.endsWith(".a64") ? file.substring(0, file.length() - 4) : file;
        for (String word : base.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.append("Semantics").toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

}
