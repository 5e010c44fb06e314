package com.bizbill.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 14 (design.md "Login"): locks per (id, address), a throttle per address that no success clears. */
class LoginLocksTest {

    private Instant now = Instant.parse("2026-10-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void fiveFailuresLockTheIdFromThatAddressOnly() {
        LoginLocks locks = new LoginLocks(5, Duration.ofMinutes(15), clock);
        for (int i = 1; i < 5; i++) {
            assertThat(locks.failed("Owner", "198.51.100.7")).isFalse();
        }
        assertThat(locks.failed("owner", "198.51.100.7")).isTrue();
        assertThat(locks.isLocked("OWNER", "198.51.100.7")).isTrue();
        assertThat(locks.isLocked("owner", "203.0.113.1")).as("the owner's own address").isFalse();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(locks.isLocked("owner", "198.51.100.7")).as("the lock passes").isFalse();
    }

    @Test
    void unknownIdsAreCountedAndLockedLikeKnownOnes() {
        LoginLocks locks = new LoginLocks(2, Duration.ofMinutes(15), clock);
        locks.failed("nobody-such", "198.51.100.7");
        assertThat(locks.failed("nobody-such", "198.51.100.7")).isTrue();
        assertThat(locks.isLocked("nobody-such", "198.51.100.7")).isTrue();
    }

    @Test
    void aResetClearsEveryAddressOfTheIdAndNoOther() {
        LoginLocks locks = new LoginLocks(1, Duration.ofMinutes(15), clock);
        locks.failed("owner", "198.51.100.7");
        locks.failed("owner", "198.51.100.8");
        locks.failed("owner2", "198.51.100.7");
        locks.clearAccount("Owner");
        assertThat(locks.isLocked("owner", "198.51.100.7")).isFalse();
        assertThat(locks.isLocked("owner", "198.51.100.8")).isFalse();
        assertThat(locks.isLocked("owner2", "198.51.100.7")).isTrue();
    }

    @Test
    void theRightPasswordRestartsTheCountOfItsOwnPairOnly() {
        LoginLocks locks = new LoginLocks(3, Duration.ofMinutes(15), clock);
        locks.failed("owner", "a");
        locks.failed("owner", "a");
        locks.succeeded("owner", "a");
        assertThat(locks.failed("owner", "a")).isFalse();
        assertThat(locks.failed("owner", "a")).isFalse();
        assertThat(locks.failed("owner", "a")).isTrue();
    }

    @Test
    void theAddressThrottleIsNotClearedByAnySuccess() {
        // the attacker's own successful logins in between do not help: there is no success call at all
        AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(15), clock);
        throttle.failed("198.51.100.7");
        throttle.failed("198.51.100.7");
        assertThat(throttle.isBlocked("198.51.100.7")).isFalse();
        throttle.failed("198.51.100.7");
        assertThat(throttle.isBlocked("198.51.100.7")).isTrue();
        assertThat(throttle.isBlocked("203.0.113.1")).isFalse();
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("198.51.100.7")).as("the window slides").isFalse();
    }

    @Test
    void aSprayOfIdsKeepsMemoryBounded() {
        LoginLocks locks = new LoginLocks(5, Duration.ofMinutes(15), clock);
        for (int i = 0; i <= LoginLocks.PRUNE_ABOVE; i++) {
            locks.failed("id" + i, "a");
        }
        now = now.plus(Duration.ofMinutes(16));
        locks.failed("last", "a");
        assertThat(locks.size()).isLessThan(10);
    }
}
