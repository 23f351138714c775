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

    @Test
    void aValueIsComputedOnceUntilForgottenAndLargeValuesStayWithinTheBudget() {
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
            assertEquals("page 19", cache.get("test-page-19", () -> "not kept?", x -> tenth));
            cache.forget();
            assertEquals(0, cache.chars());
        });
    }
}
