package org.a64wb.spec.formatting2;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.a64wb.spec.a64Spec.A64SpecPackage;
import org.a64wb.spec.a64Spec.ArgumentBinding;
import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.FieldBinding;
import org.a64wb.spec.a64Spec.FormatDecl;
import org.a64wb.spec.a64Spec.FunctionDecl;
import org.a64wb.spec.a64Spec.InstructionSetDecl;
import org.a64wb.spec.a64Spec.Member;
import org.a64wb.spec.a64Spec.MemoryEntry;
import org.a64wb.spec.a64Spec.PatternField;
import org.a64wb.spec.a64Spec.Property;
import org.a64wb.spec.a64Spec.SpecFile;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;
import org.a64wb.spec.a64Spec.Unary;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.internal.AbstractTextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The canonical layout of a spec, as isa-spec/ is written: one declaration per line starting at column 0, at
 * most two blank lines between declarations, each attribute of a format or encoding on its own line indented by
 * four spaces (its continuation lines by eight), one space between tokens except inside a field ({@code imm7:7},
 * {@code V=0}), a binding ({@code size=00}, {@code op=load}), a qualified name, a call's parentheses and before
 * commas, and inside a register's {@code el0/el1}. A {@code sysreg} or {@code sysop} is one line. Line breaks the
 * author put inside an attribute stay. Comments stay where they are.
 */
public class A64SpecFormatter extends AbstractFormatter2 {

    /** The spec style indents by four spaces whatever the editor's tab settings say. */
    public static final String INDENTATION = "    ";

    /** Blank lines kept between declarations and after comments; more are removed. */
    private static final int MAX_BLANK_LINES = 2;

