package io.dyadline.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses in a text ("[Somalia](https://abcnews.go.com/Politics/dhs-announces-termination-...)"): their
 * words are no one's speech, so they name no actor, state no event and give no date. Of a Markdown link only the
 * words between its brackets are the text's.
 */
public final class Links {

    /** A Markdown link ("[spoke](https://...)", group 1 its address part) or a bare address. */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\[[^\\[\\]\\n]{0,300}(\\]\\((?:https?://|www\\.)[^\\s)]*\\))|(?:https?://|www\\.)[^\\s)\\]>\"]+");
    private static final int[] NONE = new int[0];

    private Links() {
    }

    /** The start and end offsets of each address in the text, in order: {start0, end0, start1, end1, ...}. */
    public static int[] spans(CharSequence text) {
        String s = text.toString();
        if (!s.contains("http") && !s.contains("www.")) {
            return NONE;
        }
        List<Integer> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(s);
        int n = s.length();
        // a match starts at a '[' or at "http"/"www.": only there is the pattern tried, as find() would in order;
        // the next of each is found by indexOf rather than by reading every char (0.8 % of the samples)
        int bracket = s.indexOf('[');
        int http = s.indexOf("http");
        int www = s.indexOf("www.");
        int i = 0;
        while (true) {
            bracket = bracket >= 0 && bracket < i ? s.indexOf('[', i) : bracket;
            http = http >= 0 && http < i ? s.indexOf("http", i) : http;
            www = www >= 0 && www < i ? s.indexOf("www.", i) : www;
            i = earliest(earliest(bracket, http), www);
            if (i < 0) {
                break;
            }
            if (!m.region(i, n).lookingAt()) {
                i++;
                continue;
            }
            if (m.group(1) != null) {
                // "[spoke](https://...) with": the link's words are the text's, its brackets and address are not
                out.add(m.start());
                out.add(m.start() + 1);
                out.add(m.start(1));
            } else {
                out.add(m.start());
            }
            out.add(m.end());
            i = m.end();
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The earlier of two positions, either -1 for none. */
    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** Whether the character at {@code offset} lies in one of the addresses of {@code spans}. */
    public static boolean within(int[] spans, int offset) {
        int lo = 0;
        int hi = spans.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < spans[2 * mid]) {
                hi = mid - 1;
            } else if (offset >= spans[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The tokens that lie outside every address of {@code spans}. */
    public static List<Token> outside(List<Token> tokens, int[] spans) {
        if (spans.length == 0) {
            return tokens;
        }
        List<Token> kept = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!within(spans, t.start())) {
                kept.add(t);
            }
        }
        return kept;
    }
}
