package com.bizbill.ordering;

import com.bizbill.identity.CurrentMember;
import com.bizbill.identity.Role;
import com.bizbill.shared.Page;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Issue 20 §4, §6: orders as a list. A master sees the organisation's orders (a withdrawn sub-member's too, CB-MEM-5),
 * a sub-member its own; staff see every organisation's, by number, company, period and status.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries queries;

    @Inject
    CurrentMember member;


    @Inject
    OrderForms forms;

    @Inject
    OrderPlacement placement;

    private final Pager pager = new Pager(50); // CB-HIS-1: 50 per page
    private OrderStatus status;
    private com.bizbill.catalog.QuotePricing.Kind type;
    private transient Page<CouponOrder> shown;
    private transient java.util.Map<Long, OrderQueries.Summary> summaries;
    private LocalDate from;
    private LocalDate to;
    private String text;
    /** Staff: one company's orders (from the company's link). */
    private Long organisationId;

    private OrderQueries.Filter filter() {
        var me = member.get();
        Long org = me.role() == Role.STAFF ? organisationId : (Long) me.organisationId();
        Long memberId = me.role() == Role.SUB_MEMBER ? me.id() : null; // CB-HIS-1: a sub-member sees its own only
        return new OrderQueries.Filter(org, memberId, status,
                from == null ? null : from.atStartOfDay(forms.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(forms.zone()).toInstant(), text, type);
    }

    public Page<CouponOrder> getOrders() {
        if (shown == null) {
            shown = queries.search(filter(), pager.page(), pager.size());
            summaries = queries.summaries(shown.items().stream().map(CouponOrder::getId).toList());
        }
        return shown;
    }

    /** CB-HIS-1: confirmed amount, coupons and send counts of a listed order. */
    public OrderQueries.Summary summary(CouponOrder o) {
        getOrders();
        return summaries.getOrDefault(o.getId(), OrderQueries.Summary.NONE);
    }

    /** CB-HIS-1: the Excel download's address with the list's filters (every page). */
    public String getExcelUrl() {
        var ext = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder b = new StringBuilder(ext.getRequestContextPath()).append(isStaff() ? "/admin" : "/portal/coupon")
                .append("/orders.xlsx?x=1");
        java.util.function.BiConsumer<String, Object> add = (k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                b.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v.toString(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        add.accept("status", status);
        add.accept("type", type);
        add.accept("from", from);
        add.accept("to", to);
        add.accept("q", text);
        add.accept("org", isStaff() ? organisationId : null);
        return b.toString();
    }

    /** CB-DSP-2 from the list: the orderer or the master cancels a reserved order; the refund is named. */
    public void cancel(String number) {
        var me = member.get();
        if (me.role() == Role.STAFF) {
            return;
        }
        try {
            CouponOrder o = placement.cancel(me.organisationId(), me.id(), number);
            com.bizbill.shared.web.Messages.info("order.cancelled", o.getNumber(),
                    com.bizbill.shared.web.Messages.formats().won(o.getFinalAmount()));
        } catch (com.bizbill.shared.error.BizbillException e) {
            com.bizbill.shared.web.Messages.show(e);
        }
        shown = null;
    }

    /** The cancel's question names the order and the amount that comes back. */
    public String cancelQuestion(CouponOrder o) {
        return com.bizbill.shared.web.Messages.get(o.getPaymentType() == com.bizbill.identity.PaymentType.POSTPAID
                        ? "order.cancel.confirmCredit" : "order.cancel.confirmWallet", o.getNumber(),
                com.bizbill.shared.web.Messages.formats().won(o.getFinalAmount()));
    }

    @Inject
    OrderStatements statements;

    /** Issue 24 §2: the ticked orders, by number, kept across pages. */
    private final java.util.Map<String, Boolean> ticked = new java.util.HashMap<>();

    public java.util.Map<String, Boolean> getTicked() {
        return ticked;
    }

    private java.util.List<String> tickedNumbers() {
        return ticked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(java.util.Map.Entry::getKey)
                .sorted().toList();
    }

    /** CB-STM-1: the statement of the ticked orders (none: all being sent or sent) as PDF. */
    public void statementPdf() throws java.io.IOException {
        try {
            var s = statements.issue(member.get().id(), tickedNumbers());
            com.bizbill.shared.web.FacesDownloads.send(StatementDocuments.pdf(s),
                    com.bizbill.shared.web.FacesDownloads.PDF, s.number() + ".pdf");
        } catch (com.bizbill.shared.error.BizbillException e) {
            com.bizbill.shared.web.Messages.show(e);
        }
    }

    /** The same statement as Excel. */
    public void statementExcel() throws java.io.IOException {
        try {
            var s = statements.issue(member.get().id(), tickedNumbers());
            com.bizbill.shared.web.FacesDownloads.send(StatementDocuments.excel(s, forms.zone()),
                    com.bizbill.shared.web.FacesDownloads.XLSX, s.number() + ".xlsx");
        } catch (com.bizbill.shared.error.BizbillException e) {
            com.bizbill.shared.web.Messages.show(e);
        }
    }

    public com.bizbill.catalog.QuotePricing.Kind[] getTypes() {
        return com.bizbill.catalog.QuotePricing.Kind.values();
    }

    public com.bizbill.catalog.QuotePricing.Kind getType() {
        return type;
    }

    public void setType(com.bizbill.catalog.QuotePricing.Kind type) {
        this.type = type;
    }

    public boolean isStaff() {
        return member.get().role() == Role.STAFF;
    }

    /** Staff: the chosen company's wallet balance or remaining credit, beside its orders. */
    public long getWalletBalance() {
        return organisationId == null ? 0 : forms.available(organisationId);
    }

    public void search() {
        pager.first();
        shown = null;
    }

    public void next() {
        pager.next(getOrders().total());
        shown = null;
    }

    public void previous() {
        pager.previous();
        shown = null;
    }

    public Pager getPager() {
        return pager;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
