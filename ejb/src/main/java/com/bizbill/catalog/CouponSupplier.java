package com.bizbill.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The coupon supplier (design.md "Coupon ordering and dispatch"), an outside party like the payment gateway: in the
 * style of the Korean coupon-issuing APIs (KT alpha's Giftishow Biz): a goods list with brand, category, face value
 * and validity; one coupon issued per call keyed by <b>our</b> transaction id; a look-up by that id; cancel
 * (discard); a coupon's status; the operator's balance at the supplier. A call that may or may not have acted
 * throws {@link SupplierOutcomeUnknown}: it is settled by {@link #lookup}, never by issuing again.
 * <p>
 * Issue 19 uses {@link #goods}; issuing, look-up, cancel, status and balance are used by dispatch (issue 21).
 */
public interface CouponSupplier {

    /** A product as the supplier lists it. {@code validityDays}: the validity options it can be issued with. */
    record Goods(String goodsCode, String name, String brandCode, String brandName, String categoryCode,
                 String categoryName, long faceValue, List<Integer> validityDays, String imageUrl, boolean cashable,
                 boolean onSale) {
    }

    /** A page of the goods list ({@code start} is 1-based as the supplier counts) and the total it knows. */
    record GoodsPage(List<Goods> goods, int start, int total) {
    }

    GoodsPage goods(int start, int size);

    /** One coupon of {@code goodsCode} valid for {@code validityDays}, keyed by our {@code transactionId}. */
    record IssueRequest(String transactionId, String goodsCode, int validityDays) {
    }

    /** What the recipient redeems: the supplier's order number, the PIN (barcode number), its image, the last day. */
    record IssuedCoupon(String transactionId, String supplierOrderNo, String pin, String barcodeImageUrl,
                        LocalDate validUntil) {
    }

    IssuedCoupon issue(IssueRequest request);

    enum CouponState { ISSUED, USED, EXPIRED, DISCARDED }

    record CouponStatus(IssuedCoupon coupon, CouponState state) {
    }

    /** The coupon issued under our transaction id, if the supplier has one (how an unanswered issue is settled). */
    Optional<CouponStatus> lookup(String transactionId);

    /** Discards an issued, unused coupon (a refund of its price is the caller's ledger entry). */
    void cancel(String transactionId);

    /** The operator's balance (prepaid deposit) at the supplier, in won. */
    long balance();

    /** Issue 21 §5: one coupon in the supplier's records of a day, by our transaction id. */
    record IssuedRecord(String transactionId, String goodsCode, long faceValue, CouponState state) {
    }

    /** Issue 21 §5: the coupons the supplier issued on {@code day} (Korean time), for the daily reconciliation. */
    List<IssuedRecord> issuedOn(LocalDate day);
}
