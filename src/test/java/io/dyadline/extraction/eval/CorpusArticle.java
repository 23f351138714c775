package io.dyadline.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dyadline.extraction.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the dev corpora's article formats into documents: seed text, Markdown with YAML front matter, plain text. */
final class CorpusArticle {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CorpusArticle() {
    }

    static Document read(Path file) {
        try {
            String raw = Files.readString(file);
            String name = file.getFileName().toString();
            if (name.endsWith(".md")) {
                return markdown(raw);
            }
            if (file.getParent().getFileName().toString().equals("seeds")) {
                return seed(raw);
            }
            String slug = name.replaceFirst("\\.txt$", "").replaceFirst("^_news_\\d+_", "").replace('-', ' ');
            return new Document(slug, raw, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed format: a date line, site lines, the headline (last short line), then the body. */
    static Document seed(String raw) {
        String[] lines = raw.split("\n", -1);
        LocalDate published = LocalDate.parse(lines[0].trim(), DateTimeFormatter.ofPattern("MMMM d, yyyy",
                Locale.ENGLISH));
        List<String> shortLines = new ArrayList<>();
        int bodyStart = lines.length;
        int offset = lines[0].length() + 1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.length() > 100) {
                bodyStart = offset;
                break;
            }
            if (!line.isEmpty()) {
                shortLines.add(line);
            }
            offset += lines[i].length() + 1;
        }
        String title = shortLines.isEmpty() ? null : shortLines.get(shortLines.size() - 1);
        return new Document(title, raw.substring(Math.min(bodyStart, raw.length())), published);
    }

    static Document markdown(String raw) throws IOException {
        if (!raw.startsWith("---")) {
            return new Document(null, raw, null);
        }
        int end = raw.indexOf("\n---", 3);
        JsonNode front = YAML.readTree(raw.substring(3, end));
        String body = raw.substring(raw.indexOf('\n', end + 1) + 1)
                .replaceAll("\\\\([#*_\\[\\]()`-])", "$1")
                .replace("###", "");
        LocalDate published = front.hasNonNull("date") ? LocalDate.parse(front.get("date").asText()) : null;
        String title = front.hasNonNull("title") ? front.get("title").asText().replace('\u00a0', ' ') : null;
        return new Document(title, body, published);
    }
}
