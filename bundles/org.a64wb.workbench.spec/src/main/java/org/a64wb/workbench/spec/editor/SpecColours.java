package org.a64wb.workbench.spec.editor;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** The colour and font style of each semantic token type (the language server's legend). */
final class SpecColours {

    private record Style(RGB colour, int fontStyle) {
    }

    private static final Map<String, Style> STYLES = Map.ofEntries(
            Map.entry("keyword", new Style(new RGB(127, 0, 85), SWT.BOLD)),
            Map.entry("operator", new Style(new RGB(60, 60, 60), SWT.NORMAL)),
            Map.entry("number", new Style(new RGB(0, 0, 192), SWT.NORMAL)),
            Map.entry("string", new Style(new RGB(42, 0, 255), SWT.NORMAL)),
            Map.entry("comment", new Style(new RGB(63, 127, 95), SWT.ITALIC)),
            Map.entry("namespace", new Style(new RGB(100, 70, 0), SWT.BOLD)),
            Map.entry("class", new Style(new RGB(160, 30, 30), SWT.BOLD)),
            Map.entry("type", new Style(new RGB(0, 110, 110), SWT.NORMAL)),
            Map.entry("method", new Style(new RGB(120, 80, 0), SWT.NORMAL)),
            Map.entry("function", new Style(new RGB(120, 80, 0), SWT.ITALIC)),
            Map.entry("property", new Style(new RGB(0, 0, 140), SWT.NORMAL)),
            Map.entry("variable", new Style(new RGB(80, 40, 120), SWT.NORMAL)),
            Map.entry("parameter", new Style(new RGB(80, 40, 120), SWT.ITALIC)),
            Map.entry("enumMember", new Style(new RGB(150, 0, 150), SWT.NORMAL)));

    private SpecColours() {
    }

    /** The style range of a token of {@code type}, or null for a type shown plain. */
    static StyleRange range(Display display, String type, int offset, int length) {
        Style style = STYLES.get(type);
        if (style == null) {
            return null;
        }
        return new StyleRange(offset, length, new Color(display, style.colour()), null, style.fontStyle());
    }
}
