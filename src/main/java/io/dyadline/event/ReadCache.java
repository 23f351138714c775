package io.dyadline.event;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Remembers what costs a scan or a round trip at volume (the total of an event query, a page of events, the pair and
 * sector counts, the matches of a search word) until events change, within a budget of characters (Caffeine, with a
 * weigher). Writes of this instance forget them when they commit. Writes of another instance on a shared database
 * are seen through the change log ({@link EventChange}): at most every {@code dyadline.events.cache-ttl}, one reader
 * compares the log with what it was, a query of one small table, and the figures are forgotten only if it changed.
 * Nothing is recomputed while nothing changes.
 */
@ApplicationScoped
public class ReadCache {

    /** What the remembered values may hold in all, in characters of JSON (pages of events are the large ones). */
    static final long MAX_CHARS = 16_000_000;
    /** The least an entry weighs, so that at most 10,000 small figures are kept. */
    private static final int MIN_WEIGHT = (int) (MAX_CHARS / 10_000);

    /** How often a reader looks for writes of other instances. */
    @ConfigMapping(prefix = "dyadline.events")
    public interface Config {
        @WithDefault("5s")
        Duration cacheTtl();
    }

    /**
     * A key of one generation of the events: forgetting moves to the next generation, so a value still being
     * computed from the old events when they change is stored under a key that no reader asks for again.
     */
    private record Key(long generation, Object key) {
    }

    private record Weighed(Object value, int weight) {
    }

    private final long checkNanos;
    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;
    private final AtomicLong generation = new AtomicLong();
    private final AsyncCache<Key, Weighed> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARS)
            .weigher((Key k, Weighed v) -> v.weight())
            // evictions happen in the caller's thread, so the budget holds when get returns
            .executor(Runnable::run)
            .buildAsync();
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile long checkedAt = System.nanoTime();
    private volatile List<?> logState;

    public ReadCache(Config config, TransactionSynchronizationRegistry transactions, EntityManager em) {
        this.checkNanos = config.cacheTtl().toNanos();
        this.transactions = transactions;
        this.em = em;
    }

    /** The remembered figure, else computed once however many callers ask for it at the same time. */
    public <T> T get(Object key, Supplier<T> compute) {
        return get(key, compute, value -> 0);
    }

    /**
     * The remembered value, else computed once however many callers ask for it at the same time; {@code size} tells
     * how many characters a value holds, so that large values (pages of events) stay within a budget.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute, ToLongFunction<T> size) {
        lookForOtherWriters();
        Key k = new Key(generation.get(), key);
        CompletableFuture<Weighed> mine = new CompletableFuture<>();
        // a value is computed in the caller's thread, outside the map: computing one may ask for others
        CompletableFuture<Weighed> theirs = entries.asMap().putIfAbsent(k, mine);
        if (theirs != null) {
            try {
                return (T) theirs.join().value();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        Weighed w;
        try {
            T value = compute.get();
            long chars = size.applyAsLong(value);
            w = new Weighed(value, (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_WEIGHT, chars)));
        } catch (RuntimeException | Error e) {
            // those who waited see the failure; the key is free again (Caffeine drops a failed value)
            mine.completeExceptionally(e);
            throw e;
        }
        mine.complete(w);
        if (w.weight() > MAX_CHARS / 8) {
            // answered to those who waited for it, not kept: it would push out hundreds of others
            entries.asMap().remove(k, mine);
        }
        return (T) w.value();
    }

    /** One caller at a time, at most every check interval, compares the change log with what it was last time. */
    private void lookForOtherWriters() {
        long now = System.nanoTime();
        // the first caller takes the log's state before anything is computed, so that what is computed from then on
        // is kept (a first look only after the interval forgot all that was computed before it)
        if (logState != null && now - checkedAt < checkNanos || !checking.compareAndSet(false, true)) {
            return;
        }
        try {
            List<?> state = List.of(em.createQuery("select count(c), coalesce(sum(c.id), 0) from EventChange c",
                    Object[].class).getSingleResult());
            if (!state.equals(logState)) {
                forget();
            }
            logState = state;
            checkedAt = now;
        } finally {
            checking.set(false);
        }
    }

    /** Events change in the current transaction: forget now, and again once it ends, so no reader keeps the old. */
    void changing() {
        forget();
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    /** Whether a value is remembered now for the key, without computing or touching it. */
    boolean holds(Object key) {
        return entries.asMap().containsKey(new Key(generation.get(), key));
    }

    /** The characters the remembered values hold now (at least {@link #MIN_WEIGHT} for each). */
    long chars() {
        entries.synchronous().cleanUp();
        return entries.synchronous().policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** How many values are remembered now. */
    long size() {
        entries.synchronous().cleanUp();
        return entries.synchronous().estimatedSize();
    }

    /** Forgets every remembered figure (events were changed outside the event store). */
    public void forget() {
        generation.incrementAndGet();
        entries.synchronous().invalidateAll();
    }
}
