package com.bizbill.catalog;

import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
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

    // ------------------------------------------------------------------ staff's selling side (issue 19 §3)

    @Inject
    com.bizbill.shared.context.CallContext callContext;

    /** A product as staff see it: with its brand and category names and its options at their current prices. */
    public record ProductRow(Product product, String brandName, String categoryName, List<OptionPrice> options) {
    }

    /** An option with the price that applies now and, if staff set one for later, the next price and when. */
    public record OptionPrice(ProductOption option, long price, Long nextPrice, Instant nextFrom) {
    }

    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.name", Category.class).getResultList();
    }

    /** Staff's product list: by brand or product name (or the supplier's code), category and status, paged. */
    public com.bizbill.shared.Page<ProductRow> search(String text, Long categoryId, ProductStatus status, int page,
                                                      int size) {
        StringBuilder where = new StringBuilder(" from Product p, Brand b, Category c where b.id = p.brandId "
                + "and c.id = p.categoryId");
        boolean byText = text != null && !text.isBlank();
        if (byText) {
            where.append(" and (lower(p.name) like :t or lower(b.name) like :t or lower(p.supplierCode) like :t)");
        }
        if (categoryId != null) {
            where.append(" and p.categoryId = :c");
        }
        if (status != null) {
            where.append(" and p.status = :s");
        }
        var count = em.createQuery("select count(p)" + where, Long.class);
        var rows = em.createQuery("select p, b.name, c.name" + where + " order by c.name, b.name, p.name", Object[].class);
        for (var q : List.of(count, rows)) {
            if (byText) {
                q.setParameter("t", "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%");
            }
            if (categoryId != null) {
                q.setParameter("c", categoryId);
            }
            if (status != null) {
                q.setParameter("s", status);
            }
        }
        Instant now = clock.instant();
        List<ProductRow> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new ProductRow((Product) r[0], (String) r[1], (String) r[2],
                        optionsOf(((Product) r[0]).getId()).stream().map(o -> priced(o, now)).toList())).toList();
        return new com.bizbill.shared.Page<>(items, page, size, count.getSingleResult());
    }

    /** The price of an option at {@code at}: the latest change that applies by then (issue 19 §3). */
    public long priceAt(long optionId, Instant at) {
        return em.createQuery("select c.price from ProductPriceChange c where c.optionId = :o and c.effectiveFrom <= :t "
                        + "order by c.effectiveFrom desc, c.id desc", Long.class).setParameter("o", optionId)
                .setParameter("t", at).setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> em.find(ProductOption.class, optionId).getSalePrice());
    }

    private OptionPrice priced(ProductOption o, Instant now) {
        long price = priceAt(o.getId(), now);
        ProductPriceChange next = em.createQuery("select c from ProductPriceChange c where c.optionId = :o "
                        + "and c.effectiveFrom > :t order by c.effectiveFrom, c.id", ProductPriceChange.class)
                .setParameter("o", o.getId()).setParameter("t", now).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
        return new OptionPrice(o, price, next == null ? null : next.getPrice(), next == null ? null
                : next.getEffectiveFrom());
    }

    /**
     * Staff set an option's sale price from {@code effectiveFrom} (null: now; never in the past): recorded with who
     * and when, and audited. Anniversary orders stop on a price change (a later issue reads these rows).
     */
    public ProductPriceChange changePrice(long optionId, long price, Instant effectiveFrom) {
        ProductOption o = em.find(ProductOption.class, optionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw new CatalogException(com.bizbill.shared.error.ErrorCode.PRODUCT_NOT_FOUND, "no option " + optionId);
        }
        Product p = em.find(Product.class, o.getProductId());
        if (price <= 0 || price > p.getFaceValue()) {
            throw CatalogException.field(com.bizbill.shared.error.ErrorCode.VALIDATION_FAILED, "price",
                    "catalog.price.range");
        }
        Instant now = clock.instant();
        Instant from = effectiveFrom == null || effectiveFrom.isBefore(now) ? now : effectiveFrom;
        long before = priceAt(optionId, now);
        ProductPriceChange change = new ProductPriceChange(optionId, price, from, callContext.actorName(), now);
        em.persist(change);
        if (!from.isAfter(now)) {
            o.price(price); // the option's own price follows the change that applies now
        }
        audit.record("PRODUCT_PRICE_CHANGED", "PRODUCT", p.getId(), null, before + " (" + o.getValidityDays() + "d)",
                price + " from " + com.bizbill.shared.i18n.Formats.KOREAN.dateTime(from));
        return change;
    }

    /** Staff put a product on sale or suspend it (CB-CAT-1); a discontinued one cannot be put on sale. */
    public void setStatus(long productId, ProductStatus status) {
        Product p = product(productId);
        ProductStatus before = p.getStatus();
        try {
            p.setStatusByStaff(status, clock.instant());
        } catch (IllegalStateException e) {
            throw new CatalogException(com.bizbill.shared.error.ErrorCode.CONFLICT, e.getMessage());
        }
        audit.record("PRODUCT_STATUS_CHANGED", "PRODUCT", productId, null, before.name(), status.name());
    }

    /**
     * CB-CAT-1: staff's place of a product in its category's popular list until orders exist (1 first; null: after
     * the ranked ones, by brand and name).
     */
    public void setPopularRank(long productId, Integer rank) {
        if (rank != null && (rank < 1 || rank > 999)) {
            throw CatalogException.field(ErrorCode.VALIDATION_FAILED, "rank", "catalog.rank.range");
        }
        Product p = product(productId);
        Integer before = p.getPopularRank();
        p.setPopularRank(rank);
        audit.record("PRODUCT_RANK_CHANGED", "PRODUCT", productId, null, String.valueOf(before), String.valueOf(rank));
    }

    /** CB-CAT-2: staff mark a product cashable (easy to turn into cash) or not. */
    public void setCashable(long productId, boolean cashable) {
        Product p = product(productId);
        boolean before = p.isCashable();
        p.setCashable(cashable, clock.instant());
        audit.record("PRODUCT_CASHABLE_CHANGED", "PRODUCT", productId, null, String.valueOf(before),
                String.valueOf(cashable));
    }

    private Product product(long productId) {
        Product p = em.find(Product.class, productId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new CatalogException(com.bizbill.shared.error.ErrorCode.PRODUCT_NOT_FOUND, "no product " + productId);
        }
        return p;
    }
}
