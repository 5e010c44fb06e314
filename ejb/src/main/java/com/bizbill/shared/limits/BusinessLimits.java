package com.bizbill.shared.limits;

import com.bizbill.shared.WholeNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The business maximums of one money movement (issue 13, README "Business maximums"). They are
 * configuration with sensible defaults; services enforce them, and the fixed
 * {@link WholeNumbers#MONEY_CEILING} above them is what entities and the ledger enforce.
 */
@ApplicationScoped
public class BusinessLimits {

    @Inject
    @ConfigProperty(name = "bizbill.limits.wallet-charge", defaultValue = "100000000")
    long walletCharge;

    @Inject
    @ConfigProperty(name = "bizbill.limits.invoice", defaultValue = "10000000000")
    long invoice;

    @Inject
    @ConfigProperty(name = "bizbill.limits.refund", defaultValue = "1000000000")
    long refund;

    @Inject
    @ConfigProperty(name = "bizbill.limits.order", defaultValue = "1000000000")
    long order;

    @Inject
    @ConfigProperty(name = "bizbill.limits.credit-limit", defaultValue = "10000000000")
    long creditLimit;

    /** Checked at start-up, so a mistyped maximum stops the deployment instead of a first charge. */
    void atStartUp(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        check();
    }

    @PostConstruct
    void check() {
        for (long v : new long[] {walletCharge, invoice, refund, order, creditLimit}) {
            if (v <= 0 || v > WholeNumbers.MONEY_CEILING) {
                throw new IllegalStateException("bizbill.limits.* must be between 1 and " + WholeNumbers.MONEY_CEILING
                        + " won, not " + v);
            }
        }
    }

    /** One wallet charge (CB-WAL-1), by card, transfer or virtual account. */
    public long walletCharge() {
        return walletCharge;
    }

    /** One invoice's total, and each of its supply, VAT and line amounts (BP-INV-2). */
    public long invoice() {
        return invoice;
    }

    /** One refund request (CB-WAL-4) or cancel. */
    public long refund() {
        return refund;
    }

    /** One coupon order. */
    public long order() {
        return order;
    }

    /** A postpaid monthly credit limit (CB-PST-1) and a sub-member's monthly purchase limit (CB-MEM-5). */
    public long creditLimit() {
        return creditLimit;
    }
}
