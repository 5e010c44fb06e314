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
        pager.next(getRecipients().total());
    }

    public void previous() {
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
