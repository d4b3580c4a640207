package org.a64wb.spec.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.spec.a64Spec.Alias;
import org.a64wb.spec.a64Spec.ArgumentBinding;
import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.Expression;
import org.a64wb.spec.a64Spec.FormatDecl;
import org.a64wb.spec.a64Spec.FunctionDecl;
import org.a64wb.spec.a64Spec.LetDecl;
import org.a64wb.spec.a64Spec.Member;
import org.a64wb.spec.a64Spec.MemoryEntry;
import org.a64wb.spec.a64Spec.OperationDecl;
import org.a64wb.spec.a64Spec.Parameter;
import org.a64wb.spec.a64Spec.ParameterType;
import org.a64wb.spec.a64Spec.Ref;
import org.a64wb.spec.a64Spec.A64SpecPackage;
import org.a64wb.spec.a64Spec.El0Enable;
import org.a64wb.spec.a64Spec.SpecFile;
import org.a64wb.spec.a64Spec.SystemOperationDecl;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;
import org.a64wb.spec.a64Spec.ValueType;
import org.a64wb.spec.model.EncodingResolver;
import org.a64wb.spec.model.EncodingScope;
import org.a64wb.spec.model.MemoryKeys;
import org.a64wb.spec.model.Problem;
import org.a64wb.spec.model.ResolvedEncoding;
import org.a64wb.spec.model.SpecIndex;
import org.a64wb.spec.model.SystemRegisterFacts;
import org.a64wb.spec.template.TemplateParser;
import org.a64wb.spec.template.TemplatePart;
import org.a64wb.spec.template.TemplateSyntaxException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** The rules a spec must satisfy before anything is generated from it; each message names the fault. */
public class A64SpecValidator extends AbstractA64SpecValidator {

    @Inject
    private TemplateParser templates;

    @Check
    public void checkFormatWidth(FormatDecl format) {
        List<Problem> problems = new ArrayList<>();
        EncodingResolver.Layout layout = new EncodingResolver().layout(format.getPattern(), problems);
        if (layout.width() != EncodingResolver.WORD_BITS) {
            problems.add(new Problem(format.getPattern(), "the pattern of format '" + format.getName() + "' has "
                    + layout.width() + " bits; an A64 encoding has 32"));
        }
        report(problems);
    }

    @Check
    public void checkFunctionTarget(FunctionDecl function) {
        String method = function.getJavaMethod();
        if (method == null || method.lastIndexOf('.') < 0) {
            error("function '" + function.getName() + "' must name a static method as package.Class.method", function, null);
        }
    }

