package org.xingfeng.platform.core.internal.security;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;

/** Rules a new password must meet: 10-128 characters, at least two of letters, digits and other characters, not the username. */
public final class PasswordPolicy {

    static final Messages MESSAGES = Messages.of(PasswordPolicy.class);

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new ValidationException("password",
                    MESSAGES.text("passwordPolicy.password_characters", MIN_LENGTH, MAX_LENGTH));
        }
        boolean letter = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        if ((letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0) < 2) {
            throw new ValidationException("password",
                    MESSAGES.text("passwordPolicy.password_needs_two_letters_digits"));
        }
        if (password.equalsIgnoreCase(username)) {
            throw new ValidationException("password", MESSAGES.text("passwordPolicy.password_differ_from_username"));
        }
    }
}
