package com.bizbill.ordering;

import com.bizbill.identity.CurrentMember;
import com.bizbill.identity.Role;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Issue 20 §3: one order: what was bought at which prices, its amounts and state, its recipients page by page (and as
 * a spreadsheet), and the cancel of a reserved order with the refund named before it happens (CB-DSP-2). Another
 * organisation's order, or (for a sub-member) another member's, is not found.
 */
@Named
@ViewScoped
public class OrderViewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries queries;

    @Inject
    OrderPlacement placement;

    @Inject
    CurrentMember member;

    @Inject
    OrderForms forms;


    private String number;
    private final Pager pager = new Pager(50);

    public CouponOrder getOrder() {
        if (number == null) {
            return null;
        }
        try {
            var me = member.get();
            CouponOrder o = me.role() == Role.STAFF ? queries.byNumber(number) : queries.byNumber(me.organisationId(), number);
            if (me.role() == Role.SUB_MEMBER && o.getMemberId() != me.id()) {
                return null;
            }
            return o;
        } catch (BizbillException e) {
            return null;
        }
    }

    @Inject
    com.bizbill.dispatch.DispatchQueries dispatch;

    /** Issue 21 §1: the dispatch's progress (recipients done, successes, in progress, failures, errors). */
    public OrderProgress getProgress() {
        CouponOrder o = getOrder();
        return o == null ? null : dispatch.progress(o.getNumber());
    }

    public List<OrderItem> getItems() {
        CouponOrder o = getOrder();
        return o == null ? List.of() : queries.items(o.getId());
    }

    public Page<OrderRecipient> getRecipients() {
        CouponOrder o = getOrder();
        return o == null ? new Page<>(List.of(), 0, pager.size(), 0) : queries.recipients(o.getId(), pager.page(),
                pager.size());
    }

    public boolean isMayCancel() {
        CouponOrder o = getOrder();
        return o != null && o.isCancellable() && member.get().role() != Role.STAFF;
    }

    /** CB-DSP-2: the question names the refund and where it goes. */
    public String getCancelConfirmation() {
        CouponOrder o = getOrder();
        if (o == null) {
            return "";
        }
        return Messages.get(o.getPaymentType() == com.bizbill.identity.PaymentType.POSTPAID ? "order.cancel.confirmCredit"
                : "order.cancel.confirmWallet", o.getNumber(), Messages.formats().won(o.getFinalAmount()));
    }

    @Inject
    com.bizbill.dispatch.Dispatcher dispatcher;

    /** This view's own key: a double click on a resend sends once (the recipient keeps the last key). */
    private final String viewKey = java.util.UUID.randomUUID().toString();

    /** CB-HIS-2, CB-DSP-6: the confirmed amount (the issued coupons' prices). */
    public long getConfirmed() {
        CouponOrder o = getOrder();
        return o == null ? 0 : queries.confirmedAmount(o.getId());
    }

    /** CB-HIS-2: each listed recipient's coupons (product, number, status). */
    public java.util.List<OrderQueries.RecipientCoupon> coupons(OrderRecipient r) {
        if (couponsShown == null) {
            CouponOrder o = getOrder();
            couponsShown = o == null ? java.util.Map.of() : queries.couponsOf(getRecipients().items().stream()
                    .map(OrderRecipient::getId).toList());
        }
        return couponsShown.getOrDefault(r.getId(), java.util.List.of());
    }

    private transient java.util.Map<Long, java.util.List<OrderQueries.RecipientCoupon>> couponsShown;

    /** CB-DSP-5: the orderer or the master sends a recipient's message again (n/3); staff only look. */
    public boolean mayResend(OrderRecipient r) {
        return member.get().role() != Role.STAFF && r.mayResend();
    }

    public void resend(long recipientId, int count) {
        var me = member.get();
        try {
            dispatcher.resend(me.organisationId(), me.id(), number, recipientId, viewKey + ":" + recipientId + ":" + count);
            Messages.info("orders.resent");
        } catch (BizbillException e) {
            Messages.show(e);
        }
        couponsShown = null;
    }

    @Inject
    com.bizbill.dispatch.CouponDiscards discards;

    private Long discardCoupon;
    private String discardReason;

    /** Issue 22 §6: staff, the orderer and the master discard an issued, unused coupon (the dialog asks a reason). */
    public void askDiscard(long couponId) {
        discardCoupon = couponId;
        discardReason = null;
    }

    public void discard() {
        if (discardCoupon == null) {
            return;
        }
        var me = member.get();
        boolean staff = me.role() == Role.STAFF;
        try {
            discards.discard(staff ? null : me.organisationId(), staff ? null : me.id(), discardCoupon, discardReason);
            Messages.info("orders.discarded");
            discardCoupon = null;
            couponsShown = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('discardDialog').hide()");
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public String getDiscardReason() {
        return discardReason;
    }

    public void setDiscardReason(String discardReason) {
        this.discardReason = discardReason;
    }

    public void cancel() {
        var me = member.get();
        CouponOrder o = placement.cancel(me.organisationId(), me.id(), number);
        Messages.info("order.cancelled", o.getNumber(), Messages.formats().won(o.getFinalAmount()));
    }

    public void downloadRecipients() throws IOException {
        CouponOrder o = getOrder();
        if (o == null) {
            return;
        }
        List<RecipientRow> rows = queries.recipients(o.getId(), 0, RecipientRules.MAX_RECIPIENTS).items().stream()
                .map(OrderRecipient::row).toList();
        byte[] content = RecipientFiles.list(rows, "en".equals(Messages.locale().getLanguage()), forms.zone());
        com.bizbill.shared.web.FacesDownloads.send(content, com.bizbill.shared.web.FacesDownloads.XLSX,
                o.getNumber() + "-recipients.xlsx");
    }

    public void next() {
        couponsShown = null;
        pager.next(getRecipients().total());
    }

    public void previous() {
        couponsShown = null;
        pager.previous();
    }

    public Pager getPager() {
        return pager;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
