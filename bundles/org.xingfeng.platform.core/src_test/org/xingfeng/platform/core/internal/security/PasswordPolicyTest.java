package org.xingfeng.platform.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xingfeng.platform.api.ValidationException;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = { "short1!", "onlyletterslong", "1234567890123", "!!!!!!!!!!!!" })
    void weakPasswordsAreRefused(String password) {
        ValidationException e = assertThrows(ValidationException.class, () -> PasswordPolicy.check("zhang", password));
        assertEquals("password", e.details().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Mianyang2026", "医保服务提升年2026", "long-enough-!!" })
    void reasonablePasswordsPass(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check("zhang", password));
    }

    @ParameterizedTest
    @ValueSource(strings = { "zhang.wei01", "ZHANG.WEI01" })
    void theUsernameIsNoPassword(String password) {
        assertThrows(ValidationException.class, () -> PasswordPolicy.check("zhang.wei01", password));
    }
}
