package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.addressbook.Anniversary;
import com.bizbill.addressbook.CalendarKind;
import com.bizbill.anniversary.AnniversaryDates;
import com.bizbill.anniversary.AnniversaryDay;
import com.bizbill.anniversary.AnniversaryJobs;
import com.bizbill.anniversary.AnniversaryPlan;
import com.bizbill.anniversary.AnniversaryPlans;
import com.bizbill.anniversary.AnniversaryRun;
import com.bizbill.anniversary.AnniversaryStatus;
import com.bizbill.anniversary.NewAnniversary;
import com.bizbill.catalog.ProductStatus;
import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.Member;
import com.bizbill.identity.MonthlyPurchaseLimit;
import com.bizbill.identity.PaymentType;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.OrderStatus;
import com.bizbill.ordering.PlaceOrder;
import com.bizbill.ordering.RecipientRow;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.jobs.JobRunStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23 §4, CB-ANV-1: the anniversary job on its day: each due recipient's order placed once (02:00, reserved for
 * 09:00) even when the job runs twice, the end date respected, a discontinued or repriced product stops the plan and
 * tells the owner, a payment refusal skips the day without a silent retry, edits reach only orders not yet made, and
 * a plan is private to its creator.
 */
@ExtendWith(ArquillianExtension.class)
class AnniversaryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(AnniversaryIT.class, Deployments.class, Fixtures.class, Acting.class);
    }

    @Inject
    AnniversaryPlans plans;

    @Inject
    AnniversaryDay anniversaryDay;

    @Inject
    Fixtures fixtures;

    @Inject
    com.bizbill.shared.time.DemoClockService demoClock;

    @Inject
    com.bizbill.shared.jobs.JobRunService jobs;

    @Inject
    com.bizbill.catalog.CatalogService catalog;

    @Inject
    com.bizbill.wallet.WalletService wallets;

    @Inject
    com.bizbill.shared.mail.Outbox outbox;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void resetClock() {
        if (!demoClock.offset().isZero()) {
            demoClock.reset();
        }
    }

    private static BizbillException refused(ErrorCode code, Supplier<?> call) {
        BizbillException e = assertThrows(BizbillException.class, call::get);
        assertEquals(code, e.getCode(), e.getMessage());
        return e;
    }

    private long product(String code) {
        return em.createQuery("select p.id from Product p where p.supplierCode = :c", Long.class).setParameter("c", code)
                .getSingleResult();
    }

    private static NewAnniversary.Person person(String name, Anniversary date) {
        return new NewAnniversary.Person(new RecipientRow(Fixtures.mobile(), name, "비즈상사", "대리"), date);
    }

    private static Anniversary solar(LocalDate day, int yearsAgo) {
        return new Anniversary(day.getYear() - yearsAgo, day.getMonthValue(), day.getDayOfMonth(), CalendarKind.SOLAR,
                false);
    }

    /** The lunar date (not in a leap month) of a written year whose anniversary falls on {@code day}. */
    private static Anniversary lunarFallingOn(LocalDate day) {
        for (int m = 1; m <= 12; m++) {
            for (int d = 1; d <= 30; d++) {
                Anniversary a = new Anniversary(day.getYear() - 30, m, d, CalendarKind.LUNAR, false);
                if (AnniversaryDates.fallsOn(a, day)) {
                    return a;
                }
            }
        }
        throw new AssertionError("no lunar date for " + day);
    }

    private AnniversaryPlan plan(long member, List<String> codes, LocalDate endDate, List<NewAnniversary.Person> people) {
        return plans.create(member, new NewAnniversary("기념일 선물", codes.stream()
                .map(c -> new PlaceOrder.Choice(product(c), 30)).toList(),
                new AnniversaryPlan.Terms(QuotePricing.Kind.GENERAL, null, "축하 선물", fixtures.template(), true, null,
                        "#{이름}님, 축하드립니다!", endDate), people, true, null));
    }

    /** Where the owner's notices go: the e-mail, else the login id (an e-mail too). */
    private String ownerAddress(long memberId) {
        Member m = em.find(Member.class, memberId);
        String to = m.getEmail() != null ? m.getEmail() : m.getLoginId();
        assertTrue(to.contains("@"), to);
        return to;
    }

    /** Moves the demo clock to 02:05 of {@code day} in the business zone. */
    private void at0205(LocalDate day) {
        ZonedDateTime target = day.atTime(2, 5).atZone(clock.getZone());
        demoClock.advance(Duration.between(clock.instant(), target.toInstant()));
    }

    private List<CouponOrder> ordersOf(long organisationId) {
        return em.createQuery("select o from CouponOrder o where o.organisationId = :o order by o.id", CouponOrder.class)
                .setParameter("o", organisationId).getResultList();
    }

    private List<AnniversaryRun> runsOf(long planId) {
        return em.createQuery("select r from AnniversaryRun r where r.planId = :p order by r.id", AnniversaryRun.class)
                .setParameter("p", planId).getResultList();
    }

    @Test
    void cbAnv1EachDueRecipientIsOrderedOnceAt0200ForNineOClockAndTheEndDateIsKept() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "기념일");
        fixtures.catalog();
        fixtures.wallet(c[0], 200_000);
        LocalDate today = LocalDate.now(clock);
        LocalDate tomorrow = today.plusDays(1);
        var solarOne = person("양력", solar(tomorrow, 20));
        var lunarOne = person("음력", lunarFallingOn(tomorrow));
        var notYet = person("모레", solar(tomorrow.plusDays(1), 5));
        AnniversaryPlan plan = plan(c[1], List.of("SB-CK-002"), null, List.of(solarOne, lunarOne, notYet));
        AnniversaryPlan ended = plan(c[1], List.of("SB-CK-002"), today, List.of(person("종료", solar(tomorrow, 3))));
        long price = plans.plan(c[1], plan.getId()).perRecipient();
        assertEquals(tomorrow, plans.plan(c[1], plan.getId()).nextDay(), "the list shows the next day it orders");
        assertNull(plans.plan(c[1], ended.getId()).nextDay(), "past its end date it orders no more");
        // recipient edits reach the orders not yet made
        var lunarRow = plans.recipients(c[1], plan.getId()).stream().filter(r -> "음력".equals(r.getName()))
                .findFirst().orElseThrow();
        plans.editRecipient(c[1], plan.getId(), lunarRow.getId(), new RecipientRow(lunarRow.getMobile(), "음력생일",
                "비즈상사", "과장"), lunarRow.date());
        long before = wallets.balance(c[0]);

        at0205(tomorrow);
        var run = Deployments.awaitRun(jobs, jobs.start(AnniversaryJobs.ANNIVERSARY_ORDERS, tomorrow.toString()));
        assertEquals(JobRunStatus.COMPLETED, run.getStatus(), run.getMessage());
        anniversaryDay.run(plan.getId(), tomorrow); // the job twice for the day (another node, a restart)
        anniversaryDay.run(ended.getId(), tomorrow);

        List<CouponOrder> orders = ordersOf(c[0]);
        assertEquals(2, orders.size(), "one order for each of the two due recipients, once; none after the end date");
        for (CouponOrder o : orders) {
            assertEquals(OrderStatus.RESERVED, o.getStatus());
            assertEquals(tomorrow.atTime(9, 0).atZone(clock.getZone()).toInstant(), o.getReservedAt(), "sent at 09:00");
            assertEquals(1, o.getRecipientCount());
            assertEquals(price, o.getFinalAmount());
        }
        assertEquals(before - 2 * price, wallets.balance(c[0]), "paid from the wallet like any order");
        List<String> names = em.createQuery("select r.name from OrderRecipient r where r.orderId in :o order by r.name",
                String.class).setParameter("o", orders.stream().map(CouponOrder::getId).toList()).getResultList();
        assertEquals(List.of("양력", "음력생일"), names, "the edited name went into the order made after the edit");
        assertEquals(2, runsOf(plan.getId()).size());
        assertTrue(runsOf(ended.getId()).isEmpty());
        assertEquals(tomorrow.plusDays(1), plans.plan(c[1], plan.getId()).nextDay());
        demoClock.reset(); // seen from today: tomorrow's orders are made already, so the next is the day after
        assertEquals(tomorrow.plusDays(1), plans.plan(c[1], plan.getId()).nextDay());
    }

    @Test
    void cbAnv1APaymentRefusalSkipsTheDayTellsTheOwnerAndIsNotRetried() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "잔액 부족");
        fixtures.catalog();
        fixtures.wallet(c[0], 1_000); // less than one chicken
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        AnniversaryPlan plan = plan(c[1], List.of("SB-CK-002"), null, List.of(person("김생일", solar(tomorrow, 30))));
        String email = ownerAddress(c[1]);

        at0205(tomorrow);
        anniversaryDay.run(plan.getId(), tomorrow);
        anniversaryDay.run(plan.getId(), tomorrow); // a second run does not try again

        assertTrue(ordersOf(c[0]).isEmpty(), "nothing ordered, nothing paid");
        assertEquals(1_000, wallets.balance(c[0]));
        List<AnniversaryRun> runs = runsOf(plan.getId());
        assertEquals(1, runs.size());
        assertEquals(AnniversaryRun.Outcome.SKIPPED, runs.get(0).getOutcome());
        assertEquals("error.WALLET_INSUFFICIENT_BALANCE", runs.get(0).getReasonKey());
        AnniversaryPlan after = plans.plan(c[1], plan.getId()).plan();
        assertEquals(AnniversaryStatus.ON, after.getStatus(), "on for the next anniversaries");
        assertEquals("anniversary.notice.skipped", after.getNoticeKey(), "told on the screen");
        var mails = outbox.list(email, 0, 10).items().stream().filter(m -> m.getSubject().contains("기념일")).toList();
        assertEquals(1, mails.size(), () -> "told once by mail: " + mails.stream().map(m -> m.getSubject() + " / "
                + m.getBody()).toList());
        assertTrue(mails.get(0).getBody().contains("충전금 잔액이 부족합니다"), mails.get(0).getBody());
        assertTrue(mails.get(0).getBody().contains("다시 시도하지 않습니다"));
    }

    @Test
    void cbAnv1ARepricedOrDiscontinuedProductStopsThePlanUntilTheOwnerSwitchesItOnAgain() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "가격 변경");
        fixtures.catalog();
        fixtures.wallet(c[0], 100_000);
        String email = ownerAddress(c[1]);
        // the day is far ahead, where only this test's price change applies
        LocalDate day = LocalDate.now(clock).plusDays(150);
        long option = catalog.optionsOf(product("SB-CV-002")).stream().filter(o -> o.getValidityDays() == 30)
                .findFirst().orElseThrow().getId();
        AnniversaryPlan repriced = plan(c[1], List.of("SB-CV-002"), null, List.of(person("가격", solar(day, 1))));
        long agreed = plans.plan(c[1], repriced.getId()).perRecipient();
        catalog.changePrice(option, agreed - 100, day.minusDays(1).atStartOfDay(clock.getZone()).toInstant());

        at0205(day);
        anniversaryDay.run(repriced.getId(), day);
        assertTrue(ordersOf(c[0]).isEmpty(), "a changed price is not paid");
        AnniversaryPlan stopped = plans.plan(c[1], repriced.getId()).plan();
        assertEquals(AnniversaryStatus.STOPPED, stopped.getStatus());
        assertEquals("anniversary.stop.repriced", stopped.getNoticeKey());
        assertTrue(outbox.list(email, 0, 10).items().stream().anyMatch(m -> m.getBody().contains("판매가가")
                && m.getBody().contains("다시 시작하려면")), "the owner is told why and how to restart");
        anniversaryDay.run(repriced.getId(), day); // stopped: nothing more, no second mail
        assertEquals(1, outbox.list(email, 0, 10).items().stream().filter(m -> m.getSubject().contains("기념일")).count());

        // switched on again at the new price, the next run orders at it
        refused(ErrorCode.ORDER_PRICE_CHANGED, () -> plans.switchOn(c[1], repriced.getId(), agreed));
        plans.switchOn(c[1], repriced.getId(), agreed - 100);
        anniversaryDay.run(repriced.getId(), day);
        assertEquals(agreed - 100, ordersOf(c[0]).get(0).getFinalAmount());

        // a product taken off sale stops a plan; it cannot be switched on until the product is removed
        long suspended = product("SB-CK-003");
        AnniversaryPlan two = plan(c[1], List.of("SB-CK-003", "SB-CV-001"), null,
                List.of(person("중단", solar(day.plusDays(1), 1))));
        catalog.setStatus(suspended, ProductStatus.SUSPENDED);
        try {
            anniversaryDay.run(two.getId(), day);
            assertEquals("anniversary.stop.discontinued", plans.plan(c[1], two.getId()).plan().getNoticeKey());
            refused(ErrorCode.ANNIVERSARY_PRODUCT_UNAVAILABLE, () -> plans.switchOn(c[1], two.getId(), null));
            long row = plans.plan(c[1], two.getId()).products().stream().filter(p -> p.getProductId() == suspended)
                    .findFirst().orElseThrow().getId();
            plans.removeProduct(c[1], two.getId(), row);
            assertEquals(AnniversaryStatus.ON, plans.switchOn(c[1], two.getId(), null).getStatus());
        } finally {
            catalog.setStatus(suspended, ProductStatus.ON_SALE);
        }
    }

    @Test
    void cbAnv1APlanIsPrivateToItsCreatorAndItsInputIsChecked() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "기념일 권한");
        fixtures.catalog();
        long sub = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(100_000));
        LocalDate day = LocalDate.now(clock).plusDays(10);
        AnniversaryPlan mine = plan(sub, List.of("SB-CK-002"), null, List.of(person("서브", solar(day, 1))));
        assertEquals(1, plans.mine(sub).size());
        assertTrue(plans.mine(c[1]).isEmpty(), "the master does not see the sub-member's anniversary orders");
        refused(ErrorCode.ANNIVERSARY_NOT_FOUND, () -> plans.plan(c[1], mine.getId()));
        refused(ErrorCode.ANNIVERSARY_NOT_FOUND, () -> plans.switchOff(c[1], mine.getId()));

        // a recipient without an anniversary, a bad number and an end date in the past are refused, each named
        var e = refused(ErrorCode.VALIDATION_FAILED, () -> plan(c[1], List.of("SB-CK-002"),
                LocalDate.now(clock).minusDays(1), List.of(person("날짜 없음", null),
                        new NewAnniversary.Person(new RecipientRow("0212345678", "유선", null, null), solar(day, 1)))));
        List<String> fields = e.getFieldErrors().stream().map(BizbillException.FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("endDate", "recipients[1].anniversary", "recipients[2].mobile")), fields.toString());
        // one number twice on the same day of the year (the year written differs) would be paid twice: refused
        String twice = Fixtures.mobile();
        var dup = refused(ErrorCode.VALIDATION_FAILED, () -> plan(c[1], List.of("SB-CK-002"), null, List.of(
                new NewAnniversary.Person(new RecipientRow(twice, "하나", null, null), solar(day, 1)),
                new NewAnniversary.Person(new RecipientRow(twice, "하나", null, null), solar(day, 2)))));
        assertEquals(List.of("recipients[2].mobile"), dup.getFieldErrors().stream()
                .map(BizbillException.FieldError::field).toList());
    }
}
