package io.dyadline.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts every installation has: {@code admin}, and {@code editor} as before named accounts existed. A password
 * set in the configuration is the account's at every start; without one, a new account gets a strong generated
 * password, logged once, as Jenkins and Elasticsearch do, so that no installation is open to anonymous writes.
 */
@ApplicationScoped
public class FirstAccounts {

    static final int GENERATED_BYTES = 18;

    private final Accounts accounts;
    private final AdminConfig admin;
    private final EditorConfig editor;

    public FirstAccounts(Accounts accounts, AdminConfig admin, EditorConfig editor) {
        this.accounts = accounts;
        this.admin = admin;
        this.editor = editor;
    }

    void onStart(@Observes @Priority(900) StartupEvent event) {
        ensure(Accounts.ADMIN, admin.adminPassword(), Set.of(Roles.ADMIN), "DYADLINE_ADMIN_PASSWORD or dyadline.admin-password");
        ensure(Accounts.EDITOR, editor.editorPassword(), Set.of(Roles.EDITOR), "DYADLINE_EDITOR_PASSWORD or dyadline.editor-password");
    }

    private void ensure(String username, Optional<String> configured, Set<String> roles, String where) {
        Optional<String> given = configured.filter(p -> !p.isBlank());
        String password = given.orElseGet(() -> generate(new SecureRandom()));
        boolean created = accounts.ensure(username, password, roles, given.isPresent());
        if (created && given.isEmpty()) {
            Log.warnf("No %s password is configured (%s). Generated one for this run: user '%s', password '%s'",
                    username, where, username, password);
        }
    }

    /** A password of 144 random bits, URL-safe Base64 (24 characters). */
    static String generate(SecureRandom random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
