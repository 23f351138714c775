package io.dyadline.article;

import io.dyadline.common.Page;
import io.dyadline.common.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Articles themselves: reads and validates what comes in (nothing stored), builds the row to store, and finds stored
 * ones. Storing an article with its events is the ingestion path's ({@code io.dyadline.ingest}).
 */
@ApplicationScoped
public class ArticleService {

    static final int MAX_TITLE = 2000;
    static final int MAX_URL = 2000;
    static final int MAX_SOURCE = 500;

    /** What {@link Article#extractionStatus} says of an article whose events were extracted. */
    public static final String EXTRACTED = "OK";
    /** What it says of an article whose extraction failed: stored, flagged, tried again. */
    public static final String FAILED = "FAILED";

    private final ArticleConfig config;

    public ArticleService(ArticleConfig config) {
        this.config = config;
    }

    /** Reads and validates a posted body; nothing is stored. */
    public Submission read(ArticleFormat format, byte[] body) {
        if (body.length > config.maxBytes()) {
            throw ProblemException.tooLarge(config.maxBytes());
        }
        String raw = ArticleFormat.decode(body);
        return submission(format.parse(raw), raw, format);
    }

    /** Validates fields read elsewhere (a line of a bulk import). */
    public Submission submission(ParsedArticle parsed, String raw, ArticleFormat format) {
        ParsedArticle valid = validated(parsed);
        return new Submission(valid, raw, format, contentHash(valid));
    }

    public Optional<Article> find(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> Article.<Article>findByIdOptional(id));
    }

    public Page<Article> list(int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            var query = Article.<Article>findAll(Sort.descending("publishedAt").and("id", Sort.Direction.Descending));
            List<Article> items = query.page(page, size).list();
            return new Page<>(items, page, size, query.count());
        });
    }

    /** Ids of the articles whose extraction failed, or whose events come from another extractor version or none. */
    public List<Long> staleArticles(String extractorVersion) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find(
                        "select a.id from Article a where a.extractionVersion is null or a.extractionVersion <> ?1 "
                                + "or a.extractionStatus = ?2 order by a.id", extractorVersion, FAILED)
                .project(Long.class).list());
    }

    /** How many stored articles are flagged because their extraction failed. */
    public long failedExtractions() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count("extractionStatus", FAILED));
    }

    /** The stored article with this content, read in a transaction of its own. */
    public Optional<Article> findByHash(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("contentHash", hash).firstResultOptional());
    }

    /** The stored articles with these contents, by content hash, read in a transaction of its own. */
    public Map<String, Article> findByHashes(List<String> hashes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Article> out = new HashMap<>();
            Article.<Article>list("contentHash in ?1", hashes).forEach(a -> out.put(a.contentHash, a));
            return out;
        });
    }

    /** The row of a submitted article, not stored yet; its extraction is described before it is. */
    public static Article newArticle(Submission s) {
        ParsedArticle parsed = s.parsed();
        Article a = new Article();
        a.title = parsed.title();
        a.publishedAt = parsed.publishedAt();
        a.source = parsed.source();
        a.url = parsed.url();
        a.body = parsed.text();
        a.raw = s.raw();
        a.mediaType = s.format().mediaType();
        a.contentHash = s.contentHash();
        a.createdAt = Instant.now();
        return a;
    }

    /** The article's own fields, as the extractor reads them. */
    public static ParsedArticle parsed(Article a) {
        return new ParsedArticle(a.title, a.publishedAt, a.source, a.url, a.body);
    }

    /** Checks the fields every format must satisfy, and tidies their white space. */
    static ParsedArticle validated(ParsedArticle p) {
        String text = p.text() == null ? "" : p.text().strip();
        if (text.isEmpty()) {
            throw ProblemException.badRequest("text", "The article has no text");
        }
        String title = tidy(p.title());
        if (title != null && title.length() > MAX_TITLE) {
            throw ProblemException.badRequest("title", "The title is longer than " + MAX_TITLE + " characters");
        }
        String url = tidy(p.url());
        if (url != null && (url.length() > MAX_URL || url.contains(" "))) {
            throw ProblemException.badRequest("url", "The url must be a single address of at most " + MAX_URL + " characters");
        }
        String source = tidy(p.source());
        if (source != null && source.length() > MAX_SOURCE) {
            throw ProblemException.badRequest("source", "The source is longer than " + MAX_SOURCE + " characters");
        }
        if (p.publishedAt() != null && (p.publishedAt().getYear() < 1800 || p.publishedAt().getYear() > 2999)) {
            throw ProblemException.unprocessable("publishedAt", "The publication date " + p.publishedAt() + " is out of range");
        }
        return new ParsedArticle(title, p.publishedAt(), source, url, text);
    }

    private static String tidy(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static String contentHash(ParsedArticle p) {
        String canonical = (p.title() == null ? "" : p.title()) + "\u0000" + p.publishedAt() + "\u0000" + p.text();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
