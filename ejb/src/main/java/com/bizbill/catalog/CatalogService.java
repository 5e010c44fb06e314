package com.bizbill.catalog;

import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.jobs.ItemOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 19 §2: keeps the catalog from the supplier's goods list, one product per transaction, by the supplier's
 * codes (a run twice duplicates nothing): brands and categories found or created, a new product on sale with its
 * validity options at their default prices (each price recorded as a {@link ProductPriceChange}), a known one
 * refreshed (the supplier's fields only), and after a full listing the products it no longer lists discontinued.
 */
@Stateless
public class CatalogService {

    /** Who set the default prices of options the catalog created. */
    static final String CATALOG = "catalog-refresh";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** DONE when the product was created or changed, SKIPPED when the supplier's listing changed nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ItemOutcome merge(CouponSupplier.Goods g, String period) {
        if (g.goodsCode() == null || g.goodsCode().isBlank() || g.goodsCode().length() > 40) {
            throw new IllegalArgumentException("goods without a usable code: " + g.goodsCode());
        }
        Instant now = clock.instant();
        Brand brand = brand(g.brandCode(), g.brandName());
        Category category = category(g.categoryCode(), g.categoryName());
        Optional<Product> known = em.createQuery("select p from Product p where p.supplierCode = :c", Product.class)
                .setParameter("c", g.goodsCode()).getResultStream().findFirst();
        boolean changed;
        Product p;
        if (known.isEmpty()) {
            p = new Product(g.goodsCode(), g.name(), brand.getId(), category.getId(), g.faceValue(), g.imageUrl(),
                    g.cashable(), g.onSale(), period, now);
            em.persist(p);
            em.flush();
            changed = true;
        } else {
            p = known.get();
            changed = p.refresh(g.name(), brand.getId(), category.getId(), g.faceValue(), g.imageUrl(), g.onSale(),
                    period, now);
        }
        changed |= options(p, g.validityDays(), now);
        return changed ? ItemOutcome.DONE : ItemOutcome.SKIPPED;
    }

    /** The validity options the supplier offers: new ones at their default price, missing ones no longer offered. */
    private boolean options(Product p, List<Integer> days, Instant now) {
        List<ProductOption> existing = em.createQuery("select o from ProductOption o where o.productId = :p",
                ProductOption.class).setParameter("p", p.getId()).getResultList();
        Set<Integer> offered = new HashSet<>(days);
        boolean changed = false;
        Set<Integer> have = new HashSet<>();
        for (ProductOption o : existing) {
            have.add(o.getValidityDays());
            changed |= o.offered(offered.contains(o.getValidityDays()));
        }
        for (int d : days) {
            if (d > 0 && d <= 3_650 && have.add(d)) {
                ProductOption o = new ProductOption(p.getId(), d, DefaultPrices.of(p.getFaceValue(), d));
                em.persist(o);
                em.flush();
                em.persist(new ProductPriceChange(o.getId(), o.getSalePrice(), now, CATALOG, now));
                changed = true;
            }
        }
        return changed;
    }

    private Brand brand(String code, String name) {
        String c = code == null || code.isBlank() ? "-" : code;
        Brand b = em.createQuery("select b from Brand b where b.supplierCode = :c", Brand.class).setParameter("c", c)
                .getResultStream().findFirst().orElse(null);
        if (b == null) {
            b = new Brand(c, name == null || name.isBlank() ? c : name);
            em.persist(b);
            em.flush();
        } else {
            b.rename(name);
        }
        return b;
    }

    private Category category(String code, String name) {
        String c = code == null || code.isBlank() ? "-" : code;
        Category k = em.createQuery("select k from Category k where k.supplierCode = :c", Category.class)
                .setParameter("c", c).getResultStream().findFirst().orElse(null);
        if (k == null) {
            k = new Category(c, name == null || name.isBlank() ? c : name);
            em.persist(k);
            em.flush();
        } else {
            k.rename(name);
        }
        return k;
    }

    /**
     * After a full listing of {@code period}: every product the listing did not name was dropped by the supplier
     * and is discontinued (never deleted). Returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int discontinueUnlisted(String period) {
        List<Product> gone = em.createQuery("select p from Product p where (p.lastSeen is null or p.lastSeen <> :s) "
                + "and p.status <> :d", Product.class).setParameter("s", period)
                .setParameter("d", ProductStatus.DISCONTINUED).getResultList();
        Instant now = clock.instant();
        gone.forEach(p -> p.dropped(now));
        if (!gone.isEmpty()) {
            audit.record("PRODUCTS_DISCONTINUED", "CATALOG", null, null, null,
                    "period=" + period + ", products=" + gone.size());
        }
        return gone.size();
    }

    /** The catalog's products in supplier-code order (staff screens come with §3). */
    public List<Product> products(int max) {
        return em.createQuery("select p from Product p order by p.supplierCode", Product.class).setMaxResults(max)
                .getResultList();
    }

    public List<ProductOption> optionsOf(long productId) {
        return em.createQuery("select o from ProductOption o where o.productId = :p order by o.validityDays",
                ProductOption.class).setParameter("p", productId).getResultList();
    }
}
