package io.dyadline.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;

/**
 * Problem+json for the errors that the HTTP layer answers before a request reaches a resource: a request target or
 * headers too long, and failed or missing credentials. The HTTP codec's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above these, so
 * that requests over these limits reach this check and get a body that says what is wrong.
 */
@ApplicationScoped
public class HttpErrors {

    /** The longest request target (path and query) answered; a longer one is 414. */
    static final int MAX_REQUEST_TARGET = 8 * 1024;
    /** The most header bytes (names, values and their separators) answered; more is 431. */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final String CHALLENGE = "Basic realm=\"Dyadline\"";

    private final ObjectMapper json;

    public HttpErrors(ObjectMapper json) {
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::securityFailure);
    }

    private void limits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_REQUEST_TARGET) {
            respond(ctx, 414, "URI too long", "The request target is longer than " + MAX_REQUEST_TARGET
                    + " characters: shorten the query (q takes a few words)");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headerBytes += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            respond(ctx, 431, "Request header fields too large",
                    "The request headers are larger than " + MAX_HEADER_BYTES + " bytes");
            return;
        }
        ctx.next();
    }

    /** Failed or missing credentials (401) and a role the user lacks (403), as problem+json. */
    private void securityFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthorized(ctx, failure instanceof AuthenticationFailedException
                    ? "The user name or password is wrong" : "Sign in (HTTP Basic) as a user who may do this");
        } else if (failure instanceof ForbiddenException) {
            respond(ctx, 403, "Forbidden", "Your account may not do this");
        } else {
            ctx.next();
        }
    }

    /** A 401 with the Basic challenge, so that clients and browsers know to send credentials. */
    public void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", CHALLENGE);
        respond(ctx, 401, "Unauthorized", detail);
    }

    /** A 429 with Retry-After: the client is refused for a while (too many failed sign-ins). */
    public void tooManyRequests(RoutingContext ctx, String detail, java.time.Duration retryAfter) {
        ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        respond(ctx, 429, "Too many requests", detail);
    }

    private void respond(RoutingContext ctx, int status, String title, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        Problem problem = new Problem("about:blank", title, status, detail, ctx.request().path(), List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem is always writable", e);
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
