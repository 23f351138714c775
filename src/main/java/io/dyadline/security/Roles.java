package io.dyadline.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles of an account. Anonymous readers need none; a {@code reader} account reads and changes its own password,
 * an {@code analyst} curates events, an {@code editor} posts articles, imports and follows feeds, and an
 * {@code admin} manages accounts and holds every other role.
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String ANALYST = "analyst";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    public static final List<String> ALL = List.of(READER, ANALYST, EDITOR, ADMIN);

    private Roles() {
    }

    /** The roles an account holds: those it was given, and every role for an admin. */
    public static Set<String> held(Collection<String> given) {
        Set<String> out = new TreeSet<>(given);
        if (out.contains(ADMIN)) {
            out.addAll(ALL);
        }
        return out;
    }
}
