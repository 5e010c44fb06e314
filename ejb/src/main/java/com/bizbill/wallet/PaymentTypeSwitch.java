package com.bizbill.wallet;

import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PaymentType;
import com.bizbill.ordering.OrderStatus;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException.FieldError;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.limits.BoundedNumbers;
import com.bizbill.shared.limits.BusinessLimits;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Issue 24 §4 (manual 6-2): staff switch a coupon company between prepaid and postpaid. The rules:
 * <ol>
 * <li>No order of the company is RESERVED or SENDING: their money is in flight under the old type (an order keeps
 * the type it was paid with, so later refunds of finished orders, such as a selectable gift's difference or a
 * discard, still go back where the money came from).</li>
 * <li>To postpaid: the monthly credit limit is set with the switch (within the business maximum); this month's credit
 * line opens with it. The remaining prepaid balance stays in the wallet and stays refundable (the master's refund
 * request); new orders are paid on credit.</li>
 * <li>To prepaid: new orders are paid from the wallet (charged first); what was used on credit this month stays on
 * its credit line, for the postpaid invoice of the month's issued coupons (CB-PST-2).</li>
 * <li>A reason is required; the switch is audited with the types before and after.</li>
 * </ol>
 */
@Stateless
public class PaymentTypeSwitch {

    public static final int REASON_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CreditService credit;

    @Inject
    WalletService wallets;

    @Inject
    BusinessLimits limits;

    @Inject
    AuditLog audit;

    /** A coupon company as the staff screen lists it. */
    public record Company(long organisationId, String name, PaymentType type, long walletBalance, long creditLimit,
                          long openOrders) {
    }

    /** Coupon companies whose name contains {@code text} (all when blank), at most 50, by name. */
    public List<Company> companies(String text) {
        String like = text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase() + "%";
        return em.createQuery("select o from Organisation o where o.kind = :k and lower(o.name) like :t order by o.name",
                        Organisation.class).setParameter("k", OrganisationKind.COUPON_COMPANY).setParameter("t", like)
                .setMaxResults(50).getResultList().stream().map(o -> new Company(o.getId(), o.getName(),
                        o.getPaymentType(), wallets.balance(o.getId()), o.getCreditLimit(), openOrders(o.getId())))
                .toList();
    }

    /** Switches the company to {@code target} by the rules above; {@code creditLimit} is required to go postpaid. */
    public Organisation switchTo(long organisationId, PaymentType target, Long creditLimit, String reason) {
        Organisation org = em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        if (org == null || org.getKind() != OrganisationKind.COUPON_COMPANY) {
            throw new WalletException(ErrorCode.CREDIT_ACCOUNT_NOT_FOUND, "no coupon company " + organisationId);
        }
        if (target == null || target == org.getPaymentType()) {
            throw WalletException.field("paymentType", "paymentType.same", "already " + target);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw WalletException.field("reason", "paymentType.reason", "a reason of 1-200 characters");
        }
        long open = openOrders(organisationId);
        if (open > 0) { // rule 1
            throw new WalletException(ErrorCode.PAYMENT_TYPE_NOT_SWITCHABLE, open + " open orders",
                    List.of(new FieldError("paymentType", "paymentType.openOrders", List.of(open))));
        }
        PaymentType before = org.getPaymentType();
        if (target == PaymentType.POSTPAID) { // rule 2
            if (creditLimit == null || creditLimit < 0) {
                throw WalletException.field("creditLimit", "paymentType.creditLimit", "a credit limit is required");
            }
            BoundedNumbers.require("creditLimit", creditLimit, 0, limits.creditLimit());
            org.switchPaymentType(target);
            em.flush();
            credit.setLimit(organisationId, creditLimit);
        } else { // rule 3
            org.switchPaymentType(target);
        }
        audit.record("PAYMENT_TYPE_CHANGED", "ORGANISATION", organisationId, organisationId,
                before == null ? null : before.name(), target.name() + " (" + reason.strip() + ")");
        return org;
    }

    private long openOrders(long organisationId) {
        return em.createQuery("select count(o) from CouponOrder o where o.organisationId = :o and o.status in :open",
                        Long.class).setParameter("o", organisationId)
                .setParameter("open", List.of(OrderStatus.RESERVED, OrderStatus.SENDING)).getSingleResult();
    }
}
