package com.bizbill.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an invoice: the service, its usage period and its supply amount (VAT excluded). */
@Embeddable
public class InvoiceLine {

    @Column(name = "SERVICE", nullable = false, length = 200)
    private String service;

    @Column(name = "USAGE_PERIOD", nullable = false, length = 60)
    private String usagePeriod;

    @Column(name = "SUPPLY_AMOUNT", nullable = false)
    private long supplyAmount;

    protected InvoiceLine() {
    }

    public InvoiceLine(String service, String usagePeriod, long supplyAmount) {
        this.service = service;
        this.usagePeriod = usagePeriod;
        this.supplyAmount = supplyAmount;
    }

    public String getService() {
        return service;
    }

    public String getUsagePeriod() {
        return usagePeriod;
    }

    public long getSupplyAmount() {
        return supplyAmount;
    }

    /**
     * The same service, usage period and amount (issue 16 §3, the re-import check). Not {@code equals}: with equal
     * elements EclipseLink moves a reordered line's LINE_NO in place and collides with the primary key; as distinct
     * objects the replaced lines are deleted and inserted.
     */
    public boolean sameAs(InvoiceLine l) {
        return supplyAmount == l.supplyAmount && java.util.Objects.equals(service, l.service)
                && java.util.Objects.equals(usagePeriod, l.usagePeriod);
    }

    @Override
    public String toString() {
        return service + " / " + usagePeriod + " / " + supplyAmount;
    }
}
