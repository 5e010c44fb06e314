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

    /** A value: the same service, usage period and amount is the same line (issue 16 §3, the re-import check). */
    @Override
    public boolean equals(Object o) {
        return o instanceof InvoiceLine l && supplyAmount == l.supplyAmount
                && java.util.Objects.equals(service, l.service) && java.util.Objects.equals(usagePeriod, l.usagePeriod);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(service, usagePeriod, supplyAmount);
    }
}
