package io.dyadline.security;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Who may write: the user {@code editor}, with the password set here or by {@code DYADLINE_EDITOR_PASSWORD}. */
@ConfigMapping(prefix = "dyadline")
public interface EditorConfig {

    /** The editor's password; without one, a strong password is generated at start-up and logged once. */
    Optional<String> editorPassword();
}
