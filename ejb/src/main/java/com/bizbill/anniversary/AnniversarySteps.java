package com.bizbill.anniversary;

import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.Member;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.OrderPlacement;
import com.bizbill.ordering.PlaceOrder;
import com.bizbill.shared.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * CB-ANV-1: the steps of an anniversary day, each its own transaction: which recipients fall due, whether the plan's
 * products are still as agreed (else it stops), one recipient's order (placed and paid like any order, with every
 * rule and limit), and a skipped day. A day's row per recipient makes each step happen once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnniversarySteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    AnniversaryPlans plans;

    @Inject
    OrderPlacement placement;

    @Inject
    com.bizbill.catalog.CatalogService catalog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Why a plan stops: a bundle key and the product's words. */
    public record Stop(String key, String productName, long agreed, long now) {
    }

    /** The plan's recipients whose anniversary is {@code day} and whose day is not done yet. */
    public List<Long> due(long planId, LocalDate day) {
        AnniversaryPlan plan = em.find(AnniversaryPlan.class, planId);
        if (plan == null || !plan.ordersOn(day)) {
            return List.of();
        }
        List<Long> done = em.createQuery("select r.recipientId from AnniversaryRun r where r.planId = :p "
                + "and r.day = :d", Long.class).setParameter("p", planId).setParameter("d", day).getResultList();
        return plans.recipientsOf(planId).stream().filter(r -> !done.contains(r.getId()))
                .filter(r -> AnniversaryDates.fallsOn(r.date(), day)).map(AnniversaryRecipient::getId).toList();
    }

    /** CB-ANV-1: a product discontinued, out of its validity or at another price than agreed stops the plan. */
    public Optional<Stop> productChange(long planId) {
        Instant now = clock.instant();
        for (AnniversaryProduct p : plans.productsOf(planId)) {
            var option = plans.offered(p.getProductId(), p.getValidityDays());
            if (option.isEmpty()) {
                return Optional.of(new Stop("anniversary.stop.discontinued", p.getProductName(), p.getSalePrice(), 0));
            }
            long price = catalog.priceAt(option.get().getId(), now);
            if (price != p.getSalePrice()) {
                return Optional.of(new Stop("anniversary.stop.repriced", p.getProductName(), p.getSalePrice(), price));
            }
        }
        return Optional.empty();
    }

    /** Whether the plan makes orders on {@code day} (on, and not past its end date). */
    public boolean ordersOn(long planId, LocalDate day) {
        AnniversaryPlan plan = em.find(AnniversaryPlan.class, planId);
        return plan != null && plan.ordersOn(day);
    }

    /**
     * Stops the plan if it is still on and its products still differ (the owner may have just switched it on at the
     * new price), returning the owner's address and why; empty when there is nothing to stop.
     */
    public Optional<AnniversaryNotices.Owner> stop(long planId) {
        AnniversaryPlan plan = em.find(AnniversaryPlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Stop> change = plan == null || plan.getStatus() != AnniversaryStatus.ON ? Optional.empty()
                : productChange(planId);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        Stop why = change.get();
        // the numbers first: a product name may hold the separator
        plan.stop(why.key(), why.agreed() + "|" + why.now() + "|" + why.productName(), clock.instant());
        audit.record("ANNIVERSARY_STOPPED", "ANNIVERSARY", planId, plan.getOrganisationId(), AnniversaryStatus.ON.name(),
                why.key() + " " + why.productName());
        return Optional.of(owner(plan, why));
    }

    /**
     * One recipient's order for {@code day}: placed as the plan's owner, reserved for 09:00 that day (sent now when
     * the job runs later than that), paid as any order is. The request key is the recipient's day, so a second run
     * finds the order the first placed. Null when the day is already done.
     */
    public String order(long planId, long recipientId, LocalDate day) {
        AnniversaryPlan plan = em.find(AnniversaryPlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !plan.ordersOn(day) || doneAlready(recipientId, day)) {
            return null;
        }
        AnniversaryRecipient r = em.find(AnniversaryRecipient.class, recipientId);
        if (r == null || r.getPlanId() != planId || !AnniversaryDates.fallsOn(r.date(), day)) {
            return null; // removed or edited since the day's list was made: the edit wins (CB-ANV-1)
        }
        AnniversaryPlan.Terms t = plan.terms();
        LocalDateTime sendAt = day.atTime(AnniversaryPlan.SEND_AT);
        LocalDateTime now = LocalDateTime.now(clock);
        List<AnniversaryProduct> products = plans.productsOf(planId);
        String text = t.anniversaryText() != null ? t.anniversaryText() : AnniversaryDates.spoken(day);
        PlaceOrder cmd = new PlaceOrder(plan.getName(), t.kind(), products.stream()
                .map(p -> new PlaceOrder.Choice(p.getProductId(), p.getValidityDays())).toList(),
                t.kind() == QuotePricing.Kind.SELECTABLE ? t.designatedProductId() : null, t.sendTitle(),
                now.isBefore(sendAt) ? sendAt : null, List.of(r.row()), false, t.templateId(), t.autoFill(), text,
                t.couponPageMessage(), true, "anniversary-" + recipientId + "-" + day,
                AnniversaryPlans.perRecipient(t.kind(), products)); // the price agreed, or nothing is paid
        CouponOrder o = placement.place(plan.getMemberId(), cmd);
        em.persist(AnniversaryRun.ordered(planId, recipientId, day, o.getNumber(), clock.instant()));
        return o.getNumber();
    }

    /**
     * CB-ANV-1: the day's order was refused (balance, limit, a product): the day is skipped, written down so that it
     * is not retried silently, and the owner is told on the screen; the owner's address for the mail, or empty when
     * the day was done already.
     */
    public Optional<AnniversaryNotices.Owner> skip(long planId, long recipientId, LocalDate day, String code,
                                                    String detail) {
        AnniversaryPlan plan = em.find(AnniversaryPlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || doneAlready(recipientId, day)) {
            return Optional.empty();
        }
        String who = who(recipientId);
        em.persist(AnniversaryRun.skipped(planId, recipientId, day, "error." + code, detail, clock.instant()));
        plan.notice("anniversary.notice.skipped", day + "|" + code + "|" + who, clock.instant()); // the name last
        audit.record("ANNIVERSARY_SKIPPED", "ANNIVERSARY", planId, plan.getOrganisationId(), null,
                day + " " + code);
        return Optional.of(owner(plan, null));
    }

    /** The recipient as a notice names them: the name, else the masked number. */
    public String who(long recipientId) {
        AnniversaryRecipient r = em.find(AnniversaryRecipient.class, recipientId);
        return r == null ? "" : r.getName() != null ? r.getName() : com.bizbill.shared.MobileNumber.mask(r.getMobile());
    }

    private boolean doneAlready(long recipientId, LocalDate day) {
        return !em.createQuery("select r.id from AnniversaryRun r where r.recipientId = :r and r.day = :d", Long.class)
                .setParameter("r", recipientId).setParameter("d", day).getResultList().isEmpty();
    }

    private AnniversaryNotices.Owner owner(AnniversaryPlan plan, Stop why) {
        Member m = em.find(Member.class, plan.getMemberId());
        return new AnniversaryNotices.Owner(m.getEmail() != null ? m.getEmail() : m.getLoginId(), plan.getName(), why);
    }
}
