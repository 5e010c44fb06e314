package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.catalog.CatalogJobs;
import com.bizbill.catalog.CatalogRefreshWork;
import com.bizbill.catalog.CatalogService;
import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.Product;
import com.bizbill.catalog.ProductOption;
import com.bizbill.catalog.ProductStatus;
import com.bizbill.shared.jobs.JobRun;
import com.bizbill.shared.jobs.JobRunService;
import com.bizbill.shared.jobs.JobRunStatus;
import com.bizbill.shared.jobs.ItemOutcome;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19 §2: the coupon catalog kept from the (sandbox) supplier by the catalog job: run twice, nothing is
 * duplicated; staff's fields survive a refresh; a product the supplier stops selling or drops is discontinued,
 * never deleted.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(CatalogIT.class, Deployments.class, Fixtures.class, Acting.class);
    }

    @Inject
    JobRunService jobs;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogRefreshWork work;

    @Inject
    CouponSupplier supplier;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    Fixtures fixtures;

    @Inject
    com.bizbill.shared.context.CallContext callContext;

    @Inject
    com.bizbill.catalog.CashablePermissions cashable;

    @Inject
    com.bizbill.messaging.AlimtalkTemplates templates;

    @Inject
    com.bizbill.catalog.CatalogBrowsing browsing;

    @Inject
    com.bizbill.catalog.MemberLimits memberLimits;

    @Inject
    com.bizbill.catalog.CartService cart;

    @Inject
    com.bizbill.shared.audit.AuditLog audit;

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    private Product product(String code) {
        return em.createQuery("select p from Product p where p.supplierCode = :c", Product.class).setParameter("c", code)
                .getSingleResult();
    }

    @Test
    void issue19TheCatalogJobRunTwiceDuplicatesNothingAndKeepsStaffsFields() throws Exception {
        String today = LocalDate.now(clock).toString();
        JobRun first = Deployments.awaitRun(jobs, jobs.start(CatalogJobs.CATALOG_REFRESH, today));
        assertEquals(JobRunStatus.COMPLETED, first.getStatus(), first.getMessage());
        int listed = supplier.goods(1, 1_000).total();
        long products = count("Product");
        long options = count("ProductOption");
        long prices = count("ProductPriceChange");
        assertTrue(products >= listed, products + " products for " + listed + " listed");
        assertEquals(10, count("Brand"), "the sandbox's ten fictional brands");
        // CB-CAT-1: validity options with their own prices, shorter ones cheaper; one price record per option
        Product coffee = product("SB-CF-001");
        assertEquals(ProductStatus.ON_SALE, coffee.getStatus());
        List<ProductOption> coffeeOptions = catalog.optionsOf(coffee.getId());
        assertEquals(List.of(30, 60, 90), coffeeOptions.stream().map(ProductOption::getValidityDays).toList());
        assertTrue(coffeeOptions.get(0).getSalePrice() < coffeeOptions.get(2).getSalePrice());
        assertEquals(coffee.getFaceValue(), coffeeOptions.get(2).getSalePrice());
        assertEquals(0L, em.createQuery("select count(o) from ProductOption o, Product p where o.productId = p.id "
                + "and p.supplierCode like 'SB-%' and (select count(c) from ProductPriceChange c where c.optionId = o.id) "
                + "<> 1", Long.class).getSingleResult(), "each option the job created starts with one recorded price");
        assertTrue(product("SB-GC-001").isCashable(), "gift cards are cashable");
        assertEquals(ProductStatus.DISCONTINUED, product("SB-CV-003").getStatus(), "the supplier does not sell it");

        // staff suspend a product; the refresh run again changes nothing of theirs and adds nothing
        tx.begin();
        em.find(Product.class, coffee.getId()).setStatusByStaff(ProductStatus.SUSPENDED, clock.instant());
        tx.commit();
        var again = Deployments.runWork(work, today);
        assertEquals(0, again.done(), "nothing changed at the supplier: every product skipped");
        assertEquals(listed, again.skipped());
        assertEquals(products, count("Product"));
        assertEquals(options, count("ProductOption"));
        assertEquals(prices, count("ProductPriceChange"));
        assertEquals(ProductStatus.SUSPENDED, product("SB-CF-001").getStatus(), "staff's status stays");

        // a product the supplier no longer lists is discontinued after a full listing, and kept
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(ItemOutcome.DONE, catalog.merge(new CouponSupplier.Goods(code, "사라질 상품", "sb-24mart", "24마트",
                "CONVENIENCE", "편의점", 2_000, List.of(30), null, false, true), "older-run"));
        assertEquals(ProductStatus.ON_SALE, product(code).getStatus());
        var third = Deployments.runWork(work, today);
        assertEquals(0, third.inError());
        assertEquals(ProductStatus.DISCONTINUED, product(code).getStatus());
        assertFalse(catalog.optionsOf(product(code).getId()).isEmpty(), "its options are kept too");
        tx.begin();
        em.find(Product.class, coffee.getId()).setStatusByStaff(ProductStatus.ON_SALE, clock.instant());
        tx.commit();
    }

    /**
     * Issue 19 §3: staff's price changes apply from the time they give (now or later), are recorded with who and
     * when and audited; a price above the face value is refused.
     */
    @Test
    void issue19AStaffPriceChangeAppliesFromItsTimeAndIsRecorded() throws Exception {
        Acting.asStaff(callContext, "catalog-it");
        String code = "IT-P-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.merge(new CouponSupplier.Goods(code, "가격 시험 상품", "sb-morningbean", "모닝빈 커피", "CAFE", "카페",
                10_000, List.of(30, 90), null, false, true), "price-test");
        ProductOption d30 = catalog.optionsOf(product(code).getId()).get(0);
        java.time.Instant now = clock.instant();
        assertEquals(9_900, catalog.priceAt(d30.getId(), now), "the default: face −1 % for 30 days");
        catalog.changePrice(d30.getId(), 9_500, null);
        assertEquals(9_500, catalog.priceAt(d30.getId(), clock.instant()));
        java.time.Instant later = clock.instant().plus(java.time.Duration.ofDays(2));
        catalog.changePrice(d30.getId(), 9_000, later);
        assertEquals(9_500, catalog.priceAt(d30.getId(), clock.instant()), "not yet");
        assertEquals(9_000, catalog.priceAt(d30.getId(), later.plusSeconds(1)), "from its time");
        var row = catalog.search(code, null, null, 0, 5).items().get(0);
        assertEquals(9_500, row.options().get(0).price());
        assertEquals(9_000L, row.options().get(0).nextPrice());
        assertEquals(com.bizbill.shared.error.ErrorCode.VALIDATION_FAILED, org.junit.jupiter.api.Assertions.assertThrows(
                com.bizbill.shared.error.BizbillException.class, () -> catalog.changePrice(d30.getId(), 10_001, null)).getCode());
        assertEquals(3L, em.createQuery("select count(c) from ProductPriceChange c where c.optionId = :o", Long.class)
                .setParameter("o", d30.getId()).getSingleResult(), "the default and two changes");
        assertTrue(em.createQuery("select count(a) from AuditEntry a where a.action = 'PRODUCT_PRICE_CHANGED' "
                + "and a.targetId = :p", Long.class).setParameter("p", String.valueOf(product(code).getId()))
                .getSingleResult() >= 2);
    }

    /** CB-CAT-2: staff grant a coupon company the cashable permission with a monthly limit, shown as remaining/limit. */
    @Test
    void cbCat2CashablePermissionAndMonthlyLimitAreStaffsAndAudited() throws Exception {
        Acting.asStaff(callContext, "catalog-it");
        long[] company = fixtures.company(com.bizbill.identity.PaymentType.PREPAID, "환금성");
        var none = cashable.view(company[0]);
        assertFalse(none.permitted(), "no permission until staff grant it");
        assertEquals(0, none.remaining());
        var granted = cashable.set(company[0], true, 300_000);
        assertTrue(granted.permitted());
        assertEquals(300_000, granted.monthlyLimit());
        assertEquals(300_000, granted.remaining(), "nothing ordered yet this month");
        assertTrue(cashable.all().stream().anyMatch(v -> v.organisationId() == company[0] && v.permitted()));
        assertEquals(com.bizbill.shared.error.ErrorCode.AMOUNT_OUT_OF_RANGE, org.junit.jupiter.api.Assertions.assertThrows(
                com.bizbill.shared.error.BizbillException.class, () -> cashable.set(company[0], true, -1)).getCode());
        long[] billing = fixtures.customer(com.bizbill.billing.PaymentMethod.BANK_TRANSFER, "비쿠폰", "cash-");
        long billingOrg = em.find(com.bizbill.billing.BillingAccount.class, billing[0]).getOrganisation().getId();
        org.junit.jupiter.api.Assertions.assertThrows(com.bizbill.shared.error.BizbillException.class,
                () -> cashable.view(billingOrg), "only coupon companies have the permission");
        assertTrue(em.createQuery("select count(a) from AuditEntry a where a.action = 'CASHABLE_PERMISSION_SET' "
                + "and a.organisationId = :o", Long.class).setParameter("o", company[0]).getSingleResult() >= 1);
    }

    /** Issue 19 §3: staff keep the Alimtalk templates; only the three variables are accepted; a code is registered once. */
    @Test
    void issue19AlimtalkTemplatesAcceptOnlyTheirVariablesAndAreAudited() throws Exception {
        Acting.asStaff(callContext, "catalog-it");
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8);
        var t = templates.save(null, "birthday", "생일 축하", code, "#{이름}님, #{회사명}에서 생일을 축하합니다.", true);
        assertTrue(templates.active().stream().anyMatch(x -> x.getId().equals(t.getId())));
        assertEquals("catalog-images/cards/birthday.svg", t.getCardImage());
        var bad = org.junit.jupiter.api.Assertions.assertThrows(com.bizbill.shared.error.BizbillException.class,
                () -> templates.save(null, "birthday", "주소", code + "x", "#{주소}로 보냅니다", true));
        assertEquals("message", bad.getFieldErrors().get(0).field());
        var taken = org.junit.jupiter.api.Assertions.assertThrows(com.bizbill.shared.error.BizbillException.class,
                () -> templates.save(null, "thanks", "다른 이름", code, "감사합니다", true));
        assertEquals("templateCode", taken.getFieldErrors().get(0).field());
        templates.save(t.getId(), "birthday", "생일 축하", null, "#{이름}님 생일 축하해요", false);
        assertTrue(templates.active().stream().noneMatch(x -> x.getId().equals(t.getId())), "switched off, kept");
        assertTrue(templates.all().stream().anyMatch(x -> x.getId().equals(t.getId())));
        assertEquals(2L, em.createQuery("select count(a) from AuditEntry a where a.action = 'ALIMTALK_TEMPLATE_SAVED' "
                + "and a.targetId = :t", Long.class).setParameter("t", String.valueOf(t.getId())).getSingleResult());
    }

    /**
     * Issue 19 §4, CB-CAT-1: members browse what is on sale by category and by brand or product name, popular (staff's
     * order) first; a product page shows its offered options at today's prices; a suspended product is not offered.
     */
    @Test
    void cbCat1MembersBrowseOnSaleProductsByCategoryAndSearch() throws Exception {
        Acting.asStaff(callContext, "catalog-it");
        Deployments.runWork(work, LocalDate.now(clock).toString()); // the catalog is there whatever ran before
        assertTrue(browsing.categories().stream().anyMatch(c -> c.getName().equals("카페")));
        var cafe = browsing.categories().stream().filter(c -> c.getName().equals("카페")).findFirst().orElseThrow();
        var cards = browsing.onSale(cafe.getId(), null, 0, 50).items();
        assertFalse(cards.isEmpty());
        assertTrue(cards.stream().allMatch(k -> k.categoryName().equals("카페")
                && k.product().getStatus() == ProductStatus.ON_SALE));
        var byBrand = browsing.onSale(null, "모닝빈", 0, 50).items();
        assertTrue(byBrand.size() >= 3 && byBrand.stream().allMatch(k -> k.brandName().contains("모닝빈")), byBrand.toString());
        Product latte = product("SB-CF-002");
        var card = byBrand.stream().filter(k -> k.product().getId().equals(latte.getId())).findFirst().orElseThrow();
        assertEquals(catalog.optionsOf(latte.getId()).stream().mapToLong(o -> catalog.priceAt(o.getId(), clock.instant()))
                .min().orElseThrow(), card.priceFrom(), "the card shows the lowest price now");
        // staff's popular order comes first (CB-CAT-1), set through the service (audited; 1..999)
        catalog.setPopularRank(latte.getId(), 1);
        assertEquals(com.bizbill.shared.error.ErrorCode.VALIDATION_FAILED, org.junit.jupiter.api.Assertions.assertThrows(
                com.bizbill.shared.error.BizbillException.class, () -> catalog.setPopularRank(latte.getId(), 0)).getCode());
        // products ordered in the last 30 days come first (other tests and journeys may have ordered cafe products in
        // this shared database); after them, staff's order
        List<Long> ordered = em.createQuery("select distinct i.productId from OrderItem i, CouponOrder o where "
                + "i.orderId = o.id and o.placedAt >= :since and o.status <> :c", Long.class)
                .setParameter("since", clock.instant().minus(java.time.Duration.ofDays(30)))
                .setParameter("c", com.bizbill.ordering.OrderStatus.RESERVATION_CANCELLED).getResultList();
        assertEquals(latte.getId(), browsing.popular(cafe.getId(), 20).stream().map(k -> k.product().getId())
                .filter(id -> !ordered.contains(id) || id.equals(latte.getId())).findFirst().orElseThrow());
        var detail = browsing.product(latte.getId());
        assertEquals(List.of(30, 60, 90), detail.options().stream().map(o -> o.option().getValidityDays()).toList());
        // a suspended product is neither listed nor shown
        catalog.setStatus(latte.getId(), ProductStatus.SUSPENDED);
        try {
            assertTrue(browsing.onSale(null, "카페라떼", 0, 50).items().stream()
                    .noneMatch(k -> k.product().getId().equals(latte.getId())));
            assertEquals(com.bizbill.shared.error.ErrorCode.PRODUCT_NOT_FOUND, org.junit.jupiter.api.Assertions.assertThrows(
                    com.bizbill.shared.error.BizbillException.class, () -> browsing.product(latte.getId())).getCode());
        } finally {
            catalog.setStatus(latte.getId(), ProductStatus.ON_SALE);
            catalog.setPopularRank(latte.getId(), null);
        }
        // a master may buy; a sub-member only once the master set a monthly limit (CB-MEM-6)
        long[] company = fixtures.company(com.bizbill.identity.PaymentType.PREPAID, "둘러보기");
        assertTrue(memberLimits.mayBuy(company[1]));
    }

    /**
     * Issue 19 §5, CB-CART-1, CB-ORD-5: a member's cart (a product once; the validity chosen sets the price) and the
     * quote of the ticked lines: general Σ × recipients, selectable the dearest × recipients, numbered, Korean PDF
     * with both companies; another member's lines are not theirs.
     */
    @Test
    void cbCart1TheCartAndItsQuote() throws Exception {
        Acting.asStaff(callContext, "catalog-it");
        Deployments.runWork(work, LocalDate.now(clock).toString());
        long[] company = fixtures.company(com.bizbill.identity.PaymentType.PREPAID, "견적");
        long[] other = fixtures.company(com.bizbill.identity.PaymentType.PREPAID, "남의");
        Product americano = product("SB-CF-001");
        Product chicken = product("SB-CK-001");
        var a = cart.add(company[1], americano.getId(), 90);
        var c = cart.add(company[1], chicken.getId(), 30);
        cart.add(company[1], americano.getId(), 90); // again: still one line
        var rows = cart.rows(company[1]);
        assertEquals(2, rows.size());
        long americano90 = rows.get(0).price();
        assertEquals(americano.getFaceValue(), americano90, "90 days: the face value by default");
        // CB-ORD-5: another validity, another price
        cart.changeValidity(company[1], a.getId(), 30);
        long americano30 = cart.rows(company[1]).get(0).price();
        assertTrue(americano30 < americano90);
        assertEquals(com.bizbill.shared.error.ErrorCode.VALIDATION_FAILED, org.junit.jupiter.api.Assertions.assertThrows(
                com.bizbill.shared.error.BizbillException.class, () -> cart.changeValidity(company[1], a.getId(), 45))
                .getCode(), "a validity the product does not come with");
        // another member cannot touch these lines, nor quote them
        org.junit.jupiter.api.Assertions.assertThrows(com.bizbill.shared.error.BizbillException.class,
                () -> cart.remove(other[1], a.getId()));
        org.junit.jupiter.api.Assertions.assertThrows(com.bizbill.shared.error.BizbillException.class,
                () -> cart.quote(other[1], List.of(a.getId(), c.getId()), com.bizbill.catalog.QuotePricing.Kind.GENERAL, 3));

        long chicken30 = cart.rows(company[1]).get(1).price();
        var general = cart.quote(company[1], List.of(a.getId(), c.getId()), com.bizbill.catalog.QuotePricing.Kind.GENERAL, 3);
        assertEquals((americano30 + chicken30) * 3, general.amounts().finalTotal());
        assertEquals((americano.getFaceValue() + chicken.getFaceValue()) * 3, general.amounts().faceTotal());
        var selectable = cart.quote(company[1], List.of(a.getId(), c.getId()),
                com.bizbill.catalog.QuotePricing.Kind.SELECTABLE, 3);
        assertEquals(Math.max(americano30, chicken30) * 3, selectable.amounts().finalTotal());
        assertTrue(selectable.number().compareTo(general.number()) > 0, "numbered in order");

        byte[] pdf = cart.quotePdf(company[1], List.of(a.getId(), c.getId()), com.bizbill.catalog.QuotePricing.Kind.GENERAL, 3);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        String companyName = em.find(com.bizbill.identity.Organisation.class, company[0]).getName();
        assertTrue(text.contains("견적서") && text.contains("견적 번호") && text.contains(companyName)
                && text.contains("220-81-62517") && text.contains("아메리카노") && text.contains("30일")
                && text.contains(String.format("%,d원", (americano30 + chicken30) * 3)) && text.contains("발행자"), text);
        cart.remove(company[1], c.getId());
        assertEquals(1, cart.rows(company[1]).size());
    }

    @Inject
    com.bizbill.catalog.SandboxSupplierBooks supplierBooks;

    /**
     * Issue 21 §2 (designed with the catalog, issue 19 §1): the sandbox supplier keeps its own books by our transaction
     * id: an issue is booked once (a repeat is refused and counted), a lost answer is found by a look-up, a product
     * that cannot be issued is refused, a discarded coupon gives the deposit back.
     */
    @Test
    void issue21TheSandboxSupplierIssuesOncePerTransactionIdAndALostAnswerIsFoundByLookUp() {
        fixtures.catalog();
        long balance = supplier.balance();
        String tx = "IT-" + UUID.randomUUID();
        CouponSupplier.IssuedCoupon c = supplier.issue(new CouponSupplier.IssueRequest(tx, "SB-CF-001", 30));
        assertEquals(12, c.pin().length());
        assertEquals(balance - 4_500, supplier.balance(), "the face value is owed to the supplier");
        assertEquals(com.bizbill.shared.error.ErrorCode.COUPON_SUPPLIER_REFUSED, org.junit.jupiter.api.Assertions
                .assertThrows(com.bizbill.shared.error.BizbillException.class,
                        () -> supplier.issue(new CouponSupplier.IssueRequest(tx, "SB-CF-001", 30))).getCode());
        assertEquals(CouponSupplier.CouponState.ISSUED, supplier.lookup(tx).orElseThrow().state());
        assertEquals(balance - 4_500, supplier.balance(), "the repeat issued nothing");
        long repeats = supplierBooks.repeatedIssues();
        assertTrue(repeats >= 1, "the repeat is counted");

        String lost = "IT-" + UUID.randomUUID();
        org.junit.jupiter.api.Assertions.assertThrows(com.bizbill.catalog.SupplierOutcomeUnknown.class,
                () -> supplier.issue(new CouponSupplier.IssueRequest(lost, "SB-PZ-002", 30)));
        assertEquals(CouponSupplier.CouponState.ISSUED, supplier.lookup(lost).orElseThrow().state(),
                "issued although the answer was lost");
        assertTrue(supplier.lookup("IT-never-" + UUID.randomUUID()).isEmpty());
        assertEquals(com.bizbill.shared.error.ErrorCode.COUPON_SUPPLIER_REFUSED, org.junit.jupiter.api.Assertions
                .assertThrows(com.bizbill.shared.error.BizbillException.class, () -> supplier.issue(
                        new CouponSupplier.IssueRequest("IT-" + UUID.randomUUID(), "SB-CK-004", 30))).getCode());

        supplier.cancel(tx);
        assertEquals(CouponSupplier.CouponState.DISCARDED, supplier.lookup(tx).orElseThrow().state());
        supplier.cancel(lost);
        assertEquals(balance, supplier.balance(), "discarded coupons are owed no more");
    }
}
