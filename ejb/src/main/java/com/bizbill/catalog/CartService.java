package com.bizbill.catalog;

import com.bizbill.identity.Member;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.pdf.OperatorDetails;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Issue 19 §5, CB-CART-1, CB-ORD-5: a member's cart (a product once, with its chosen validity; changing the validity
 * changes the price) and the quote (견적서) issued from it, numbered, as a PDF with the operator's and the customer's
 * company details and the order's pricing rules ({@link QuotePricing}).
 */
@Stateless
public class CartService {

    /** A cart holds at most this many products. */
    public static final int MAX_LINES = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogBrowsing browsing;

    @Inject
    CatalogService catalog;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** A line as shown: the product, its brand and the price of the chosen validity now. */
    public record Row(CartLine line, Product product, String brandName, List<Integer> validities, long price) {
    }

    /** Adds a product on sale with one of its offered validities (a product already in the cart takes the new one). */
    public CartLine add(long memberId, long productId, int validityDays) {
        CatalogBrowsing.Detail d = browsing.product(productId); // on sale, or not found
        requireOffered(d, validityDays);
        Optional<CartLine> known = line(memberId, productId);
        if (known.isPresent()) {
            known.get().validity(validityDays);
            return known.get();
        }
        long lines = em.createQuery("select count(c) from CartLine c where c.memberId = :m", Long.class)
                .setParameter("m", memberId).getSingleResult();
        if (lines >= MAX_LINES) {
            throw new CatalogException(ErrorCode.VALIDATION_FAILED, "the cart is full",
                    List.of(new BizbillException.FieldError("cart", "cart.full")));
        }
        CartLine c = new CartLine(memberId, productId, validityDays, clock.instant());
        em.persist(c);
        return c;
    }

    /** CB-ORD-5: another validity of a line in the member's own cart; the price follows. */
    public void changeValidity(long memberId, long lineId, int validityDays) {
        CartLine c = own(memberId, lineId);
        requireOffered(browsing.product(c.getProductId()), validityDays);
        c.validity(validityDays);
    }

    public void remove(long memberId, long lineId) {
        em.remove(own(memberId, lineId));
    }

    /** The member's cart, oldest first; a product no longer on sale is left out (it cannot be ordered). */
    public List<Row> rows(long memberId) {
        Instant now = clock.instant();
        return em.createQuery("select c from CartLine c where c.memberId = :m order by c.addedAt, c.id", CartLine.class)
                .setParameter("m", memberId).getResultList().stream().map(c -> row(c, now)).flatMap(Optional::stream)
                .toList();
    }

    private Optional<Row> row(CartLine c, Instant now) {
        Product p = em.find(Product.class, c.getProductId());
        if (p == null || p.getStatus() != ProductStatus.ON_SALE) {
            return Optional.empty();
        }
        List<ProductOption> options = catalog.optionsOf(p.getId()).stream().filter(ProductOption::isOffered).toList();
        return options.stream().filter(o -> o.getValidityDays() == c.getValidityDays()).findFirst()
                .map(o -> new Row(c, p, em.find(Brand.class, p.getBrandId()).getName(),
                        options.stream().map(ProductOption::getValidityDays).toList(), catalog.priceAt(o.getId(), now)));
    }

    /** What a quote of the selected lines prints (CB-CART-1), numbered when issued. */
    public record QuoteContent(String number, Instant issuedAt, String customer, String customerBusinessNumber,
                               QuotePricing.Kind kind, int recipients, List<Row> rows, QuotePricing.Amounts amounts) {
    }

    public QuoteContent quote(long memberId, List<Long> lineIds, QuotePricing.Kind kind, int recipients) {
        List<Row> rows = rows(memberId).stream().filter(r -> lineIds.contains(r.line().getId())).toList();
        if (rows.isEmpty()) {
            throw new CatalogException(ErrorCode.VALIDATION_FAILED, "nothing selected",
                    List.of(new BizbillException.FieldError("lines", "cart.noneSelected")));
        }
        if (recipients < 1 || recipients > QuotePricing.MAX_RECIPIENTS) {
            throw new CatalogException(ErrorCode.VALIDATION_FAILED, "recipients",
                    List.of(new BizbillException.FieldError("recipients", "cart.recipients.range")));
        }
        return issue(memberId, kind, recipients, rows);
    }

    private QuoteContent issue(long memberId, QuotePricing.Kind kind, int recipients, List<Row> rows) {
        if (rows.isEmpty() || recipients < 1 || recipients > QuotePricing.MAX_RECIPIENTS) {
            throw new CatalogException(ErrorCode.VALIDATION_FAILED, "nothing to quote",
                    List.of(new BizbillException.FieldError("lines", "cart.noneSelected")));
        }
        QuotePricing.Amounts amounts = QuotePricing.of(kind, rows.stream()
                .map(r -> new QuotePricing.Line(r.product().getFaceValue(), r.price())).toList(), recipients);
        Member m = em.find(Member.class, memberId);
        Instant now = clock.instant();
        Quote q = new Quote(m.getOrganisation().getId(), memberId, amounts.finalTotal(), now);
        em.persist(q);
        em.flush();
        return new QuoteContent(q.number(now.atZone(com.bizbill.shared.i18n.Formats.KOREA).getYear()), now,
                m.getOrganisation().getName(), m.getOrganisation().getBusinessNumberFormatted(), kind, recipients, rows,
                amounts);
    }

    /**
     * CB-CART-1: a quote from the order form (issue 20): the form's products with their chosen validities, priced now;
     * a product no longer on sale or a validity not offered is refused as in the cart.
     */
    public byte[] quotePdfOf(long memberId, List<long[]> productAndValidity, QuotePricing.Kind kind, int recipients) {
        Instant now = clock.instant();
        List<Row> rows = productAndValidity.stream().map(pv -> {
            CatalogBrowsing.Detail d = browsing.product(pv[0]);
            requireOffered(d, (int) pv[1]);
            long price = d.options().stream().filter(o -> o.option().getValidityDays() == pv[1]).findFirst()
                    .orElseThrow().price();
            return new Row(new CartLine(memberId, pv[0], (int) pv[1], now), d.product(), d.brandName(),
                    d.options().stream().map(o -> o.option().getValidityDays()).toList(), price);
        }).toList();
        return QuotePdf.render(issue(memberId, kind, recipients, rows), OperatorDetails.fromConfig(config));
    }

    /** The quote as PDF. */
    public byte[] quotePdf(long memberId, List<Long> lineIds, QuotePricing.Kind kind, int recipients) {
        return QuotePdf.render(quote(memberId, lineIds, kind, recipients), OperatorDetails.fromConfig(config));
    }

    private void requireOffered(CatalogBrowsing.Detail d, int validityDays) {
        if (d.options().stream().noneMatch(o -> o.option().getValidityDays() == validityDays)) {
            throw new CatalogException(ErrorCode.VALIDATION_FAILED, "validity " + validityDays + " not offered",
                    List.of(new BizbillException.FieldError("validity", "cart.validity")));
        }
    }

    private Optional<CartLine> line(long memberId, long productId) {
        return em.createQuery("select c from CartLine c where c.memberId = :m and c.productId = :p", CartLine.class)
                .setParameter("m", memberId).setParameter("p", productId).getResultStream().findFirst();
    }

    private CartLine own(long memberId, long lineId) {
        CartLine c = em.find(CartLine.class, lineId);
        if (c == null || c.getMemberId() != memberId) {
            throw new CatalogException(ErrorCode.NOT_FOUND, "no cart line " + lineId); // another member's: not found
        }
        return c;
    }
}
