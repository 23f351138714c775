package io.dyadline.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Remembers what costs a scan or a round trip at volume (the total of an event query, a page of events, the pair and
 * sector counts, the matches of a search word) until events change, within a budget of entries and characters. Writes of this instance forget them when they commit. Writes of another
 * instance on a shared database are seen through the change log ({@link EventChange}): at most every
 * {@code dyadline.events.cache-ttl}, one reader compares the log with what it was, a query of one small table, and
 * the figures are forgotten only if it changed. Nothing is recomputed while nothing changes.
 */
@ApplicationScoped
public class ReadCache {

    private static final int MAX_ENTRIES = 10_000;
    /** What the remembered values may hold in all, in characters of JSON (pages of events are the large ones). */
    static final long MAX_CHARS = 16_000_000;

    /** How often a reader looks for writes of other instances. */
    @ConfigMapping(prefix = "dyadline.events")
    public interface Config {
        @WithDefault("5s")
        Duration cacheTtl();
    }

    private record Entry(long generation, Object value, long chars) {
    }

    private final long checkNanos;
    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Object, Object> locks = new ConcurrentHashMap<>();
    private final AtomicBoolean checking = new AtomicBoolean();
    private final AtomicLong chars = new AtomicLong();
    private volatile long checkedAt = System.nanoTime();
    private volatile List<?> logState;

    public ReadCache(Config config, TransactionSynchronizationRegistry transactions, EntityManager em) {
        this.checkNanos = config.cacheTtl().toNanos();
        this.transactions = transactions;
        this.em = em;
    }

    /** The remembered figure, else computed once however many callers ask for it at the same time. */
    <T> T get(Object key, Supplier<T> compute) {
        return get(key, compute, value -> 0);
    }

    /**
     * The remembered value, else computed once however many callers ask for it at the same time; {@code size} tells
     * how many characters a value holds, so that large values (pages of events) stay within a budget.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute, ToLongFunction<T> size) {
        lookForOtherWriters();
        Entry e = entries.get(key);
        if (e != null && e.generation() == generation.get()) {
            return (T) e.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            e = entries.get(key);
            if (e != null && e.generation() == generation.get()) {
                return (T) e.value();
            }
            long g = generation.get();
            T value = compute.get();
            long n = size.applyAsLong(value);
            if (n > MAX_CHARS / 8) {
                return value;
            }
            while (entries.size() >= MAX_ENTRIES || chars.get() + n > MAX_CHARS) {
                if (!evictSome()) {
                    break;
                }
            }
            Entry old = entries.put(key, new Entry(g, value, n));
            chars.addAndGet(n - (old == null ? 0 : old.chars()));
            return value;
        }
    }

    /**
     * Makes room: drops a quarter of the entries, whichever the map holds first (close to a random choice).
     *
     * @return false when there was nothing to drop
     */
    private boolean evictSome() {
        int drop = Math.max(1, entries.size() / 4);
        boolean dropped = false;
        Iterator<Map.Entry<Object, Entry>> it = entries.entrySet().iterator();
        while (drop-- > 0 && it.hasNext()) {
            Map.Entry<Object, Entry> victim = it.next();
            it.remove();
            locks.remove(victim.getKey());
            chars.addAndGet(-victim.getValue().chars());
            dropped = true;
        }
        return dropped;
    }

    /** One caller at a time, at most every check interval, compares the change log with what it was last time. */
    private void lookForOtherWriters() {
        long now = System.nanoTime();
        if (now - checkedAt < checkNanos || !checking.compareAndSet(false, true)) {
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

    /** The characters the remembered values hold now. */
    long chars() {
        return chars.get();
    }

    /** Forgets every remembered figure (events were changed outside the event store). */
    public void forget() {
        generation.incrementAndGet();
        entries.clear();
        chars.set(0);
    }
}
