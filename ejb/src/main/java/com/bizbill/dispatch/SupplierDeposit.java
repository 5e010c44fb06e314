package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.shared.error.BizbillException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Issue 21 §2: staff see the operator's deposit at the coupon supplier and are warned before it runs short: when it no
 * longer covers what orders have paid and not yet issued (money in flight), or falls under
 * {@code bizbill.supplier.balance-warning} (10 M won). Issuing beyond it pauses orders instead of failing recipients.
 */
@Stateless
public class SupplierDeposit {

    public static final String WARNING_KEY = "bizbill.supplier.balance-warning";
    static final long DEFAULT_WARNING = 10_000_000L;

    @Inject
    CouponSupplier supplier;

    @Inject
    LedgerService ledger;

    @Inject
    Config config;

    /** {@code balance} null: the supplier did not answer. */
    public record Status(Long balance, long inFlight, long warningBelow) {
        public boolean isShort() {
            return balance != null && (balance < inFlight || balance < warningBelow);
        }
    }

    public Status status() {
        Long balance;
        try {
            balance = supplier.balance();
        } catch (BizbillException e) {
            balance = null;
        }
        long inFlight = ledger.balance(LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT).balance();
        return new Status(balance, inFlight, config.getOptionalValue(WARNING_KEY, Long.class).orElse(DEFAULT_WARNING));
    }
}