    @Override
    protected void initialize(FormatterRequest request) {
        request.setPreferences(new MapBasedPreferenceValues(request.getPreferences(),
                Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION)));
        super.initialize(request);
    }

    /** Blank lines after a comment stay, up to two (Xtext would join the comments and code of one hidden region). */
    @Override
    public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
        return new HiddenRegionReplacer(region, formatting) {
            @Override
            protected void applyHiddenRegionFormatting(List<ITextReplacer> replacers) {
                super.applyHiddenRegionFormatting(replacers);
                for (int i = 1; i < replacers.size(); i++) {
                    if (replacers.get(i - 1) instanceof CommentReplacer && replacers.get(i) instanceof WhitespaceReplacer after) {
                        // The newline that ends the comment is the replacer's to write, too: one more than the blank lines.
                        long blank = after.getRegion().getText().chars().filter(c -> c == '\n').count();
                        int lines = (int) Math.min(MAX_BLANK_LINES, blank) + 1;
                        after.getFormatting().setNewLinesMin(lines);
                        after.getFormatting().setNewLinesDefault(lines);
                        after.getFormatting().setNewLinesMax(lines);
                    }
                }
            }
        };
    }

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (object instanceof XtextResource resource) {
            _format(resource, document);
        } else if (object instanceof SpecFile file) {
            formatFile(file, document);
        }
    }

    private void formatFile(SpecFile file, IFormattableDocument document) {
        Set<IHiddenRegion> lineStarts = new HashSet<>();
        for (Member member : file.getMembers()) {
            lineStarts.add(textRegionExtensions.regionForEObject(member).getPreviousHiddenRegion());
            for (Property property : propertiesOf(member)) {
                lineStarts.add(textRegionExtensions.regionForEObject(property).getPreviousHiddenRegion());
            }
        }
        ISemanticRegion region = textRegionExtensions.regionForEObject(file).getPreviousHiddenRegion().getNextSemanticRegion();
        // Between any two tokens: what spacing() says, or the author's line break (low priority: the rules below win).
        while (region != null) {
            ISemanticRegion next = region.getNextSemanticRegion();
            if (next == null) {
                break;
            }
            IHiddenRegion between = region.getNextHiddenRegion();
            if (lineStarts.contains(between)) {
                region = next;
                continue;
            }
            boolean lineBreak = between.getLineCount() > 1;
            boolean space = spaced(region, next);
            document.set(between, f -> {
                f.lowPriority();
                if (lineBreak) {
                    f.setNewLines(1);
                } else if (space) {
                    f.oneSpace();
                } else {
                    f.noSpace();
                }
            });
            region = next;
        }
        // A qualified name is one token to the formatter: its inner spaces go by hand.
        if (file.getHeader() instanceof InstructionSetDecl set) {
            joinQualifiedName(textRegionExtensions.regionFor(set).feature(A64SpecPackage.Literals.INSTRUCTION_SET_DECL__JAVA_PACKAGE), document);
        }
        for (Member member : file.getMembers()) {
            if (member instanceof FunctionDecl function) {
                joinQualifiedName(textRegionExtensions.regionFor(function).feature(A64SpecPackage.Literals.FUNCTION_DECL__JAVA_METHOD), document);
            }
            document.prepend(member, f -> f.setNewLines(1, 1, MAX_BLANK_LINES + 1));
            List<Property> properties = propertiesOf(member);
            if (properties.isEmpty()) {
                continue;
            }
            for (Property property : properties) {
                document.prepend(property, f -> f.setNewLines(1, 1, MAX_BLANK_LINES + 1));
                document.interior(property, IHiddenRegionFormatter::indent);
            }
            IHiddenRegion start = textRegionExtensions.regionForEObject(properties.get(0)).getPreviousHiddenRegion();
            IHiddenRegion end = textRegionExtensions.regionForEObject(member).getNextHiddenRegion();
            document.set(start, end, IHiddenRegionFormatter::indent);
        }
    }

    private static void joinQualifiedName(ISemanticRegion name, IFormattableDocument document) {
        if (name == null || name.getText().chars().noneMatch(Character::isWhitespace)) {
            return;
        }
        String joined = name.getText().replaceAll("\\s+", "");
        document.addReplacer(new AbstractTextReplacer(document, name) {
            @Override
            public ITextReplacerContext createReplacements(ITextReplacerContext context) {
                context.addReplacement(name.replaceWith(joined));
                return context;
            }
        });
    }

    private static List<Property> propertiesOf(Member member) {
        return member instanceof Encoding e ? e.getProperties() : member instanceof FormatDecl f ? f.getProperties() : List.of();
    }

    /** Whether one space separates two adjacent tokens on a line (otherwise none). */
    static boolean spaced(ISemanticRegion left, ISemanticRegion right) {
        String l = left.getText();
        String r = right.getText();
        EObject leftElement = left.getSemanticElement();
        EObject rightElement = right.getSemanticElement();
        if (r.equals(",") || r.equals(")") || r.equals("]") || l.equals("(") || l.equals("[")) {
            return false;
        }
        if (leftElement instanceof Unary && left.getGrammarElement() instanceof Keyword && isFirst(left)) {
            return false;
        }
        if (isTight(left) || isTight(right)) {
            return false;
        }
        if (r.equals("(")) {
            // A call, a format use, a declaration's parameters and mem( take no space; a parenthesised operand does.
            return !(l.equals("mem") || !(left.getGrammarElement() instanceof Keyword) && isIdentifier(l));
        }
        if ((l.equals(".") || r.equals(".")) && (leftElement instanceof FunctionDecl || leftElement instanceof InstructionSetDecl)) {
            return false;
        }
        // A register's read and write ELs are one word: el0/el1.
        if ((l.equals("/") || r.equals("/")) && leftElement instanceof SystemRegisterDecl) {
            return false;
        }
        return !(r.equals(":") && rightElement instanceof FunctionDecl);
    }

    /** '=' and ':' inside a field, a field binding, an argument binding or a memory-access entry. */
    private static boolean isTight(ISemanticRegion region) {
        String text = region.getText();
        EObject element = region.getSemanticElement();
        return (text.equals("=") || text.equals(":")) && (element instanceof PatternField || element instanceof FieldBinding
                || element instanceof ArgumentBinding || element instanceof MemoryEntry);
    }

    private static boolean isIdentifier(String text) {
        return !text.isEmpty() && (Character.isLetter(text.charAt(0)) || text.charAt(0) == '_' || text.charAt(0) == '^');
    }

    private static boolean isFirst(ISemanticRegion region) {
        return region.getEObjectRegion().getPreviousHiddenRegion().getNextSemanticRegion() == region;
    }
}
