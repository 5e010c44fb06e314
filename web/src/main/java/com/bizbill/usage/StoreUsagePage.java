package com.bizbill.usage;

import com.bizbill.identity.Organisation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff: one store's usage drill-down (NB-USE-1), the same daily table the store sees, with Excel. */
@Named
@ViewScoped
public class StoreUsagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageQueries queries;

    @Inject
    UsageMonths months;

    private Long storeId;
    private String month;

    public List<Organisation> getStores() {
        return queries.stores();
    }

    public List<UsageQueries.DailyUsage> getDays() {
        return storeId == null ? List.of() : queries.dailyUsage(storeId, months.parse(getMonth(), months.current()));
    }

    public UsageQueries.DailyUsage getTotal() {
        return UsageQueries.total(getDays());
    }

    public String getChartJson() {
        return UsageCharts.daily(getDays());
    }

    public void show() {
        // the getters read afresh
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public String getMonth() {
        if (month == null) {
            month = months.current().toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
