package org.a64wb.spec.template;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.spec.a64Spec.Expression;
import org.a64wb.spec.a64Spec.Ref;
import org.a64wb.spec.services.A64SpecGrammarAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

import com.google.inject.Inject;

/**
 * Parses assembly-syntax templates. Placeholder expressions go through the language's own
 * Expression rule, so a template and a {@code where} clause speak the same expression language.
 */
public class TemplateParser {

    @Inject
    private IParser parser;

    @Inject
    private A64SpecGrammarAccess grammar;

    public List<TemplatePart> parse(String template) throws TemplateSyntaxException {
        Cursor cursor = new Cursor(template);
        List<TemplatePart> parts = parseParts(cursor, false);
        if (!cursor.atEnd()) {
            throw new TemplateSyntaxException("unexpected '" + cursor.rest() + "'", cursor.position);
        }
        return parts;
    }

    private static final class Cursor {
        final String text;
        int position;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        boolean startsWith(String prefix) {
            return text.startsWith(prefix, position);
        }

        String rest() {
            return text.substring(position);
        }
    }

    private List<TemplatePart> parseParts(Cursor cursor, boolean nested) throws TemplateSyntaxException {
        List<TemplatePart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (!cursor.atEnd()) {
            if (cursor.startsWith("{{")) {
                text.append('{');
                cursor.position += 2;
            } else if (cursor.startsWith("}}")) {
                text.append('}');
                cursor.position += 2;
            } else if (cursor.startsWith("{:}") || cursor.startsWith("{/}")) {
                if (!nested) {
                    throw new TemplateSyntaxException("'" + cursor.text.substring(cursor.position, cursor.position + 3)
                            + "' without an opening '{?condition}'", cursor.position);
                }
                break;
            } else if (cursor.startsWith("{?")) {
                flush(text, parts);
                int start = cursor.position;
                String condition = closing(cursor, cursor.position + 2);
                Expression parsed = expression(condition, start + 2);
                List<TemplatePart> then = parseParts(cursor, true);
                List<TemplatePart> otherwise = List.of();
                if (cursor.startsWith("{:}")) {
                    cursor.position += 3;
                    otherwise = parseParts(cursor, true);
                }
                if (!cursor.startsWith("{/}")) {
                    throw new TemplateSyntaxException("'{?" + condition + "}' is not closed by '{/}'", start);
                }
                cursor.position += 3;
                parts.add(new TemplatePart.Conditional(parsed, then, otherwise));
            } else if (cursor.startsWith("{")) {
                flush(text, parts);
                int start = cursor.position;
                String body = closing(cursor, cursor.position + 1);
                parts.add(placeholder(body, start + 1));
            } else if (cursor.startsWith("}")) {
                throw new TemplateSyntaxException("unmatched '}' (write '}}' for a literal brace)", cursor.position);
            } else {
                text.append(cursor.text.charAt(cursor.position++));
            }
        }
        flush(text, parts);
        return parts;
    }

    private static void flush(StringBuilder text, List<TemplatePart> parts) {
        if (text.length() > 0) {
            parts.add(new TemplatePart.Text(text.toString()));
            text.setLength(0);
        }
    }

    /** Returns the text up to the matching '}' and moves past it. */
    private static String closing(Cursor cursor, int from) throws TemplateSyntaxException {
        int depth = 0;
        for (int i = from; i < cursor.text.length(); i++) {
            char c = cursor.text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '}' && depth == 0) {
                cursor.position = i + 1;
                return cursor.text.substring(from, i);
            }
        }
        throw new TemplateSyntaxException("'{' is not closed", from - 1);
    }

    private TemplatePart placeholder(String body, int offset) throws TemplateSyntaxException {
        int depth = 0;
        int colon = -1;
        for (int i = 0; i < body.length() && colon < 0; i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ':' && depth == 0) {
                colon = i;
            }
        }
        if (colon < 0) {
            return new TemplatePart.Placeholder(expression(body, offset), null, List.of());
        }
        Expression value = expression(body.substring(0, colon), offset);
        String formatterText = body.substring(colon + 1).trim();
        Expression formatter = expression(formatterText, offset + colon + 1);
        if (!(formatter instanceof Ref ref)) {
            throw new TemplateSyntaxException("'" + formatterText + "' is not a formatter name", offset + colon + 1);
        }
        return new TemplatePart.Placeholder(value, ref.getName(), List.copyOf(ref.getArgs()));
    }

    private Expression expression(String text, int offset) throws TemplateSyntaxException {
        if (text.isBlank()) {
            throw new TemplateSyntaxException("empty placeholder", offset);
        }
        IParseResult result = parser.parse(grammar.getExpressionRule(), new StringReader(text));
        if (result.hasSyntaxErrors()) {
            StringBuilder message = new StringBuilder("bad expression '" + text + "'");
            for (INode error : result.getSyntaxErrors()) {
                message.append(": ").append(error.getSyntaxErrorMessage().getMessage());
                break;
            }
            throw new TemplateSyntaxException(message.toString(), offset);
        }
        return (Expression) result.getRootASTElement();
    }
}
