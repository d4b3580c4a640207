package org.a64wb.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a64wb.spec.a64Spec.Alias;
import org.a64wb.spec.a64Spec.ArgumentBinding;
import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.Expression;
import org.a64wb.spec.a64Spec.LetDecl;
import org.a64wb.spec.a64Spec.MemoryEntry;
import org.a64wb.spec.a64Spec.OperationDecl;
import org.a64wb.spec.a64Spec.Syntax;

/**
 * One encoding with its format folded in: fixed bits as mask/match, fields with their bit positions,
 * and every attribute the generator needs. Lets are ordered format first, then encoding. An encoding
 * with an {@code operation} executes it with {@code arguments} (format bindings merged with the
 * encoding's); one without is executed by a method of its own taking its operand fields.
 */
public record ResolvedEncoding(
        Encoding source,
        String name,
        int mask,
        int match,
        List<FieldSlot> fields,
        List<LetDecl> lets,
        List<Expression> constraints,
        int priority,
        Syntax syntax,
        List<Alias> aliases,
        String instructionClass,
        String feature,
        Map<String, MemoryEntry> memory,
        OperationDecl operation,
        Map<String, ArgumentBinding> arguments,
        String file,
        int line) {

    public Optional<FieldSlot> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<FieldSlot> operandFields() {
        return fields.stream().filter(FieldSlot::isOperand).toList();
    }

    public boolean executesOperation() {
        return operation != null;
    }

    public boolean hasMemoryAccess() {
        return !memory.isEmpty();
    }

    /** True when some word matches both fixed-bit patterns. */
    public boolean overlaps(ResolvedEncoding other) {
        return ((match ^ other.match) & mask & other.mask) == 0;
    }

    public String location() {
        return file + ":" + line;
    }
}
