package io.dyadline.extraction.text;

import java.util.regex.Pattern;

/** Runs of white space in a name or phrase folded to one space, as {@code replaceAll("\\s+", " ")} does. */
public final class Whitespace {

    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /**
     * The text with each run of regex white space ({@code [ \t\n\x0B\f\r]}) one space. Most names have single
     * spaces only and are returned as they are, without a matcher: replaceAll compiled its pattern at each call and
     * cost about 2 % of extraction's samples.
     */
    public static String folded(String text) {
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ';
            if (space && afterSpace || !space && isRegexSpace(c)) {
                return RUN.matcher(text).replaceAll(" ");
            }
            afterSpace = space;
        }
        return text;
    }

    private static boolean isRegexSpace(char c) {
        return c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
