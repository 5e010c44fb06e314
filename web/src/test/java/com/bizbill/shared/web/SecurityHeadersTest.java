package com.bizbill.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14 §4: when cookies are Secure. */
class SecurityHeadersTest {

    @Test
    void issue14SecureByDefaultExactlyWhenThePublicUrlIsHttps() {
        assertThat(SecurityHeaders.secureCookies(Optional.empty(), Optional.of("https://bill.example.com"))).isTrue();
        assertThat(SecurityHeaders.secureCookies(Optional.empty(), Optional.of(" HTTPS://bill.example.com "))).isTrue();
        assertThat(SecurityHeaders.secureCookies(Optional.empty(), Optional.of("http://localhost:8080"))).isFalse();
        assertThat(SecurityHeaders.secureCookies(Optional.empty(), Optional.empty())).isFalse();
        assertThat(SecurityHeaders.secureCookies(Optional.of(" "), Optional.of("https://bill.example.com"))).isTrue();
    }

    @Test
    void issue14AnExplicitSettingWins() {
        assertThat(SecurityHeaders.secureCookies(Optional.of("true"), Optional.of("http://localhost:8080"))).isTrue();
        assertThat(SecurityHeaders.secureCookies(Optional.of("FALSE"), Optional.of("https://bill.example.com"))).isFalse();
        assertThatThrownBy(() -> SecurityHeaders.secureCookies(Optional.of("yes"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue14ThePolicyForbidsFraming() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'");
    }
}
