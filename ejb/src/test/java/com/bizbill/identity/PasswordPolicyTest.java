package com.bizbill.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsLongEnoughPasswordsWithThreeKinds() {
        assertThat(PasswordPolicy.problem("Strong!Pass1", "someone")).isEmpty();
        assertThat(PasswordPolicy.problem("lower123!", "someone")).isEmpty();
    }

    @Test
    void refusesShortLongWeakOrIdContainingPasswords() {
        assertThat(PasswordPolicy.problem("Ab1!", "x")).contains("password.length");
        assertThat(PasswordPolicy.problem("A".repeat(30) + "b1!" + "c".repeat(40), "x")).contains("password.length");
        assertThat(PasswordPolicy.problem("alllowercase", "x")).contains("password.weak");
        assertThat(PasswordPolicy.problem("lowercase123", "x")).contains("password.weak");
        assertThat(PasswordPolicy.problem("Kim2026!kim", "kim2026")).contains("password.containsId");
        assertThat(PasswordPolicy.problem(null, "x")).contains("password.length");
    }

    @Test
    void loginIdsArePlainIdsOrEmailAddresses() {
        assertThat(LoginIds.isValid("team.billing")).isTrue();
        assertThat(LoginIds.isValid("master@company.co.kr")).isTrue();
        assertThat(LoginIds.isValid("abc")).isFalse();
        assertThat(LoginIds.isValid("has space")).isFalse();
        assertThat(LoginIds.isValid(null)).isFalse();
    }
}
