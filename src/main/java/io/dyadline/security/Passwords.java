package io.dyadline.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;
import java.security.Provider;

/** Bcrypt hashes of passwords, made and checked by Elytron (as Quarkus's own security-jpa does). */
public final class Passwords {

    /** Bcrypt's cost: 2^10 rounds, about 50 ms a check on one core. */
    static final int COST = 10;
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72;

    private static final Provider PROVIDER = new WildFlyElytronPasswordProvider();

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** Whether the password is the one hashed; false for a hash that cannot be read. */
    public static boolean matches(String hash, char[] password) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Why a new password cannot be used, or null when it can: 12 to 72 characters (bcrypt reads 72 bytes). */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "A password has at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return "A password has at most " + MAX_LENGTH + " bytes (bcrypt reads no more)";
        }
        return null;
    }
}
