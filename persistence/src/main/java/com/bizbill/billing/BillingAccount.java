package com.bizbill.billing;

import com.bizbill.identity.Member;
import com.bizbill.identity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A billing-portal billing account (one per business division) with its contract terms
 * (BP-ON-1) and its one portal login (BP-ON-2), created by the customer from the sign-up invitation.
 */
@Entity
@Table(name = "BILLING_ACCOUNT")
public class BillingAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAYMENT_METHOD", nullable = false, length = 20)
    private PaymentMethod paymentMethod;

    /** The invoice contact e-mail: changed by staff only (BP-INV-4). */
    @Column(name = "CONTACT_EMAIL", nullable = false, length = 320)
    private String contactEmail;

    @Column(nullable = false)
    private boolean discount;

    @OneToOne
    @JoinColumn(name = "MEMBER_ID", unique = true)
    private Member member;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    /** BP-INV-3: the account's own virtual bank account; a deposit to it is the account's, whoever sends it. */
    @Column(name = "VIRTUAL_ACCOUNT", length = 40, unique = true)
    private String virtualAccount;

    /** Issue 18 §2: the Korean bank code of the virtual account (a number is read with its bank's name). */
    @Column(name = "VIRTUAL_ACCOUNT_BANK", length = 3)
    private String virtualAccountBank;

    @Version
    private long version;

    protected BillingAccount() {
    }

    public BillingAccount(Organisation organisation, String name, PaymentMethod paymentMethod, String contactEmail,
                          boolean discount, Instant createdAt) {
        this.organisation = organisation;
        this.name = name;
        this.paymentMethod = paymentMethod;
        this.contactEmail = contactEmail;
        this.discount = discount;
        this.createdAt = createdAt;
    }

    /** BP-ON-2: exactly one login per billing account; the first sign-up wins. */
    public void attachLogin(Member login) {
        if (member != null) {
            throw new IllegalStateException("billing account " + id + " already has its login");
        }
        this.member = login;
    }

    public void changeContactEmail(String email) {
        this.contactEmail = email;
    }

    public String getVirtualAccount() {
        return virtualAccount;
    }

    public String getVirtualAccountBank() {
        return virtualAccountBank;
    }

    /** Staff give the account a virtual account (its bank's code and digits only), or take it away with nulls. */
    public void assignVirtualAccount(String bankCode, String digits) {
        if ((bankCode == null) != (digits == null)) {
            throw new IllegalArgumentException("a virtual account has a bank and a number, or neither");
        }
        this.virtualAccountBank = bankCode;
        this.virtualAccount = digits;
    }

    public void changeTerms(PaymentMethod method, boolean discount) {
        this.paymentMethod = method;
        this.discount = discount;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isDiscount() {
        return discount;
    }

    public Member getMember() {
        return member;
    }

    public boolean hasLogin() {
        return member != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
