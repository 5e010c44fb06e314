package com.bizbill.catalog;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issue 19 §5, CB-CART-1, CB-ORD-5: the member's cart: change a line's validity (its price follows), remove lines,
 * tick several and download the quote (견적서) for a general or a selectable order and a number of recipients.
 */
@Named
@ViewScoped
public class CartPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CartService cart;

    @Inject
    CurrentMember member;

    private List<CartService.Row> selected = new ArrayList<>();
    private QuotePricing.Kind kind = QuotePricing.Kind.GENERAL;
    private Integer recipients = 1;

    private long me() {
        return member.get().id();
    }

    public List<CartService.Row> getRows() {
        return cart.rows(me());
    }

    public void changeValidity(long lineId, int days) {
        cart.changeValidity(me(), lineId, days);
        Messages.info("cart.validityChanged", Messages.get("catalog.days", days));
    }

    public void remove(long lineId) {
        cart.remove(me(), lineId);
        selected.removeIf(r -> r.line().getId() == lineId);
        Messages.info("cart.removed");
    }

    /** The quote's download address for the ticked lines (empty when nothing is ticked). */
    public String getQuoteQuery() {
        return "lines=" + selected.stream().map(r -> String.valueOf(r.line().getId())).collect(Collectors.joining(","))
                + "&kind=" + kind.name() + "&recipients=" + (recipients == null ? 1 : recipients);
    }

    /** CB-CART-1: the ticked lines go to the order form (issue 20). */
    public String order() {
        if (selected.isEmpty()) {
            Messages.error("cart.noneToOrder");
            return null;
        }
        return "/portal/coupon/order?faces-redirect=true&lines=" + selected.stream()
                .map(r -> String.valueOf(r.line().getId())).collect(Collectors.joining(","));
    }

    /** The selected lines' amounts as the quote will print them, or null with nothing selected. */
    public QuotePricing.Amounts getAmounts() {
        if (selected.isEmpty() || recipients == null || recipients < 1 || recipients > QuotePricing.MAX_RECIPIENTS) {
            return null;
        }
        return QuotePricing.of(kind, selected.stream().map(r -> new QuotePricing.Line(r.product().getFaceValue(),
                r.price())).toList(), recipients);
    }

    public QuotePricing.Kind[] getKinds() {
        return QuotePricing.Kind.values();
    }

    public List<CartService.Row> getSelected() {
        return selected;
    }

    public void setSelected(List<CartService.Row> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public QuotePricing.Kind getKind() {
        return kind;
    }

    public void setKind(QuotePricing.Kind kind) {
        this.kind = kind == null ? QuotePricing.Kind.GENERAL : kind;
    }

    public Integer getRecipients() {
        return recipients;
    }

    public void setRecipients(Integer recipients) {
        this.recipients = recipients;
    }
}
