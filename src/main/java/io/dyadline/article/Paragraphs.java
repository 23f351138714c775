package io.dyadline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits plain text into paragraphs at blank lines, folding the hard line breaks inside each paragraph. */
final class Paragraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

    private Paragraphs() {
    }

    static List<String> split(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String block : BLANK_LINE.split(normalised)) {
            String folded = SPACES.matcher(block.strip().replace('\n', ' ')).replaceAll(" ");
            if (!folded.isEmpty()) {
                out.add(folded);
            }
        }
        return out;
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
