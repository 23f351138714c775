package io.dyadline.security;

import io.dyadline.common.HttpErrors;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * HTTP Basic, whose challenge to a request without credentials is a problem+json 401 like every other error,
 * instead of an empty body.
 */
@Singleton
public class ProblemBasicAuthentication extends BasicAuthenticationMechanism {

    private final HttpErrors errors;

    public ProblemBasicAuthentication(HttpErrors errors) {
        super("Dyadline");
        this.errors = errors;
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext ctx) {
        errors.unauthorized(ctx, "Sign in (HTTP Basic) as a user who may do this");
        return Uni.createFrom().item(true);
    }
}
