package org.xingfeng.platform.core.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * PBKDF2-HMAC-SHA256 (the JDK's implementation) with a random 16-byte salt. The stored form carries the
 * algorithm and iteration count, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, so the count can be raised
 * later without invalidating old hashes.
 */
@Component(service = PasswordHasher.class, configurationPid = PasswordHasher.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PasswordHasher.Config.class)
public final class PasswordHasher {

    public static final String PID = "org.xingfeng.security.passwords";

    @ObjectClassDefinition(id = PID, name = "Passwords", description = "How new password hashes are made")
    public @interface Config {

        @AttributeDefinition(name = "PBKDF2 iterations",
                description = "PBKDF2 iterations for new hashes (at least 1000)")
        int password_iterations() default DEFAULT_ITERATIONS;
    }

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public PasswordHasher(Config config) {
        this(config.password_iterations());
    }

    public PasswordHasher(int iterations) {
        if (iterations < 1000) {
            throw new IllegalArgumentException("too few PBKDF2 iterations: " + iterations);
        }
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * A stored value in the current form (iteration count, salt) that no password matches: random bytes stand where
     * the derived key would be. Verifying against it costs one derivation, as against a real hash, so an unknown user
     * answers as slowly as a wrong password; making it costs none (no derivation on the path to a ready server).
     */
    public String decoy() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; false for any malformed stored value. Constant-time compare. */
    public boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int iter = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iter));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
