package com.bizbill.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 (HMAC-SHA256) password hashes through Jakarta Security's built-in {@link Pbkdf2PasswordHash}. */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a throw-away password, verified when the login id is unknown so timing does not reveal it. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    /**
     * A hash nobody knows the password of, for accounts whose owner sets the password later by
     * link (invited sub-members, partner-store admins).
     */
    public String unusableHash() {
        byte[] secret = new byte[24];
        new java.security.SecureRandom().nextBytes(secret);
        return hash("Aa1!" + java.util.Base64.getEncoder().encodeToString(secret));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy : storedHash) && storedHash != null;
    }
}
