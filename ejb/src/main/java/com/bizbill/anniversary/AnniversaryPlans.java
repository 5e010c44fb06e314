package com.bizbill.anniversary;

import com.bizbill.addressbook.Anniversary;
import com.bizbill.catalog.CatalogService;
import com.bizbill.catalog.Product;
import com.bizbill.catalog.ProductOption;
import com.bizbill.catalog.ProductStatus;
import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.Member;
import com.bizbill.identity.MemberStatus;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.Role;
import com.bizbill.messaging.AlimtalkTemplate;
import com.bizbill.ordering.OrderException;
import com.bizbill.ordering.OrderPlacement;
import com.bizbill.ordering.OrderTexts;
import com.bizbill.ordering.PlaceOrder;
import com.bizbill.ordering.RecipientRow;
import com.bizbill.ordering.RecipientRules;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException.FieldError;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * CB-ANV-1: the owner's anniversary orders: add (products from the cart, the order's terms, recipients with their
 * anniversaries; nothing is paid now), list, switch on and off, edit recipients (the orders not yet made take the
 * edit), remove a discontinued product, delete. Each is private to the member who made it: another member, even the
 * organisation's master, is answered "not found".
 */
@Stateless
public class AnniversaryPlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    AuditLog audit;

    @Inject
    CallContext callContext;

    @Inject
    Clock clock;

    /** One plan as its list shows it: products, recipients, the amount per recipient and the next day it orders. */
    public record PlanView(AnniversaryPlan plan, List<AnniversaryProduct> products, long recipients,
                           long perRecipient, LocalDate nextDay, java.util.Map<Long, LocalDate> nextByRecipient) {
    }

    public AnniversaryPlan create(long memberId, NewAnniversary cmd) {
        Member m = orderer(memberId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<FieldError> errors = new ArrayList<>();
        List<AnniversaryProduct> products = price(cmd.products(), cmd.terms().kind(), now, errors);
        OrderTexts.nameProblem(cmd.name()).ifPresent(k -> errors.add(new FieldError("name", k,
                List.of(OrderTexts.NAME_MAX))));
        OrderTexts.titleProblem(cmd.terms().sendTitle()).ifPresent(k -> errors.add(new FieldError("sendTitle", k,
                List.of(OrderTexts.TITLE_MAX))));
        if (cmd.terms().endDate() != null && cmd.terms().endDate().isBefore(today)) {
            errors.add(new FieldError("endDate", "anniversary.endDate.past"));
        }
        if (cmd.terms().anniversaryText() != null
                && cmd.terms().anniversaryText().strip().length() > OrderPlacement.ANNIVERSARY_MAX) {
            errors.add(new FieldError("anniversaryText", "order.anniversary.length",
                    List.of(OrderPlacement.ANNIVERSARY_MAX)));
        }
        AlimtalkTemplate template = em.find(AlimtalkTemplate.class, cmd.terms().templateId());
        if (template == null || !template.isActive()) {
            errors.add(new FieldError("template", "order.template.required"));
        }
        checkRecipients(cmd.recipients(), errors);
        if (!cmd.termsAccepted()) {
            errors.add(new FieldError("terms", "order.terms.required"));
        }
        if (!errors.isEmpty()) {
            throw new OrderException(ErrorCode.VALIDATION_FAILED, errors.size() + " problems in the anniversary order",
                    errors);
        }
        long perRecipient = perRecipient(cmd.terms().kind(), products);
        if (cmd.expectedPerRecipient() != null && cmd.expectedPerRecipient() != perRecipient) {
            throw OrderException.of(ErrorCode.ORDER_PRICE_CHANGED, "amount", "order.priceChanged",
                    cmd.expectedPerRecipient(), perRecipient);
        }
        String name = cmd.name() == null || cmd.name().isBlank()
                ? OrderTexts.defaultName(LocalDateTime.ofInstant(now, clock.getZone())) : cmd.name().strip();
        AnniversaryPlan.Terms t = cmd.terms();
        Long designated = t.kind() == QuotePricing.Kind.SELECTABLE && t.designatedProductId() != null
                && products.stream().anyMatch(p -> p.getProductId() == t.designatedProductId())
                ? t.designatedProductId() : null;
        AnniversaryPlan plan = new AnniversaryPlan(m.getOrganisation().getId(), memberId, name,
                new AnniversaryPlan.Terms(t.kind(), designated, t.sendTitle().strip(), t.templateId(), t.autoFill(),
                        blankToNull(t.anniversaryText()), blankToNull(t.couponPageMessage()), t.endDate()),
                now, callContext.actorName());
        em.persist(plan);
        em.flush();
        for (int i = 0; i < products.size(); i++) {
            AnniversaryProduct p = products.get(i);
            em.persist(new AnniversaryProduct(plan.getId(), i + 1, p.getProductId(), p.getProductName(),
                    p.getValidityDays(), p.getSalePrice()));
        }
        for (NewAnniversary.Person r : cmd.recipients()) {
            em.persist(new AnniversaryRecipient(plan.getId(), r.row(), r.date()));
        }
        audit.record("ANNIVERSARY_CREATED", "ANNIVERSARY", plan.getId(), plan.getOrganisationId(), null,
                name + ", " + cmd.recipients().size() + " recipients, " + perRecipient + " won each");
        return plan;
    }

    /** The member's own anniversary orders, newest first. */
    public List<PlanView> mine(long memberId) {
        LocalDate today = firstOpenDay();
        return em.createQuery("select p from AnniversaryPlan p where p.memberId = :m order by p.id desc",
                        AnniversaryPlan.class).setParameter("m", memberId).getResultList().stream()
                .map(p -> view(p, today)).toList();
    }

    public PlanView plan(long memberId, long planId) {
        return view(owned(memberId, planId, false), firstOpenDay());
    }

    public List<AnniversaryRecipient> recipients(long memberId, long planId) {
        owned(memberId, planId, false);
        return recipientsOf(planId);
    }

    /** What the plan's days did, newest first (the orders it placed and the days it skipped, with why). */
    public List<AnniversaryRun> runs(long memberId, long planId, int max) {
        owned(memberId, planId, false);
        return em.createQuery("select r from AnniversaryRun r where r.planId = :p order by r.day desc, r.id desc",
                AnniversaryRun.class).setParameter("p", planId).setMaxResults(max).getResultList();
    }

    /**
     * CB-ANV-1: on again after the owner switched it off or it stopped by itself. Every product must be on sale with
     * its validity; the owner agrees to today's prices ({@code expectedPerRecipient}, the amount the question named).
     */
    public AnniversaryPlan switchOn(long memberId, long planId, Long expectedPerRecipient) {
        AnniversaryPlan plan = owned(memberId, planId, true);
        Instant now = clock.instant();
        List<AnniversaryProduct> products = productsOf(planId);
        List<long[]> prices = new ArrayList<>();
        for (AnniversaryProduct p : products) {
            Optional<ProductOption> option = offered(p.getProductId(), p.getValidityDays());
            if (option.isEmpty()) {
                throw OrderException.of(ErrorCode.ANNIVERSARY_PRODUCT_UNAVAILABLE, "products",
                        "anniversary.product.unavailable", p.getProductName());
            }
            prices.add(new long[] {p.getSalePrice(), catalog.priceAt(option.get().getId(), now)});
        }
        long perRecipient = perRecipient(plan.getKind(), products, prices.stream().map(x -> x[1]).toList());
        if (expectedPerRecipient != null && expectedPerRecipient != perRecipient) {
            throw OrderException.of(ErrorCode.ORDER_PRICE_CHANGED, "amount", "order.priceChanged",
                    expectedPerRecipient, perRecipient);
        }
        for (int i = 0; i < products.size(); i++) {
            products.get(i).agreeTo(prices.get(i)[1]);
        }
        AnniversaryStatus before = plan.getStatus();
        plan.switchTo(true);
        audit.record("ANNIVERSARY_SWITCHED", "ANNIVERSARY", planId, plan.getOrganisationId(), before.name(),
                AnniversaryStatus.ON.name());
        return plan;
    }

    /** The amount per recipient the plan would pay if switched on now (for the question before switching on). */
    public long perRecipientNow(long memberId, long planId) {
        AnniversaryPlan plan = owned(memberId, planId, false);
        List<AnniversaryProduct> products = productsOf(planId);
        Instant now = clock.instant();
        List<Long> prices = products.stream().map(p -> offered(p.getProductId(), p.getValidityDays())
                .map(o -> catalog.priceAt(o.getId(), now)).orElse(p.getSalePrice())).toList();
        return perRecipient(plan.getKind(), products, prices);
    }

    public AnniversaryPlan switchOff(long memberId, long planId) {
        AnniversaryPlan plan = owned(memberId, planId, true);
        AnniversaryStatus before = plan.getStatus();
        plan.switchTo(false);
        audit.record("ANNIVERSARY_SWITCHED", "ANNIVERSARY", planId, plan.getOrganisationId(), before.name(),
                AnniversaryStatus.OFF.name());
        return plan;
    }

    /** A discontinued product leaves the plan (a general order keeps one, a selectable two), so it can run again. */
    public void removeProduct(long memberId, long planId, long productRowId) {
        AnniversaryPlan plan = owned(memberId, planId, true);
        List<AnniversaryProduct> products = productsOf(planId);
        AnniversaryProduct p = products.stream().filter(x -> x.getId() == productRowId).findFirst()
                .orElseThrow(() -> new OrderException(ErrorCode.ANNIVERSARY_NOT_FOUND, "no product " + productRowId));
        int min = plan.getKind() == QuotePricing.Kind.SELECTABLE ? 2 : 1;
        if (products.size() <= min) {
            throw OrderException.of(ErrorCode.VALIDATION_FAILED, "products", plan.getKind()
                    == QuotePricing.Kind.SELECTABLE ? "order.products.selectableCount" : "order.products.count",
                    min, OrderPlacement.MAX_PRODUCTS);
        }
        em.remove(p);
        audit.record("ANNIVERSARY_PRODUCT_REMOVED", "ANNIVERSARY", planId, plan.getOrganisationId(),
                p.getProductName(), null);
    }

    /** CB-ANV-1: a recipient's edit; the orders already made keep what they were made with. */
    public AnniversaryRecipient editRecipient(long memberId, long planId, long recipientId, RecipientRow row,
                                              Anniversary date) {
        AnniversaryPlan plan = owned(memberId, planId, true);
        AnniversaryRecipient r = em.find(AnniversaryRecipient.class, recipientId);
        if (r == null || r.getPlanId() != planId) {
            throw new OrderException(ErrorCode.ANNIVERSARY_NOT_FOUND, "no recipient " + recipientId);
        }
        // checked with the others: an edit may not make two rows of one number on one day
        List<NewAnniversary.Person> all = new ArrayList<>();
        all.add(new NewAnniversary.Person(row, date));
        recipientsOf(planId).stream().filter(x -> !x.getId().equals(r.getId()))
                .forEach(x -> all.add(new NewAnniversary.Person(x.row(), x.date())));
        List<FieldError> errors = new ArrayList<>();
        checkRecipients(all, errors);
        if (!errors.isEmpty()) {
            throw new OrderException(ErrorCode.VALIDATION_FAILED, "the recipient is not valid", errors);
        }
        r.edit(row, date);
        audit.record("ANNIVERSARY_RECIPIENT_EDITED", "ANNIVERSARY", planId, plan.getOrganisationId(), null,
                r.getMobile());
        return r;
    }

    /** More recipients (within 10,000 in all); the numbers already listed are checked with them. */
    public int addRecipients(long memberId, long planId, List<NewAnniversary.Person> people) {
        AnniversaryPlan plan = owned(memberId, planId, true);
        List<AnniversaryRecipient> existing = recipientsOf(planId);
        List<NewAnniversary.Person> all = new ArrayList<>();
        existing.forEach(r -> all.add(new NewAnniversary.Person(r.row(), r.date())));
        all.addAll(people);
        List<FieldError> errors = new ArrayList<>();
        checkRecipients(all, errors);
        if (!errors.isEmpty()) {
            throw new OrderException(ErrorCode.VALIDATION_FAILED, "recipients are not valid", errors);
        }
        people.forEach(p -> em.persist(new AnniversaryRecipient(planId, p.row(), p.date())));
        audit.record("ANNIVERSARY_RECIPIENTS_ADDED", "ANNIVERSARY", planId, plan.getOrganisationId(), null,
                people.size() + " recipients");
        return people.size();
    }

    public void removeRecipient(long memberId, long planId, long recipientId) {
        AnniversaryPlan plan = owned(memberId, planId, true);
        AnniversaryRecipient r = em.find(AnniversaryRecipient.class, recipientId);
        if (r == null || r.getPlanId() != planId) {
            throw new OrderException(ErrorCode.ANNIVERSARY_NOT_FOUND, "no recipient " + recipientId);
        }
        if (recipientsOf(planId).size() <= 1) {
            throw OrderException.of(ErrorCode.VALIDATION_FAILED, "recipients", "anniversary.recipients.lastOne");
        }
        em.remove(r);
        audit.record("ANNIVERSARY_RECIPIENT_REMOVED", "ANNIVERSARY", planId, plan.getOrganisationId(), r.getMobile(),
                null);
    }

    /** The plan and what it holds; the orders it already placed stay (they are orders like any other). */
    public void delete(long memberId, long planId) {
        AnniversaryPlan plan = owned(memberId, planId, true);
        for (String entity : List.of("AnniversaryRun", "AnniversaryRecipient", "AnniversaryProduct")) {
            em.createQuery("delete from " + entity + " x where x.planId = :p").setParameter("p", planId)
                    .executeUpdate();
        }
        em.remove(plan);
        audit.record("ANNIVERSARY_DELETED", "ANNIVERSARY", planId, plan.getOrganisationId(), plan.getName(), null);
    }

    // ---------------------------------------------------------------- shared with the day's job

    public List<AnniversaryProduct> productsOf(long planId) {
        return em.createQuery("select p from AnniversaryProduct p where p.planId = :p order by p.position",
                AnniversaryProduct.class).setParameter("p", planId).getResultList();
    }

    public List<AnniversaryRecipient> recipientsOf(long planId) {
        return em.createQuery("select r from AnniversaryRecipient r where r.planId = :p order by r.id",
                AnniversaryRecipient.class).setParameter("p", planId).getResultList();
    }

    /** The product's offered option of that validity, if it is on sale. */
    public Optional<ProductOption> offered(long productId, int validityDays) {
        Product p = em.find(Product.class, productId);
        if (p == null || p.getStatus() != ProductStatus.ON_SALE) {
            return Optional.empty();
        }
        return catalog.optionsOf(productId).stream().filter(ProductOption::isOffered)
                .filter(o -> o.getValidityDays() == validityDays).findFirst();
    }

    /** A general order pays every product per recipient; a selectable one its dearest (the price box's rule). */
    public static long perRecipient(QuotePricing.Kind kind, List<AnniversaryProduct> products) {
        return perRecipient(kind, products, products.stream().map(AnniversaryProduct::getSalePrice).toList());
    }

    private static long perRecipient(QuotePricing.Kind kind, List<AnniversaryProduct> products, List<Long> prices) {
        List<QuotePricing.Line> lines = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            lines.add(new QuotePricing.Line(0, prices.get(i)));
        }
        return lines.isEmpty() ? 0 : QuotePricing.of(kind, lines, 1).finalTotal();
    }

    // ---------------------------------------------------------------- helpers

    /** The first day whose orders are still to be made: today until 02:00, then tomorrow. */
    private LocalDate firstOpenDay() {
        LocalDateTime now = LocalDateTime.now(clock);
        return now.toLocalTime().isBefore(AnniversaryPlan.ORDER_AT) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
    }

    private PlanView view(AnniversaryPlan p, LocalDate today) {
        List<AnniversaryProduct> products = productsOf(p.getId());
        List<AnniversaryRecipient> recipients = recipientsOf(p.getId());
        // a recipient's day already done (the job ran, or another node did) is not "next": the one after it is
        var done = new HashSet<String>();
        em.createQuery("select r.recipientId, r.day from AnniversaryRun r where r.planId = :p and r.day >= :d",
                        Object[].class).setParameter("p", p.getId()).setParameter("d", today).getResultList()
                .forEach(x -> done.add(x[0] + " " + x[1]));
        java.util.Map<Long, LocalDate> byRecipient = new java.util.HashMap<>();
        for (AnniversaryRecipient r : recipients) {
            Optional<LocalDate> d = AnniversaryDates.next(r.date(), today);
            if (d.isPresent() && done.contains(r.getId() + " " + d.get())) {
                d = AnniversaryDates.next(r.date(), d.get().plusDays(1));
            }
            d.filter(x -> p.getEndDate() == null || !x.isAfter(p.getEndDate())).ifPresent(x -> byRecipient.put(r.getId(), x));
        }
        LocalDate next = byRecipient.values().stream().min(LocalDate::compareTo).orElse(null);
        return new PlanView(p, products, recipients.size(), perRecipient(p.getKind(), products), next, byRecipient);
    }

    private AnniversaryPlan owned(long memberId, long planId, boolean lock) {
        AnniversaryPlan p = em.find(AnniversaryPlan.class, planId);
        if (p == null || p.getMemberId() != memberId) { // CB-ANV-1: private to its creator
            throw new OrderException(ErrorCode.ANNIVERSARY_NOT_FOUND, "no anniversary order " + planId);
        }
        if (lock) {
            em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return p;
    }

    private Member orderer(long memberId) {
        Member m = em.find(Member.class, memberId);
        if (m == null || m.getOrganisation() == null || m.getOrganisation().getKind() != OrganisationKind.COUPON_COMPANY
                || m.getRole() != Role.MASTER && m.getRole() != Role.SUB_MEMBER) {
            throw new OrderException(ErrorCode.FORBIDDEN, "member " + memberId + " does not order coupons");
        }
        if (m.getStatus() != MemberStatus.ACTIVE) {
            throw OrderException.of(ErrorCode.ORDERER_NOT_ACTIVE, "member", "order.orderer.notActive",
                    m.getStatus().name());
        }
        return m;
    }

    /** Each product on sale with the chosen validity at today's price (CB-ORD-5); the kind's count. */
    private List<AnniversaryProduct> price(List<PlaceOrder.Choice> choices, QuotePricing.Kind kind, Instant now,
                                           List<FieldError> errors) {
        int min = kind == QuotePricing.Kind.SELECTABLE ? 2 : 1;
        if (kind == null || choices.size() < min || choices.size() > OrderPlacement.MAX_PRODUCTS) {
            errors.add(new FieldError("products", kind == QuotePricing.Kind.SELECTABLE
                    ? "order.products.selectableCount" : "order.products.count", List.of(min,
                    OrderPlacement.MAX_PRODUCTS)));
            return List.of();
        }
        List<AnniversaryProduct> out = new ArrayList<>();
        var seen = new HashSet<Long>();
        for (int i = 0; i < choices.size(); i++) {
            PlaceOrder.Choice c = choices.get(i);
            Product p = em.find(Product.class, c.productId());
            if (!seen.add(c.productId())) {
                errors.add(new FieldError("products[" + i + "]", "order.product.twice",
                        List.of(p == null ? "" : p.getName())));
                continue;
            }
            Optional<ProductOption> option = offered(c.productId(), c.validityDays());
            if (option.isEmpty()) {
                throw OrderException.of(ErrorCode.PRODUCT_NOT_ON_SALE, "products[" + i + "]", "order.product.notOnSale",
                        p == null ? String.valueOf(c.productId()) : p.getName());
            }
            out.add(new AnniversaryProduct(0, i + 1, p.getId(), p.getName(), c.validityDays(),
                    catalog.priceAt(option.get().getId(), now)));
        }
        return out;
    }

    /** CB-ORD-8 for each row and CB-ANV-1's required anniversary (row numbers from 1). */
    private static void checkRecipients(List<NewAnniversary.Person> people, List<FieldError> errors) {
        if (people.isEmpty() || people.size() > RecipientRules.MAX_RECIPIENTS) {
            errors.add(new FieldError("recipients", "order.recipients.count", List.of(RecipientRules.MAX_RECIPIENTS,
                    people.size())));
            return;
        }
        List<RecipientRow> rows = people.stream().map(p -> p.row().normalised()).toList();
        // one person may have several anniversaries (a birthday, a wedding day): a number twice is fine, the same
        // number with the same date twice is not
        List<RecipientRules.Problem> problems = new ArrayList<>(RecipientRules.check(rows, true));
        var seen = new HashSet<String>();
        for (int i = 0; i < people.size(); i++) {
            Anniversary date = people.get(i).date();
            if (date == null) {
                problems.add(new RecipientRules.Problem(i + 1, "anniversary", "anniversary.recipient.date"));
            } else if (!seen.add(rows.get(i).mobile() + " " + date.kind() + " " + date.month() + "/" + date.day()
                    + (date.leapMonth() ? " leap" : ""))) { // the same day every year, whatever year was written
                problems.add(new RecipientRules.Problem(i + 1, "mobile", "recipient.mobile.duplicate"));
            }
        }
        problems.stream().limit(OrderPlacement.MAX_REPORTED_PROBLEMS).forEach(p -> errors.add(new FieldError(
                "recipients[" + p.row() + "]." + p.field(), p.messageKey(), List.of(p.row()))));
        if (problems.size() > OrderPlacement.MAX_REPORTED_PROBLEMS) {
            errors.add(new FieldError("recipients", "order.recipients.moreProblems",
                    List.of(problems.size() - OrderPlacement.MAX_REPORTED_PROBLEMS)));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
