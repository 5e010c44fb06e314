package com.bizbill.dispatch;

import com.bizbill.identity.AddressThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Issue 22 §1: codes sent, wrong codes and unknown links per client address on the coupon pages, over a sliding
 * window ({@code bizbill.coupon-page.address-limit} in 10 minutes, 30 by default): past it the address is refused
 * until old tries leave the window. Kept in this node's memory like the login throttle (issue 26 moves both).
 */
@ApplicationScoped
public class CouponPageThrottle {

    @Inject
    Clock clock;

    @Inject
    Config config;

    private AddressThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new AddressThrottle(config.getOptionalValue("bizbill.coupon-page.address-limit", Integer.class)
                .orElse(30), Duration.ofMinutes(10), clock);
    }

    public boolean isBlocked(String address) {
        return throttle.isBlocked(address);
    }

    public void counted(String address) {
        throttle.failed(address);
    }
}
