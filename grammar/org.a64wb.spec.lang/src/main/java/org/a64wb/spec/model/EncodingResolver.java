package org.a64wb.spec.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a64wb.spec.a64Spec.Alias;
import org.a64wb.spec.a64Spec.ArgumentBinding;
import org.a64wb.spec.a64Spec.ClassAttr;
import org.a64wb.spec.a64Spec.Constraint;
import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.Execute;
import org.a64wb.spec.a64Spec.Expression;
import org.a64wb.spec.a64Spec.FeatureAttr;
import org.a64wb.spec.a64Spec.FieldBinding;
import org.a64wb.spec.a64Spec.FixedBits;
import org.a64wb.spec.a64Spec.FormatDecl;
import org.a64wb.spec.a64Spec.LetDecl;
import org.a64wb.spec.a64Spec.MemoryAccessAttr;
import org.a64wb.spec.a64Spec.MemoryEntry;
import org.a64wb.spec.a64Spec.OperationDecl;
import org.a64wb.spec.a64Spec.Pattern;
import org.a64wb.spec.a64Spec.PatternElement;
import org.a64wb.spec.a64Spec.PatternField;
import org.a64wb.spec.a64Spec.Priority;
import org.a64wb.spec.a64Spec.Property;
import org.a64wb.spec.a64Spec.SpecFile;
import org.a64wb.spec.a64Spec.Syntax;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Folds a format into an encoding and lays its pattern out as mask, match and fields. */
public final class EncodingResolver {

    public static final int WORD_BITS = 32;

    /** Bit layout of a pattern: fixed bits and fields, or the problems that stop it from being one. */
    public record Layout(int mask, int match, List<FieldSlot> fields, int width) {
    }

    public Layout layout(Pattern pattern, List<Problem> problems) {
        int mask = 0;
        int match = 0;
        int position = WORD_BITS;
        List<FieldSlot> fields = new ArrayList<>();
        for (PatternElement element : pattern.getElements()) {
            if (element instanceof FixedBits fixed) {
                String bits = fixed.getBits();
                if (!isBitString(bits)) {
                    problems.add(new Problem(fixed, "'" + bits + "' is not a bit string: use only 0, 1 and '.'"));
                    continue;
                }
                for (char c : bits.toCharArray()) {
                    position--;
                    if (position >= 0 && c != '.') {
                        mask |= 1 << position;
                        if (c == '1') {
                            match |= 1 << position;
                        }
                    }
                }
            } else if (element instanceof PatternField field) {
                int width;
                Long value = null;
                if (field.getValue() != null) {
                    String bits = field.getValue();
                    if (!isBitString(bits) || bits.contains(".")) {
                        problems.add(new Problem(field, "field '" + field.getName() + "' is fixed to '" + bits + "', which is not a string of 0 and 1"));
                        continue;
                    }
                    width = bits.length();
                    value = Long.parseLong(bits, 2);
                } else {
                    width = parseNumber(field.getWidth());
                    if (width < 1 || width > WORD_BITS) {
                        problems.add(new Problem(field, "field '" + field.getName() + "' has width " + field.getWidth() + "; a field is 1 to 32 bits wide"));
                        continue;
                    }
                }
                if (fields.stream().anyMatch(f -> f.name().equals(field.getName()))) {
                    problems.add(new Problem(field, "duplicate field '" + field.getName() + "' in one pattern"));
                }
                position -= width;
                if (position >= 0) {
                    fields.add(new FieldSlot(field.getName(), position, width, field.isSigned(), value));
                    if (value != null) {
                        int fieldMask = (int) (((1L << width) - 1) << position);
                        mask |= fieldMask;
                        match |= (int) (value << position);
                    }
                }
            }
        }
        return new Layout(mask, match, fields, WORD_BITS - position);
    }

