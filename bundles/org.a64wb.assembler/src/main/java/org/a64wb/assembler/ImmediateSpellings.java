package org.a64wb.assembler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spellings llvm-mc accepts for immediates that no encoding has, rewritten to the instruction that does it (LLVM's
 * AArch64AsmParser does the same; the disassembler never prints them):
 * <ul>
 * <li>{@code bic, bics, orn, eon Rd, Rn, #imm}: {@code and, ands, orr, eor} with the inverted immediate (of the
 * register's width);</li>
 * <li>{@code add, sub, adds, subs Rd, Rn, #-imm{, lsl #12}} and {@code cmp, cmn Rn, #-imm}: the opposite operation
 * with {@code #imm};</li>
 * <li>the same with an unshifted immediate that only fits shifted (a multiple of 4096 up to 0xfff000): {@code #imm/4096,
 * lsl #12};</li>
 * <li>{@code ldr, str, ldrb ... ldrsw} with an offset the scaled unsigned form cannot hold (negative, unaligned):
 * {@code ldur, stur, ldurb ... ldursw} (not PRFM: llvm-mc 14 refuses it).</li>
 * </ul>
 * The encoder tries a statement as written first; a rewrite is only tried when that fails.
 */
final class ImmediateSpellings {

    private static final Map<String, String> INVERTED = Map.of("bic", "and", "bics", "ands", "orn", "orr", "eon", "eor");
    private static final Map<String, String> NEGATED = Map.of("add", "sub", "sub", "add", "adds", "subs", "subs", "adds", "cmp", "cmn",
            "cmn", "cmp");

    private static final Map<String, String> UNSCALED = Map.ofEntries(Map.entry("ldr", "ldur"), Map.entry("str", "stur"),
            Map.entry("ldrb", "ldurb"), Map.entry("strb", "sturb"), Map.entry("ldrh", "ldurh"), Map.entry("strh", "sturh"),
            Map.entry("ldrsb", "ldursb"), Map.entry("ldrsh", "ldursh"), Map.entry("ldrsw", "ldursw"));

    private ImmediateSpellings() {
    }

    /** The statement rewritten, or null when none of the spellings applies. */
    static List<Atom> rewrite(List<Atom> atoms) {
        if (atoms.isEmpty() || atoms.get(0).kind() != Atom.Kind.WORD) {
            return null;
        }
        String mnemonic = atoms.get(0).word();
        String inverted = INVERTED.get(mnemonic);
        if (inverted != null && atoms.size() == 6 && registerOperands(atoms, 2) && number(atoms.get(5))) {
            boolean wide = atoms.get(1).word().startsWith("x") || atoms.get(1).word().equals("sp");
            long value = ~atoms.get(5).value();
            return with(atoms, inverted, 5, wide ? value : value & 0xffff_ffffL);
        }
        String unscaled = UNSCALED.get(mnemonic);
        if (unscaled != null && unsignedOffsetForm(atoms)) {
            return with(atoms, unscaled, atoms.size() - 2, atoms.get(atoms.size() - 2).value());
        }
        String negated = NEGATED.get(mnemonic);
        if (negated != null) {
            int registers = mnemonic.startsWith("cm") ? 1 : 2;
            int immediate = 1 + 2 * registers;
            if (atoms.size() <= immediate || !registerOperands(atoms, registers) || !number(atoms.get(immediate))) {
                return null;
            }
            long value = atoms.get(immediate).value();
            if (value < 0 && value != Long.MIN_VALUE) {
                mnemonic = negated;
                value = -value;
            }
            if (atoms.size() == immediate + 4 && atoms.get(immediate + 2).kind() == Atom.Kind.WORD && atoms.get(immediate + 2).word().equals("lsl")
                    && number(atoms.get(immediate + 3)) && atoms.get(immediate + 3).value() == 0) {
                atoms = atoms.subList(0, immediate + 1); // an explicit LSL #0 is no shift
            }
            if (atoms.size() == immediate + 1 && value > 0xfff && (value & 0xfff) == 0 && value <= 0xfff000L) {
                List<Atom> shifted = with(atoms, mnemonic, immediate, value >>> 12);
                Atom at = atoms.get(immediate);
                shifted.add(Atom.punct(',', at.line(), at.column()));
                shifted.add(Atom.word("lsl", at.line(), at.column()));
                shifted.add(Atom.number(12, false, "12", at.line(), at.column()));
                return shifted;
            }
            return mnemonic.equals(atoms.get(0).word()) ? null : with(atoms, mnemonic, immediate, value);
        }
        return null;
    }

    /** The statement ends in {@code [Xn, #imm]} without writeback: the offset form that has an unscaled twin. */
    private static boolean unsignedOffsetForm(List<Atom> atoms) {
        int n = atoms.size();
        return n >= 7 && punct(atoms.get(n - 1), ']') && number(atoms.get(n - 2)) && punct(atoms.get(n - 3), ',')
                && atoms.get(n - 4).kind() == Atom.Kind.WORD && punct(atoms.get(n - 5), '[');
    }

    private static boolean punct(Atom atom, char c) {
        return atom.kind() == Atom.Kind.PUNCT && atom.punct() == c;
    }

    /** Atoms 1 .. 2n-1 are n words separated by commas, and a comma follows. */
    private static boolean registerOperands(List<Atom> atoms, int count) {
        for (int i = 0; i < count; i++) {
            Atom register = atoms.get(1 + 2 * i);
            Atom comma = atoms.get(2 + 2 * i);
            if (register.kind() != Atom.Kind.WORD || register.hasValue() || comma.kind() != Atom.Kind.PUNCT || comma.punct() != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean number(Atom atom) {
        return atom.kind() == Atom.Kind.NUMBER && atom.hasValue() && !atom.address();
    }

    private static List<Atom> with(List<Atom> atoms, String mnemonic, int immediate, long value) {
        List<Atom> rewritten = new ArrayList<>(atoms);
        Atom first = atoms.get(0);
        rewritten.set(0, Atom.word(mnemonic, first.line(), first.column()));
        rewritten.set(immediate, atoms.get(immediate).withValue(value, false));
        return rewritten;
    }
}
