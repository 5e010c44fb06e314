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

    private final Pager pager = new Pager(20);
    private OrderStatus status;
    private LocalDate from;
    private LocalDate to;
    private String text;
    /** Staff: one company's orders (from the company's link). */
    private Long organisationId;

    public Page<CouponOrder> getOrders() {
        var me = member.get();
        Long org = me.role() == Role.STAFF ? organisationId : (Long) me.organisationId();
        Long memberId = me.role() == Role.SUB_MEMBER ? me.id() : null;
        return queries.search(new OrderQueries.Filter(org, memberId, status,
                from == null ? null : from.atStartOfDay(forms.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(forms.zone()).toInstant(), text),
                pager.page(), pager.size());
    }

    /** Staff: the chosen company's wallet balance or remaining credit, beside its orders. */
    public long getWalletBalance() {
        return organisationId == null ? 0 : forms.available(organisationId);
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getOrders().total());
    }

    public void previous() {
        pager.previous();
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