    public Optional<ResolvedEncoding> resolve(Encoding encoding, List<Problem> problems) {
        List<Problem> local = new ArrayList<>();
        Layout layout;
        FormatDecl format = null;
        if (encoding.getPattern() != null) {
            layout = layout(encoding.getPattern(), local);
            if (layout.width() != WORD_BITS) {
                local.add(new Problem(encoding.getPattern(), "the pattern of '" + encoding.getName() + "' has " + layout.width() + " bits; an A64 encoding has 32"));
            }
        } else {
            format = encoding.getFormat().getFormat();
            if (format == null || format.eIsProxy()) {
                problems.add(new Problem(encoding.getFormat(), "unknown format"));
                return Optional.empty();
            }
            layout = layout(format.getPattern(), new ArrayList<>());
            if (layout.width() != WORD_BITS) {
                local.add(new Problem(encoding.getFormat(), "format '" + format.getName() + "' has " + layout.width() + " bits; an A64 encoding has 32"));
            }
            layout = bind(layout, encoding.getFormat().getBindings(), local);
        }
        problems.addAll(local);
        if (!local.isEmpty()) {
            return Optional.empty();
        }

        List<LetDecl> lets = new ArrayList<>();
        List<Expression> constraints = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        Map<String, MemoryEntry> memory = new LinkedHashMap<>();
        Syntax[] syntax = {null};
        int[] priority = {0};
        String[] instructionClass = {null};
        String[] feature = {null};
        OperationDecl[] operation = {null};
        Map<String, ArgumentBinding> arguments = new LinkedHashMap<>();
        List<Property> properties = new ArrayList<>();
        if (format != null) {
            properties.addAll(format.getProperties());
        }
        properties.addAll(encoding.getProperties());
        for (Property property : properties) {
            if (property instanceof LetDecl let) {
                lets.add(let);
            } else if (property instanceof Constraint constraint) {
                constraints.add(constraint.getCondition());
            } else if (property instanceof Alias alias) {
                aliases.add(alias);
            } else if (property instanceof Syntax s) {
                syntax[0] = s;
            } else if (property instanceof Priority p) {
                priority[0] = parseNumber(p.getValue());
            } else if (property instanceof ClassAttr c) {
                instructionClass[0] = c.getValue();
            } else if (property instanceof FeatureAttr f) {
                feature[0] = f.getValue();
            } else if (property instanceof Execute execute) {
                // Another operation than the format's replaces its bindings; the same one completes them.
                if (execute.getOperation() != operation[0]) {
                    arguments.clear();
                    operation[0] = execute.getOperation();
                }
                for (ArgumentBinding argument : execute.getArguments()) {
                    arguments.put(argument.getName(), argument);
                }
            } else if (property instanceof MemoryAccessAttr m) {
                for (MemoryEntry entry : m.getEntries()) {
                    memory.put(entry.getKey(), entry);
                }
            }
        }
        return Optional.of(new ResolvedEncoding(encoding, encoding.getName(), layout.mask(), layout.match(),
                List.copyOf(layout.fields()), List.copyOf(lets), List.copyOf(constraints), priority[0], syntax[0],
                List.copyOf(aliases), instructionClass[0], feature[0], memory, operation[0], arguments, fileOf(encoding), lineOf(encoding)));
    }

    private Layout bind(Layout layout, List<FieldBinding> bindings, List<Problem> problems) {
        int mask = layout.mask();
        int match = layout.match();
        List<FieldSlot> fields = new ArrayList<>(layout.fields());
        for (FieldBinding binding : bindings) {
            int index = -1;
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(binding.getField())) {
                    index = i;
                }
            }
            if (index < 0) {
                problems.add(new Problem(binding, "the format has no field '" + binding.getField() + "'"));
                continue;
            }
            FieldSlot slot = fields.get(index);
            String bits = binding.getBits();
            if (!isBitString(bits) || bits.contains(".")) {
                problems.add(new Problem(binding, "'" + bits + "' is not a string of 0 and 1"));
                continue;
            }
            if (!slot.isOperand()) {
                problems.add(new Problem(binding, "field '" + slot.name() + "' is already fixed by the format"));
                continue;
            }
            if (bits.length() != slot.width()) {
                problems.add(new Problem(binding, "value '" + bits + "' has " + bits.length() + " bits but field '" + slot.name()
                        + "' is " + slot.width() + " bits wide"));
                continue;
            }
            long value = Long.parseLong(bits, 2);
            mask |= (int) (((1L << slot.width()) - 1) << slot.lsb());
            match |= (int) (value << slot.lsb());
            fields.set(index, new FieldSlot(slot.name(), slot.lsb(), slot.width(), slot.signed(), value));
        }
        return new Layout(mask, match, fields, layout.width());
    }

    public static boolean isBitString(String text) {
        return text != null && !text.isEmpty() && text.chars().allMatch(c -> c == '0' || c == '1' || c == '.');
    }

    /** Decimal, 0x hex or 0b binary, with '_' separators. */
    public static int parseNumber(String text) {
        return (int) parseLong(text);
    }

    public static long parseLong(String text) {
        String clean = text.replace("_", "");
        if (clean.startsWith("0x") || clean.startsWith("0X")) {
            return Long.parseUnsignedLong(clean.substring(2), 16);
        }
        if (clean.startsWith("0b") || clean.startsWith("0B")) {
            return Long.parseUnsignedLong(clean.substring(2), 2);
        }
        return Long.parseLong(clean);
    }

    public static String fileOf(EObject node) {
        SpecFile file = EcoreUtil2.getContainerOfType(node, SpecFile.class);
        return file == null ? "<memory>" : SpecIndex.fileName(file);
    }

    public static int lineOf(EObject node) {
        ICompositeNode parsed = NodeModelUtils.getNode(node);
        return parsed == null ? 0 : parsed.getStartLine();
    }
}
