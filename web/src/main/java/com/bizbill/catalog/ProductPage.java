package com.bizbill.catalog;

import com.bizbill.identity.CurrentMember;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Issue 19 §4, CB-CAT-1, CB-CAT-2: a product's page: face value, validity options with their sale prices; a cashable
 * product carries the badge and says when the organisation lacks the permission.
 */
@Named
@ViewScoped
public class ProductPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogBrowsing browsing;

    @Inject
    CashablePermissions cashable;

    @Inject
    CurrentMember member;

    @Inject
    MemberLimits limits;

    @Inject
    CartService cart;

    private Integer validity;

    /** CB-CART-1: the product with the chosen validity into the member's cart. */
    public void addToCart() {
        CatalogBrowsing.Detail d = getDetail();
        int days = validity != null ? validity : d.options().get(0).option().getValidityDays();
        cart.add(member.get().id(), d.product().getId(), days);
        com.bizbill.shared.web.Messages.info("cart.added", com.bizbill.shared.web.Messages.particles(d.product().getName(),
                "object"));
    }

    /** CB-CART-1 "order now": straight to the order form with this product and validity (issue 20). */
    public String orderNow() {
        return "/portal/coupon/order?faces-redirect=true&product=" + id + (validity == null ? "" : "&validity=" + validity);
    }

    public Integer getValidity() {
        return validity;
    }

    public void setValidity(Integer validity) {
        this.validity = validity;
    }

    private Long id;
    private transient CatalogBrowsing.Detail detail;

    public CatalogBrowsing.Detail getDetail() {
        if (detail == null && id != null) {
            detail = browsing.product(id);
        }
        return detail;
    }

    /** CB-CAT-2: a cashable product the organisation has no permission (or no limit left) for. */
    public boolean isCashableRefused() {
        CatalogBrowsing.Detail d = getDetail();
        if (d == null || !d.product().isCashable()) {
            return false;
        }
        CashablePermissions.View v = cashable.view(member.organisationId());
        return !v.permitted() || v.remaining() <= 0;
    }

    public boolean isMayBuy() {
        return limits.mayBuy(member.get().id());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
