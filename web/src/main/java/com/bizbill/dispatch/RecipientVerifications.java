package com.bizbill.dispatch;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Issue 22 §1: the coupon links this browser session proved the number of, each for {@link #FOR} after its code
 * (the session itself is the recipient's phone; nothing else about the recipient is kept in it).
 */
@SessionScoped
public class RecipientVerifications implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration FOR = Duration.ofMinutes(30);

    private final Map<String, Instant> until = new HashMap<>();

    public synchronized void verified(String token, Instant now) {
        until.put(token, now.plus(FOR));
    }

    public synchronized boolean isVerified(String token, Instant now) {
        Instant end = until.get(token);
        return end != null && now.isBefore(end);
    }
}
