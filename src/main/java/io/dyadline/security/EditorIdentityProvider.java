package io.dyadline.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks HTTP Basic credentials against the editor's. */
@ApplicationScoped
public class EditorIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final EditorCredentials credentials;

    public EditorIdentityProvider(EditorCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (!credentials.matches(request.getUsername(), request.getPassword().getPassword())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Wrong user or password"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(EditorCredentials.USER))
                .addRole(EditorCredentials.ROLE)
                .addCredential(request.getPassword())
                .build());
    }
}
