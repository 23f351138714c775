package io.dyadline.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dyadline.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Named accounts and their browser sessions. A password is checked against its bcrypt hash; a right answer is
 * remembered for a few minutes (under a keyed digest, never the password), so that an API client sending Basic
 * credentials with every request does not pay bcrypt's cost each time. Any change to an account forgets them all.
 */
@ApplicationScoped
public class Accounts {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountConfig config;
    private final SecureRandom random = new SecureRandom();
    private final byte[] pepper = new byte[32];
    private final Cache<String, Set<String>> checked = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    public Accounts(AccountConfig config) {
        this.config = config;
        random.nextBytes(pepper);
    }

    /** An account as the API shows it: never its hash. */
    public record AccountView(String username, List<String> roles, Instant createdAt, Instant updatedAt) {
        static AccountView of(Account a) {
            return new AccountView(a.username, List.copyOf(a.roleSet()), a.createdAt, a.updatedAt);
        }
    }

    /** The roles held when this password is the account's, or empty. */
    @Transactional
    public Optional<Set<String>> check(String username, char[] password) {
        String key = digest(username + "\u0000" + new String(password));
        Set<String> known = checked.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Account a = username == null ? null : Account.findById(username);
        if (a == null || !Passwords.matches(a.passwordHash, password)) {
            return Optional.empty();
        }
        Set<String> roles = Roles.held(a.roleSet());
        checked.put(key, roles);
        return Optional.of(roles);
    }

    @Transactional
    public List<AccountView> list() {
        return Account.<Account>listAll(io.quarkus.panache.common.Sort.by("username")).stream()
                .map(AccountView::of).toList();
    }

    @Transactional
    public Optional<AccountView> find(String username) {
        return Account.<Account>findByIdOptional(username).map(AccountView::of);
    }

    /** Creates an account; a taken name answers 409. */
    @Transactional
    public AccountView create(String username, String password, List<String> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ProblemException.unprocessable("username",
                    "A user name is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        requireUsable(password);
        Set<String> given = roles(roles == null || roles.isEmpty() ? List.of(Roles.READER) : roles);
        if (Account.findById(username) != null) {
            throw new ProblemException(409, "Conflict", "There is a user '" + username + "' already", List.of());
        }
        Account a = new Account();
        a.username = username;
        a.passwordHash = Passwords.hash(password);
        a.roles = String.join(",", given);
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        a.persist();
        checked.invalidateAll();
        return AccountView.of(a);
    }

    /** Sets a new password and/or roles; null leaves a field as it is. */
    @Transactional
    public AccountView update(String username, String password, List<String> roles) {
        Account a = existing(username);
        if (password != null) {
            requireUsable(password);
            a.passwordHash = Passwords.hash(password);
            // a new password signs out every browser of the account
            Session.delete("username", username);
        }
        if (roles != null) {
            Set<String> given = roles(roles);
            if (ADMIN.equals(username) && !given.contains(Roles.ADMIN)) {
                throw new ProblemException(409, "Conflict", "The account 'admin' keeps the admin role", List.of());
            }
            a.roles = String.join(",", given);
        }
        a.updatedAt = Instant.now();
        checked.invalidateAll();
        return AccountView.of(a);
    }

    @Transactional
    public void delete(String username) {
        Account a = existing(username);
        if (ADMIN.equals(username)) {
            throw new ProblemException(409, "Conflict", "The account 'admin' cannot be deleted", List.of());
        }
        Session.delete("username", username);
        a.delete();
        checked.invalidateAll();
    }

    /** Sets an account's password (and creates it with these roles when it is missing), as start-up does. */
    @Transactional
    public boolean ensure(String username, String password, Set<String> roles, boolean resetPassword) {
        Account a = Account.findById(username);
        if (a == null) {
            a = new Account();
            a.username = username;
            a.passwordHash = Passwords.hash(password);
            a.roles = String.join(",", new TreeSet<>(roles));
            a.createdAt = Instant.now();
            a.updatedAt = a.createdAt;
            a.persist();
            checked.invalidateAll();
            return true;
        }
        if (resetPassword && !Passwords.matches(a.passwordHash, password.toCharArray())) {
            a.passwordHash = Passwords.hash(password);
            a.updatedAt = Instant.now();
            checked.invalidateAll();
        }
        return false;
    }

    /** Opens a browser session for the account; the token goes in the cookie, only its digest in the database. */
    @Transactional
    public String openSession(String username) {
        Session.delete("expiresAt < ?1", Instant.now());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session s = new Session();
        s.tokenHash = sha256(token);
        s.username = username;
        s.createdAt = Instant.now();
        s.expiresAt = s.createdAt.plus(config.sessionDuration());
        s.persist();
        return token;
    }

    /** The account of an open session, with the roles it holds now. */
    @Transactional
    public Optional<Signed> session(String token) {
        Session s = Session.findById(sha256(token));
        if (s == null || s.expiresAt.isBefore(Instant.now())) {
            return Optional.empty();
        }
        Account a = Account.findById(s.username);
        return a == null ? Optional.empty() : Optional.of(new Signed(a.username, Roles.held(a.roleSet())));
    }

    @Transactional
    public void closeSession(String token) {
        Session.deleteById(sha256(token));
    }

    /** Who a session belongs to. */
    public record Signed(String username, Set<String> roles) {
    }

    /** The session cookie lives as long as the session. */
    public Duration sessionDuration() {
        return config.sessionDuration();
    }

    private static Account existing(String username) {
        Account a = username == null ? null : Account.findById(username);
        if (a == null) {
            throw ProblemException.notFound("No user '" + username + "'");
        }
        return a;
    }

    private static void requireUsable(String password) {
        String problem = Passwords.problem(password);
        if (problem != null) {
            throw ProblemException.unprocessable("password", problem);
        }
    }

    private static Set<String> roles(List<String> raw) {
        Set<String> out = new TreeSet<>();
        for (String r : raw) {
            String role = r == null ? "" : r.strip().toLowerCase(Locale.ROOT);
            if (!Roles.ALL.contains(role)) {
                throw ProblemException.unprocessable("roles", "A role is one of " + Roles.ALL);
            }
            out.add(role);
        }
        if (out.isEmpty()) {
            throw ProblemException.unprocessable("roles", "An account has at least one role, one of " + Roles.ALL);
        }
        return out;
    }

    private String digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(pepper);
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
