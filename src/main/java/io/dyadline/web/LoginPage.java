package io.dyadline.web;

import io.dyadline.security.AccountIdentityProvider;
import io.dyadline.security.Accounts;
import io.dyadline.security.SessionAuthentication;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.Duration;

/** The sign-in page, for people: a form that opens a session (a cookie), and the sign-out button's target. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, String error);
    }

    private final IdentityProviderManager identities;
    private final Accounts accounts;
    private final RoutingContext request;

    public LoginPage(IdentityProviderManager identities, Accounts accounts, RoutingContext request) {
        this.identities = identities;
        this.accounts = accounts;
        this.request = request;
    }

    @GET
    @Path("/login")
    public TemplateInstance form(@RestQuery String next) {
        return Templates.login(localPath(next), null);
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next) {
        String target = localPath(next);
        SecurityIdentity identity;
        try {
            identity = identities.authenticateBlocking(HttpSecurityUtils.setRoutingContextAttribute(
                    new UsernamePasswordAuthenticationRequest(username == null ? "" : username,
                            new PasswordCredential(password == null ? new char[0] : password.toCharArray())), request));
        } catch (AuthenticationFailedException e) {
            Duration refused = request.get(AccountIdentityProvider.REFUSED);
            if (refused != null) {
                return Response.status(429).header("Retry-After", refused.toSeconds())
                        .entity(Templates.login(target, "Too many failed sign-ins from this address: wait a few minutes "
                                + "and try again.")).build();
            }
            return Response.status(401).entity(Templates.login(target, "The user name or password is wrong.")).build();
        }
        String token = accounts.openSession(identity.getPrincipal().getName());
        return Response.seeOther(URI.create(target)).cookie(sessionCookie(token, accounts.sessionDuration())).build();
    }

    @POST
    @Path("/logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response signOut(@RestCookie(SessionAuthentication.COOKIE) String session) {
        if (session != null && !session.isBlank()) {
            accounts.closeSession(session);
        }
        return Response.seeOther(URI.create("/")).cookie(sessionCookie("", Duration.ZERO)).build();
    }

    /** HttpOnly, and SameSite=Strict: no other site's page can send a request with it. */
    private NewCookie sessionCookie(String value, Duration maxAge) {
        return new NewCookie.Builder(new Cookie.Builder(SessionAuthentication.COOKIE).value(value).path("/").build())
                .httpOnly(true).secure(request.request().isSSL()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) maxAge.toSeconds()).build();
    }

    /** Where to go after signing in: a path of this site, never another site. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login") || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
