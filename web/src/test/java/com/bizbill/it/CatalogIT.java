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
        return Deployments.application().addClasses(CatalogIT.class, Deployments.class, Fixtures.class);
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
        assertEquals(options, prices, "each option starts with one recorded price");
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
}
