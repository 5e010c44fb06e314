package com.bizbill.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

    @Test
    void offsetMovesEveryReaderOfTheClock() {
        Clock base = Clock.fixed(Instant.parse("2026-11-19T15:00:00Z"), ZoneId.of("Asia/Seoul"));
        ApplicationClock clock = new ApplicationClock(base, Duration.ZERO);
        Clock utcView = clock.withZone(ZoneId.of("UTC"));
        clock.setOffset(Duration.ofDays(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
        assertThat(utcView.instant()).as("a zone view shares the offset").isEqualTo(clock.instant());
        assertThat(java.time.LocalDate.now(clock)).hasToString("2026-11-21"); // 00:00 in Seoul on the 21st
    }
}
