package io.dyadline.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers figures that cost a scan at volume (the total of an event query, the pair and sector counts) until events
 * change. Writes of this instance forget them when they commit; writes of another instance on a shared database are
 * seen after at most {@code dyadline.events.cache-ttl}.
 */
@ApplicationScoped
public class ReadCache {

    private static final int MAX_ENTRIES = 2000;

    /** How long a remembered figure may be kept when no write of this instance forgets it first. */
    @ConfigMapping(prefix = "dyadline.events")
    public interface Config {
        @WithDefault("5s")
        Duration cacheTtl();
    }

    private record Entry(long generation, long at, Object value, AtomicBoolean refreshing) {
    }

    private final long ttlNanos;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Object, Object> locks = new ConcurrentHashMap<>();

    public ReadCache(Config config, TransactionSynchronizationRegistry transactions) {
        this.ttlNanos = config.cacheTtl().toNanos();
        this.transactions = transactions;
    }

    /**
     * The remembered figure, else computed once however many callers ask at the same time. A figure only too old
     * (no write of this instance since) is refreshed by one caller while the others still get it.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        Entry e = entries.get(key);
        if (e != null && e.generation() == generation.get()) {
            if (System.nanoTime() - e.at() < ttlNanos || !e.refreshing().compareAndSet(false, true)) {
                return (T) e.value();
            }
            try {
                return (T) put(key, compute).value();
            } finally {
                e.refreshing().set(false);
            }
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            e = entries.get(key);
            if (e != null && e.generation() == generation.get() && System.nanoTime() - e.at() < ttlNanos) {
                return (T) e.value();
            }
            return (T) put(key, compute).value();
        }
    }

    private Entry put(Object key, Supplier<?> compute) {
        long g = generation.get();
        Entry e = new Entry(g, System.nanoTime(), compute.get(), new AtomicBoolean());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
            locks.clear();
        }
        entries.put(key, e);
        return e;
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

    /** Forgets every remembered figure (events were changed outside the event store). */
    public void forget() {
        generation.incrementAndGet();
        entries.clear();
    }
}
