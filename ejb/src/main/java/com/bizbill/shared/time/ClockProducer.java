package com.bizbill.shared.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the injected {@link Clock} (design.md: time comes from one injected Clock).
 * Asia/Seoul unless {@code bizbill.zone} says otherwise. In demo mode the persisted offset is
 * applied, so a restart keeps the demo's date.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "bizbill.zone", defaultValue = "Asia/Seoul")
    String zone;

    @Inject
    @ConfigProperty(name = "bizbill.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext
    EntityManager em;

    private ApplicationClock clock;

    @PostConstruct
    void init() {
        Duration offset = Duration.ZERO;
        if (demo) {
            ClockOffset stored = em.find(ClockOffset.class, ClockOffset.SINGLETON_ID);
            if (stored != null) {
                offset = stored.getOffset();
            }
        }
        clock = new ApplicationClock(Clock.system(ZoneId.of(zone)), offset);
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    public ApplicationClock applicationClock() {
        return clock;
    }

    public boolean isDemo() {
        return demo;
    }
}
