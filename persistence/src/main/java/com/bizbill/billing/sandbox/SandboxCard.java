package com.bizbill.billing.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The sandbox payment gateway's side of a card: what its own card page produced (an auth key) and,
 * after the exchange, the billing key. Like a real PG it keeps only the brand, the last 4 digits and
 * how the test card behaves — never the card number.
 */
@Entity
@Table(name = "SANDBOX_PG_CARD")
public class SandboxCard {

    @Id
    @Column(name = "AUTH_KEY", length = 80)
    private String authKey;

    @Column(name = "BILLING_KEY", length = 80, unique = true)
    private String billingKey;

    @Column(name = "CUSTOMER_KEY", nullable = false, length = 100)
    private String customerKey;

    @Column(nullable = false, length = 20)
    private String brand;

    @Column(name = "LAST4", nullable = false, length = 4)
    private String last4;

    @Column(nullable = false, length = 20)
    private String behaviour;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected SandboxCard() {
    }

    public SandboxCard(String authKey, String customerKey, String brand, String last4, String behaviour,
                       Instant createdAt) {
        this.authKey = authKey;
        this.customerKey = customerKey;
        this.brand = brand;
        this.last4 = last4;
        this.behaviour = behaviour;
        this.createdAt = createdAt;
    }

    public void issue(String key) {
        this.billingKey = key;
    }

    public String getAuthKey() {
        return authKey;
    }

    public String getBillingKey() {
        return billingKey;
    }

    public String getCustomerKey() {
        return customerKey;
    }

    public String getBrand() {
        return brand;
    }

    public String getLast4() {
        return last4;
    }

    public String getBehaviour() {
        return behaviour;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
