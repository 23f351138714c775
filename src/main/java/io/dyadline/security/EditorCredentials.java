package io.dyadline.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The editor's credentials. With no password configured the service makes one at start-up and logs it once, as
 * Jenkins and Elasticsearch do, so that a new installation is never open to anonymous writes.
 */
@Singleton
@Startup
public class EditorCredentials {

    public static final String USER = "editor";
    public static final String ROLE = "editor";
    static final int GENERATED_BYTES = 18;

    private final byte[] password;

    public EditorCredentials(EditorConfig config) {
        String configured = config.editorPassword().filter(p -> !p.isBlank()).orElse(null);
        if (configured == null) {
            configured = generate(new SecureRandom());
            Log.warnf("No editor password is configured (DYADLINE_EDITOR_PASSWORD or dyadline.editor-password). "
                    + "Generated one for this run: user '%s', password '%s'", USER, configured);
        }
        this.password = configured.getBytes(StandardCharsets.UTF_8);
    }

    /** A password of 144 random bits, URL-safe Base64 (24 characters). */
    static String generate(SecureRandom random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Compares in constant time, so the answer's timing says nothing about the password. */
    boolean matches(String user, char[] candidate) {
        byte[] given = new String(candidate).getBytes(StandardCharsets.UTF_8);
        boolean passwordOk = MessageDigest.isEqual(password, given);
        return USER.equals(user) & passwordOk;
    }
}
