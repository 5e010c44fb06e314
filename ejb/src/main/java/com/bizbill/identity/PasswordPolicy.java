package com.bizbill.identity;

import java.util.Optional;

/** Passwords: 8 to 64 characters with at least three of lower case, upper case, digits and symbols. */
public final class PasswordPolicy {

    public static final int MIN = 8;
    public static final int MAX = 64;

    private PasswordPolicy() {
    }

    /** Why the password is refused (a bundle key), or empty when it is acceptable. */
    public static Optional<String> problem(String password, String loginId) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return Optional.of("password.length");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 3) {
            return Optional.of("password.weak");
        }
        if (loginId != null && !loginId.isBlank() && password.toLowerCase().contains(loginId.toLowerCase())) {
            return Optional.of("password.containsId");
        }
        return Optional.empty();
    }
}
