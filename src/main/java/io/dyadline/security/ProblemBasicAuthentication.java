package io.dyadline.security;

import io.dyadline.common.HttpErrors;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP Basic, whose challenge is a problem+json 401 like every other error instead of an empty body; 429 when the
 * sign-in limiter refused the address; and, for a browser asking for a page it must be signed in to see, the sign-in
 * page.
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
        Duration refused = ctx.get(AccountIdentityProvider.REFUSED);
        if (refused != null) {
            errors.tooManyRequests(ctx, "Too many failed sign-ins from this address: wait and try again", refused);
        } else if (isPageNavigation(ctx)) {
            ctx.response().setStatusCode(303)
                    .putHeader(HttpHeaders.LOCATION, "/login?next=" + URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8))
                    .end();
        } else {
            errors.unauthorized(ctx, "Sign in (HTTP Basic) as a user who may do this");
        }
        return Uni.createFrom().item(true);
    }

    /** A browser's GET of a page (not the API), without credentials: it is shown the sign-in form. */
    private static boolean isPageNavigation(RoutingContext ctx) {
        String path = ctx.request().path();
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return ctx.request().method() == HttpMethod.GET && !path.startsWith("/api/") && !path.startsWith("/q/")
                && ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && accept != null && accept.contains("text/html");
    }
}
