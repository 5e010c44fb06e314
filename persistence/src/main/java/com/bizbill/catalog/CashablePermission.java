package com.bizbill.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * CB-CAT-2: whether staff allow an organisation to order cashable products, and its monthly limit for them (the
 * month's use is counted by orders, issue 20). No row: not permitted.
 */
@Entity
@Table(name = "CASHABLE_PERMISSION")
public class CashablePermission {

    @Id
    @Column(name = "ORGANISATION_ID")
    private long organisationId;

    @Column(nullable = false)
    private boolean permitted;

    @Column(name = "MONTHLY_LIMIT", nullable = false)
    private long monthlyLimit;

    @Version
    private long version;

    protected CashablePermission() {
    }

    public CashablePermission(long organisationId) {
        this.organisationId = organisationId;
    }

    /** Staff grant (with a monthly limit, 0 or more) or withdraw the permission. */
    public void set(boolean permitted, long monthlyLimit) {
        if (monthlyLimit < 0) {
            throw new IllegalArgumentException("a limit is 0 or more");
        }
        this.permitted = permitted;
        this.monthlyLimit = monthlyLimit;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public boolean isPermitted() {
        return permitted;
    }

    public long getMonthlyLimit() {
        return monthlyLimit;
    }
}
