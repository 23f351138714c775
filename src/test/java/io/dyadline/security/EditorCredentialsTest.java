package io.dyadline.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorCredentialsTest {

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String p = EditorCredentials.generate(random);
            assertEquals(24, p.length());
            assertTrue(p.matches("[A-Za-z0-9_-]{24}"), p);
            assertTrue(seen.add(p));
        }
    }

    @Test
    void withoutAConfiguredPasswordAGeneratedOneIsRequired() {
        EditorCredentials generated = new EditorCredentials(Optional::empty);
        assertFalse(generated.matches("editor", new char[0]));
        assertFalse(generated.matches("editor", "".toCharArray()));
    }

    @Test
    void theConfiguredPasswordOfTheEditorMatchesAndNothingElse() {
        EditorCredentials c = new EditorCredentials(() -> Optional.of("s3cret-pass"));
        assertTrue(c.matches("editor", "s3cret-pass".toCharArray()));
        assertFalse(c.matches("editor", "s3cret-pas".toCharArray()));
        assertFalse(c.matches("Editor", "s3cret-pass".toCharArray()));
        assertFalse(c.matches("admin", "s3cret-pass".toCharArray()));
    }
}
