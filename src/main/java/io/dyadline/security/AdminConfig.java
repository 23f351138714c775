package io.dyadline.security;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The first admin: the user {@code admin}, with the password set here or by {@code DYADLINE_ADMIN_PASSWORD}. */
@ConfigMapping(prefix = "dyadline")
public interface AdminConfig {

    /**
     * The admin's password, set at every start when given; without one, a new installation's admin gets a strong
     * generated password, logged once.
     */
    Optional<String> adminPassword();
}