    @Check
    public void checkOperationParameters(OperationDecl operation) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Parameter parameter : operation.getParams()) {
            if (!seen.add(parameter.getName())) {
                error("operation '" + operation.getName() + "' declares parameter '" + parameter.getName() + "' twice", parameter, null);
            }
        }
    }

    /** Set-wide rules (layout, names, overlaps, templates), reported on the file that holds the fault. */
    @Check(CheckType.NORMAL)
    public void checkSpecFile(SpecFile file) {
        SpecIndex index = SpecIndex.of(file.eResource());
        if (index == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : index.problems()) {
            if (problem.node().eResource() == file.eResource()) {
                problems.add(problem);
            }
        }
        checkDuplicateNames(file, index, problems);
        for (ResolvedEncoding encoding : index.encodings()) {
            if (encoding.source().eResource() != file.eResource()) {
                continue;
            }
            checkOverlaps(encoding, index, problems);
            checkExpressions(encoding, index, problems);
            checkMemory(encoding, index, problems);
            checkExecute(encoding, index, problems);
            checkClass(encoding, problems);
        }
        report(problems);
    }

    private void checkDuplicateNames(SpecFile file, SpecIndex index, List<Problem> problems) {
        Map<String, EObject> seen = new HashMap<>();
        for (SpecFile other : index.files()) {
            for (Member member : other.getMembers()) {
                String name = nameOf(member);
                if (name == null) {
                    continue;
                }
                EObject first = seen.putIfAbsent(name, member);
                if (first != null && member.eResource() == file.eResource()) {
                    problems.add(new Problem(member, "duplicate name '" + name + "' (first declared at "
                            + EncodingResolver.fileOf(first) + ":" + EncodingResolver.lineOf(first) + ")"));
                }
            }
        }
    }

    private static String nameOf(Member member) {
        if (member instanceof Encoding e) {
            return e.getName();
        }
        if (member instanceof FormatDecl f) {
            return f.getName();
        }
        if (member instanceof FunctionDecl f) {
            return f.getName();
        }
        if (member instanceof OperationDecl o) {
            return o.getName();
        }
        if (member instanceof org.a64wb.spec.a64Spec.FieldDecl f) {
            return f.getName();
        }
        return null;
    }

    private void checkOverlaps(ResolvedEncoding encoding, SpecIndex index, List<Problem> problems) {
        for (ResolvedEncoding other : index.encodings()) {
            if (other == encoding || !encoding.overlaps(other)) {
                continue;
            }
            boolean constrained = !encoding.constraints().isEmpty() || !other.constraints().isEmpty();
            boolean ordered = encoding.priority() != other.priority();
            boolean specialised = encoding.mask() != other.mask()
                    && ((encoding.mask() & other.mask()) == other.mask() || (encoding.mask() & other.mask()) == encoding.mask());
            if (constrained || ordered || specialised) {
                continue;
            }
            String kind = encoding.mask() == other.mask() && encoding.match() == other.match() ? "duplicates the encoding of" : "overlaps";
            problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' " + kind + " '" + other.name() + "' ("
                    + other.location() + ") with no priority or constraint between them"));
        }
    }

    private void checkExpressions(ResolvedEncoding encoding, SpecIndex index, List<Problem> problems) {
        EncodingScope scope = new EncodingScope(encoding, index);
        for (LetDecl let : encoding.lets()) {
            scope.check(let.getValue(), let, "let '" + let.getName() + "'", problems);
        }
        for (Expression constraint : encoding.constraints()) {
            scope.check(constraint, constraint, "constraint", problems);
        }
        if (encoding.syntax() == null) {
            problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' has no 'asm' syntax template"));
        } else {
            checkTemplate(encoding.syntax().getTemplate(), encoding.syntax(), scope, problems);
        }
        for (Alias alias : encoding.aliases()) {
            checkTemplate(alias.getTemplate(), alias, scope, problems);
            if (alias.getCondition() != null) {
                scope.check(alias.getCondition(), alias, "alias condition", problems);
            }
        }
    }

    private void checkTemplate(String template, EObject node, EncodingScope scope, List<Problem> problems) {
        try {
            checkParts(templates.parse(template), node, scope, problems);
        } catch (TemplateSyntaxException e) {
            problems.add(new Problem(node, "syntax template of '" + scope.encoding().name() + "' at column " + (e.offset() + 1)
                    + ": " + e.getMessage()));
        }
    }

    private void checkParts(List<TemplatePart> parts, EObject node, EncodingScope scope, List<Problem> problems) {
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Placeholder placeholder) {
                scope.check(placeholder.value(), node, "syntax template", problems);
                if (placeholder.formatter() != null) {
                    EncodingScope.Binding binding = scope.lookup(placeholder.formatter(), true);
                    if (!(binding instanceof EncodingScope.Function function)) {
                        problems.add(new Problem(node, "unknown formatter '" + placeholder.formatter() + "' in syntax template of '"
                                + scope.encoding().name() + "'"));
                    } else {
                        int expected = function.declaration().getParams().size();
                        if (expected != placeholder.formatterArgs().size() + 1) {
                            problems.add(new Problem(node, "formatter '" + placeholder.formatter() + "' takes " + (expected - 1)
                                    + " extra arguments, not " + placeholder.formatterArgs().size()));
                        }
                        if (function.declaration().getType() != ValueType.STRING) {
                            problems.add(new Problem(node, "formatter '" + placeholder.formatter() + "' must return string"));
                        }
                    }
                    for (Expression arg : placeholder.formatterArgs()) {
                        scope.check(arg, node, "syntax template", problems);
                    }
                }
            } else if (part instanceof TemplatePart.Conditional conditional) {
                scope.check(conditional.condition(), node, "syntax template", problems);
                checkParts(conditional.then(), node, scope, problems);
                checkParts(conditional.otherwise(), node, scope, problems);
            }
        }
    }

    private void checkMemory(ResolvedEncoding encoding, SpecIndex index, List<Problem> problems) {
        if (encoding.memory().isEmpty()) {
            return;
        }
        EncodingScope scope = new EncodingScope(encoding, index);
        for (MemoryEntry entry : encoding.memory().values()) {
            String key = entry.getKey();
            if (!MemoryKeys.known(key)) {
                problems.add(new Problem(entry, "unknown memory-access key '" + key + "'"));
                continue;
            }
            List<String> words = MemoryKeys.ENUMERATED.get(key);
            if (words != null) {
                if (!(entry.getValue() instanceof Ref ref) || ref.isCall() || !words.contains(ref.getName())) {
                    problems.add(new Problem(entry, "memory-access key '" + key + "' takes one of " + words));
                }
                continue;
            }
            if (MemoryKeys.NUMERIC.contains(key) && entry.getValue() == null && entry.getList().isEmpty()) {
                problems.add(new Problem(entry, "memory-access key '" + key + "' needs a value"));
            }
            if (entry.getValue() != null) {
                scope.check(entry.getValue(), entry, "memory access", problems);
            }
            for (Expression value : entry.getList()) {
                scope.check(value, entry, "memory access", problems);
            }
        }
        for (String required : MemoryKeys.REQUIRED) {
            if (!encoding.memory().containsKey(required) && !(required.equals("base") && encoding.memory().containsKey("literal"))) {
                problems.add(new Problem(encoding.source(), "memory access of '" + encoding.name() + "' lacks '" + required + "'"));
            }
        }
    }

    /**
     * An {@code exec} binds every parameter of an operation of the same set exactly once, with values
     * the decoder alone can compute (no {@code pc}: the semantics read it from the CPU).
     */
    private void checkExecute(ResolvedEncoding encoding, SpecIndex index, List<Problem> problems) {
        OperationDecl operation = encoding.operation();
        if (operation == null || operation.eIsProxy()) {
            return;
        }
        if (operation.eResource() != null && SpecIndex.setOf((SpecFile) org.eclipse.xtext.EcoreUtil2.getRootContainer(operation)) != index.set()) {
            problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' executes '" + operation.getName()
                    + "', an operation of another instruction set"));
            return;
        }
        EncodingScope scope = new EncodingScope(encoding, index);
        Map<String, Parameter> parameters = new java.util.LinkedHashMap<>();
        for (Parameter parameter : operation.getParams()) {
            parameters.put(parameter.getName(), parameter);
        }
        for (ArgumentBinding argument : encoding.arguments().values()) {
            Parameter parameter = parameters.get(argument.getName());
            if (parameter == null) {
                problems.add(new Problem(argument, "operation '" + operation.getName() + "' has no parameter '" + argument.getName()
                        + "'; it takes " + parameters.keySet()));
                continue;
            }
            String context = "argument '" + argument.getName() + "'";
            ValueType type = scope.check(argument.getValue(), argument, context, problems);
            if (type == ValueType.STRING) {
                problems.add(new Problem(argument, context + " of '" + encoding.name() + "' is text; operations take numbers and booleans"));
            }
            if (mentionsPc(argument.getValue(), scope)) {
                problems.add(new Problem(argument, context + " of '" + encoding.name() + "' uses 'pc'; semantics read PC from the CPU"));
            }
            if (parameter.getType() != ParameterType.BOOL && type == ValueType.BOOL) {
                problems.add(new Problem(argument, context + " of '" + encoding.name() + "' is a condition but the parameter is "
                        + parameter.getType().getLiteral()));
            }
        }
        for (String name : parameters.keySet()) {
            if (!encoding.arguments().containsKey(name)) {
                problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' does not bind parameter '" + name
                        + "' of operation '" + operation.getName() + "'"));
            }
        }
    }

    private static boolean mentionsPc(Expression expression, EncodingScope scope) {
        for (java.util.Iterator<EObject> it = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(java.util.List.of(expression)); it.hasNext();) {
            if (it.next() instanceof Ref ref && !ref.isCall() && scope.lookup(ref.getName(), false) instanceof EncodingScope.ProgramCounter) {
                return true;
            }
        }
        return false;
    }

    private void checkClass(ResolvedEncoding encoding, List<Problem> problems) {
        if (encoding.instructionClass() == null) {
            problems.add(new Problem(encoding.source(), "encoding '" + encoding.name() + "' has no 'class'"));
        } else if (!MemoryKeys.CLASSES.contains(encoding.instructionClass())) {
            problems.add(new Problem(encoding.source(), "unknown class '" + encoding.instructionClass() + "'; one of " + MemoryKeys.CLASSES));
        }
    }

    private void report(List<Problem> problems) {
        for (Problem problem : problems) {
            getMessageAcceptor().acceptError(problem.message(), problem.node(), null, -1, null);
        }
    }

    // ---- system registers and SYS operations ----

    private static final String[] FIELD_NAMES = {"op0", "op1", "CRn", "CRm", "op2"};
    private static final int[] FIELD_MAX = {3, 7, 15, 15, 7};

    /** Arm ARM D19: op0 is 2 (debug, trace) or 3 for a register; op1 0..7, CRn and CRm 0..15, op2 0..7. */
    @Check
    public void checkSystemRegisterEncoding(SystemRegisterDecl register) {
        checkEncodingFields("register '" + register.getName() + "'", register, SystemRegisterFacts.fields(register), 2, 3);
    }

    /** A SYS operation has op0 = 1 (Arm ARM C5.3 "A64 System instructions for cache maintenance ..."). */
    @Check
    public void checkSystemOperationEncoding(SystemOperationDecl operation) {
        checkEncodingFields("operation '" + operation.getAlias() + " " + operation.getName() + "'", operation,
                SystemRegisterFacts.fields(operation), 1, 1);
    }

    private void checkEncodingFields(String what, EObject node, Long[] fields, int op0Min, int op0Max) {
        for (int i = 0; i < fields.length; i++) {
            long min = i == 0 ? op0Min : 0;
            long max = i == 0 ? op0Max : FIELD_MAX[i];
            if (fields[i] == null || fields[i] < min || fields[i] > max) {
                error(what + ": " + FIELD_NAMES[i] + " must be a number in " + min + ".." + max, node, null);
            }
        }
    }

    @Check
    public void checkSystemRegisterAccess(SystemRegisterDecl register) {
        if (!SystemRegisterFacts.ACCESSES.contains(register.getAccess())) {
            error("register '" + register.getName() + "': access '" + register.getAccess() + "' is none of R, W, RW", register,
                    A64SpecPackage.Literals.SYSTEM_REGISTER_DECL__ACCESS);
        }
    }

    /** A name in the generic form S<op0>_<op1>_C<n>_C<m>_<op2> is the encoding's own: the assembler reads it so. */
    @Check
    public void checkGenericSystemRegisterName(SystemRegisterDecl register) {
        String name = register.getName();
        String generic = SystemRegisterFacts.genericName(SystemRegisterFacts.fields(register));
        if (name != null && generic != null && name.matches("S[0-9]+_[0-9]+_C[0-9]+_C[0-9]+_[0-9]+") && !name.equals(generic)) {
            error("register '" + name + "' has a generic name of another encoding; its own is " + generic, register,
                    A64SpecPackage.Literals.MEMBER__NAME);
        }
    }

    /** Two registers of a set never share a name. */
    @Check(CheckType.NORMAL)
    public void checkSystemRegisterNamesAreUnique(SpecFile file) {
        Map<String, SystemRegisterDecl> seen = new HashMap<>();
        for (SystemRegisterDecl register : systemRegistersOfSet(file)) {
            SystemRegisterDecl first = seen.putIfAbsent(register.getName(), register);
            if (first != null && register.eResource() == file.eResource()) {
                error("duplicate system register '" + register.getName() + "' (first declared at " + EncodingResolver.fileOf(first)
                        + ":" + EncodingResolver.lineOf(first) + ")", register, A64SpecPackage.Literals.MEMBER__NAME);
            }
        }
    }

    /** One name per encoding and direction: MRS and MSR may name one encoding differently, never one direction twice. */
    @Check(CheckType.NORMAL)
    public void checkSystemRegisterEncodingsAreUnique(SpecFile file) {
        Map<Integer, SystemRegisterDecl> reads = new HashMap<>();
        Map<Integer, SystemRegisterDecl> writes = new HashMap<>();
        for (SystemRegisterDecl register : systemRegistersOfSet(file)) {
            int key = SystemRegisterFacts.pack(SystemRegisterFacts.fields(register));
            if (key < 0) {
                continue;
            }
            SystemRegisterDecl first = SystemRegisterFacts.readable(register) ? reads.putIfAbsent(key, register) : null;
            if (first == null && SystemRegisterFacts.writable(register)) {
                first = writes.putIfAbsent(key, register);
            }
            if (first != null && register.eResource() == file.eResource()) {
                error("register '" + register.getName() + "' has the encoding and direction of '" + first.getName() + "' ("
                        + EncodingResolver.fileOf(first) + ":" + EncodingResolver.lineOf(first) + ")", register, null);
            }
        }
    }

    /** Two SYS operations never share an encoding. */
    @Check(CheckType.NORMAL)
    public void checkSystemOperationEncodingsAreUnique(SpecFile file) {
        Map<Integer, SystemOperationDecl> seen = new HashMap<>();
        for (SpecFile other : SpecIndex.filesOfSet(file.eResource())) {
            for (Member member : other.getMembers()) {
                if (member instanceof SystemOperationDecl operation) {
                    int key = SystemRegisterFacts.pack(SystemRegisterFacts.fields(operation));
                    SystemOperationDecl first = key < 0 ? null : seen.putIfAbsent(key, operation);
                    if (first != null && operation.eResource() == file.eResource()) {
                        error("operation '" + operation.getAlias() + " " + operation.getName() + "' has the encoding of '"
                                + first.getAlias() + " " + first.getName() + "' (" + EncodingResolver.fileOf(first) + ":"
                                + EncodingResolver.lineOf(first) + ")", operation, null);
                    }
                }
            }
        }
    }

    /** The emulator's attributes need `state`, an EL for each direction and a known location. */
    @Check
    public void checkSystemRegisterState(SystemRegisterDecl register) {
        String name = "register '" + register.getName() + "'";
        if (register.getLocation() == null) {
            if (register.getReadEl() != null || register.getReset() != null || register.getWriteMask() != null
                    || register.getEl0Enable() != null || register.isDebugControl()) {
                error(name + " has emulator attributes but no 'state': say where its value lives", register, null);
            }
            return;
        }
        if (!SystemRegisterFacts.LOCATIONS.contains(register.getLocation())) {
            error(name + ": unknown location '" + register.getLocation() + "'; one of " + SystemRegisterFacts.LOCATIONS, register,
                    A64SpecPackage.Literals.SYSTEM_REGISTER_DECL__LOCATION);
        } else if (SystemRegisterFacts.LOCATIONS_WITH_ARGUMENT.contains(register.getLocation()) != (register.getLocationArgument() != null)) {
            error(name + ": location '" + register.getLocation() + "' " + (register.getLocationArgument() == null ? "needs" : "takes no")
                    + " argument", register, A64SpecPackage.Literals.SYSTEM_REGISTER_DECL__LOCATION);
        }
        if (SystemRegisterFacts.exceptionLevel(register.getReadEl()) < 0) {
            error(name + ": 'state' needs the lowest EL that accesses it, el0 .. el3", register,
                    A64SpecPackage.Literals.SYSTEM_REGISTER_DECL__READ_EL);
        }
        if (register.getWriteEl() != null && (SystemRegisterFacts.exceptionLevel(register.getWriteEl()) < 0 || !"RW".equals(register.getAccess()))) {
            error(name + ": a second EL (read/write) is for RW registers, el0 .. el3", register,
                    A64SpecPackage.Literals.SYSTEM_REGISTER_DECL__WRITE_EL);
        }
    }

    /** Values are numbers or the emulator's named constants; a read-only register has no write mask. */
    @Check
    public void checkSystemRegisterValues(SystemRegisterDecl register) {
        String name = "register '" + register.getName() + "'";
        if (register.getWriteMask() != null && !SystemRegisterFacts.writable(register)) {
            error(name + " is read-only: a write mask has no bits to give", register, A64SpecPackage.Literals.SYSTEM_REGISTER_DECL__WRITE_MASK);
        }
        for (String value : new String[] {register.getReset(), register.getWriteMask(), register.getLocationArgument()}) {
            if (value != null && Character.isDigit(value.charAt(0)) && SystemRegisterFacts.number(value) == null) {
                error(name + ": '" + value + "' is not a 64-bit number", register, null);
            }
        }
    }

    /** D13.2: EL0 reaches only the op1 = 3 encodings; an EL0 enable bit is a condition on an EL0 access. */
    @Check
    public void checkSystemRegisterEl0Access(SystemRegisterDecl register) {
        Long op1 = SystemRegisterFacts.number(register.getOp1());
        boolean el0 = SystemRegisterFacts.readEl(register) == 0 || SystemRegisterFacts.writeEl(register) == 0;
        if (el0 && op1 != null && op1 != 3) {
            error("register '" + register.getName() + "': EL0 accesses encodings with op1 = 3 only (Arm ARM D13.2)", register,
                    A64SpecPackage.Literals.SYSTEM_REGISTER_DECL__READ_EL);
        }
        if (register.getEl0Enable() != null && !el0) {
            error("register '" + register.getName() + "': 'el0-enable' needs an EL0 access", register,
                    A64SpecPackage.Literals.SYSTEM_REGISTER_DECL__EL0_ENABLE);
        }
    }

    @Check
    public void checkEl0EnableMask(El0Enable enable) {
        Long mask = SystemRegisterFacts.number(enable.getMask());
        if (mask == null || mask == 0) {
            error("'el0-enable' needs the nonzero mask of the enable bits", enable, A64SpecPackage.Literals.EL0_ENABLE__MASK);
        }
        SystemRegisterDecl register = enable.getRegister();
        if (register != null && !register.eIsProxy() && register.getLocation() == null) {
            error("'el0-enable' names '" + register.getName() + "', which has no 'state' to hold the enable bits", enable,
                    A64SpecPackage.Literals.EL0_ENABLE__REGISTER);
        }
    }

    @Check
    public void checkSystemOperationEffect(SystemOperationDecl operation) {
        String name = "operation '" + operation.getAlias() + " " + operation.getName() + "'";
        if (!SystemRegisterFacts.ALIASES.contains(operation.getAlias())) {
            error(name + ": unknown alias; one of " + SystemRegisterFacts.ALIASES, operation, A64SpecPackage.Literals.SYSTEM_OPERATION_DECL__ALIAS);
        }
        if (operation.getEffect() == null) {
            if (operation.getEl0Enable() != null) {
                error(name + ": 'el0-enable' without an effect", operation, A64SpecPackage.Literals.SYSTEM_OPERATION_DECL__EL0_ENABLE);
            }
            return;
        }
        if (!SystemRegisterFacts.EFFECTS.contains(operation.getEffect())) {
            error(name + ": unknown effect '" + operation.getEffect() + "'; one of " + SystemRegisterFacts.EFFECTS, operation,
                    A64SpecPackage.Literals.SYSTEM_OPERATION_DECL__EFFECT);
        }
        int el = SystemRegisterFacts.exceptionLevel(operation.getEl());
        if (el < 0) {
            error(name + ": the lowest EL that executes it is el0 .. el3", operation, A64SpecPackage.Literals.SYSTEM_OPERATION_DECL__EL);
        }
        Long op1 = SystemRegisterFacts.number(operation.getOp1());
        if (el == 0 && op1 != null && op1 != 3) {
            error(name + ": EL0 executes encodings with op1 = 3 only (Arm ARM D13.2)", operation, A64SpecPackage.Literals.SYSTEM_OPERATION_DECL__EL);
        }
        if (operation.getEl0Enable() != null && el != 0) {
            error(name + ": 'el0-enable' needs el0", operation, A64SpecPackage.Literals.SYSTEM_OPERATION_DECL__EL0_ENABLE);
        }
    }

    private static List<SystemRegisterDecl> systemRegistersOfSet(SpecFile file) {
        List<SystemRegisterDecl> registers = new ArrayList<>();
        for (SpecFile other : SpecIndex.filesOfSet(file.eResource())) {
            for (Member member : other.getMembers()) {
                if (member instanceof SystemRegisterDecl register) {
                    registers.add(register);
                }
            }
        }
        return registers;
    }
}
