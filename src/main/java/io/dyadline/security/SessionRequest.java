package io.dyadline.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a browser's session cookie, to be exchanged for its account. */
public class SessionRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
