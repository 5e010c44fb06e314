package com.bizbill.dispatch;

import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.OrderRecipient;
import com.bizbill.shared.Page;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 22 §7 (staff only, under /admin): find a coupon recipient by phone across orders and organisations (masked in
 * the list), open one to see its timeline and coupons, and ask the supplier for a coupon's state now.
 */
@Named
@ViewScoped
public class RecipientSupportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecipientSupport support;

    private final Pager pager = new Pager(50);
    private String mobile;
    private Long selected;
    private final Map<Long, String> live = new HashMap<>();

    public Page<RecipientSupport.Found> getFound() {
        return mobile == null || mobile.isBlank() ? new Page<>(List.of(), 0, pager.size(), 0)
                : support.byMobile(mobile, pager.page(), pager.size());
    }

    public void search() {
        pager.first();
        selected = null;
    }

    public void open(long recipientId) {
        selected = recipientId;
        live.clear();
    }

    public OrderRecipient getRecipient() {
        return selected == null ? null : support.recipient(selected).orElse(null);
    }

    public List<RecipientSupport.Event> getTimeline() {
        return selected == null ? List.of() : support.timeline(selected);
    }

    public List<OrderCoupon> getCoupons() {
        return selected == null ? List.of() : support.coupons(selected);
    }

    /** The supplier asked now about one coupon. */
    public void lookup(long couponId) {
        live.put(couponId, support.liveState(couponId));
    }

    public String liveState(long couponId) {
        return live.get(couponId);
    }

    public void next() {
        pager.next(getFound().total());
    }

    public void previous() {
        pager.previous();
    }

    public Pager getPager() {
        return pager;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }
}
