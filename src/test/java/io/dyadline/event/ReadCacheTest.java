package io.dyadline.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read cache keeps values until events change, within its budget of characters. */
@QuarkusTest
public class ReadCacheTest {

    @Inject
    ReadCache cache;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Test
    void whatIsComputedBeforeTheFirstLookAtTheChangeLogIsKeptWhenNothingChanged() throws Exception {
        // a new instance, as at start-up, that looks at the log every 300 ms
        ReadCache fresh = new ReadCache(() -> java.time.Duration.ofMillis(300), transactions, em);
        AtomicInteger computed = new AtomicInteger();
        QuarkusTransaction.requiringNew().run(() -> assertEquals("v", fresh.get("test-start", () -> {
            computed.incrementAndGet();
            return "v";
        })));
        Thread.sleep(400);
        QuarkusTransaction.requiringNew().run(() -> assertEquals("v", fresh.get("test-start", () -> {
            computed.incrementAndGet();
            return "again";
        })));
        assertEquals(1, computed.get(), "no event changed: the value of the first request is kept");
    }

    @Test
    void aValueIsComputedOnceUntilForgottenAndLargeValuesStayWithinTheBudget() {
        // an instance of its own that does not look at the change log during the test: the shared one forgets
        // everything when another test's writes show up there, and the counts below would count that
        ReadCache cache = new ReadCache(() -> java.time.Duration.ofHours(1), transactions, em);
        QuarkusTransaction.requiringNew().run(() -> {
            cache.forget();
            AtomicInteger computed = new AtomicInteger();
            assertEquals("a", cache.get("test-a", () -> {
                computed.incrementAndGet();
                return "a";
            }));
            assertEquals("a", cache.get("test-a", () -> "not again"));
            assertEquals(1, computed.get());
            cache.forget();
            assertEquals("again", cache.get("test-a", () -> "again"));

            // a value over an eighth of the budget is answered but not kept
            long huge = ReadCache.MAX_CHARS / 8 + 1;
            assertEquals("big", cache.get("test-huge", () -> "big", v -> huge));
            assertEquals("recomputed", cache.get("test-huge", () -> "recomputed", v -> huge));

            // twenty values of a tenth of the budget: older ones are dropped, the budget holds, each answer is right
            long tenth = ReadCache.MAX_CHARS / 10;
            for (int i = 0; i < 20; i++) {
                String v = "page " + i;
                assertEquals(v, cache.get("test-page-" + i, () -> v, x -> tenth));
                assertTrue(cache.chars() <= ReadCache.MAX_CHARS, "kept " + cache.chars());
            }
            // which ones stay is the cache's policy (frequency and recency); that some do, and at most ten, is ours
            // counted without asking for them: a page asked for again would be computed and kept, evicting others
            int kept = 0;
            for (int i = 0; i < 20; i++) {
                kept += cache.holds("test-page-" + i) ? 1 : 0;
            }
            for (int i = 0; i < 20; i++) {
                String v = "page " + i;
                if (cache.holds("test-page-" + i)) {
                    assertEquals(v, cache.get("test-page-" + i, () -> "recomputed", x -> tenth));
                }
            }
            assertTrue(kept >= 1 && kept <= 10, kept + " of 20 pages kept");
            assertTrue(cache.chars() <= ReadCache.MAX_CHARS, "kept " + cache.chars());
            cache.forget();
            assertEquals(0, cache.chars());
        });
    }

    @Test
    void aValueMayBeComputedFromOtherRememberedValuesAndAFailureIsNotKept() {
        QuarkusTransaction.requiringNew().run(() -> {
            cache.forget();
            // a page of documents is computed from its total, itself remembered: a computation inside another
            assertEquals("page of 7", cache.get("test-page", () -> "page of " + cache.get("test-total", () -> 7)));
            assertEquals(7, cache.get("test-total", () -> 8));
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> cache.get("test-fails",
                    () -> {
                        throw new IllegalStateException("database gone");
                    }));
            assertEquals("then works", cache.get("test-fails", () -> "then works"));
        });
    }

    @Test
    void distinctKeysWithoutEndKeepABoundedNumberOfEntries() {
        QuarkusTransaction.requiringNew().run(() -> {
            cache.forget();
            // every distinct q of a public search box is a new key: what is kept stays bounded however many come
            for (int i = 0; i < 30_000; i++) {
                int n = i;
                assertEquals(n, cache.get(java.util.List.of("test-q", "word" + n), () -> n));
            }
            assertTrue(cache.size() <= 10_000, "kept " + cache.size());
            assertTrue(cache.size() > 1_000, "kept only " + cache.size());
            cache.forget();
            assertEquals(0, cache.size());
        });
    }
}
