package org.a64wb.isa.api.syntax;

import java.util.List;

/**
 * One way to write an encoding: its base template ({@code alias} false, condition null) or a
 * preferred alias with the condition under which the disassembler chooses it.
 */
public record SyntaxForm(List<SyntaxPart> parts, SyntaxExpr condition, boolean alias) {
}
