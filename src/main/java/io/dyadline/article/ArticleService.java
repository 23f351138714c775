package io.dyadline.article;

import io.dyadline.common.Page;
import io.dyadline.common.ProblemException;
import io.dyadline.common.Transactions;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventService;
import io.dyadline.event.EventStore;
import io.dyadline.event.ExtractionService;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extraction;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Takes articles in, once each, extracts their events, and hands them out. */
@ApplicationScoped
public class ArticleService {

    static final int MAX_TITLE = 2000;
    static final int MAX_URL = 2000;
    static final int MAX_SOURCE = 500;

    static final String EXTRACTED = "OK";
    static final String FAILED = "FAILED";

    private final ArticleConfig config;
    private final ExtractionService extractor;
    private final EventStore events;
    private final EventService eventViews;

    public ArticleService(ArticleConfig config, ExtractionService extractor, EventStore events, EventService eventViews) {
        this.config = config;
        this.extractor = extractor;
        this.events = events;
        this.eventViews = eventViews;
    }

    /** The outcome of an ingest: the stored article, and whether this call created it. */
    public record Ingested(Article article, boolean created) {
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

    /** Parses, validates and stores an article. */
    public Ingested ingest(ArticleFormat format, byte[] body) {
        return ingest(read(format, body));
    }

    /**
     * Stores an article with its events. The same content again returns the stored article, also when two posts
     * race: the unique content hash decides, and the loser reads the winner's row. A transaction that loses a race
     * with another writer (the same article, or an article about the same event) is run again.
     */
    public Ingested ingest(Submission s) {
        Optional<Article> existing = findByHash(s.contentHash());
        if (existing.isPresent()) {
            return new Ingested(existing.get(), false);
        }
        Extracted extracted = extract(s.parsed());
        return Transactions.retrying(() -> {
            Optional<Article> winner = Article.<Article>find("contentHash", s.contentHash()).firstResultOptional();
            return winner.map(a -> new Ingested(a, false)).orElseGet(() -> new Ingested(store(s, extracted), true));
        });
    }

    /**
     * Stores many articles in one transaction: one query finds those already stored, the rest are extracted and
     * written together, after the transaction has locked every pair they report. A transaction that loses a race
     * with another writer is run again, and leaves out what that writer stored meanwhile.
     *
     * @return one outcome per submission, in order
     */
    public List<Ingested> ingestAll(List<Submission> batch) {
        List<String> hashes = batch.stream().map(Submission::contentHash).toList();
        Map<String, Article> stored = findByHashes(hashes);
        Map<String, Submission> fresh = new HashMap<>();
        for (Submission s : batch) {
            if (!stored.containsKey(s.contentHash())) {
                fresh.putIfAbsent(s.contentHash(), s);
            }
        }
        // extraction is plain Java and thread-safe: the batch uses every core while no transaction is open
        Map<String, Extracted> extracted = new ConcurrentHashMap<>();
        fresh.entrySet().parallelStream().forEach(e -> extracted.put(e.getKey(), extract(e.getValue().parsed())));
        List<String> pairs = extracted.values().stream().filter(x -> x.failure() == null)
                .flatMap(x -> x.extraction().events().stream()).map(ExtractedEvent::pair).toList();
        Map<String, Article> created = Transactions.retrying(() -> {
            events.lockPairs(pairs);
            Map<String, Article> already = new HashMap<>();
            Article.<Article>list("contentHash in ?1", hashes).forEach(a -> already.put(a.contentHash, a));
            Map<String, Article> out = new HashMap<>();
            for (Submission s : batch) {
                if (fresh.get(s.contentHash()) == s && !already.containsKey(s.contentHash())) {
                    out.put(s.contentHash(), store(s, extracted.get(s.contentHash())));
                    // each article is flushed whole: dropping it keeps dirty checking and flushes of the next
                    // ones short (the articles handed back are read, never changed)
                    Article.getEntityManager().clear();
                }
            }
            already.forEach(stored::putIfAbsent);
            return out;
        });
        List<Ingested> out = new ArrayList<>(batch.size());
        Map<String, Boolean> reported = new HashMap<>();
        for (Submission s : batch) {
            Article a = created.get(s.contentHash());
            boolean first = a != null && reported.putIfAbsent(s.contentHash(), true) == null;
            out.add(new Ingested(a != null ? a : stored.get(s.contentHash()), first));
        }
        return out;
    }

    /** The article as the API shows it, with the events it reports. */
    public ArticleView view(Article a) {
        EventQuery ofArticle = new EventQuery(null, List.of(), List.of(), List.of(), null, null, null, null, a.id,
                0, 500, true);
        return ArticleView.of(a, eventViews.find(ofArticle).items());
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

    /**
     * Extracts an article's events again with the current extractor, replacing what earlier versions found; the
     * article itself, and what other articles report, stay as they are.
     */
    public Optional<Article> reextract(long id) {
        Optional<ParsedArticle> text = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findByIdOptional(id)
                .map(a -> new ParsedArticle(a.title, a.publishedAt, a.source, a.url, a.body)));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Extracted extracted = extract(text.get());
        return Transactions.retrying(() -> {
            Article a = Article.findById(id);
            if (a == null) {
                return Optional.<Article>empty();
            }
            events.forgetArticle(a.id);
            apply(a, extracted);
            return Optional.of(a);
        });
    }

    /** Ids of the articles whose extraction failed, or whose events come from another extractor version or none. */
    public List<Long> staleArticles() {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find(
                        "select a.id from Article a where a.extractionVersion is null or a.extractionVersion <> ?1 "
                                + "or a.extractionStatus = ?2 order by a.id", extractor.version(), FAILED)
                .project(Long.class).list());
    }

    /** How many stored articles are flagged because their extraction failed. */
    public long failedExtractions() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count("extractionStatus", FAILED));
    }

    private Optional<Article> findByHash(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("contentHash", hash).firstResultOptional());
    }

    private Map<String, Article> findByHashes(List<String> hashes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Article> out = new HashMap<>();
            Article.<Article>list("contentHash in ?1", hashes).forEach(a -> out.put(a.contentHash, a));
            return out;
        });
    }

    private Article store(Submission s, Extracted extracted) {
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
        describe(a, extracted);
        a.persistAndFlush();
        if (extracted.failure() == null) {
            events.record(a.id, extracted.extraction().events());
        }
        return a;
    }

    /** What extraction made of an article: its events, or the failure that stopped it. */
    private record Extracted(Extraction extraction, RuntimeException failure) {
    }

    /** Runs the extractor outside any transaction; a failure is kept, not thrown, so the article is stored anyway. */
    private Extracted extract(ParsedArticle p) {
        try {
            return new Extracted(extractor.extract(new Document(p.title(), p.text(), p.publishedAt())), null);
        } catch (RuntimeException e) {
            Log.errorf(e, "Extraction failed for the article '%s'", p.title());
            return new Extracted(null, e);
        }
    }

    private void apply(Article a, Extracted extracted) {
        describe(a, extracted);
        if (extracted.failure() == null) {
            events.record(a.id, extracted.extraction().events());
        }
    }

    /** Sets what the article records of its extraction, before its events are stored. */
    private void describe(Article a, Extracted extracted) {
        a.extractionVersion = extractor.version();
        if (extracted.failure() != null) {
            RuntimeException e = extracted.failure();
            a.extractionStatus = FAILED;
            a.extractionError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage(), 2000);
            a.eventCount = 0;
            return;
        }
        a.eventCount = extracted.extraction().events().size();
        a.extractionStatus = EXTRACTED;
        a.extractionError = null;
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

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
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
