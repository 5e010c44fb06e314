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

    public Long getDeposit() {
        return deposit;
    }

    public long getOwed() {
        return owed;
    }
}
