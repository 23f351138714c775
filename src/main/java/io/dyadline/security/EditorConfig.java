package io.dyadline.security;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The account {@code editor}, of installations before named accounts: its password, set here or by {@code DYADLINE_EDITOR_PASSWORD}. */
@ConfigMapping(prefix = "dyadline")
public interface EditorConfig {

    /** Set at every start when given; without one, a new editor account gets a generated password, logged once. */
    Optional<String> editorPassword();
}
