package io.dyadline.ingest;

import io.dyadline.article.Article;
import io.dyadline.article.ArticleFormat;
import io.dyadline.article.ArticleService;
import io.dyadline.article.ParsedArticle;
import io.dyadline.article.Submission;
import io.dyadline.common.Transactions;
import io.dyadline.curation.CurationService;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventService;
import io.dyadline.event.EventStore;
import io.dyadline.event.ExtractionService;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extraction;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one path every article takes, whether posted, bulk-loaded, in the seeds folder or found in a feed: parse and
 * validate ({@link ArticleService}), extract outside any transaction, then store the article and merge its events
 * ({@link EventStore}) in one transaction, so nothing is stored half-way. Articles are stored once each (by content
 * hash); a transaction that loses a race with another writer is run again.
 */
@ApplicationScoped
public class Ingestion {

    private final ArticleService articles;
    private final ExtractionService extractor;
    private final EventStore events;
    private final EventService eventViews;
    private final CurationService curation;

    public Ingestion(ArticleService articles, ExtractionService extractor, EventStore events, EventService eventViews,
                     CurationService curation) {
        this.curation = curation;
        this.articles = articles;
        this.extractor = extractor;
        this.events = events;
        this.eventViews = eventViews;
    }

    /** The outcome of an ingest: the stored article, and whether this call created it. */
    public record Ingested(Article article, boolean created) {
    }

    /** Parses, validates and stores an article. */
    public Ingested ingest(ArticleFormat format, byte[] body) {
        return ingest(articles.read(format, body));
    }

    /**
     * Stores an article with its events. The same content again returns the stored article, also when two posts
     * race: the unique content hash decides, and the loser reads the winner's row. A transaction that loses a race
     * with another writer (the same article, or an article about the same event) is run again.
     */
    public Ingested ingest(Submission s) {
        Optional<Article> existing = articles.findByHash(s.contentHash());
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
        return store(prepare(batch));
    }

    /**
     * The first half of {@link #ingestAll}, outside any transaction: finds which articles of the batch are stored
     * already and extracts the others. A bulk import prepares its next batch while the previous one is stored.
     */
    public Prepared prepare(List<Submission> batch) {
        List<String> hashes = batch.stream().map(Submission::contentHash).toList();
        Map<String, Article> stored = articles.findByHashes(hashes);
        Map<String, Submission> fresh = new HashMap<>();
        for (Submission s : batch) {
            if (!stored.containsKey(s.contentHash())) {
                fresh.putIfAbsent(s.contentHash(), s);
            }
        }
        // extraction is plain Java and thread-safe: the batch uses every core while no transaction is open
        Map<String, Extracted> extracted = new ConcurrentHashMap<>();
        fresh.entrySet().parallelStream().forEach(e -> extracted.put(e.getKey(), extract(e.getValue().parsed())));
        return new Prepared(List.copyOf(batch), stored, fresh, extracted);
    }

    /** A batch of submissions with what was stored of them before, and the extraction of the others. */
    public static final class Prepared {
        private final List<Submission> batch;
        private final Map<String, Article> stored;
        private final Map<String, Submission> fresh;
        private final Map<String, Extracted> extracted;

        private Prepared(List<Submission> batch, Map<String, Article> stored, Map<String, Submission> fresh,
                         Map<String, Extracted> extracted) {
            this.batch = batch;
            this.stored = stored;
            this.fresh = fresh;
            this.extracted = extracted;
        }
    }

    /**
     * The second half of {@link #ingestAll}: stores a prepared batch in one transaction.
     *
     * @return one outcome per submission, in order
     */
    public List<Ingested> store(Prepared prepared) {
        List<Submission> batch = prepared.batch;
        Map<String, Article> stored = new HashMap<>(prepared.stored);
        Map<String, Submission> fresh = prepared.fresh;
        Map<String, Extracted> extracted = prepared.extracted;
        List<String> hashes = batch.stream().map(Submission::contentHash).toList();
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

    /**
     * Extracts an article's events again with the current extractor, replacing what earlier versions found; the
     * article itself, and what other articles report, stay as they are.
     */
    public Optional<Article> reextract(long id) {
        Optional<ParsedArticle> text = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findByIdOptional(id)
                .map(ArticleService::parsed));
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
        return articles.staleArticles(extractor.version());
    }

    private Article store(Submission s, Extracted extracted) {
        Article a = ArticleService.newArticle(s);
        describe(a, extracted);
        a.persistAndFlush();
        if (extracted.failure() == null) {
            // a new article has no curation anchors (they name evidence already stored): only a curated event that
            // it joined has anything to reconcile
            if (events.record(a.id, extracted.extraction().events()).joinedCurated()) {
                curation.reconcile(a.id);
            }
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
            curation.reconcile(a.id);
        }
    }

    /** Sets what the article records of its extraction, before its events are stored. */
    private void describe(Article a, Extracted extracted) {
        a.extractionVersion = extractor.version();
        if (extracted.failure() != null) {
            RuntimeException e = extracted.failure();
            a.extractionStatus = ArticleService.FAILED;
            a.extractionError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage(), 2000);
            a.eventCount = 0;
            return;
        }
        a.eventCount = extracted.extraction().events().size();
        a.extractionStatus = ArticleService.EXTRACTED;
        a.extractionError = null;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
