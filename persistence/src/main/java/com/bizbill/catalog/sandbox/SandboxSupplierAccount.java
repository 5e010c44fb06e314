package com.bizbill.catalog.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What the operator owes the sandbox supplier for coupons not discarded: one row, changed under its lock. */
@Entity
@Table(name = "SANDBOX_SUPPLIER_ACCOUNT")
public class SandboxSupplierAccount {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private long owed;

    /** The deposit set at run time (null: the configured one). */
    @Column(name = "DEPOSIT")
    private Long deposit;

    /** Issue 21 §2: the sandbox supplier is down (set at run time): every call fails as if it could not be reached. */
    @Column(name = "OUTAGE", nullable = false)
    private boolean outage;

    @Version
    private long version;

    protected SandboxSupplierAccount() {
    }

    public void issued(long faceValue) {
        owed = Math.addExact(owed, faceValue);
    }

    public void discarded(long faceValue) {
        owed -= faceValue;
    }

    public void deposit(Long won) {
        this.deposit = won;
    }

    public void outage(boolean down) {
        this.outage = down;
    }

    public boolean isOutage() {
        return outage;
    }

    public Long getDeposit() {
        return deposit;
    }

    public long getOwed() {
        return owed;
    }
}
