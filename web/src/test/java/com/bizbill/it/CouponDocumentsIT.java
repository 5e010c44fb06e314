package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.MonthlyPurchaseLimit;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.PaymentType;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.OrderStatements;
import com.bizbill.ordering.PlaceOrder;
import com.bizbill.ordering.RecipientRow;
import com.bizbill.ordering.StatementDocuments;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 24: the coupon service's documents: transaction statements (§2, CB-STM-1). */
@ExtendWith(ArquillianExtension.class)
class CouponDocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(CouponDocumentsIT.class, Deployments.class, Fixtures.class,
                Acting.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    OrderStatements statements;

    @Inject
    com.bizbill.ordering.OrderPlacement placement;

    @Inject
    com.bizbill.dispatch.CouponDiscards discards;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private static BizbillException refused(ErrorCode code, Supplier<?> call) {
        BizbillException e = assertThrows(BizbillException.class, call::get);
        assertEquals(code, e.getCode(), e.getMessage());
        return e;
    }

    private CouponOrder order(String number) {
        return em.createQuery("select o from CouponOrder o where o.number = :n", CouponOrder.class)
                .setParameter("n", number).getSingleResult();
    }

    private List<OrderCoupon> coupons(long orderId) {
        return em.createQuery("select c from OrderCoupon c where c.orderId = :o order by c.id", OrderCoupon.class)
                .setParameter("o", orderId).getResultList();
    }

    /**
     * CB-STM-1: the statement of a master's and a sub-member's sent orders: the master's company as recipient for
     * both, "X 외 1건", the operator as supplier, confirmed amounts without the discarded coupon, the coupons issued,
     * the note; the same in the PDF's text and the Excel's cells. A reserved order is refused, naming it; a
     * sub-member cannot put the master's order on its statement.
     */
    @Test
    void cbStm1AStatementListsSentOrdersAndIssuedCouponsOnly() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "명세서");
        long sub = fixtures.subMember(c[1], MonthlyPurchaseLimit.of(200_000));
        String masterOrder = fixtures.couponLink(QuotePricing.Kind.GENERAL, c)[2];
        String subOrder = fixtures.couponLink(QuotePricing.Kind.GENERAL, new long[] {c[0], sub})[2];
        // one coupon of the master's order is discarded: not on the statement, its price not confirmed
        OrderCoupon discarded = coupons(order(masterOrder).getId()).get(0);
        discards.discard(c[0], c[1], discarded.getId(), "잘못 보냄");
        long product = em.createQuery("select p.id from Product p where p.supplierCode = 'SB-CF-001'", Long.class)
                .getSingleResult();
        CouponOrder reserved = placement.place(c[1], new PlaceOrder(null, QuotePricing.Kind.GENERAL,
                List.of(new PlaceOrder.Choice(product, 30)), null, "예약", java.time.LocalDateTime.now(clock).plusDays(2),
                List.of(new RecipientRow(Fixtures.mobile(), "예약자", null, null)), false, fixtures.template(), true, null,
                null, true, UUID.randomUUID().toString()));

        var s = statements.issue(c[1], List.of(subOrder, masterOrder));
        Organisation org = em.find(Organisation.class, c[0]);
        assertEquals(org.getName(), s.recipientCompany(), "the master's company, also for the sub-member's order");
        assertEquals(List.of(masterOrder, subOrder), s.orders().stream().map(OrderStatements.OrderLine::number).toList(),
                "in order time");
        assertEquals(order(masterOrder).getName() + " 외 1건", s.orderName());
        long issuedPrices = coupons(order(masterOrder).getId()).stream().filter(x -> x.getStatus() == CouponStatus.ISSUED)
                .mapToLong(OrderCoupon::getPrice).sum() + coupons(order(subOrder).getId()).stream()
                .filter(x -> x.getStatus() == CouponStatus.ISSUED).mapToLong(OrderCoupon::getPrice).sum();
        assertEquals(issuedPrices, s.total());
        assertEquals(order(masterOrder).getFinalAmount() - discarded.getPrice(), s.orders().get(0).confirmed());
        assertEquals(3, s.coupons().size(), "two and two coupons issued, one discarded");
        assertTrue(s.coupons().stream().noneMatch(x -> x.couponNumber().equals(discarded.getPin())));
        assertTrue(s.coupons().stream().allMatch(x -> x.couponNumber().contains("*")), "coupon numbers partly hidden");
        assertTrue(s.firstSent() != null && !s.lastSent().isBefore(s.firstSent()));
        assertTrue(s.number().matches("TS-\\d{4}-\\d{6}"), s.number());

        var reader = new com.lowagie.text.pdf.PdfReader(StatementDocuments.pdf(s));
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(p));
        }
        String pdf = text.toString().replaceAll("\\s+", ""); // words as read, whatever a narrow cell wrapped
        for (String expected : List.of("거래명세서", s.number(), " 외 1건", org.getName(), masterOrder, subOrder,
                com.bizbill.shared.i18n.Formats.KOREAN.won(s.total()), "세금계산서", s.supplier().businessNumber())) {
            assertTrue(pdf.contains(expected.replaceAll("\\s+", "")), () -> "the PDF says " + expected + ":\n" + pdf);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(StatementDocuments.excel(s, clock.getZone())))) {
            var sheet = wb.getSheet("거래명세서");
            assertEquals(s.number(), sheet.getRow(1).getCell(1).getStringCellValue());
            boolean totalFound = false;
            for (var row : sheet) {
                if (row.getCell(0) != null && "합계 금액".equals(row.getCell(0).getStringCellValue())) {
                    assertEquals(s.total(), (long) row.getCell(1).getNumericCellValue());
                    totalFound = true;
                }
            }
            assertTrue(totalFound);
            assertEquals(3, wb.getSheet("발급 쿠폰").getLastRowNum(), "a header and three coupons");
        }

        var e = refused(ErrorCode.STATEMENT_NOT_ALLOWED, () -> statements.issue(c[1], List.of(masterOrder,
                reserved.getNumber())));
        assertEquals(List.of(reserved.getNumber(), "RESERVED"), e.getFieldErrors().get(0).args());
        refused(ErrorCode.ORDER_NOT_FOUND, () -> statements.issue(sub, List.of(masterOrder)));
        assertEquals(List.of(subOrder), statements.issue(sub, List.of()).orders().stream()
                .map(OrderStatements.OrderLine::number).toList(), "a sub-member's \"all\" is its own sent orders");
        long[] other = fixtures.company(PaymentType.PREPAID, "남의 명세서");
        refused(ErrorCode.ORDER_NOT_FOUND, () -> statements.issue(other[1], List.of(masterOrder)));
        refused(ErrorCode.STATEMENT_NOT_ALLOWED, () -> statements.issue(other[1], List.of()));
    }

    @Inject
    com.bizbill.wallet.PaymentTypeSwitch switcher;

    @Inject
    com.bizbill.wallet.WalletService wallets;

    @Inject
    com.bizbill.wallet.CreditService credit;

    @Inject
    com.bizbill.wallet.RefundService refunds;

    /**
     * Issue 24 §4: not while an order is reserved; to postpaid only with a credit limit and a reason; the wallet's
     * balance stays (refundable) and new orders go on credit; back to prepaid they are paid from the wallet again.
     */
    @Test
    void staffSwitchAPrepaidCompanyToPostpaidByTheRules() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "결제 방식");
        fixtures.catalog();
        fixtures.wallet(c[0], 50_000);
        long product = em.createQuery("select p.id from Product p where p.supplierCode = 'SB-CF-001'", Long.class)
                .getSingleResult();
        long template = fixtures.template();
        java.util.function.Function<java.time.LocalDateTime, CouponOrder> order = at -> placement.place(c[1],
                new PlaceOrder(null, QuotePricing.Kind.GENERAL, List.of(new PlaceOrder.Choice(product, 30)), null, "선물",
                        at, List.of(new RecipientRow(Fixtures.mobile(), "받는이", null, null)), false, template, true, null,
                        null, true, UUID.randomUUID().toString()));
        CouponOrder reserved = order.apply(java.time.LocalDateTime.now(clock).plusDays(3));
        long balance = wallets.balance(c[0]);

        var open = refused(ErrorCode.PAYMENT_TYPE_NOT_SWITCHABLE, () -> switcher.switchTo(c[0], PaymentType.POSTPAID,
                300_000L, "계약 변경"));
        assertEquals(List.of(1L), open.getFieldErrors().get(0).args(), "says how many orders are open");
        placement.cancel(c[0], c[1], reserved.getNumber());
        balance = wallets.balance(c[0]);
        var noLimit = refused(ErrorCode.VALIDATION_FAILED, () -> switcher.switchTo(c[0], PaymentType.POSTPAID, null,
                "계약 변경"));
        assertEquals("creditLimit", noLimit.getFieldErrors().get(0).field());
        refused(ErrorCode.VALIDATION_FAILED, () -> switcher.switchTo(c[0], PaymentType.POSTPAID, 300_000L, " "));
        refused(ErrorCode.VALIDATION_FAILED, () -> switcher.switchTo(c[0], PaymentType.PREPAID, null, "같음"));

        assertEquals(PaymentType.POSTPAID, switcher.switchTo(c[0], PaymentType.POSTPAID, 300_000L, "계약 변경")
                .getPaymentType());
        assertEquals(300_000, credit.view(c[0]).limit());
        assertEquals(balance, wallets.balance(c[0]), "the prepaid balance stays, refundable");
        CouponOrder onCredit = order.apply(null);
        assertEquals(PaymentType.POSTPAID, onCredit.getPaymentType());
        assertEquals(onCredit.getFinalAmount(), credit.view(c[0]).used(), "paid on credit");
        assertEquals(balance, wallets.balance(c[0]), "not from the wallet");
        // the prepaid balance left stays refundable after the switch
        var refund = refunds.request(new com.bizbill.wallet.RefundService.RefundCommand(c[0], c[1], balance,
                new com.bizbill.wallet.BankAccount("KB국민은행", "123-456-789012", "홍길동"), "f.pdf", null, "후불 전환",
                UUID.randomUUID().toString()));
        assertEquals(balance, refund.getAmount());
        assertEquals(0, wallets.balance(c[0]));
        long audited = em.createQuery("select count(a) from AuditEntry a where a.action = 'PAYMENT_TYPE_CHANGED' "
                + "and a.organisationId = :o", Long.class).setParameter("o", c[0]).getSingleResult();
        assertEquals(1, audited);
    }

    @Inject
    com.bizbill.postpaid.PostpaidInvoices postpaid;

    @Inject
    com.bizbill.dispatch.Dispatcher dispatcher;

    @Inject
    com.bizbill.ledger.LedgerService ledger;

    @Inject
    com.bizbill.shared.time.DemoClockService demoClock;

    @Inject
    com.bizbill.shared.mail.Outbox outbox;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        if (!demoClock.offset().isZero()) {
            demoClock.reset();
        }
    }

    private long productId(String code) {
        return em.createQuery("select p.id from Product p where p.supplierCode = :c", Long.class).setParameter("c", code)
                .getSingleResult();
    }

    /** A postpaid order of the products to {@code recipients} people, dispatched at once. */
    private CouponOrder sent(long[] c, int recipients, String... codes) {
        List<RecipientRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            rows.add(new RecipientRow(Fixtures.mobile(), "수신" + i, null, null));
        }
        CouponOrder o = placement.place(c[1], new PlaceOrder(null, QuotePricing.Kind.GENERAL, java.util.Arrays.stream(codes)
                .map(code -> new PlaceOrder.Choice(productId(code), 30)).toList(), null, "후불 선물", null, rows, false,
                fixtures.template(), true, null, null, true, UUID.randomUUID().toString()));
        dispatcher.dispatch(o.getNumber(), em.createQuery("select r.id from OrderRecipient r where r.orderId = :o",
                Long.class).setParameter("o", o.getId()).getResultList());
        return o;
    }

    private long receivable(long organisationId) {
        return ledger.balance(com.bizbill.ledger.LedgerAccounts.postpaidReceivable(organisationId)).balance();
    }

    /**
     * CB-PST-2, CB-PST-3: the month's invoice bills the coupons issued (never the failed, nor one discarded before
     * it), once however often it runs; staff's adjustment and the payment post their entries; a coupon discarded after
     * its month was invoiced is deducted on the next invoice; the receivable always equals what is still to be paid.
     */
    @Test
    void cbPst2TheMonthsInvoiceBillsIssuedCouponsOnceAndCarriesLaterDiscardsOver() throws Exception {
        long[] c = fixtures.company(PaymentType.POSTPAID, "후불 청구");
        fixtures.catalog();
        credit.setLimit(c[0], 2_000_000);
        java.time.YearMonth month = java.time.YearMonth.now(clock);
        CouponOrder a = sent(c, 2, "SB-CF-001");
        CouponOrder never = sent(c, 1, "SB-CK-004"); // never issued: refunded, not billed
        CouponOrder b = sent(c, 1, "SB-BG-001");
        OrderCoupon burger = coupons(b.getId()).get(0);
        discards.discard(c[0], c[1], burger.getId(), "잘못 보냄"); // before the invoice: not billed
        long coffee = coupons(a.getId()).stream().filter(x -> x.getStatus() == CouponStatus.ISSUED).findFirst()
                .orElseThrow(() -> new AssertionError(coupons(a.getId()).stream().map(x -> x.getGoodsCode() + " "
                        + x.getStatus() + " " + x.getFailure()).toList() + " " + order(a.getNumber()).getStatus()))
                .getPrice();
        assertEquals(2 * coffee, receivable(c[0]), "only the two coffees are owed");

        // a month that is not over is not invoiced: it would bill part of it and block the rest
        refused(ErrorCode.VALIDATION_FAILED, () -> postpaid.issue(c[0], month));
        demoClock.advance(java.time.Duration.between(clock.instant(), month.plusMonths(1).atDay(1).atTime(2, 0)
                .atZone(clock.getZone()).toInstant()));
        var invoice = postpaid.issue(c[0], month).orElseThrow();
        assertEquals(2 * coffee, invoice.getSettled());
        assertEquals(0, invoice.getCarriedOver());
        assertEquals(2 * coffee, invoice.getBilled());
        var lines = postpaid.lines(invoice.getId());
        assertEquals(List.of(a.getNumber()), lines.stream().map(com.bizbill.postpaid.PostpaidInvoiceLine::getOrderNumber)
                .toList(), "the orders with nothing issued (" + never.getNumber() + ", and the discarded one) are not on it");
        assertEquals(a.getFinalAmount(), lines.get(0).getOrderAmount());
        assertEquals(2 * coffee, lines.get(0).getSettled());
        assertEquals(invoice.getId(), postpaid.issue(c[0], month).orElseThrow().getId(), "twice for a month: once");
        assertEquals(1L, em.createQuery("select count(i) from PostpaidInvoice i where i.organisationId = :o", Long.class)
                .setParameter("o", c[0]).getSingleResult());
        String master = em.find(com.bizbill.identity.Member.class, c[1]).getLoginId();
        assertTrue(outbox.list(master, 0, 10).items().stream().anyMatch(m -> m.getSubject().contains("후불 청구서")),
                "the master is mailed");
        assertEquals(List.of(invoice.getId()), postpaid.recent(c[1]).stream().map(com.bizbill.postpaid.PostpaidInvoice::getId)
                .toList());

        // staff lower it by 1,000 won with a reason, then it is paid: the receivable follows, nothing is owed
        refused(ErrorCode.VALIDATION_FAILED, () -> postpaid.adjust(invoice.getId(), 2 * coffee - 1_000, " "));
        assertEquals(2 * coffee - 1_000, postpaid.adjust(invoice.getId(), 2 * coffee - 1_000, "프로모션 할인").getBilled());
        assertEquals(2 * coffee - 1_000, receivable(c[0]));
        postpaid.markPaid(invoice.getId());
        postpaid.markPaid(invoice.getId()); // twice: paid once
        assertEquals(0, receivable(c[0]));
        refused(ErrorCode.CONFLICT, () -> postpaid.adjust(invoice.getId(), 0, "늦은 조정"));

        // a coffee of the invoiced month is discarded: carried over, deducted on next month's invoice
        long creditLeft = credit.view(c[0]).remaining();
        OrderCoupon late = coupons(a.getId()).stream().filter(x -> x.getStatus() == CouponStatus.ISSUED).findFirst()
                .orElseThrow();
        discards.discard(c[0], c[1], late.getId(), "받는 분 변경");
        assertEquals(-coffee, receivable(c[0]), "owed back");
        assertEquals(creditLeft, credit.view(c[0]).remaining(), "not given back to the invoiced month's credit");
        sent(c, 2, "SB-CF-001"); // next month's order, invoiced on the 1st after it
        demoClock.advance(java.time.Duration.between(clock.instant(), month.plusMonths(2).atDay(1).atTime(2, 0)
                .atZone(clock.getZone()).toInstant()));
        var nextInvoice = postpaid.issue(c[0], month.plusMonths(1)).orElseThrow();
        assertEquals(2 * coffee, nextInvoice.getSettled());
        assertEquals(coffee, nextInvoice.getCarriedOver());
        assertEquals(coffee, nextInvoice.getBilled(), "billed = settled - carried-over cancellations");
        assertEquals(nextInvoice.getBilled(), receivable(c[0]), "the receivable is what the open invoice bills");
        long otherMaster = fixtures.company(PaymentType.POSTPAID, "남의 청구")[1];
        refused(ErrorCode.POSTPAID_INVOICE_NOT_FOUND, () -> postpaid.own(otherMaster, nextInvoice.getId()));
    }
}
