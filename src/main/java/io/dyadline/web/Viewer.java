package io.dyadline.web;

import io.dyadline.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at a page, for the templates: "signed in as", and which actions to offer. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;

    public Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** Whether the viewer may curate events: confirm, reject, edit, merge, split, revert. */
    public boolean analyst() {
        return identity.hasRole(Roles.ANALYST);
    }

    public boolean admin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
