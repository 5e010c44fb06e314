package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.catalog.CashablePermissions;
import com.bizbill.catalog.CatalogService;
import com.bizbill.catalog.Product;
import com.bizbill.catalog.ProductStatus;
import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.MonthlyPurchaseLimit;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.SubMemberService;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.OrderPlacement;
import com.bizbill.ordering.OrderQueries;
import com.bizbill.ordering.OrderStatus;
import com.bizbill.ordering.PlaceOrder;
import com.bizbill.ordering.RecipientRow;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.wallet.CreditService;
import com.bizbill.wallet.WalletService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20: orders placed and paid in one transaction within every limit (CB-ORD-11, CB-MEM-6, CB-CAT-2) into money
 * in flight, refusals that leave nothing behind, reserved orders cancelled with money and limits back (CB-DSP-2),
 * idempotent retries, concurrent orders of two sub-members against one master's balance, and 10,000 recipients.
 */
@ExtendWith(ArquillianExtension.class)
class OrderingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(OrderingIT.class, Deployments.class, Fixtures.class, Acting.class);
    }

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries orders;

    @Inject
    WalletService wallets;

    @Inject
    CreditService credit;

    @Inject
    LedgerService ledger;

    @Inject
    CashablePermissions cashable;

    @Inject
    CatalogService catalog;

    @Inject
    SubMemberService subs;

    @Inject
    Fixtures fixtures;

    @Inject
    com.bizbill.catalog.CatalogBrowsing browsing;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private long template;

    @BeforeEach
    void catalogAndTemplate() {
        fixtures.catalog();
        template = fixtures.template();
    }

    private Product product(String code) {
        return em.createQuery("select p from Product p where p.supplierCode = :c", Product.class).setParameter("c", code)
                .getSingleResult();
    }

    private long price(String code, int validity) {
        return catalog.optionsOf(product(code).getId()).stream().filter(o -> o.getValidityDays() == validity)
                .mapToLong(o -> catalog.priceAt(o.getId(), clock.instant())).findFirst().orElseThrow();
    }

    private static List<RecipientRow> recipients(int n) {
        List<RecipientRow> rows = new ArrayList<>();
        String prefix = String.format("0109%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        for (int i = 0; i < n; i++) {
            rows.add(new RecipientRow(prefix + String.format("%04d", i), "수신" + i % 1000, "비즈상사", "대리"));
        }
        return rows;
    }

    private PlaceOrder order(List<PlaceOrder.Choice> products, int recipients, LocalDateTime reservedAt) {
        return new PlaceOrder(null, QuotePricing.Kind.GENERAL, products, null, "연말 감사 선물", reservedAt,
                recipients(recipients), false, template, true, null, null, true, UUID.randomUUID().toString());
    }

    private PlaceOrder coffee(int recipients) {
        return order(List.of(new PlaceOrder.Choice(product("SB-CF-001").getId(), 30)), recipients, null);
    }

    private long inFlight() {
        return ledger.balance(LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT).balance();
    }

    private long orderCount(long org) {
        return em.createQuery("select count(o) from CouponOrder o where o.organisationId = :o", Long.class)
                .setParameter("o", org).getSingleResult();
    }

    private void assertBooks(long org) {
        assertEquals(wallets.ledgerBalance(org), wallets.balance(org), "wallet = its ledger account");
        assertTrue(ledger.check().unbalancedEntryIds().isEmpty(), "every entry balances");
    }

    private static BizbillException refused(ErrorCode code, Supplier<?> call) {
        BizbillException e = assertThrows(BizbillException.class, call::get);
        assertEquals(code, e.getCode(), e.getMessage());
        return e;
    }

    /** CB-ORD-11, CB-MEM-6, issue 20 §2: 10,000 recipients, paid into money in flight; a retry places nothing more. */
    @Test
    void cbOrd11TenThousandRecipientsArePaidOnceIntoMoneyInFlight() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "만명 주문");
        long sub = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(60_000_000));
        fixtures.wallet(c[0], 50_000_000);
        long before = inFlight();
        PlaceOrder cmd = coffee(10_000);
        long started = System.nanoTime();
        CouponOrder o = placement.place(sub, cmd);
        System.out.printf("issue 20: an order of 10,000 recipients placed in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        long amount = price("SB-CF-001", 30) * 10_000;
        assertEquals(amount, o.getFinalAmount());
        assertEquals(4_500L * 10_000, o.getFaceTotal());
        assertTrue(o.getNumber().matches("CB\\d{8}C\\d{4,}"), o.getNumber());
        assertEquals(OrderStatus.RESERVED, o.getStatus());
        assertEquals(10_000, orders.recipients(o.getId(), 0, 1).total());
        assertEquals("50000", em.createNativeQuery("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY("
                + "'derby.locks.escalationThreshold')").getSingleResult(), "no table lock at 5,000 rows on Derby");
        assertEquals(50_000_000 - amount, wallets.balance(c[0]));
        assertEquals(before + amount, inFlight(), "money in flight grew by the order");
        assertEquals(amount, orders.memberUsed(sub, YearMonth.now(clock)));
        assertEquals(amount, subs.subMembers(c[1]).get(0).usedThisMonth(), "the master's table reads real orders");
        // a double click, a reload, a retried call: the same order, nothing paid twice
        assertEquals(o.getNumber(), placement.place(sub, cmd).getNumber());
        assertEquals(1, orderCount(c[0]));
        assertEquals(50_000_000 - amount, wallets.balance(c[0]));
        assertBooks(c[0]);
    }

    /** Issue 20 §2: every refusal says which limit and by how much, and leaves nothing behind. */
    @Test
    void everyRefusalLeavesNothingBehind() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "거절 주문");
        fixtures.wallet(c[0], 20_000);
        long coffee30 = price("SB-CF-001", 30);
        long sub = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(10_000));
        long none = fixtures.subMember(c[1], MonthlyPurchaseLimit.none());
        long inFlight = inFlight();

        BizbillException monthly = refused(ErrorCode.MONTHLY_LIMIT_EXCEEDED, () -> placement.place(sub, coffee(3)));
        assertEquals(List.of(coffee30 * 3, 10_000L, coffee30 * 3 - 10_000), monthly.getFieldErrors().get(0).args());
        refused(ErrorCode.MONTHLY_LIMIT_EXCEEDED, () -> placement.place(none, coffee(1)));
        BizbillException balance = refused(ErrorCode.WALLET_INSUFFICIENT_BALANCE, () -> placement.place(c[1], coffee(5)));
        assertEquals(List.of(coffee30 * 5, 20_000L, coffee30 * 5 - 20_000), balance.getFieldErrors().get(0).args());
        // CB-CAT-2: a gift card without the permission, then beyond the month's cashable limit
        PlaceOrder giftCard = order(List.of(new PlaceOrder.Choice(product("SB-GC-001").getId(), 90)), 2, null);
        refused(ErrorCode.CASHABLE_NOT_PERMITTED, () -> placement.place(c[1], giftCard));
        cashable.set(c[0], true, 15_000);
        BizbillException cash = refused(ErrorCode.CASHABLE_LIMIT_EXCEEDED, () -> placement.place(c[1], giftCard));
        assertEquals(15_000L, cash.getFieldErrors().get(0).args().get(1));
        // CB-ORD-7: past the 30th day; a gift card at night
        LocalDateTime now = LocalDateTime.now(clock);
        refused(ErrorCode.VALIDATION_FAILED, () -> placement.place(c[1], order(List.of(new PlaceOrder.Choice(
                product("SB-CF-001").getId(), 30)), 1, now.toLocalDate().plusDays(31).atTime(10, 0))));
        BizbillException night = refused(ErrorCode.VALIDATION_FAILED, () -> placement.place(c[1], order(List.of(
                new PlaceOrder.Choice(product("SB-GC-001").getId(), 90)), 1, now.toLocalDate().plusDays(1).atTime(3, 0))));
        assertEquals("order.reserve.hours", night.getFieldErrors().get(0).message());
        // CB-ORD-8: rows with problems come back one by one, by row
        PlaceOrder badRows = new PlaceOrder("x", QuotePricing.Kind.GENERAL, List.of(new PlaceOrder.Choice(
                product("SB-CF-001").getId(), 30)), null, "감사!", null, List.of(new RecipientRow("01012345678", null,
                null, null), new RecipientRow("01012345678", null, null, null), new RecipientRow("12", null, null, null)),
                false, template, true, null, null, false, UUID.randomUUID().toString());
        BizbillException rows = refused(ErrorCode.VALIDATION_FAILED, () -> placement.place(c[1], badRows));
        assertEquals(List.of("sendTitle", "recipients[2].mobile", "recipients[3].mobile", "terms"),
                rows.getFieldErrors().stream().map(BizbillException.FieldError::field).toList());
        // a product staff suspended; a suspended orderer
        Product burger = product("SB-BG-001");
        catalog.setStatus(burger.getId(), ProductStatus.SUSPENDED);
        try {
            refused(ErrorCode.PRODUCT_NOT_ON_SALE, () -> placement.place(c[1], order(List.of(new PlaceOrder.Choice(
                    burger.getId(), 30)), 1, null)));
        } finally {
            catalog.setStatus(burger.getId(), ProductStatus.ON_SALE);
        }
        // issue 20 review: the amount shown is not the amount now (a price changed): nothing is paid
        PlaceOrder shown = coffee(1);
        BizbillException changed = refused(ErrorCode.ORDER_PRICE_CHANGED, () -> placement.place(c[1], new PlaceOrder(
                shown.name(), shown.type(), shown.products(), null, shown.sendTitle(), null, shown.recipients(), false,
                template, true, null, null, true, UUID.randomUUID().toString(), coffee30 - 1)));
        assertEquals(List.of(coffee30 - 1, coffee30), changed.getFieldErrors().get(0).args());
        long unlimited = fixtures.subMember(c[1], MonthlyPurchaseLimit.unlimited());
        subs.setSuspended(c[1], unlimited, true);
        refused(ErrorCode.ORDERER_NOT_ACTIVE, () -> placement.place(unlimited, coffee(1)));

        assertEquals(0, orderCount(c[0]), "no order");
        assertEquals(0, em.createQuery("select count(r) from OrderRecipient r, CouponOrder o where r.orderId = o.id "
                + "and o.organisationId = :o", Long.class).setParameter("o", c[0]).getSingleResult());
        assertEquals(20_000, wallets.balance(c[0]), "nothing paid");
        assertEquals(inFlight, inFlight(), "nothing in flight");
        assertEquals(0, orders.memberUsed(sub, YearMonth.now(clock)));
        assertEquals(0, cashable.view(c[0]).used());
        assertBooks(c[0]);
    }

    /** CB-DSP-2: a reserved order is cancelled by its orderer or master, once; money and limits come back. */
    @Test
    void cbDsp2AReservedOrderCancelledGivesMoneyAndLimitsBack() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "예약 취소");
        fixtures.wallet(c[0], 100_000);
        cashable.set(c[0], true, 50_000);
        long sub = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(80_000));
        long other = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(80_000));
        long inFlight = inFlight();
        LocalDateTime tomorrow10 = LocalDateTime.now(clock).toLocalDate().plusDays(1).atTime(10, 0);
        CouponOrder o = placement.place(sub, order(List.of(new PlaceOrder.Choice(product("SB-CF-001").getId(), 30),
                new PlaceOrder.Choice(product("SB-GC-001").getId(), 90)), 2, tomorrow10));
        long amount = (price("SB-CF-001", 30) + price("SB-GC-001", 90)) * 2;
        assertEquals(amount, o.getFinalAmount());
        assertEquals(price("SB-GC-001", 90) * 2, cashable.view(c[0]).used(), "CB-CAT-2: the gift cards counted");
        assertEquals(1, orders.openOrders(sub), "CB-MEM-5: an open order blocks the withdrawal");
        refused(ErrorCode.SUB_MEMBER_STATE_CONFLICT, () -> {
            subs.requestWithdrawal(c[1], sub, List.of(new byte[] {1}));
            return null;
        });

        refused(ErrorCode.ORDER_NOT_FOUND, () -> placement.cancel(c[0], other, o.getNumber()));
        CouponOrder cancelled = placement.cancel(c[0], c[1], o.getNumber()); // the master cancels
        assertEquals(OrderStatus.RESERVATION_CANCELLED, cancelled.getStatus());
        assertEquals(100_000, wallets.balance(c[0]), "the whole amount back");
        assertEquals(inFlight, inFlight());
        assertEquals(0, orders.memberUsed(sub, YearMonth.now(clock)), "the month's limit back");
        assertEquals(0, cashable.view(c[0]).used(), "the cashable limit back");
        refused(ErrorCode.ORDER_NOT_CANCELLABLE, () -> placement.cancel(c[0], c[1], o.getNumber()));
        assertEquals(100_000, wallets.balance(c[0]), "refunded once");
        long[] stranger = fixtures.company(PaymentType.PREPAID, "남의 회사");
        refused(ErrorCode.ORDER_NOT_FOUND, () -> placement.cancel(stranger[0], stranger[1], o.getNumber()));
        assertBooks(c[0]);
    }

    /** CB-PST-1 with CB-ORD-11: a postpaid order uses the month's credit; its cancel gives it back to that month. */
    @Test
    void aPostpaidOrderUsesCreditAndItsCancelGivesItBack() throws Exception {
        long[] c = fixtures.company(PaymentType.POSTPAID, "후불 주문");
        credit.setLimit(c[0], 30_000);
        long inFlight = inFlight();
        CouponOrder o = placement.place(c[1], order(List.of(new PlaceOrder.Choice(product("SB-CF-001").getId(), 30)),
                2, LocalDateTime.now(clock).toLocalDate().plusDays(2).atTime(9, 0)));
        assertEquals(o.getFinalAmount(), credit.view(c[0]).used());
        assertEquals(inFlight + o.getFinalAmount(), inFlight());
        BizbillException short_ = refused(ErrorCode.CREDIT_LIMIT_EXCEEDED, () -> placement.place(c[1], coffee(7)));
        assertEquals(30_000 - o.getFinalAmount(), short_.getFieldErrors().get(0).args().get(1));
        placement.cancel(c[0], c[1], o.getNumber());
        assertEquals(0, credit.view(c[0]).used());
        assertEquals(0, ledger.balance(LedgerAccounts.postpaidReceivable(c[0])).balance());
        assertEquals(inFlight, inFlight());
    }

    /** Issue 20 §2: two sub-members ordering at once never overdraw the master's wallet nor pass a limit. */
    @Test
    void concurrentOrdersOfTwoSubMembersNeverOverdrawNorPassALimit() throws Exception {
        // this test's own EntityManager is not touched before the calls on the container's threads: they carry this
        // request's context, and an EntityManager it opened would be closed by them and again at the request's end
        long[] c = fixtures.company(PaymentType.PREPAID, "동시 주문");
        fixtures.wallet(c[0], 100_000);
        Product coffee = browsing.onSale(null, "아메리카노 (Tall)", 0, 5).items().stream()
                .filter(k -> "SB-CF-001".equals(k.product().getSupplierCode())).findFirst().orElseThrow().product();
        long price = catalog.optionsOf(coffee.getId()).stream().filter(o -> o.getValidityDays() == 30)
                .mapToLong(o -> catalog.priceAt(o.getId(), clock.instant())).findFirst().orElseThrow();
        long a = fixtures.subMember(c[1], MonthlyPurchaseLimit.unlimited());
        long b = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(price * 3));
        java.util.concurrent.atomic.AtomicInteger i = new java.util.concurrent.atomic.AtomicInteger();
        List<PlaceOrder> commands = new ArrayList<>();
        for (int n = 0; n < 40; n++) { // made here: the calls run on the container's threads
            commands.add(order(List.of(new PlaceOrder.Choice(coffee.getId(), 30)), 1, null));
        }
        int ok = Deployments.concurrentlyAny(40, java.util.Set.of(ErrorCode.WALLET_INSUFFICIENT_BALANCE,
                ErrorCode.MONTHLY_LIMIT_EXCEEDED), () -> {
                    int n = i.getAndIncrement();
                    placement.place(n % 2 == 0 ? a : b, commands.get(n));
                });
        long placed = orderCount(c[0]);
        assertEquals(ok, placed);
        assertTrue(orders.memberUsed(b, YearMonth.now(clock)) <= price * 3, "b's limit held");
        assertEquals(100_000 - placed * price, wallets.balance(c[0]));
        assertTrue(wallets.balance(c[0]) >= 0 && wallets.balance(c[0]) < price * 2, "spent down to the last order: "
                + wallets.balance(c[0]));
        assertBooks(c[0]);
    }

    // ------------------------------------------------------------------ issue 21: dispatch

    @Inject
    com.bizbill.shared.jobs.JobRunService jobs;

    @Inject
    com.bizbill.messaging.MessageGateway gateway;

    @Inject
    com.bizbill.messaging.SandboxMessageGateway sandboxGateway;

    @Inject
    com.bizbill.messaging.DeliveryReports reports;

    @Inject
    com.bizbill.catalog.SandboxSupplierBooks supplierBooks;

    @Inject
    com.bizbill.dispatch.DispatchSteps dispatchSteps;

    @Inject
    com.bizbill.dispatch.DispatchQueries dispatchQueries;

    @Inject
    com.bizbill.catalog.CouponSupplier supplier;

    @Inject
    com.bizbill.shared.time.DemoClockService demoClock;

    @Inject
    com.bizbill.shared.mail.Outbox outbox;

    @Inject
    com.bizbill.dispatch.Dispatcher dispatcher;

    @Inject
    com.bizbill.dispatch.CouponPages couponPages;

    @Inject
    com.bizbill.dispatch.GiftChoices giftChoices;

    @Inject
    com.bizbill.dispatch.CouponDiscards discards;

    @Inject
    com.bizbill.dispatch.RecipientSupport support;

    @Inject
    com.bizbill.dispatch.DispatchScheduler dispatchScheduler;

    /**
     * Issue 21 §1: the schedule tick starts an immediate order's dispatch at once and a reserved one only when its time
     * comes (moving the demo clock makes it go).
     */
    @Test
    void issue21TheTickStartsOrdersAsTheyFallDue() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "틱");
        fixtures.wallet(c[0], 100_000);
        LocalDateTime tomorrow10 = LocalDateTime.now(clock).toLocalDate().plusDays(1).atTime(10, 0);
        CouponOrder reserved = placement.place(c[1], order(List.of(new PlaceOrder.Choice(product("SB-CF-001").getId(),
                30)), 1, tomorrow10));
        CouponOrder now = placement.place(c[1], coffee(1));
        assertTrue(dispatchQueries.due(1_000).contains(now.getNumber()));
        assertTrue(dispatchQueries.due(1_000).stream().noneMatch(reserved.getNumber()::equals), "not yet due");
        // the tick starts each due order so (the test starts only its own: other tests' orders stay theirs)
        assertTrue(dispatchScheduler.start(now.getNumber()));
        var run = Deployments.awaitRun(jobs, jobs.history(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH, null, 0, 50)
                .items().stream().filter(r -> now.getNumber().equals(r.getPeriod())).findFirst().orElseThrow());
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, run.getStatus(), run.getMessage());
        assertEquals(OrderStatus.SENDING, orders.byNumber(c[0], now.getNumber()).getStatus(), "sent, reports pending");
        assertEquals(OrderStatus.RESERVED, orders.byNumber(c[0], reserved.getNumber()).getStatus());

        demoClock.advance(java.time.Duration.ofDays(1).plusHours(12));
        assertTrue(dispatchQueries.due(1_000).contains(reserved.getNumber()), "due once its time came");

        // issue 22 §2: a selectable order is due at once too (its recipients get the message and choose)
        CouponOrder selectable = placement.place(c[1], new PlaceOrder(null, QuotePricing.Kind.SELECTABLE, List.of(
                new PlaceOrder.Choice(product("SB-CF-001").getId(), 30), new PlaceOrder.Choice(product("SB-CF-002").getId(),
                        30)), null, "선택 선물", null, recipients(1), false, template, true, null, null, true,
                UUID.randomUUID().toString()));
        // CB-ORD-3, CB-ORD-4: charged the dearest × recipients, and the dearest is the designated gift by default
        var items = orders.items(selectable.getId());
        assertEquals(Math.max(price("SB-CF-001", 30), price("SB-CF-002", 30)), selectable.getFinalAmount());
        assertEquals(List.of(false, true), items.stream().map(com.bizbill.ordering.OrderItem::isDesignated).toList(),
                "the latte (5,000) over the americano (4,500)");
        assertTrue(dispatchQueries.due(1_000).contains(selectable.getNumber()));
    }

    @Inject
    com.bizbill.dispatch.CouponReconciliation reconciliation;

    /**
     * Issue 21 §5: the day's coupons against the supplier's records: one only the supplier has (issued for an id we
     * never booked) and one only we have are listed; staff cancel the first at the supplier and look the second up;
     * a re-run lists nothing twice.
     */
    @Test
    void issue21TheDailyReconciliationListsWhatOnlyOneSideHas() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "대사");
        fixtures.wallet(c[0], 100_000);
        String stray = "BZC-IT-" + UUID.randomUUID();
        supplier.issue(new com.bizbill.catalog.CouponSupplier.IssueRequest(stray, "SB-CF-001", 30));
        CouponOrder o = placement.place(c[1], coffee(1));
        CouponOrder started = dispatchSteps.begin(o.getNumber());
        long coupon = dispatchSteps.prepare(started.getId(), recipientsOf(o).stream()
                .map(com.bizbill.ordering.OrderRecipient::getId).toList()).get(0);
        String ours = dispatchSteps.attempt(coupon).request().transactionId();
        dispatchSteps.issued(coupon, new com.bizbill.catalog.CouponSupplier.IssuedCoupon(ours, "X", "1", null, null));

        java.time.LocalDate today = java.time.LocalDate.now(clock);
        var day = reconciliation.reconcile(today);
        assertTrue(day.owed() >= 4_500, "what is owed for the day: " + day);
        var open = reconciliation.open(1_000);
        var supplierOnly = open.stream().filter(m -> m.getTransactionId().equals(stray)).findFirst().orElseThrow();
        assertEquals(com.bizbill.ordering.CouponMismatch.Kind.SUPPLIER_ONLY, supplierOnly.getKind());
        var oursOnly = open.stream().filter(m -> m.getTransactionId().equals(ours)).findFirst().orElseThrow();
        assertEquals(com.bizbill.ordering.CouponMismatch.Kind.OURS_ONLY, oursOnly.getKind());
        reconciliation.reconcile(today);
        assertEquals(1, reconciliation.open(1_000).stream().filter(m -> m.getTransactionId().equals(stray)).count(),
                "found once");

        assertEquals("CANCELLED_AT_SUPPLIER", reconciliation.resolve(supplierOnly.getId()).getResolution());
        assertEquals(com.bizbill.catalog.CouponSupplier.CouponState.DISCARDED, supplier.lookup(stray).orElseThrow()
                .state());
        assertEquals("NOT_AT_SUPPLIER", reconciliation.resolve(oursOnly.getId()).getResolution());
        assertTrue(reconciliation.open(1_000).stream().noneMatch(m -> m.getTransactionId().equals(stray)
                || m.getTransactionId().equals(ours)));
    }

    /**
     * Issue 21 §2: the operator's deposit at the supplier runs short mid-order: the order pauses (the run ends, no
     * recipient turns into an error, nothing is refunded) and resumes on a later run once the deposit is topped up,
     * with nothing issued twice.
     */
    @Test
    void issue21AShortDepositAtTheSupplierPausesTheOrderAndItResumes() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "예치금 부족");
        fixtures.wallet(c[0], 100_000);
        long repeats = supplierBooks.repeatedIssues();
        java.time.Instant since = clock.instant().minusSeconds(1);
        CouponOrder o = placement.place(c[1], coffee(3));
        try {
            // what is owed now, under the configured deposit; then room for one coffee (face 4,500) only
            long owed = com.bizbill.catalog.SandboxSupplierBooks.DEFAULT_DEPOSIT - supplier.balance();
            supplierBooks.setDeposit(owed + 4_500);
            assertEquals(4_500, supplier.balance());
            var run = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH,
                    o.getNumber()));
            assertEquals(com.bizbill.shared.jobs.JobRunStatus.FAILED, run.getStatus(), "paused: " + run.getMessage());
            var paused = dispatchQueries.progress(o.getNumber());
            assertEquals(0, paused.error(), "no recipient became an error: " + paused);
            assertTrue(dispatchQueries.due(1_000).contains(o.getNumber()), "taken up again by the next tick");
            assertEquals(100_000 - o.getFinalAmount(), wallets.balance(c[0]), "nothing refunded");
        } finally {
            supplierBooks.setDeposit(null);
        }
        dispatchAndReport(o.getNumber(), since);
        var done = dispatchQueries.progress(o.getNumber());
        assertEquals(3, done.success(), done.toString());
        assertEquals(repeats, supplierBooks.repeatedIssues(), "nothing asked twice");
        assertEquals(OrderStatus.COMPLETED, orders.byNumber(c[0], o.getNumber()).getStatus());
    }

    /**
     * Issue 21 §2, CB-DSP-1: the supplier goes down mid-order (it cannot be reached): the order pauses without turning
     * recipients into errors or refunding, even once the look-up wait (10 minutes) is long past, and completes when the
     * supplier is back, with nothing issued twice.
     */
    @Test
    void issue21ASupplierOutagePausesTheOrderAndItResumes() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "공급사 장애");
        fixtures.wallet(c[0], 100_000);
        long repeats = supplierBooks.repeatedIssues();
        java.time.Instant since = clock.instant().minusSeconds(1);
        CouponOrder o = placement.place(c[1], coffee(3));
        try {
            supplierBooks.setOutage(true);
            for (int run = 0; run < 2; run++) {
                var r = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH,
                        o.getNumber()));
                assertEquals(com.bizbill.shared.jobs.JobRunStatus.FAILED, r.getStatus(), "paused: " + r.getMessage());
                var paused = dispatchQueries.progress(o.getNumber());
                assertEquals(0, paused.error() + paused.success() + paused.failure(), "nothing settled: " + paused);
                assertEquals(OrderStatus.SENDING, orders.byNumber(c[0], o.getNumber()).getStatus());
                assertTrue(dispatchQueries.due(1_000).contains(o.getNumber()), "taken up again by the next tick");
                assertEquals(100_000 - o.getFinalAmount(), wallets.balance(c[0]), "nothing refunded");
                demoClock.advance(java.time.Duration.ofMinutes(30)); // a long outage: no coupon is given up
            }
        } finally {
            supplierBooks.setOutage(false);
        }
        dispatchAndReport(o.getNumber(), since);
        var done = dispatchQueries.progress(o.getNumber());
        assertEquals(3, done.success(), done.toString());
        assertEquals(3, couponCount(o, com.bizbill.ordering.CouponStatus.ISSUED));
        assertEquals(repeats, supplierBooks.repeatedIssues(), "nothing asked twice");
        assertEquals(OrderStatus.COMPLETED, orders.byNumber(c[0], o.getNumber()).getStatus());
        assertEquals(100_000 - o.getFinalAmount(), wallets.balance(c[0]));
        assertBooks(c[0]);
    }

    /** Issue 21 §3: a message without any report after 72 hours is a failure, and its order completes. */
    @Test
    void issue21AMessageWithoutAReportFor72HoursIsAFailure() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "무응답");
        fixtures.wallet(c[0], 100_000);
        CouponOrder o = placement.place(c[1], coffee(2));
        var run = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH, o.getNumber()));
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, run.getStatus(), run.getMessage());
        assertEquals(2, dispatchQueries.progress(o.getNumber()).inProgress(), "sent, not reported yet");
        dispatcher.expireUnreported();
        assertEquals(2, dispatchQueries.progress(o.getNumber()).inProgress(), "not before 72 hours");
        demoClock.advance(java.time.Duration.ofHours(73));
        dispatcher.expireUnreported();
        assertEquals(2, dispatchQueries.progress(o.getNumber()).failure());
        assertEquals(OrderStatus.COMPLETED, orders.byNumber(c[0], o.getNumber()).getStatus());
    }

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        if (!demoClock.offset().isZero()) {
            demoClock.reset();
        }
    }

    /** Runs the order's dispatch job to its end, then applies the gateway's reports (twice: fallbacks report too). */
    private void dispatchAndReport(String number, java.time.Instant since) throws Exception {
        var run = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH, number));
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, run.getStatus(), run.getMessage());
        for (int round = 0; round < 2; round++) {
            Thread.sleep(1_100); // the sandbox reports a message a second after it took it
            for (var r : gateway.reports(since, clock.instant().plusSeconds(2))) {
                reports.apply(r);
            }
        }
    }

    private List<com.bizbill.ordering.OrderRecipient> recipientsOf(CouponOrder o) {
        return orders.recipients(o.getId(), 0, 10_000).items();
    }

    private long couponCount(CouponOrder o, com.bizbill.ordering.CouponStatus status) {
        return em.createQuery("select count(c) from OrderCoupon c where c.orderId = :o and c.status = :s", Long.class)
                .setParameter("o", o.getId()).setParameter("s", status).getSingleResult();
    }

    /**
     * CB-DSP-1..4, issue 21: a general order dispatched with the sandbox's failures mixed in: a product whose answer is
     * lost (settled by a look-up, never issued again), a number without KakaoTalk (the fallback arrives), one that
     * never receives (FAILURE), one whose send answer is lost (the report settles it); afterwards every recipient is
     * settled, the order COMPLETED, and money in flight back where it was.
     */
    @Test
    void cbDsp1AGeneralOrderIsDispatchedOnceAndEveryRecipientSettled() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "발송");
        fixtures.wallet(c[0], 3_000_000);
        long inFlight = inFlight();
        long repeats = supplierBooks.repeatedIssues();
        java.time.Instant since = clock.instant().minusSeconds(1);
        String p = String.format("0108%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        List<RecipientRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new RecipientRow(p + String.format("%04d", 1000 + i), "수신" + i, "비즈상사", null));
        }
        rows.add(new RecipientRow(p + "8888", "카톡없음", null, null));
        rows.add(new RecipientRow(p + "9999", "못받음", null, null));
        rows.add(new RecipientRow(p + "4040", "응답분실", null, null));
        CouponOrder o = placement.place(c[1], new PlaceOrder(null, QuotePricing.Kind.GENERAL, List.of(
                new PlaceOrder.Choice(product("SB-CF-001").getId(), 30), new PlaceOrder.Choice(product("SB-PZ-002").getId(),
                        30)), null, "연말 감사 선물", null, rows, false, template, true, null, null, true,
                UUID.randomUUID().toString()));
        long paid = o.getFinalAmount();
        assertEquals(inFlight + paid, inFlight());

        dispatchAndReport(o.getNumber(), since);

        var progress = dispatchQueries.progress(o.getNumber());
        assertEquals(43, progress.total());
        assertTrue(progress.isSettled(), progress.toString());
        assertEquals(42, progress.success(), "the fallback reached the number without KakaoTalk: " + progress);
        assertEquals(1, progress.failure(), "the number that never receives");
        assertEquals(OrderStatus.COMPLETED, orders.byNumber(c[0], o.getNumber()).getStatus());
        // issue 21 §6: the orderer is told, with the counts and the amounts
        String master = em.find(com.bizbill.identity.Member.class, c[1]).getLoginId();
        var mail = outbox.list(master, 0, 10).items().stream().filter(m -> m.getSubject().contains(o.getNumber()))
                .findFirst().orElseThrow();
        assertTrue(mail.getBody().contains("성공 42명") && mail.getBody().contains("실패 1명"), mail.getBody());
        assertEquals(86, couponCount(o, com.bizbill.ordering.CouponStatus.ISSUED), "two coupons per recipient");
        assertEquals(repeats, supplierBooks.repeatedIssues(), "nothing issued twice at the supplier (lost answers)");
        var noKakao = recipientsOf(o).stream().filter(r -> r.getMobile().endsWith("8888")).findFirst().orElseThrow();
        assertEquals(com.bizbill.messaging.MessageType.MMS, noKakao.getChannel(), "sent again as an MMS");
        // CB-ORD-10: the send title, the template filled with the recipient's values, the coupon page's link;
        // CB-ORD-9: the fallback from the operator's customer-centre number (configuration), with the same text
        var toNoKakao = sandboxGateway.sent(noKakao.getMobile(), 0, 10).items();
        var alimtalk = toNoKakao.stream().filter(m -> "ALIMTALK".equals(m.getKind())).findFirst().orElseThrow();
        assertTrue(alimtalk.getBody().startsWith("[연말 감사 선물]") && alimtalk.getBody().contains("카톡없음님")
                && alimtalk.getBody().endsWith("/c/" + noKakao.getToken()),
                alimtalk.getBody());
        var fallback = toNoKakao.stream().filter(m -> "MMS".equals(m.getKind())).findFirst().orElseThrow();
        assertEquals("1588-0000", fallback.getSender());
        assertEquals(alimtalk.getBody(), fallback.getBody());
        assertEquals(43, recipientsOf(o).stream().map(com.bizbill.ordering.OrderRecipient::getToken).distinct()
                .filter(t -> t != null && t.length() >= 43).count(), "a coupon-page token each, unguessable");
        // issue 21 §2: issuing moved the whole amount from money in flight to coupon sales
        assertEquals(inFlight, inFlight(), "money in flight settled");
        assertEquals(3_000_000 - paid, wallets.balance(c[0]));
        assertBooks(c[0]);

        // a second run (a staff re-run, a tick after a crash) finds nothing to do and sends nothing again
        long sent = gateway.reports(since, clock.instant().plusSeconds(2)).size();
        dispatchSteps.finishIfSettled(o.getId());
        assertTrue(dispatchQueries.due(100).stream().noneMatch(o.getNumber()::equals));
        assertEquals(sent, gateway.reports(since, clock.instant().plusSeconds(2)).size());
    }

    /**
     * Issue 22 §2, CB-ORD-4, CB-DSP-4, CB-DSP-6: a selectable order is messaged without issuing anything; a recipient
     * who picks a cheaper gift gets it issued and the difference goes back once (wallet and the month's limit); a
     * second choice is refused; a gift that cannot be issued lets the recipient choose another; two days before the
     * seventh day the undecided are reminded once; on the seventh the designated gift is issued, or the next dearest
     * when it cannot be, or the amount goes back when none can. Money in flight ends where it began.
     */
    @Test
    void issue22ASelectableOrdersGiftsAreChosenDefaultedOrRefunded() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "선택형");
        fixtures.wallet(c[0], 500_000);
        long sub = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(400_000));
        long inFlight = inFlight();
        java.time.Instant since = clock.instant().minusSeconds(1);
        long cake = price("SB-CK-004", 30); // the dearest: designated by default, and the sandbox cannot issue it
        long burger = price("SB-BG-001", 30);
        long coffee = price("SB-CF-001", 30);
        String p = String.format("0106%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        List<RecipientRow> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new RecipientRow(p + String.format("%04d", 7000 + i), "수신" + i, "비즈상사", "대리"));
        }
        CouponOrder o = placement.place(sub, new PlaceOrder(null, QuotePricing.Kind.SELECTABLE, List.of(
                new PlaceOrder.Choice(product("SB-CF-001").getId(), 30),
                new PlaceOrder.Choice(product("SB-BG-001").getId(), 30),
                new PlaceOrder.Choice(product("SB-CK-004").getId(), 30)), null, "골라 받는 선물", null, rows, false,
                template, true, null, null, true, UUID.randomUUID().toString()));
        assertEquals(cake * 4, o.getFinalAmount(), "CB-ORD-3: the dearest for every recipient");
        dispatchAndReport(o.getNumber(), since);
        assertEquals(OrderStatus.COMPLETED, orders.byNumber(c[0], o.getNumber()).getStatus());
        assertEquals(4, dispatchQueries.progress(o.getNumber()).success());
        assertEquals(0, orders.confirmedAmount(o.getId()), "CB-DSP-6: nothing confirmed before a choice");
        assertEquals(inFlight + cake * 4, inFlight(), "the whole amount still in flight");
        var r = recipientsOf(o);

        // r0 picks the coffee: issued; the difference back at once, once; a second choice refused
        var sheet = couponPages.sheet(r.get(0).getToken());
        assertTrue(sheet.choosing());
        assertEquals(3, sheet.options().size());
        long coffeeItem = sheet.options().stream().filter(g -> g.product().startsWith("아메리카노")).findFirst()
                .orElseThrow().itemId();
        long burgerItem = sheet.options().stream().filter(g -> g.product().equals("섬 버거 세트")).findFirst()
                .orElseThrow().itemId();
        long cakeItem = sheet.options().stream().filter(g -> g.product().equals("황금 순살 세트")).findFirst()
                .orElseThrow().itemId();
        assertEquals(com.bizbill.dispatch.GiftChoices.Outcome.ISSUED, couponPages.choose(r.get(0).getToken(), coffeeItem));
        assertEquals(500_000 - cake * 4 + (cake - coffee), wallets.balance(c[0]), "DIFFERENCE_REFUND");
        assertEquals(cake * 4 - (cake - coffee), orders.memberUsed(sub, YearMonth.now(clock)), "the limit too");
        refused(ErrorCode.GIFT_ALREADY_CHOSEN, () -> couponPages.choose(r.get(0).getToken(), burgerItem));
        assertEquals(500_000 - cake * 4 + (cake - coffee), wallets.balance(c[0]), "refunded once");
        var chosenSheet = couponPages.sheet(r.get(0).getToken());
        assertFalse(chosenSheet.choosing());
        assertEquals(1, chosenSheet.coupons().size());
        assertTrue(chosenSheet.coupons().get(0).product().startsWith("아메리카노"));

        // r1 picks the cake, which cannot be issued: told so, and picks the burger; the cake is no longer offered
        assertEquals(com.bizbill.dispatch.GiftChoices.Outcome.FAILED, couponPages.choose(r.get(1).getToken(), cakeItem));
        assertTrue(couponPages.sheet(r.get(1).getToken()).options().stream()
                .anyMatch(g -> g.itemId() == cakeItem && g.failed()));
        refused(ErrorCode.GIFT_UNAVAILABLE, () -> couponPages.choose(r.get(1).getToken(), cakeItem));
        assertEquals(com.bizbill.dispatch.GiftChoices.Outcome.ISSUED, couponPages.choose(r.get(1).getToken(), burgerItem));

        // day 5: the two undecided are reminded, once
        demoClock.advance(java.time.Duration.ofDays(5).plusMinutes(1));
        var job = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.GIFT_CHOICE_DEFAULTS,
                LocalDate.now(clock).toString()));
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, job.getStatus(), job.getMessage());
        assertFalse(giftChoices.lookAt(r.get(2).getId()), "a second look the same day sends no second reminder");
        for (int i = 0; i < 4; i++) {
            long reminders = sandboxGateway.sent(r.get(i).getMobile(), 0, 10).items().stream()
                    .filter(m -> m.getBody().contains("선물을 아직 고르지")).count();
            assertEquals(i >= 2 ? 1 : 0, reminders, "reminders to recipient " + i);
        }
        assertTrue(couponPages.sheet(r.get(2).getToken()).choosing(), "still theirs to choose");

        // a resend on day 5 does not restart the 7 days (they count from the first message)
        dispatcher.resend(c[0], c[1], o.getNumber(), r.get(2).getId(), "day5");
        // day 7: r2 gets the designated cake's next dearest (the cake cannot be issued): the burger
        demoClock.advance(java.time.Duration.ofDays(2));
        assertTrue(giftChoices.lookAt(r.get(2).getId()));
        var r2 = couponPages.sheet(r.get(2).getToken());
        assertFalse(r2.choosing());
        assertEquals("섬 버거 세트", r2.coupons().get(0).product());
        // r3: nothing can be issued any more (the burger and the coffee taken off sale): its amount goes back
        try {
            catalog.setStatus(product("SB-BG-001").getId(), ProductStatus.SUSPENDED);
            catalog.setStatus(product("SB-CF-001").getId(), ProductStatus.SUSPENDED);
            assertTrue(couponPages.sheet(r.get(3).getToken()).options().stream()
                    .filter(g -> g.itemId() != cakeItem).noneMatch(com.bizbill.dispatch.GiftChoiceSteps.Option::available),
                    "the manual's third case: shown as unavailable");
            assertTrue(giftChoices.lookAt(r.get(3).getId()));
        } finally {
            catalog.setStatus(product("SB-BG-001").getId(), ProductStatus.ON_SALE);
            catalog.setStatus(product("SB-CF-001").getId(), ProductStatus.ON_SALE);
        }
        assertTrue(couponPages.sheet(r.get(3).getToken()).closed());
        assertFalse(giftChoices.lookAt(r.get(3).getId()), "closed: nothing more");
        refused(ErrorCode.GIFT_ALREADY_CHOSEN, () -> couponPages.choose(r.get(3).getToken(), burgerItem));

        long confirmed = coffee + burger + burger;
        assertEquals(confirmed, orders.confirmedAmount(o.getId()), "CB-DSP-6: the gifts issued");
        assertEquals(500_000 - confirmed, wallets.balance(c[0]));
        assertEquals(confirmed, orders.memberUsed(sub, YearMonth.now(clock)), "the month's limit holds what was issued");
        assertEquals(inFlight, inFlight(), "money in flight settled");
        assertBooks(c[0]);
    }

    /**
     * Issue 22 §5, CB-DSP-5: a recipient's message goes again with the same coupons and link, only after success or
     * failure, at most three times, once per request key, for the organisation's orders only; audited.
     */
    @Test
    void issue22AResendIsLimitedToThreeAfterSuccessOrFailureAndSendsOncePerRequest() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "재전송");
        fixtures.wallet(c[0], 100_000);
        java.time.Instant since = clock.instant().minusSeconds(1);
        CouponOrder o = placement.place(c[1], coffee(2));
        var run = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH, o.getNumber()));
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, run.getStatus(), run.getMessage());
        var r = recipientsOf(o).get(0);
        refused(ErrorCode.RESEND_NOT_ALLOWED, () -> {
            dispatcher.resend(c[0], c[1], o.getNumber(), r.getId(), "k0");
            return null;
        }); // still in progress
        applyReports(since);
        long coupons = couponCount(o, com.bizbill.ordering.CouponStatus.ISSUED);
        long[] stranger = fixtures.company(PaymentType.PREPAID, "남의 회사");
        refused(ErrorCode.ORDER_NOT_FOUND, () -> {
            dispatcher.resend(stranger[0], stranger[1], o.getNumber(), r.getId(), "k1");
            return null;
        });
        for (int n = 1; n <= 3; n++) {
            dispatcher.resend(c[0], c[1], o.getNumber(), r.getId(), "k" + n);
            dispatcher.resend(c[0], c[1], o.getNumber(), r.getId(), "k" + n); // a double click: sent once
            var again = orders.recipient(o.getId(), r.getId());
            assertEquals(n, again.getResendCount());
            assertEquals(com.bizbill.ordering.SendStatus.IN_PROGRESS, again.getSendStatus());
            applyReports(since);
            assertEquals(com.bizbill.ordering.SendStatus.SUCCESS, orders.recipient(o.getId(), r.getId()).getSendStatus());
        }
        refused(ErrorCode.RESEND_NOT_ALLOWED, () -> {
            dispatcher.resend(c[0], c[1], o.getNumber(), r.getId(), "k4");
            return null;
        });
        var sent = sandboxGateway.sent(r.getMobile(), 0, 10).items();
        assertEquals(4, sent.size(), "the first send and three resends");
        assertTrue(sent.stream().allMatch(m -> m.getBody().endsWith("/c/" + r.getToken())), "the same link each time");
        assertEquals(coupons, couponCount(o, com.bizbill.ordering.CouponStatus.ISSUED), "the same coupons, none new");
        assertEquals(3L, em.createQuery("select count(a) from AuditEntry a where a.action = 'ORDER_RECIPIENT_RESENT' "
                + "and a.targetId = :n", Long.class).setParameter("n", o.getNumber()).getSingleResult());
    }

    /**
     * Issue 22 §6: an issued, unused coupon is discarded at the supplier with a reason: the recipient's page shows it
     * discarded, and its price comes back from coupon sales, to the wallet (prepaid) or the order month's credit
     * (postpaid), once; a used coupon, another organisation's, a blank reason are refused with nothing changed.
     */
    @Test
    void issue22ADiscardedCouponsPriceComesBackPrepaidAndPostpaid() throws Exception {
        long sales = ledger.balance(LedgerAccounts.OPERATOR_COUPON_SALES).balance();
        long[] pre = fixtures.company(PaymentType.PREPAID, "폐기 선불");
        fixtures.wallet(pre[0], 100_000);
        long[] post = fixtures.company(PaymentType.POSTPAID, "폐기 후불");
        credit.setLimit(post[0], 100_000);
        java.time.Instant since = clock.instant().minusSeconds(1);
        CouponOrder a = placement.place(pre[1], coffee(2));
        CouponOrder b = placement.place(post[1], coffee(1));
        dispatchAndReport(a.getNumber(), since);
        dispatchAndReport(b.getNumber(), since);
        long each = price("SB-CF-001", 30);
        assertEquals(100_000 - 2 * each, wallets.balance(pre[0]));
        assertEquals(each, credit.view(post[0]).used());
        long afterIssue = ledger.balance(LedgerAccounts.OPERATOR_COUPON_SALES).balance();

        var ra = recipientsOf(a);
        long coupon = couponPages.sheet(ra.get(0).getToken()).coupons().get(0).id();
        refused(ErrorCode.VALIDATION_FAILED, () -> {
            discards.discard(pre[0], pre[1], coupon, "  ");
            return null;
        });
        refused(ErrorCode.ORDER_NOT_FOUND, () -> {
            discards.discard(post[0], post[1], coupon, "남의 쿠폰");
            return null;
        });
        discards.discard(pre[0], pre[1], coupon, "수신자 요청으로 폐기");
        assertEquals(100_000 - each, wallets.balance(pre[0]), "USE_CANCEL from coupon sales");
        assertEquals(com.bizbill.dispatch.RecipientCouponState.DISCARDED,
                couponPages.sheet(ra.get(0).getToken()).coupons().get(0).state());
        // CB-HIS-2: the order detail lists the recipient's coupon with its number and status, no longer discardable
        var listed = orders.couponsOf(List.of(ra.get(0).getId())).get(ra.get(0).getId()).get(0);
        assertEquals(com.bizbill.ordering.CouponStatus.DISCARDED, listed.status());
        assertEquals(dispatchSteps.coupon(coupon).getPin(), listed.number());
        assertFalse(listed.discardable());
        refused(ErrorCode.COUPON_NOT_DISCARDABLE, () -> {
            discards.discard(pre[0], pre[1], coupon, "두 번");
            return null;
        });
        assertEquals(100_000 - each, wallets.balance(pre[0]), "once");
        // a coupon the recipient used cannot be discarded: the supplier refuses, nothing moves
        long used = couponPages.sheet(ra.get(1).getToken()).coupons().get(0).id();
        supplierBooks.use(dispatchSteps.coupon(used).transactionId());
        refused(ErrorCode.COUPON_NOT_DISCARDABLE, () -> {
            discards.discard(null, null, used, "직원 폐기"); // staff
            return null;
        });
        assertEquals(100_000 - each, wallets.balance(pre[0]));

        // postpaid: staff discard; the credit of the order's month comes back and the receivable falls
        long postCoupon = couponPages.sheet(recipientsOf(b).get(0).getToken()).coupons().get(0).id();
        discards.discard(null, null, postCoupon, "주문자 요청");
        assertEquals(0, credit.view(post[0]).used());
        assertEquals(0, ledger.balance(LedgerAccounts.postpaidReceivable(post[0])).balance());
        long afterDiscards = ledger.balance(LedgerAccounts.OPERATOR_COUPON_SALES).balance();
        assertEquals(3 * each, Math.abs(afterIssue - sales), "three coupons sold");
        assertEquals(2 * each, Math.abs(afterDiscards - afterIssue), "two came back: sales hold only the used one");
        assertEquals(2L, em.createQuery("select count(x) from AuditEntry x where x.action = 'COUPON_DISCARDED' and "
                + "x.targetId in :t", Long.class).setParameter("t", List.of(dispatchSteps.coupon(coupon).transactionId(),
                dispatchSteps.coupon(postCoupon).transactionId())).getSingleResult());
        assertBooks(pre[0]);

        // review: a coupon discarded at the supplier (a discard whose answer was lost, or one made there) is discarded
        // here by the daily state refresh, and its price comes back
        long third = placement.place(pre[1], coffee(1)).getId();
        CouponOrder c3 = em.find(CouponOrder.class, third);
        dispatchAndReport(c3.getNumber(), since);
        long balance = wallets.balance(pre[0]);
        long atSupplierOnly = couponPages.sheet(recipientsOf(c3).get(0).getToken()).coupons().get(0).id();
        supplier.cancel(dispatchSteps.coupon(atSupplierOnly).transactionId());
        var refresh = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_STATE_REFRESH,
                LocalDate.now(clock).toString()));
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, refresh.getStatus(), refresh.getMessage());
        assertEquals(com.bizbill.ordering.CouponStatus.DISCARDED, dispatchSteps.coupon(atSupplierOnly).getStatus());
        assertEquals(balance + each, wallets.balance(pre[0]), "the supplier's discard refunded here");

        // review: a coupon whose recipient the dispatch has not settled yet (a paused run) is the dispatch's: no discard
        long owed = com.bizbill.catalog.SandboxSupplierBooks.DEFAULT_DEPOSIT - supplier.balance();
        CouponOrder paused = placement.place(pre[1], order(List.of(new PlaceOrder.Choice(product("SB-CF-001").getId(),
                30), new PlaceOrder.Choice(product("SB-BG-001").getId(), 30)), 1, null));
        try {
            supplierBooks.setDeposit(owed + 4_500); // room for the coffee, not for the burger: paused in between
            Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH, paused.getNumber()));
            long issuedUnsettled = em.createQuery("select c.id from OrderCoupon c where c.orderId = :o and c.status = :s",
                    Long.class).setParameter("o", paused.getId()).setParameter("s",
                    com.bizbill.ordering.CouponStatus.ISSUED).getSingleResult();
            refused(ErrorCode.COUPON_NOT_DISCARDABLE, () -> {
                discards.discard(pre[0], pre[1], issuedUnsettled, "결제 전 폐기");
                return null;
            });
        } finally {
            supplierBooks.setDeposit(null);
        }
        dispatchAndReport(paused.getNumber(), since);
        assertEquals(1, dispatchQueries.progress(paused.getNumber()).success());
        assertBooks(pre[0]);

        // issue 22 §7: staff find the recipient by number (masked in the list), see its timeline, ask the supplier
        var found = support.byMobile(ra.get(0).getMobile().substring(0, 3) + "-" + ra.get(0).getMobile().substring(3, 7)
                + "-" + ra.get(0).getMobile().substring(7), 0, 10);
        assertEquals(1, found.total());
        assertEquals(a.getNumber(), found.items().get(0).orderNumber());
        assertFalse(found.items().get(0).maskedMobile().contains(ra.get(0).getMobile().substring(3, 7)), "masked");
        List<String> kinds = support.timeline(ra.get(0).getId()).stream().map(com.bizbill.dispatch.RecipientSupport.Event::kind)
                .toList();
        assertTrue(kinds.containsAll(List.of("placed", "asked", "issued", "sent", "settled.SUCCESS", "discarded")),
                kinds.toString());
        assertEquals("DISCARDED", support.liveState(coupon));
        assertEquals("USED", support.liveState(used));
    }

    private void applyReports(java.time.Instant since) throws InterruptedException {
        Thread.sleep(1_100); // the sandbox reports a message a second after it took it
        for (var rep : gateway.reports(since, clock.instant().plusSeconds(2))) {
            reports.apply(rep);
        }
    }

    /** The latest code texted to {@code mobile} by the sandbox gateway. */
    private String textedCode(String mobile) {
        String body = sandboxGateway.sent(mobile, 0, 1).items().get(0).getBody();
        var m = java.util.regex.Pattern.compile("인증번호 (\\d{6})").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    /**
     * Issue 22 §1, CB-DSP-1 (the recipient's side), CB-DSP-4: the coupon link opens for its recipient only after the
     * number is proved by an SMS code; then each coupon with its number, validity and state as the supplier reports
     * it (refreshed by the daily job); the manual's discard notices; the link closes after the validity plus the grace.
     */
    @Test
    void issue22TheRecipientProvesTheNumberThenSeesTheCoupons() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "선물 보낸 회사");
        fixtures.wallet(c[0], 200_000);
        java.time.Instant since = clock.instant().minusSeconds(1);
        CouponOrder o = placement.place(c[1], order(List.of(new PlaceOrder.Choice(product("SB-CF-001").getId(), 30),
                new PlaceOrder.Choice(product("SB-BG-001").getId(), 30)), 2, null));
        dispatchAndReport(o.getNumber(), since);
        var r = recipientsOf(o).get(0);
        String token = r.getToken();
        String ip = "198.51.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);

        var link = couponPages.link(token).orElseThrow();
        assertTrue(link.sender().startsWith("선물 보낸 회사"), link.sender());
        assertEquals("연말 감사 선물", link.sendTitle());
        assertTrue(link.maskedMobile().contains("*"), "the number masked before the proof: " + link.maskedMobile());
        assertTrue(couponPages.link(token.substring(1) + "A").isEmpty(), "another token opens nothing");
        assertTrue(couponPages.link("../../etc/passwd").isEmpty());

        // the code goes to the recipient's own number; a wrong one fails and counts, the right one proves it once
        assertEquals(link.maskedMobile(), couponPages.sendCode(token, ip));
        String code = textedCode(r.getMobile());
        assertFalse(couponPages.verify(token, code.equals("000000") ? "111111" : "000000", ip));
        assertFalse(couponPages.verify(recipientsOf(o).get(1).getToken(), code, ip), "not the other recipient's code");
        assertTrue(couponPages.verify(token, code, ip));
        assertFalse(couponPages.verify(token, code, ip), "a code proves once");

        var sheet = couponPages.sheet(token);
        assertEquals(2, sheet.coupons().size());
        assertEquals(com.bizbill.dispatch.CouponPageRules.DiscardNotice.NONE, sheet.notice());
        var coffee = sheet.coupons().get(0);
        assertEquals("아메리카노 (Tall)", coffee.product());
        assertEquals(com.bizbill.dispatch.RecipientCouponState.ISSUED, coffee.state());
        assertEquals(LocalDate.now(clock).plusDays(30), coffee.validUntil());
        var row = dispatchSteps.coupon(coffee.id());
        assertEquals(row.getPin(), coffee.number());
        assertTrue(couponPages.barcode(token, coffee.id()).length > 100, "the barcode image");
        refused(ErrorCode.COUPON_LINK_INVALID, () -> couponPages.barcode(recipientsOf(o).get(1).getToken(),
                coffee.id())); // another recipient's link never shows this coupon

        // the supplier reports the coffee used: the daily job brings it to the page
        assertTrue(supplierBooks.use(row.transactionId()));
        var refresh = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_STATE_REFRESH,
                LocalDate.now(clock).toString()));
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, refresh.getStatus(), refresh.getMessage());
        assertEquals(com.bizbill.dispatch.RecipientCouponState.USED, couponPages.sheet(token).coupons().get(0).state());

        // the manual's discard cases: some discarded (notice under the save button), then all (under the verification)
        long burger = couponPages.sheet(token).coupons().get(1).id();
        supplier.cancel(dispatchSteps.coupon(burger).transactionId());
        dispatchSteps.discarded(burger);
        assertEquals(com.bizbill.dispatch.CouponPageRules.DiscardNotice.SOME, couponPages.sheet(token).notice());
        assertEquals(com.bizbill.dispatch.RecipientCouponState.DISCARDED, couponPages.sheet(token).coupons().get(1).state());
        var other = recipientsOf(o).get(1);
        for (var oc : couponPages.sheet(other.getToken()).coupons()) {
            supplier.cancel(dispatchSteps.coupon(oc.id()).transactionId());
            dispatchSteps.discarded(oc.id());
        }
        assertEquals(com.bizbill.dispatch.CouponPageRules.DiscardNotice.ALL,
                couponPages.sheet(other.getToken()).notice());

        // codes are limited per link (5 an hour) and tries per address
        String elsewhere = "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 1; i < 5; i++) {
            couponPages.sendCode(token, elsewhere + i);
        }
        refused(ErrorCode.COUPON_CODE_LIMIT, () -> couponPages.sendCode(token, elsewhere + "9"));
        String guesser = "192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < 30; i++) {
            couponPages.link(token);
            couponPages.verify(other.getToken(), "123456", guesser);
        }
        refused(ErrorCode.COUPON_CODE_LIMIT, () -> couponPages.verify(token, code, guesser));

        // the link closes 30 days after the last validity date
        demoClock.advance(java.time.Duration.ofDays(30 + 30));
        assertTrue(couponPages.link(token).isPresent(), "the last day of the grace");
        demoClock.advance(java.time.Duration.ofDays(2));
        assertTrue(couponPages.link(token).isEmpty(), "closed after the grace");
    }

    /**
     * Issue 21 tests, CB-DSP-1..4, CB-ORD-9: a general order of 10,000 recipients with the sandbox's failures mixed in:
     * a product sold out for one transaction in 20 (those recipients are errors: no message, their other coupon
     * discarded, their whole price back), a product whose every answer is lost (settled by a look-up), 100 numbers
     * without KakaoTalk (MMS), 100 that never receive (MMS, then FAILURE), 100 whose send answer is lost (settled by
     * the report).
     * Afterwards every recipient has its final state, each coupon was issued once at the supplier, each message was
     * sent once, and wallet, the sub-member's limit and the ledger are exact, money in flight back where it was.
     */
    @Test
    void issue21TenThousandRecipientsWithFailuresMixedInAreSettledExactlyOnce() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "만명 발송");
        long sub = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(1_000_000_000));
        long each = price("SB-BK-003", 30) + price("SB-PZ-002", 30);
        long start = 0;
        while (start < each * 10_000) {
            fixtures.wallet(c[0], 100_000_000); // one charge's maximum
            start += 100_000_000;
        }
        long inFlight = inFlight();
        long repeats = supplierBooks.repeatedIssues();
        java.time.Instant since = clock.instant().minusSeconds(1);
        List<RecipientRow> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String last = switch (i % 100) {
                case 7 -> com.bizbill.messaging.SandboxMessageGateway.NO_KAKAO_SUFFIX;
                case 13 -> com.bizbill.messaging.SandboxMessageGateway.NEVER_RECEIVES_SUFFIX;
                case 29 -> com.bizbill.messaging.SandboxMessageGateway.ANSWER_LOST_SUFFIX;
                default -> String.format("7%03d", i % 1000);
            };
            rows.add(new RecipientRow(String.format("010%04d%s", i, last), "수신" + i % 1000, "비즈상사", "대리"));
        }
        CouponOrder o = placement.place(sub, new PlaceOrder(null, QuotePricing.Kind.GENERAL, List.of(
                new PlaceOrder.Choice(product("SB-BK-003").getId(), 30),
                new PlaceOrder.Choice(product("SB-PZ-002").getId(), 30)), null, "연말 감사 선물", null, rows, false,
                template, true, null, null, true, UUID.randomUUID().toString()));
        assertEquals(each * 10_000, o.getFinalAmount());

        long t0 = System.nanoTime();
        var run = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH,
                o.getNumber()), java.time.Duration.ofMinutes(5));
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, run.getStatus(), run.getMessage());
        long t1 = System.nanoTime();
        java.time.Instant reported = since;
        for (int round = 0; round < 2; round++) { // the Alimtalks' reports, then the MMS fallbacks'
            Thread.sleep(1_100);
            java.time.Instant to = clock.instant().plusSeconds(2);
            for (var r : gateway.reports(reported, to)) {
                reports.apply(r);
            }
            reported = to.minusSeconds(3);
        }
        System.out.printf("issue 21: 10,000 recipients issued and sent in %d ms, reports applied in %d ms%n",
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);

        // the sold-out transactions are the sandbox's own choice: count them from our coupons' transaction ids
        List<String> macarons = em.createQuery("select c from OrderCoupon c where c.orderId = :o "
                + "and c.goodsCode = 'SB-BK-003'", com.bizbill.ordering.OrderCoupon.class)
                .setParameter("o", o.getId()).getResultStream().map(com.bizbill.ordering.OrderCoupon::transactionId)
                .toList();
        assertEquals(10_000, macarons.size(), "one coupon per product and recipient");
        long errors = macarons.stream().filter(com.bizbill.catalog.SandboxCouponSupplier::soldOut).count();
        assertTrue(errors > 300 && errors < 700, "about one in 20 sold out: " + errors);
        var recipients = recipientsOf(o);
        java.util.function.Predicate<com.bizbill.ordering.OrderRecipient> served =
                r -> r.getSendStatus() != com.bizbill.ordering.SendStatus.ERROR;
        long noKakao = recipients.stream().filter(served).filter(r -> r.getMobile().endsWith("8888")).count();
        long neverReceive = recipients.stream().filter(served).filter(r -> r.getMobile().endsWith("9999")).count();

        var progress = dispatchQueries.progress(o.getNumber());
        assertTrue(progress.isSettled(), progress.toString());
        assertEquals(errors, progress.error(), progress.toString());
        assertEquals(neverReceive, progress.failure(), progress.toString());
        assertEquals(10_000 - errors - neverReceive, progress.success(), progress.toString());
        assertEquals(OrderStatus.COMPLETED, orders.byNumber(c[0], o.getNumber()).getStatus());
        assertTrue(recipients.stream().filter(served.negate()).allMatch(r -> r.getMessageRef() == null),
                "no message without its coupon");
        // CB-ORD-9: every Alimtalk reported failed fell back to an MMS (which the never-receiving numbers lose too)
        assertEquals(noKakao + neverReceive, recipients.stream()
                .filter(r -> r.getChannel() == com.bizbill.messaging.MessageType.MMS).count(),
                "MMS for the failed Alimtalks, and only for them");

        // the supplier: every coupon once; the error recipients' pizzas discarded there
        assertEquals(repeats, supplierBooks.repeatedIssues(), "no transaction id asked twice");
        assertEquals(errors, couponCount(o, com.bizbill.ordering.CouponStatus.ISSUE_FAILED));
        assertEquals(2 * (10_000 - errors), couponCount(o, com.bizbill.ordering.CouponStatus.ISSUED));
        long atSupplier = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SANDBOX_SUPPLIER_COUPON s "
                + "JOIN ORDER_COUPON c ON s.TRANSACTION_ID = 'BZC' || TRIM(CAST(CAST(c.ID AS CHAR(20)) AS VARCHAR(20))) "
                + "WHERE c.ORDER_ID = ?").setParameter(1, o.getId()).getSingleResult()).longValue();
        assertEquals(couponCount(o, com.bizbill.ordering.CouponStatus.ISSUED)
                + couponCount(o, com.bizbill.ordering.CouponStatus.DISCARDED), atSupplier, "the supplier's books agree");
        // the gateway: each message once (one Alimtalk per served recipient, one MMS per fallback)
        assertEquals(List.of(), em.createQuery("select m.clientRef from SandboxMessage m where m.clientRef like 'CPN-%' "
                + "group by m.clientRef having count(m) > 1", String.class).getResultList(), "nothing sent twice");
        long sent = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SANDBOX_MESSAGE m JOIN ORDER_RECIPIENT r "
                + "ON m.CLIENT_REF IN ('CPN-' || TRIM(CAST(CAST(r.ID AS CHAR(20)) AS VARCHAR(20))) || '-A', "
                + "'CPN-' || TRIM(CAST(CAST(r.ID AS CHAR(20)) AS VARCHAR(20))) || '-M') WHERE r.ORDER_ID = ?")
                .setParameter(1, o.getId()).getSingleResult()).longValue();
        assertEquals(10_000 - errors + noKakao + neverReceive, sent);

        // money: the errors' whole price back, the rest confirmed; the limit holds what was confirmed
        long confirmed = each * (10_000 - errors);
        assertEquals(start - confirmed, wallets.balance(c[0]));
        assertEquals(confirmed, orders.memberUsed(sub, YearMonth.now(clock)), "the limit gives the errors back");
        assertEquals(inFlight, inFlight(), "money in flight settled");
        assertBooks(c[0]);
    }

    /**
     * CB-DSP-3 ERROR: a product that cannot be issued: its recipients get no message and their price back, and the
     * month's limits (the sub-member's, CB-MEM-6, and the cashable one, CB-CAT-2) are given back with it.
     */
    @Test
    void cbDsp3ACouponThatCannotBeIssuedGivesNoMessageAndThePriceBack() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "발급 실패");
        fixtures.wallet(c[0], 500_000);
        cashable.set(c[0], true, 100_000);
        long sub = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(400_000));
        long inFlight = inFlight();
        java.time.Instant since = clock.instant().minusSeconds(1);
        CouponOrder o = placement.place(sub, order(List.of(new PlaceOrder.Choice(product("SB-CF-001").getId(), 30),
                new PlaceOrder.Choice(product("SB-GC-001").getId(), 90),
                new PlaceOrder.Choice(product("SB-CK-004").getId(), 30)), 5, null));
        assertEquals(o.getFinalAmount(), orders.memberUsed(sub, YearMonth.now(clock)));
        assertEquals(price("SB-GC-001", 90) * 5, cashable.view(c[0]).used());
        long supplierBalance = supplier.balance();
        dispatchAndReport(o.getNumber(), since);
        var progress = dispatchQueries.progress(o.getNumber());
        assertEquals(5, progress.error(), progress.toString());
        assertEquals(OrderStatus.COMPLETED, orders.byNumber(c[0], o.getNumber()).getStatus());
        assertEquals(0, couponCount(o, com.bizbill.ordering.CouponStatus.ISSUED));
        assertEquals(10, couponCount(o, com.bizbill.ordering.CouponStatus.DISCARDED),
                "the coffees and gift cards were discarded");
        assertEquals(supplierBalance, supplier.balance(), "the supplier is owed nothing for them");
        assertEquals(500_000, wallets.balance(c[0]), "the whole price came back");
        assertEquals(0, orders.memberUsed(sub, YearMonth.now(clock)), "CB-MEM-6: the month's limit came back");
        assertEquals(0, cashable.view(c[0]).used(), "CB-CAT-2: the cashable limit came back");
        assertEquals(inFlight, inFlight());
        assertTrue(recipientsOf(o).stream().allMatch(r -> r.getMessageRef() == null), "no message");
        // the limits come back once, never beyond what the order took (partitions may return side by side)
        orders.returnLimits(o.getId(), 1_000_000, 1_000_000);
        assertEquals(0, orders.memberUsed(sub, YearMonth.now(clock)));
        assertEquals(0, cashable.view(c[0]).used());
        assertBooks(c[0]);
    }

    /**
     * Issue 21 §4: a crash between "asked the supplier" and "wrote its answer": the next run looks the coupon up and
     * adopts it (never issues again); one the supplier never got is settled as not issued once it is surely lost.
     */
    @Test
    void issue21ARunKilledMidIssueResumesWithNothingIssuedTwice() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "중단 재개");
        fixtures.wallet(c[0], 500_000);
        long repeats = supplierBooks.repeatedIssues();
        java.time.Instant since = clock.instant().minusSeconds(1);
        CouponOrder o = placement.place(c[1], coffee(2));
        CouponOrder started = dispatchSteps.begin(o.getNumber());
        List<Long> ids = recipientsOf(o).stream().map(com.bizbill.ordering.OrderRecipient::getId).toList();
        List<Long> coupons = dispatchSteps.prepare(started.getId(), ids);
        assertEquals(2, coupons.size());
        // the first: the supplier issued it, and the server died before our row heard of it
        supplier.issue(dispatchSteps.attempt(coupons.get(0)).request());
        // the second: marked as asked, and the server died before the call left
        dispatchSteps.attempt(coupons.get(1));

        var run = Deployments.awaitRun(jobs, jobs.start(com.bizbill.dispatch.DispatchJobs.COUPON_DISPATCH, o.getNumber()));
        assertEquals(com.bizbill.shared.jobs.JobRunStatus.COMPLETED, run.getStatus(), run.getMessage());
        assertEquals(com.bizbill.ordering.CouponStatus.ISSUED, dispatchSteps.coupon(coupons.get(0)).getStatus(),
                "adopted by a look-up");
        assertEquals(com.bizbill.ordering.CouponStatus.ISSUING, dispatchSteps.coupon(coupons.get(1)).getStatus(),
                "too early to call it lost");
        assertEquals(repeats, supplierBooks.repeatedIssues(), "nothing asked twice");

        demoClock.advance(java.time.Duration.ofMinutes(11));
        dispatchAndReport(o.getNumber(), since);
        assertEquals(com.bizbill.ordering.CouponStatus.ISSUE_FAILED, dispatchSteps.coupon(coupons.get(1)).getStatus(),
                "the supplier has no such coupon: not issued");
        var progress = dispatchQueries.progress(o.getNumber());
        assertEquals(1, progress.success(), progress.toString());
        assertEquals(1, progress.error(), progress.toString());
        assertEquals(repeats, supplierBooks.repeatedIssues(), "nothing asked twice");
        assertEquals(500_000 - price("SB-CF-001", 30), wallets.balance(c[0]), "the lost one's price came back");
        assertBooks(c[0]);
    }
}
