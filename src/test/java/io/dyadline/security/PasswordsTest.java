package io.dyadline.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    @Test
    void aHashIsBcryptSaltedAndMatchesOnlyItsPassword() {
        String hash = Passwords.hash("correct horse battery");
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertNotEquals(hash, Passwords.hash("correct horse battery"), "every hash has its own salt");
        assertTrue(Passwords.matches(hash, "correct horse battery".toCharArray()));
        assertFalse(Passwords.matches(hash, "correct horse batter".toCharArray()));
        assertFalse(Passwords.matches(hash, "Correct horse battery".toCharArray()));
        assertFalse(Passwords.matches("not a hash", "correct horse battery".toCharArray()));
    }

    @Test
    void aNewPasswordHasTwelveToSeventyTwoBytes() {
        assertNotNull(Passwords.problem(null));
        assertNotNull(Passwords.problem("short-pass1"));
        assertNull(Passwords.problem("twelve-chars"));
        assertNull(Passwords.problem("x".repeat(72)));
        assertNotNull(Passwords.problem("x".repeat(73)));
        assertNotNull(Passwords.problem("é".repeat(37)), "bcrypt counts bytes, not characters");
    }

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String p = FirstAccounts.generate(random);
            assertEquals(24, p.length());
            assertTrue(p.matches("[A-Za-z0-9_-]{24}"), p);
            assertTrue(seen.add(p));
        }
    }

    @Test
    void anAdminHoldsEveryRole() {
        assertEquals(Set.copyOf(Roles.ALL), Roles.held(Set.of(Roles.ADMIN)));
        assertEquals(Set.of(Roles.ANALYST), Roles.held(Set.of(Roles.ANALYST)));
    }
}
