package io.dyadline.article;

import io.dyadline.common.Page;
import io.dyadline.common.ProblemException;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventService;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Extractor;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.exception.ConstraintViolationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Takes articles in, once each, and hands them out. */
@ApplicationScoped
public class ArticleService {

    static final int MAX_TITLE = 2000;
    static final int MAX_URL = 2000;
    static final int MAX_SOURCE = 500;

    static final String EXTRACTED = "OK";
    static final String FAILED = "FAILED";

    private final ArticleConfig config;
    private final Extractor extractor;
    private final EventStore events;
    private final EventService eventViews;

    public ArticleService(ArticleConfig config, Extractor extractor, EventStore events, EventService eventViews) {
        this.config = config;
        this.extractor = extractor;
        this.events = events;
        this.eventViews = eventViews;
    }

    /** The article as the API shows it, with the events it reports. */
    public ArticleView view(Article a) {
        EventQuery ofArticle = new EventQuery(null, List.of(), List.of(), List.of(), null, null, null, null, a.id,
                0, 500, true);
        return ArticleView.of(a, eventViews.find(ofArticle).items());
    }

    /** The outcome of an ingest: the stored article, and whether this call created it. */
    public record Ingested(Article article, boolean created) {
    }

    /**
     * Parses, validates and stores an article. The same content again returns the stored article, also when two
     * posts race: the unique content hash decides, and the loser reads the winner's row.
     */
    public Ingested ingest(ArticleFormat format, byte[] body) {
        if (body.length > config.maxBytes()) {
            throw ProblemException.tooLarge(config.maxBytes());
        }
        String raw = ArticleFormat.decode(body);
        ParsedArticle parsed = validated(format.parse(raw));
        String hash = contentHash(parsed);
        Optional<Article> existing = findByHash(hash);
        if (existing.isPresent()) {
            return new Ingested(existing.get(), false);
        }
        try {
            return new Ingested(QuarkusTransaction.requiringNew().call(() -> store(parsed, raw, format, hash)), true);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return new Ingested(findByHash(hash).orElseThrow(() -> e), false);
        }
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

    private Optional<Article> findByHash(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("contentHash", hash).firstResultOptional());
    }

    /**
     * Extracts an article's events again with the current extractor, replacing what earlier versions found; the
     * article itself, and what other articles report, stay as they are.
     */
    public Optional<Article> reextract(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article a = Article.findById(id);
            if (a == null) {
                return Optional.<Article>empty();
            }
            events.forgetArticle(a.id);
            extractInto(a);
            return Optional.of(a);
        });
    }

    /** Ids of the articles whose events come from another extractor version, or from none. */
    public List<Long> staleArticles() {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find(
                        "select a.id from Article a where a.extractionVersion is null or a.extractionVersion <> ?1 order by a.id",
                        Extractor.VERSION)
                .project(Long.class).list());
    }

    private Article store(ParsedArticle parsed, String raw, ArticleFormat format, String hash) {
        Article a = new Article();
        a.title = parsed.title();
        a.publishedAt = parsed.publishedAt();
        a.source = parsed.source();
        a.url = parsed.url();
        a.body = parsed.text();
        a.raw = raw;
        a.mediaType = format.mediaType();
        a.contentHash = hash;
        a.createdAt = Instant.now();
        a.persistAndFlush();
        extractInto(a);
        return a;
    }

    /** Runs extraction and records its events; a failing extraction leaves the article stored and flagged. */
    private void extractInto(Article a) {
        a.extractionVersion = Extractor.VERSION;
        Extraction found;
        try {
            found = extractor.extract(new Document(a.title, a.body, a.publishedAt));
        } catch (RuntimeException e) {
            Log.errorf(e, "Extraction failed for article %d", a.id);
            a.extractionStatus = FAILED;
            a.extractionError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage(), 2000);
            a.eventCount = 0;
            return;
        }
        a.eventCount = events.record(a.id, found.events());
        a.extractionStatus = EXTRACTED;
        a.extractionError = null;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
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

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
