package com.bizbill.catalog;

import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;
import java.util.Optional;

/**
 * The in-app coupon supplier (the default, {@code bizbill.supplier.adapter=sandbox}): its goods list is the
 * fictional {@link SandboxCatalog}, paged as the real one is. A product the sandbox marks DISCONTINUED is listed as
 * not on sale, so the catalog job discontinues it. Issuing, look-up, cancel and balance keep the sandbox's own
 * books ({@link SandboxSupplierBooks}) with the per-product failures of {@link SandboxCatalog.Behaviour}: a product
 * that cannot be issued, one whose answer is lost after it was issued, one that answers slowly, one discontinued, one
 * sold out for some transaction ids.
 */
@ApplicationScoped
@Typed(SandboxCouponSupplier.class) // the producer chooses the adapter; this is one of them
public class SandboxCouponSupplier implements CouponSupplier {

    /** How long the sandbox's SLOW products take to issue (a slow supplier must not stall a whole order). */
    public static final String SLOW_KEY = "bizbill.supplier.sandbox.slow-ms";
    static final long DEFAULT_SLOW_MS = 300;

    @jakarta.inject.Inject
    SandboxSupplierBooks books;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.inject.Inject
    org.eclipse.microprofile.config.Config config;

    @Override
    public GoodsPage goods(int start, int size) {
        if (start < 1 || size < 1) {
            throw new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, "start and size are 1 or more");
        }
        // images made for the fictional brands, served by the application itself (a path inside it)
        String imageBase = "catalog-images/";
        List<SandboxCatalog.Item> all = SandboxCatalog.ITEMS;
        int from = Math.min(all.size(), start - 1);
        int to = Math.min(all.size(), from + size);
        return new GoodsPage(all.subList(from, to).stream().map(i -> i.goods(imageBase)).toList(), start, all.size());
    }

    @Override
    public IssuedCoupon issue(IssueRequest request) {
        SandboxCatalog.Item item = SandboxCatalog.ITEMS.stream().filter(i -> i.goodsCode().equals(request.goodsCode()))
                .findFirst().orElseThrow(() -> new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED,
                        "no goods " + request.goodsCode()));
        switch (item.behaviour()) {
            case FAILS_TO_ISSUE -> throw new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED,
                    "the sandbox supplier cannot issue " + item.goodsCode() + " (out of stock at the brand)");
            case DISCONTINUED -> throw new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED,
                    "the sandbox supplier no longer sells " + item.goodsCode());
            case SLOW -> pause(config.getOptionalValue(SLOW_KEY, Long.class).orElse(DEFAULT_SLOW_MS));
            case SOMETIMES_SOLD_OUT -> {
                if (soldOut(request.transactionId())) {
                    throw new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, "the sandbox supplier has no "
                            + item.goodsCode() + " left for " + request.transactionId() + " (sold out at the brand)");
                }
            }
            default -> {
            }
        }
        if (!item.validityDays().contains(request.validityDays())) {
            throw new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, item.goodsCode() + " has no validity of "
                    + request.validityDays() + " days");
        }
        var booked = books.issue(request.transactionId(), item.goodsCode(), item.faceValue(), request.validityDays())
                .orElseThrow(() -> new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, "duplicate transaction id "
                        + request.transactionId()));
        if (item.behaviour() == SandboxCatalog.Behaviour.LOSES_THE_ANSWER) {
            // issued and booked, but the answer never reaches the caller: only a look-up can tell
            throw new SupplierOutcomeUnknown("the sandbox supplier's answer to " + request.transactionId()
                    + " was lost", null);
        }
        return coupon(booked);
    }

    @Override
    public Optional<CouponStatus> lookup(String transactionId) {
        return books.lookup(transactionId).map(c -> new CouponStatus(coupon(c), switch (c.getState()) {
            case USED -> CouponState.USED;
            case DISCARDED -> CouponState.DISCARDED;
            case ISSUED -> c.getValidUntil().isBefore(java.time.LocalDate.now(clock)) ? CouponState.EXPIRED
                    : CouponState.ISSUED;
        }));
    }

    @Override
    public void cancel(String transactionId) {
        books.discard(transactionId);
    }

    @Override
    public long balance() {
        return books.balance();
    }

    @Override
    public List<IssuedRecord> issuedOn(java.time.LocalDate day) {
        return books.issuedOn(day).stream().map(c -> new IssuedRecord(c.getTransactionId(), c.getGoodsCode(),
                c.getFaceValue(), lookup(c.getTransactionId()).map(CouponStatus::state).orElse(CouponState.ISSUED)))
                .toList();
    }

    /** The transaction ids a SOMETIMES_SOLD_OUT product is refused for: one in {@link SandboxCatalog#SOLD_OUT_ONE_IN}. */
    public static boolean soldOut(String transactionId) {
        return Math.floorMod(transactionId.hashCode(), SandboxCatalog.SOLD_OUT_ONE_IN) == 0;
    }

    private static IssuedCoupon coupon(com.bizbill.catalog.sandbox.SandboxSupplierCoupon c) {
        return new IssuedCoupon(c.getTransactionId(), "SBX" + c.getId(), c.getPin(), null, c.getValidUntil());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SupplierOutcomeUnknown("interrupted while the sandbox supplier was slow", e);
        }
    }
}
