package com.bizbill.catalog;

import com.bizbill.shared.Page;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Issue 19 §4, CB-CAT-1: what coupon members browse: products on sale by category, searched by brand or product
 * name, a popular list per category (by orders of the last 30 days once orders exist; until then staff's order,
 * then name), and a product with its validity options at the prices that apply now.
 */
@Stateless
public class CatalogBrowsing {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    Clock clock;

    @Inject
    com.bizbill.ordering.OrderQueries orders;

    /** A product as a card in the list: the lowest price of its options now ("from …"). */
    public record Card(Product product, String brandName, String categoryName, long priceFrom) {
    }

    /** A product's page: its options at their prices now. */
    public record Detail(Product product, String brandName, String categoryName,
                         List<CatalogService.OptionPrice> options) {
    }

    /** The categories that have a product on sale, by name. */
    public List<Category> categories() {
        return em.createQuery("select distinct c from Category c, Product p where p.categoryId = c.id "
                + "and p.status = :s order by c.name", Category.class).setParameter("s", ProductStatus.ON_SALE)
                .getResultList();
    }

    public Page<Card> onSale(Long categoryId, String text, int page, int size) {
        StringBuilder where = new StringBuilder(" from Product p, Brand b, Category c where b.id = p.brandId and "
                + "c.id = p.categoryId and p.status = :s");
        boolean byText = text != null && !text.isBlank();
        if (byText) {
            where.append(" and (lower(p.name) like :t or lower(b.name) like :t)");
        }
        if (categoryId != null) {
            where.append(" and p.categoryId = :c");
        }
        var count = em.createQuery("select count(p)" + where, Long.class);
        var rows = em.createQuery("select p, b.name, c.name" + where
                + " order by case when p.popularRank is null then 1 else 0 end, p.popularRank, b.name, p.name",
                Object[].class);
        for (var q : List.of(count, rows)) {
            q.setParameter("s", ProductStatus.ON_SALE);
            if (byText) {
                q.setParameter("t", "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%");
            }
            if (categoryId != null) {
                q.setParameter("c", categoryId);
            }
        }
        Instant now = clock.instant();
        List<Card> cards = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> card((Product) r[0], (String) r[1], (String) r[2], now)).toList();
        return new Page<>(cards, page, size, count.getSingleResult());
    }

    /**
     * CB-CAT-1: the popular list of a category (all categories: null): the products most ordered in the last 30 days
     * (coupons ordered, cancelled reservations left out), then staff's order for the places orders do not fill.
     */
    public List<Card> popular(Long categoryId, int max) {
        Instant now = clock.instant();
        List<Card> out = new java.util.ArrayList<>();
        for (long id : orders.popularProducts(now.minus(java.time.Duration.ofDays(30)), 200)) {
            Product p = em.find(Product.class, id);
            if (out.size() < max && p != null && p.getStatus() == ProductStatus.ON_SALE
                    && (categoryId == null || categoryId == p.getCategoryId())) {
                out.add(card(p, em.find(Brand.class, p.getBrandId()).getName(),
                        em.find(Category.class, p.getCategoryId()).getName(), now));
            }
        }
        for (Card c : onSale(categoryId, null, 0, max).items()) {
            if (out.size() < max && out.stream().noneMatch(o -> o.product().getId().equals(c.product().getId()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** A product on sale with its offered options; anything else is not found (not on sale, unknown). */
    public Detail product(long productId) {
        Product p = em.find(Product.class, productId);
        if (p == null || p.getStatus() != ProductStatus.ON_SALE) {
            throw new CatalogException(ErrorCode.PRODUCT_NOT_FOUND, "no product on sale " + productId);
        }
        Instant now = clock.instant();
        List<CatalogService.OptionPrice> options = catalog.optionsOf(productId).stream()
                .filter(ProductOption::isOffered).map(o -> new CatalogService.OptionPrice(o,
                        catalog.priceAt(o.getId(), now), null, null)).toList();
        return new Detail(p, em.find(Brand.class, p.getBrandId()).getName(),
                em.find(Category.class, p.getCategoryId()).getName(), options);
    }

    private Card card(Product p, String brand, String category, Instant now) {
        long from = catalog.optionsOf(p.getId()).stream().filter(ProductOption::isOffered)
                .mapToLong(o -> catalog.priceAt(o.getId(), now)).min().orElse(p.getFaceValue());
        return new Card(p, brand, category, from);
    }
}
