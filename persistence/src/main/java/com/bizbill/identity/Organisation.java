package com.bizbill.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A company: the operator or a business customer. Every member and every account belongs to one. */
@Entity
@Table(name = "ORGANISATION")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    /** 10 digits, no dashes (CB-MEM-2); null where not collected. */
    @Column(name = "BUSINESS_NUMBER", length = 10)
    private String businessNumber;

    @Column(length = 100)
    private String representative;

    /** The store's main number for notices (NB-*). */
    @Column(name = "MAIN_PHONE", length = 20)
    private String mainPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAYMENT_TYPE", length = 20)
    private PaymentType paymentType;

    /** Stored licence file (CB-MEM-2): a key under the upload directory, never a web path. */
    @Column(name = "LICENCE_FILE", length = 200)
    private String licenceFile;

    @Column(name = "LICENCE_TYPE", length = 100)
    private String licenceType;

    @Column(name = "REJECTION_REASON", length = 500)
    private String rejectionReason;

    /** Postpaid monthly credit limit in won (CB-PST-1; set by staff with the wallet issue). */
    @Column(name = "CREDIT_LIMIT", nullable = false)
    private long creditLimit;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    /** A coupon company as signed up (CB-MEM-2), waiting for staff approval. */
    public static Organisation couponCompany(String name, BusinessNumber number, String representative,
                                             PaymentType paymentType, Instant createdAt) {
        Organisation o = new Organisation(name, OrganisationKind.COUPON_COMPANY, createdAt);
        o.businessNumber = number.digits();
        o.representative = representative;
        o.paymentType = paymentType;
        o.status = OrganisationStatus.AWAITING_APPROVAL;
        return o;
    }

    public void attachLicence(String fileKey, String contentType) {
        this.licenceFile = fileKey;
        this.licenceType = contentType;
    }

    public void approve() {
        requireAwaitingApproval();
        status = OrganisationStatus.ACTIVE;
        rejectionReason = null;
    }

    public void reject(String reason) {
        requireAwaitingApproval();
        status = OrganisationStatus.REJECTED;
        rejectionReason = reason;
    }

    private void requireAwaitingApproval() {
        if (status != OrganisationStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("organisation " + id + " is " + status + ", not awaiting approval");
        }
    }

    public void setMainPhone(String mainPhone) {
        this.mainPhone = mainPhone;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public String getBusinessNumberFormatted() {
        return businessNumber == null ? "" : businessNumber.substring(0, 3) + "-" + businessNumber.substring(3, 5)
                + "-" + businessNumber.substring(5);
    }

    public String getRepresentative() {
        return representative;
    }

    public String getMainPhone() {
        return mainPhone;
    }

    public PaymentType getPaymentType() {
        return paymentType;
    }

    public String getLicenceFile() {
        return licenceFile;
    }

    public String getLicenceType() {
        return licenceType;
    }

    public long getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(long creditLimit) {
        this.creditLimit = creditLimit;
    }

    /** Issue 24 §4: staff switched the coupon company's payment type (the service checked the rules first). */
    public void switchPaymentType(PaymentType type) {
        if (kind != OrganisationKind.COUPON_COMPANY || type == null) {
            throw new IllegalStateException("only a coupon company pays prepaid or postpaid");
        }
        this.paymentType = type;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
