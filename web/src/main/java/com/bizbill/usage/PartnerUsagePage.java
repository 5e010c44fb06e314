package com.bizbill.usage;

import com.bizbill.identity.CurrentMember;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** NB-USE-1, partner admin: daily counts by type of a chosen month, with totals, chart and Excel. */
@Named
@ViewScoped
public class PartnerUsagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageQueries queries;

    @Inject
    UsageMonths months;

    @Inject
    CurrentMember member;

    private String month;
    private transient List<UsageQueries.DailyUsage> days;

    public List<UsageQueries.DailyUsage> getDays() {
        if (days == null) {
            days = queries.dailyUsage(member.organisationId(), months.parse(getMonth(), months.current()));
        }
        return days;
    }

    public UsageQueries.DailyUsage getTotal() {
        return UsageQueries.total(getDays());
    }

    public String getChartJson() {
        return UsageCharts.daily(getDays());
    }

    public void show() {
        days = null;
    }

    public String getMonth() {
        if (month == null) {
            month = months.current().toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
        this.days = null;
    }
}
