package com.bizbill.billing.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 14 §2: the sandbox PG's SMS step, at most n codes per key in a sliding window. */
class SendThrottleTest {

    @Test
    void issue14AtMostFiveCodesPerNumberPerTenMinutes() {
        SendThrottle t = new SendThrottle(5, Duration.ofMinutes(10));
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            assertThat(t.allows("01012345678", now.plusSeconds(i))).as("code " + (i + 1)).isTrue();
            t.record("01012345678", now.plusSeconds(i));
        }
        assertThat(t.allows("01012345678", now.plusSeconds(60))).as("the 6th within 10 minutes").isFalse();
        assertThat(t.allows("01099998888", now.plusSeconds(60))).as("another number").isTrue();
        assertThat(t.allows("01012345678", now.plus(Duration.ofMinutes(10)).plusSeconds(1)))
                .as("the first code left the window").isTrue();
    }
}
