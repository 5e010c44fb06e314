package com.bizbill.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of the coupon catalog (치킨, 카페, 피자/버거, 편의점, 상품권/페이 …), as the supplier names it. */
@Entity
@Table(name = "CATALOG_CATEGORY")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SUPPLIER_CODE", nullable = false, unique = true, length = 40, updatable = false)
    private String supplierCode;

    @Column(nullable = false, length = 100)
    private String name;

    protected Category() {
    }

    public Category(String supplierCode, String name) {
        this.supplierCode = supplierCode;
        this.name = name;
    }

    /** The supplier renamed it: true when something changed. */
    public boolean rename(String newName) {
        if (newName == null || newName.isBlank() || newName.equals(name)) {
            return false;
        }
        name = newName.length() > 100 ? newName.substring(0, 100) : newName;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public String getName() {
        return name;
    }
}
