package com.bizbill.identity.registry;

import com.bizbill.identity.BusinessNumber;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The in-app registry: every well-formed number is OPEN except the configured ones, so staff and
 * testers can try each refusal on purpose. Configuration (comma-separated, with or without dashes):
 * {@code bizbill.registry.sandbox.closed}, {@code .suspended}, {@code .unknown}, {@code .unavailable}
 * (the last one makes the registry fail as if it timed out). Every call is logged; none is kept in memory.
 */
@ApplicationScoped
@Typed(SandboxBusinessRegistry.class)
public class SandboxBusinessRegistry implements BusinessRegistry {

    private static final Logger LOG = Logger.getLogger(SandboxBusinessRegistry.class.getName());

    @Inject
    @ConfigProperty(name = "bizbill.registry.sandbox.closed", defaultValue = "104-81-34136")
    String closed;

    @Inject
    @ConfigProperty(name = "bizbill.registry.sandbox.suspended", defaultValue = "124-81-00998")
    String suspended;

    @Inject
    @ConfigProperty(name = "bizbill.registry.sandbox.unknown", defaultValue = "123-45-67891")
    String unknown;

    @Inject
    @ConfigProperty(name = "bizbill.registry.sandbox.unavailable", defaultValue = "101-81-12341")
    String unavailable;

    @Override
    public BusinessStatus statusOf(BusinessNumber number) {
        LOG.info(() -> "sandbox registry asked about " + number);
        if (digits(unavailable).contains(number.digits())) {
            throw new BizbillException(ErrorCode.REGISTRY_UNAVAILABLE, "sandbox registry: timed out");
        }
        if (digits(closed).contains(number.digits())) {
            return BusinessStatus.CLOSED;
        }
        if (digits(suspended).contains(number.digits())) {
            return BusinessStatus.SUSPENDED;
        }
        if (digits(unknown).contains(number.digits())) {
            return BusinessStatus.UNKNOWN;
        }
        return BusinessStatus.OPEN;
    }

    private static Set<String> digits(String list) {
        return Arrays.stream(list.split(",")).map(s -> s.trim().replace("-", "")).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
