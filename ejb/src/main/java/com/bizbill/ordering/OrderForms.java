package com.bizbill.ordering;

import com.bizbill.identity.Member;
import com.bizbill.identity.MonthlyPurchaseLimit;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.Role;
import com.bizbill.messaging.AlimtalkTemplate;
import com.bizbill.messaging.AlimtalkTemplates;
import com.bizbill.shared.pdf.OperatorDetails;
import com.bizbill.wallet.CreditService;
import com.bizbill.wallet.WalletService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * What the order form shows beside the order (issue 20 §1): what the member can spend — the wallet balance or this
 * month's remaining credit, and a sub-member's remaining monthly limit (CB-MEM-6) — the operator's templates
 * (CB-ORD-10) and the fallback number (CB-ORD-9, from configuration, not editable).
 */
@Stateless
public class OrderForms {

    @PersistenceContext
    EntityManager em;

    @Inject
    WalletService wallets;

    @Inject
    CreditService credit;

    @Inject
    OrderQueries queries;

    @Inject
    AlimtalkTemplates templates;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /**
     * @param available       the wallet balance (prepaid) or the month's remaining credit (postpaid)
     * @param memberLimit     the sub-member's monthly limit (null: a master, who has none)
     * @param memberRemaining what is left of it this month (null: unlimited or a master)
     */
    public record Means(PaymentType paymentType, long available, MonthlyPurchaseLimit memberLimit, Long memberRemaining,
                        String fallbackNumber, String senderProfile) {
    }

    public Means means(long memberId) {
        Member m = em.find(Member.class, memberId);
        Organisation org = m.getOrganisation();
        long available = available(org.getId());
        MonthlyPurchaseLimit limit = m.getRole() == Role.SUB_MEMBER ? m.getMonthlyPurchaseLimit() : null;
        Long remaining = limit == null || limit.isUnlimited() ? null
                : limit.remaining(queries.memberUsed(memberId, YearMonth.now(clock)));
        return new Means(org.getPaymentType(), available, limit, remaining, OperatorDetails.fromConfig(config).phone(),
                config.getOptionalValue(OrderPlacement.SENDER_PROFILE_KEY, String.class).orElse(OrderPlacement.DEFAULT_SENDER));
    }

    /** The wallet balance (prepaid) or this month's remaining credit (postpaid) of a coupon company. */
    public long available(long organisationId) {
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null) {
            return 0;
        }
        return org.getPaymentType() == PaymentType.POSTPAID ? credit.view(organisationId).remaining()
                : wallets.isPrepaid(organisationId) ? wallets.balance(organisationId) : 0;
    }

    /** Now in the business zone (view-scoped pages hold no Clock: it is not serialisable). */
    public java.time.LocalDateTime now() {
        return java.time.LocalDateTime.now(clock);
    }

    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public List<AlimtalkTemplate> templates() {
        return templates.active();
    }
}
