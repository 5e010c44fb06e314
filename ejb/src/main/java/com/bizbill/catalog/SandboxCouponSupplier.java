package com.bizbill.catalog;

import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;
import java.util.Optional;

/**
 * The in-app coupon supplier (the default, {@code bizbill.supplier.adapter=sandbox}): its goods list is the
 * fictional {@link SandboxCatalog}, paged as the real one is. A product the sandbox marks DISCONTINUED is listed as
 * not on sale, so the catalog job discontinues it. Issuing, look-up, cancel and balance, with the per-product
 * failures of {@link SandboxCatalog.Behaviour}, come with dispatch (issue 21): until then they refuse, loudly.
 */
@ApplicationScoped
@Typed(SandboxCouponSupplier.class) // the producer chooses the adapter; this is one of them
public class SandboxCouponSupplier implements CouponSupplier {

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
        throw notYet("issue");
    }

    @Override
    public Optional<CouponStatus> lookup(String transactionId) {
        throw notYet("lookup");
    }

    @Override
    public void cancel(String transactionId) {
        throw notYet("cancel");
    }

    @Override
    public long balance() {
        throw notYet("balance");
    }

    private static CatalogException notYet(String call) {
        return new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, "the sandbox supplier's " + call
                + " comes with dispatch (issue 21)");
    }
}
