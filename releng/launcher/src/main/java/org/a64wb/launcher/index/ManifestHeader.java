package org.a64wb.launcher.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One OSGi manifest header split into its clauses (OSGi Core 8, 3.2.4 "Common Header Syntax"): a clause is one or
 * more paths, then attributes ({@code name=value}, {@code name:Type=value}) and directives ({@code name:=value});
 * quoted values may contain commas and semicolons.
 */
record ManifestHeader(List<Clause> clauses) {

    /** One clause; an attribute's declared type (Version, Long, List&lt;String&gt; ...) is kept beside its text. */
    record Clause(List<String> paths, Map<String, String> attributes, Map<String, String> types, Map<String, String> directives) {

        String path() {
            return paths.get(0);
        }
    }

    static ManifestHeader parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return new ManifestHeader(clauses);
        }
        for (String clause : split(header, ',')) {
            if (clause.isBlank()) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                String text = part.trim();
                int equals = text.indexOf('=');
                if (equals < 0) {
                    paths.add(text);
                } else if (equals > 0 && text.charAt(equals - 1) == ':') {
                    directives.put(text.substring(0, equals - 1).trim(), unquote(text.substring(equals + 1)));
                } else {
                    String name = text.substring(0, equals).trim();
                    int colon = name.indexOf(':');
                    if (colon >= 0) {
                        types.put(name.substring(0, colon).trim(), name.substring(colon + 1).trim());
                        name = name.substring(0, colon).trim();
                    }
                    attributes.put(name, unquote(text.substring(equals + 1)));
                }
            }
            clauses.add(new Clause(paths, attributes, types, directives));
        }
        return new ManifestHeader(clauses);
    }

    /** {@code text} split at {@code separator} outside double quotes. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        String text = value.trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return text;
    }
}
