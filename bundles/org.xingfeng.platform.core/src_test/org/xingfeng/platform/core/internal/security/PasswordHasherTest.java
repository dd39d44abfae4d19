package org.xingfeng.platform.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("Correct-Horse-1");
        assertTrue(hasher.verify("Correct-Horse-1", hash));
        assertFalse(hasher.verify("correct-horse-1", hash));
        assertFalse(hasher.verify("", hash));
        assertFalse(hasher.verify(null, hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same-password-1"), hasher.hash("same-password-1"));
    }

    @Test
    void storedFormNamesAlgorithmAndIterations() {
        String hash = hasher.hash("x-password-9");
        assertTrue(hash.startsWith("pbkdf2-sha256$10000$"), hash);
        // a hash made with another iteration count still verifies: the count travels with the hash
        assertTrue(new PasswordHasher(20_000).verify("x-password-9", hash));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertFalse(hasher.verify("a", "plain-text"));
        assertFalse(hasher.verify("a", "pbkdf2-sha256$abc$xx$yy"));
        assertFalse(hasher.verify("a", "md5$1$2$3"));
        assertFalse(hasher.verify("a", null));
    }

    @Test
    void decoyHasTheStoredFormOfARealHashAndMatchesNothing() {
        // same iteration count, salt and key length as a real hash: verify derives the same key either way
        PasswordHasher slow = new PasswordHasher(20_000);
        String decoy = slow.decoy();
        String real = slow.hash("Some-Password-7");
        assertTrue(decoy.startsWith("pbkdf2-sha256$20000$"), decoy);
        assertEquals(real.split("\\$")[2].length(), decoy.split("\\$")[2].length(), "salt length");
        assertEquals(real.split("\\$")[3].length(), decoy.split("\\$")[3].length(), "key length");
        assertNotEquals(decoy, slow.decoy());
        assertFalse(slow.verify("", decoy));
        assertFalse(slow.verify("Some-Password-7", decoy));
    }

    @Test
    void refusesWeakSettings() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(10));
    }

    @Test
    void defaultFollowsOwaspRecommendation() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 600_000);
    }
}
