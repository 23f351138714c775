package io.dyadline.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;

/**
 * Checks a user name and password (HTTP Basic, the sign-in form) against the accounts, after the limiter: an address
 * with too many recent failures for the account is refused, whatever the password.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Set on the request when the limiter refused it, so the answer can be 429 rather than 401. */
    public static final String REFUSED = "dyadline.sign-in-refused";

    private final Accounts accounts;
    private final LoginLimiter limiter;

    public AccountIdentityProvider(Accounts accounts, LoginLimiter limiter) {
        this.accounts = accounts;
        this.limiter = limiter;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = rc == null || rc.request().remoteAddress() == null ? "" : rc.request().remoteAddress().hostAddress();
        String username = request.getUsername();
        return context.runBlocking(() -> {
            if (limiter.refused(username, address)) {
                if (rc != null) {
                    rc.put(REFUSED, limiter.window());
                }
                throw new AuthenticationFailedException("Too many failed sign-ins from this address");
            }
            Optional<Set<String>> roles = accounts.check(username, request.getPassword().getPassword());
            if (roles.isEmpty()) {
                limiter.failed(username, address);
                throw new AuthenticationFailedException("Wrong user or password");
            }
            limiter.succeeded(username, address);
            return identity(username, roles.get());
        });
    }

    static SecurityIdentity identity(String username, Set<String> roles) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(roles).build();
    }
}
