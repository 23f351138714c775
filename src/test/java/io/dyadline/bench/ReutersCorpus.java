package io.dyadline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Reuters-21578 collection (reut2-*.sgm). The files are SGML, not XML: no root element, bare control
 * characters as {@code &#3;}, and a few bytes that are not UTF-8, so they are read as Latin-1 with patterns, not a
 * parser.
 */
final class ReutersCorpus {

    /** One story: its title (may be null), its date and its text. */
    record Story(String title, LocalDate date, String text) {
    }

    private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4})");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    /** TYPE="UNPROC" stories have their text straight in TEXT, without TITLE or BODY. */
    private static final Pattern TEXT = Pattern.compile("<TEXT[^>]*>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2),
            Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
            Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));

    private ReutersCorpus() {
    }

    /** Every story of the folder with some text, in file order; stories with neither body nor title are skipped. */
    static List<Story> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No reut2-*.sgm files in " + dir.toAbsolutePath());
        }
        List<Story> out = new ArrayList<>(22_000);
        for (Path file : files) {
            String sgml = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            Matcher m = STORY.matcher(sgml);
            while (m.find()) {
                Story s = story(m.group(1));
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static Story story(String sgml) {
        LocalDate date = null;
        Matcher d = DATE.matcher(sgml);
        if (d.find()) {
            Integer month = MONTHS.get(d.group(2).toUpperCase());
            if (month != null) {
                try {
                    date = LocalDate.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(1)));
                } catch (java.time.DateTimeException bad) {
                    date = null;
                }
            }
        }
        String title = clean(first(TITLE, sgml));
        String body = clean(first(BODY, sgml));
        String text = body != null ? body : title != null ? title : clean(first(TEXT, sgml));
        return text == null ? null : new Story(title, date, text);
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** Decodes entities, drops control characters (the end-of-story &#3;) and trims; null when nothing is left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = ENTITY.matcher(raw);
        StringBuilder sb = new StringBuilder(raw.length());
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int c = Integer.parseInt(e.substring(1));
                    yield c < 32 && c != '\n' && c != '\t' ? "" : String.valueOf((char) c);
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        String s = sb.toString().replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "").strip();
        return s.isEmpty() ? null : s;
    }
}
