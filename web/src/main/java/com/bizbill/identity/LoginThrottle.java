package com.bizbill.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Per-address throttle of failed logins and one-time codes (design.md "Login", issue 14): at
 * {@code bizbill.login.ip-max-failures} failures from one client address within the window further
 * attempts from it are refused until the window has passed. Another account's success does not
 * clear the count. Per-(id, address) locking lives in IdentityService ({@link LoginLocks}). The
 * address is {@link ClientAddresses}'s. Kept in memory: each node of a cluster counts on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    LoginAttempts attempts;

    public boolean isBlocked(String ip) {
        return attempts.addresses().isBlocked(ip);
    }

    public void failed(String ip) {
        attempts.addresses().failed(ip);
    }
}
