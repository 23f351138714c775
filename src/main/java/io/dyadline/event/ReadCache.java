package io.dyadline.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
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

    private record Entry(long generation, long at, Object value) {
    }

    private final long ttlNanos;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();

    public ReadCache(Config config, TransactionSynchronizationRegistry transactions) {
        this.ttlNanos = config.cacheTtl().toNanos();
        this.transactions = transactions;
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        long g = generation.get();
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && e.generation() == g && now - e.at() < ttlNanos) {
            return (T) e.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(g, now, value));
        return value;
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
