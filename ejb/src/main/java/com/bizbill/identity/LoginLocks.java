package com.bizbill.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Password failures counted per (login id, client address) (issue 14, design.md "Login"): after
 * {@code maxFailures} wrong passwords in a row for an id from one address, that id is locked for
 * {@code lockFor} from that address only. A stranger who sprays an id from elsewhere does not lock its
 * owner out of their usual address, and the per-address throttle ({@link AddressThrottle}) stops the
 * stranger after a few ids. Ids that do not exist are counted exactly like existing ones, so the answer
 * never tells whether an id exists. A password reset link clears every lock of its id. Plain Java,
 * kept in memory by {@link LoginAttempts}.
 */
public final class LoginLocks {

    /** Beyond this many tracked pairs the expired ones are dropped (memory stays bounded under a spray). */
    static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private static final class Entry {
        int failures;
        Instant lockedUntil;
        Instant last;
    }

    public LoginLocks(int maxFailures, Duration lockFor, Clock clock) {
        this.maxFailures = Math.max(1, maxFailures);
        this.lockFor = lockFor;
        this.clock = clock;
    }

    static String key(String loginId, String address) {
        return (loginId == null ? "" : loginId.trim().toLowerCase(Locale.ROOT)) + '\u0000'
                + (address == null ? "-" : address);
    }

    public boolean isLocked(String loginId, String address) {
        Entry e = entries.get(key(loginId, address));
        if (e == null) {
            return false;
        }
        synchronized (e) {
            return e.lockedUntil != null && clock.instant().isBefore(e.lockedUntil);
        }
    }

    /** Counts a wrong password; returns whether the pair is locked now. */
    public boolean failed(String loginId, String address) {
        Instant now = clock.instant();
        if (entries.size() > PRUNE_ABOVE) {
            prune(now);
        }
        Entry e = entries.computeIfAbsent(key(loginId, address), k -> new Entry());
        synchronized (e) {
            if (e.lockedUntil != null && !now.isBefore(e.lockedUntil)) {
                e.lockedUntil = null; // the lock has passed: count afresh
                e.failures = 0;
            }
            e.last = now;
            if (e.lockedUntil != null) {
                return true;
            }
            e.failures++;
            if (e.failures >= maxFailures) {
                e.lockedUntil = now.plus(lockFor);
                e.failures = 0;
                return true;
            }
            return false;
        }
    }

    /** The right password for the id from this address: its count starts again. */
    public void succeeded(String loginId, String address) {
        entries.remove(key(loginId, address));
    }

    /** A password reset: every address's count and lock for the id go. */
    public void clearAccount(String loginId) {
        String prefix = key(loginId, "").substring(0, key(loginId, "").indexOf('\u0000') + 1);
        entries.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private void prune(Instant now) {
        Instant stale = now.minus(lockFor);
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            synchronized (e) {
                boolean lockOver = e.lockedUntil == null || !now.isBefore(e.lockedUntil);
                if (lockOver && (e.last == null || e.last.isBefore(stale))) {
                    it.remove();
                }
            }
        }
    }

    int size() {
        return entries.size();
    }
}
