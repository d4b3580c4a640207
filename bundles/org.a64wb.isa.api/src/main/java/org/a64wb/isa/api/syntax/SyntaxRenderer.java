package org.a64wb.isa.api.syntax;

import java.util.List;
import java.util.Map;

/** Prints a syntax form for given operand field values, exactly as the generated disassembler would. */
public final class SyntaxRenderer {

    private SyntaxRenderer() {
    }

    public static String render(SyntaxForm form, Map<String, Long> fields, long pc) {
        StringBuilder out = new StringBuilder();
        render(form.parts(), fields, pc, out);
        return out.toString();
    }

    public static void render(List<SyntaxPart> parts, Map<String, Long> fields, long pc, StringBuilder out) {
        for (SyntaxPart part : parts) {
            if (part instanceof SyntaxPart.Text text) {
                out.append(text.text());
            } else if (part instanceof SyntaxPart.Number number) {
                out.append(number.value().value(fields::get, pc));
            } else if (part instanceof SyntaxPart.Formatted formatted) {
                long[] args = formatted.args().stream().mapToLong(a -> a.evaluate(fields::get, pc)).toArray();
                out.append(formatted.function().apply(args));
            } else if (part instanceof SyntaxPart.Optional optional) {
                render(optional.condition().evaluate(fields::get, pc) != 0 ? optional.then() : optional.otherwise(), fields, pc, out);
            }
        }
    }
}
