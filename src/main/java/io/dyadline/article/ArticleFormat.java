package io.dyadline.article;

import io.dyadline.common.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The input formats an article can arrive in, each with its parser. */
public enum ArticleFormat {
    TEXT("text/plain", ".txt"),
    MARKDOWN("text/markdown", ".md"),
    HTML("text/html", ".html"),
    JSON("application/json", ".json");

    private final String mediaType;
    private final String extension;

    ArticleFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a media type, ignoring parameters such as charset. */
    public static Optional<ArticleFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (base.equals("text/x-markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (base.equals("application/xhtml+xml")) {
            return Optional.of(HTML);
        }
        for (ArticleFormat f : values()) {
            if (f.mediaType.equals(base)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a file, by its name's ending. */
    public static Optional<ArticleFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".htm") || lower.endsWith(".markdown")) {
            return Optional.of(lower.endsWith(".htm") ? HTML : MARKDOWN);
        }
        for (ArticleFormat f : values()) {
            if (lower.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Decodes the body strictly as UTF-8 and reads it. */
    public ParsedArticle parse(byte[] body) {
        return parse(decode(body));
    }

    public ParsedArticle parse(String body) {
        return switch (this) {
            case TEXT -> PlainTextParser.parse(body);
            case MARKDOWN -> MarkdownParser.parse(body);
            case HTML -> HtmlParser.parse(body);
            case JSON -> JsonArticleParser.parse(body);
        };
    }

    public static String decode(byte[] body) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("body", "The body is not valid UTF-8 text");
        }
    }
}
