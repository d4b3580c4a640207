package org.a64wb.spec.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.FormatDecl;
import org.a64wb.spec.a64Spec.SystemOperationDecl;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;
import org.a64wb.spec.model.EncodingResolver;
import org.a64wb.spec.model.Problem;
import org.a64wb.spec.model.ResolvedEncoding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;

/**
 * Hover on an instruction or a format (its name or a reference to it): its encoding diagram; on a system register
 * or SYS operation: its encoding, the words that name it and what the emulator does with it.
 */
public class EncodingHoverService extends HoverService {

    @Override
    protected MarkupContent getMarkupContent(HoverContext context) {
        Optional<String> diagram = describe(context.getElement());
        return diagram.isPresent() ? new MarkupContent(MarkupKind.MARKDOWN, diagram.get()) : super.getMarkupContent(context);
    }

    static Optional<String> describe(EObject element) {
        List<Problem> problems = new ArrayList<>();
        EncodingResolver resolver = new EncodingResolver();
        if (element instanceof Encoding encoding) {
            Optional<ResolvedEncoding> resolved = resolver.resolve(encoding, problems);
            if (resolved.isEmpty()) {
                return Optional.of("**insn " + encoding.getName() + "**: no diagram while the encoding has errors ("
                        + problems.get(0).message() + ")");
            }
            ResolvedEncoding r = resolved.get();
            EncodingResolver.Layout layout = new EncodingResolver.Layout(r.mask(), r.match(), r.fields(), EncodingResolver.WORD_BITS);
            String format = encoding.getFormat() == null ? "" : " (format `" + encoding.getFormat().getFormat().getName() + "`)";
            String syntax = r.syntax() == null ? "" : "\n\n`" + r.syntax().getTemplate() + "`";
            return Optional.of("**insn " + r.name() + "**" + format + syntax + "\n\n```\n" + EncodingDiagram.render(layout) + "```\n");
        }
        if (element instanceof FormatDecl format) {
            EncodingResolver.Layout layout = resolver.layout(format.getPattern(), problems);
            if (!problems.isEmpty() || layout.width() != EncodingResolver.WORD_BITS) {
                return Optional.of("**format " + format.getName() + "**: no diagram while the pattern has errors");
            }
            return Optional.of("**format " + format.getName() + "**\n\n```\n" + EncodingDiagram.render(layout) + "```\n");
        }
        if (element instanceof SystemRegisterDecl register) {
            return Optional.of(SystemRegisterHover.describe(register));
        }
        if (element instanceof SystemOperationDecl operation) {
            return Optional.of(SystemRegisterHover.describe(operation));
        }
        return Optional.empty();
    }
}
