package org.a64wb.shell;

import java.util.ArrayList;
import java.util.List;

/** Reads instruction words written in hex, with or without 0x, with a precise error for anything else. */
public final class WordParser {

    private WordParser() {
    }

    public static int parse(String text, String where) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        digits = digits.replace("_", "");
        if (digits.isEmpty() || digits.length() > 8 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException(where + "'" + text + "' is not a 32-bit hex word");
        }
        return (int) Long.parseLong(digits, 16);
    }

    /** Whitespace-separated words; {@code source} names the file for error messages (line numbers included). */
    public static List<Integer> parseAll(String text, String source) {
        List<Integer> words = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf('#');
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            for (String token : line.trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    words.add(parse(token, source + ":" + (i + 1) + ": "));
                }
            }
        }
        return words;
    }
}
