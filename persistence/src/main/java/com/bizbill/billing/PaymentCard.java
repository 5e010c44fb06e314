package com.bizbill.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A registered card (BP-CARD-1, NB-CARD-1): only what the gateway handed back — the billing key,
 * the brand and the last 4 digits. Registering again (card change) retires the previous card.
 */
@Entity
@Table(name = "PAYMENT_CARD")
public class PaymentCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "CUSTOMER_KEY", nullable = false, length = 100, updatable = false)
    private String customerKey;

    @Column(name = "BILLING_KEY", nullable = false, length = 200, updatable = false)
    private String billingKey;

    @Column(nullable = false, length = 20, updatable = false)
    private String brand;

    @Column(name = "LAST4", nullable = false, length = 4, updatable = false)
    private String last4;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "REGISTERED_AT", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "REGISTERED_BY", nullable = false, length = 100, updatable = false)
    private String registeredBy;

    @Version
    private long version;

    protected PaymentCard() {
    }

    public PaymentCard(long organisationId, String customerKey, String billingKey, String brand, String last4,
                       Instant registeredAt, String registeredBy) {
        this.organisationId = organisationId;
        this.customerKey = customerKey;
        this.billingKey = billingKey;
        this.brand = brand == null ? "CARD" : brand;
        this.last4 = last4;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public void retire() {
        active = false;
    }

    /** "VISA ****1234" as screens show it. */
    public String masked() {
        return brand + " ****" + last4;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getCustomerKey() {
        return customerKey;
    }

    public String getBillingKey() {
        return billingKey;
    }

    public String getBrand() {
        return brand;
    }

    public String getLast4() {
        return last4;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
