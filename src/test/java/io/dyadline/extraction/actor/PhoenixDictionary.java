package io.dyadline.extraction.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the records of the Phoenix actor dictionaries (petrarch2's {@code .actors.txt}, format in its
 * {@code dictionaries.rst}): a primary phrase with an optional code, {@code +} synonyms, and tab-indented code lines
 * with optional date restrictions. Shared by the converters of organisations and office holders.
 */
final class PhoenixDictionary {

    private PhoenixDictionary() {
    }

    /** One code of a record: the raw code and its restriction ("RUSGOV", ">20040309"; "" for none). */
    record Line(String code, String restriction) {
    }

    /**
     * One record: its primary phrase and synonyms, the code on the primary line (null when none) and the code lines
     * below it.
     */
    record Record(List<String> phrases, Line primary, List<Line> below) {

        /** Every code line, the primary's first. */
        List<Line> lines() {
            List<Line> all = new ArrayList<>();
            if (primary != null) {
                all.add(primary);
            }
            all.addAll(below);
            return all;
        }
    }

    static List<Record> parse(List<String> lines) {
        List<Record> out = new ArrayList<>();
        List<String> phrases = null;
        Line primary = null;
        List<Line> below = null;
        for (String raw : lines) {
            String line = raw.replace("\r", "");
            String bare = stripComment(line);
            if (bare.isBlank()) {
                continue;
            }
            if (line.startsWith("\t") || line.startsWith(" ")) {
                Line l = line(bare);
                if (below != null && l != null) {
                    below.add(l);
                }
                continue;
            }
            if (line.startsWith("+")) {
                if (phrases != null) {
                    phrases.add(phrase(bare.substring(1)));
                }
                continue;
            }
            if (phrases != null) {
                out.add(new Record(phrases, primary, below));
            }
            phrases = new ArrayList<>();
            below = new ArrayList<>();
            phrases.add(phrase(bare));
            primary = line(bare);
        }
        if (phrases != null) {
            out.add(new Record(phrases, primary, below));
        }
        return out;
    }

    /** "SERGEY_LAVROV" ... -> "sergey_lavrov": the id part of a name. */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static Line line(String s) {
        int open = s.indexOf('[');
        int close = s.indexOf(']', open + 1);
        if (open < 0 || close < open) {
            return null;
        }
        String[] parts = s.substring(open + 1, close).trim().split("\\s+", 2);
        return parts[0].isEmpty() ? null : new Line(parts[0], parts.length > 1 ? parts[1].trim() : "");
    }

    private static String phrase(String s) {
        int open = s.indexOf('[');
        return (open >= 0 ? s.substring(0, open) : s).trim();
    }
}
