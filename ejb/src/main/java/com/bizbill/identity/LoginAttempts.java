package com.bizbill.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's {@link LoginLocks} (per login id and address) and {@link AddressThrottle} (per
 * address, for passwords and one-time codes alike). In memory: each node of a cluster counts on its
 * own, so N nodes allow up to N times the configured failures (README "Known limits").
 */
@ApplicationScoped
public class LoginAttempts {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "bizbill.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "bizbill.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "bizbill.login.ip-max-failures", defaultValue = "20")
    int ipMaxFailures;

    private LoginLocks locks;
    private AddressThrottle addresses;

    @PostConstruct
    void init() {
        locks = new LoginLocks(maxFailures, Duration.ofMinutes(lockMinutes), clock);
        addresses = new AddressThrottle(ipMaxFailures, Duration.ofMinutes(lockMinutes), clock);
    }

    public LoginLocks locks() {
        return locks;
    }

    public AddressThrottle addresses() {
        return addresses;
    }
}
