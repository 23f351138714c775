package io.dyadline.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginLimiterTest {

    @Test
    void anAccountIsRefusedToOneAddressAfterItsFailuresAndStaysOpenToOthers() {
        LoginLimiter limiter = new LoginLimiter(3, 100, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertFalse(limiter.refused("ana", "10.0.0.1"), "failure " + i);
            limiter.failed("ana", "10.0.0.1");
        }
        assertTrue(limiter.refused("ana", "10.0.0.1"));
        assertTrue(limiter.refused("ANA", "10.0.0.1"), "user names are counted whatever their case");
        assertFalse(limiter.refused("ana", "10.0.0.2"), "a stranger cannot lock the analyst out");
        assertFalse(limiter.refused("bob", "10.0.0.1"));
    }

    @Test
    void anAddressIsRefusedAfterItsFailuresForAnyAccounts() {
        LoginLimiter limiter = new LoginLimiter(100, 4, Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            assertFalse(limiter.refused("user" + i, "10.0.0.9"));
            limiter.failed("user" + i, "10.0.0.9");
        }
        assertTrue(limiter.refused("someone-else", "10.0.0.9"));
        assertFalse(limiter.refused("someone-else", "10.0.0.8"));
    }

    @Test
    void aRightPasswordClearsTheAccountsFailuresFromThatAddress() {
        LoginLimiter limiter = new LoginLimiter(3, 100, Duration.ofMinutes(15));
        limiter.failed("ana", "10.0.0.1");
        limiter.failed("ana", "10.0.0.1");
        limiter.succeeded("ana", "10.0.0.1");
        limiter.failed("ana", "10.0.0.1");
        limiter.failed("ana", "10.0.0.1");
        assertFalse(limiter.refused("ana", "10.0.0.1"));
    }

    @Test
    void theRefusalEndsWithItsWindow() throws InterruptedException {
        LoginLimiter limiter = new LoginLimiter(1, 100, Duration.ofMillis(200));
        limiter.failed("ana", "10.0.0.1");
        assertTrue(limiter.refused("ana", "10.0.0.1"));
        Thread.sleep(400);
        assertFalse(limiter.refused("ana", "10.0.0.1"));
    }
}
