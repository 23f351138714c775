package io.dyadline.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a browser stays signed in, and how many failed sign-ins are allowed before a pause. */
@ConfigMapping(prefix = "dyadline.accounts")
public interface AccountConfig {

    /** A session ends this long after sign-in. */
    @WithDefault("PT12H")
    Duration sessionDuration();

    /** Failed sign-ins for one account from one address before that address must wait for it. */
    @WithDefault("5")
    int failuresPerAccount();

    /** Failed sign-ins from one address, for any accounts, before it must wait. */
    @WithDefault("20")
    int failuresPerAddress();

    /** How long failures are counted and a refused address waits. */
    @WithDefault("PT15M")
    Duration failureWindow();
}
