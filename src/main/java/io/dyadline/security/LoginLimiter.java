package io.dyadline.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed sign-ins, per account and address and per address, in windows that start at the first failure;
 * once a count reaches its limit, that address is refused (even with the right password) until its window ends.
 * Counting per account and address, not per account alone, keeps a stranger from locking an analyst out.
 */
@Singleton
public class LoginLimiter {

    private final Cache<String, AtomicInteger> byAccount;
    private final Cache<String, AtomicInteger> byAddress;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    @Inject
    public LoginLimiter(AccountConfig config) {
        this(config.failuresPerAccount(), config.failuresPerAddress(), config.failureWindow());
    }

    LoginLimiter(int perAccount, int perAddress, Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        // a count is written once, when its window opens, and then only incremented: it expires with the window
        this.byAccount = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
        this.byAddress = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** Whether sign-ins to this account from this address are refused for now. */
    public boolean refused(String username, String address) {
        return count(byAccount, key(username, address)) >= perAccount || count(byAddress, address) >= perAddress;
    }

    public void failed(String username, String address) {
        byAccount.get(key(username, address), k -> new AtomicInteger()).incrementAndGet();
        byAddress.get(address, k -> new AtomicInteger()).incrementAndGet();
    }

    /** A right password from this address clears its failures for the account (not those for the address). */
    public void succeeded(String username, String address) {
        byAccount.invalidate(key(username, address));
    }

    /** How long a refused address waits at most, for the Retry-After header. */
    public Duration window() {
        return window;
    }

    private static int count(Cache<String, AtomicInteger> counts, String key) {
        AtomicInteger n = counts.getIfPresent(key);
        return n == null ? 0 : n.get();
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "\u0000" + address;
    }
}
