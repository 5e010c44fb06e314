package com.bizbill.usage;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** NB-PAY-1, partner admin: per month the counts, amounts and payment result, with Excel and the bill PDF. */
@Named
@ViewScoped
public class PartnerPaymentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageQueries queries;

    @Inject
    UsageMonths months;

    @Inject
    CurrentMember member;

    private final Pager pager = new Pager(12);
    private String from;
    private String to;

    public Page<UsageBill> getBills() {
        return queries.billsOf(member.organisationId(), months.parse(from, null), months.parse(to, null), pager.page(),
                pager.size());
    }

    public void find() {
        pager.first();
    }

    public void next() {
        pager.next(getBills().total());
    }

    public void previous() {
        pager.previous();
    }

    public int getPage() {
        return pager.page();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
