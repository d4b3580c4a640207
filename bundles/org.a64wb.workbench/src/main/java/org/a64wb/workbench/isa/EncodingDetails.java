package org.a64wb.workbench.isa;

import java.util.List;

import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.FieldInfo;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.syntax.SyntaxForm;

/** What the ISA explorer says about one encoding, below its diagram. */
public final class EncodingDetails {

    private EncodingDetails() {
    }

    public static String describe(InstructionSet set, int id) {
        EncodingInfo encoding = set.encodings().get(id);
        StringBuilder text = new StringBuilder();
        text.append(encoding.name()).append("   (").append(set.name()).append(", ").append(encoding.location()).append(")\n");
        text.append("group:    ").append(encoding.group()).append('\n');
        text.append("class:    ").append(encoding.instructionClass()).append('\n');
        text.append("feature:  ").append(encoding.feature() == null || encoding.feature().isEmpty() ? "-" : encoding.feature()).append('\n');
        text.append(String.format("pattern:  mask %08x match %08x%n", encoding.mask(), encoding.match()));
        text.append("fields:  ");
        if (encoding.fields().isEmpty()) {
            text.append(" -");
        }
        for (FieldInfo field : encoding.fields()) {
            text.append(' ').append(field.name()).append('[').append(field.lsb() + field.width() - 1);
            if (field.width() > 1) {
                text.append(':').append(field.lsb());
            }
            text.append(']').append(field.signed() ? " signed" : "");
        }
        text.append('\n');
        List<SyntaxForm> forms = set.syntax(id);
        for (SyntaxForm form : forms) {
            text.append(form.alias() ? "alias:    " : "syntax:   ").append(SyntaxTemplates.describe(form)).append('\n');
        }
        // The descriptor depends on field values; the encoding's own match word (free bits clear) is a representative.
        text.append("memory:   ").append(set.memoryAccess(id, encoding.match()).map(Object::toString).orElse("-")).append('\n');
        return text.toString();
    }
}
