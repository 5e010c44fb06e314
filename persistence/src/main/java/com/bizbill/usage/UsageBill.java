package com.bizbill.usage;

import com.bizbill.messaging.MessageType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A partner store's monthly usage bill (NB-CYC-1, NB-PAY-1): counts and amounts per message type, supply,
 * VAT and total, then its notification and payment. One per store and usage month (unique), so a second
 * collection run finds it instead of billing twice; money flows through it, hence {@code @Version}.
 */
@Entity
@Table(name = "USAGE_BILL", uniqueConstraints = @UniqueConstraint(name = "UK_USAGE_BILL_STORE_MONTH",
        columnNames = {"STORE_ID", "USAGE_MONTH"}))
public class UsageBill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "STORE_ID", nullable = false, updatable = false)
    private long storeId;

    /** yyyy-MM: the month the messages were sent in. */
    @Column(name = "USAGE_MONTH", nullable = false, length = 7, updatable = false)
    private String usageMonth;

    @Column(name = "ALIMTALK_COUNT", nullable = false, updatable = false)
    private long alimtalkCount;

    @Column(name = "ALIMTALK_AMOUNT", nullable = false, updatable = false)
    private long alimtalkAmount;

    @Column(name = "SMS_COUNT", nullable = false, updatable = false)
    private long smsCount;

    @Column(name = "SMS_AMOUNT", nullable = false, updatable = false)
    private long smsAmount;

    @Column(name = "LMS_COUNT", nullable = false, updatable = false)
    private long lmsCount;

    @Column(name = "LMS_AMOUNT", nullable = false, updatable = false)
    private long lmsAmount;

    @Column(nullable = false, updatable = false)
    private long supply;

    @Column(nullable = false, updatable = false)
    private long vat;

    @Column(nullable = false, updatable = false)
    private long total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UsageBillStatus status;

    @Column(name = "COLLECTED_AT", nullable = false, updatable = false)
    private Instant collectedAt;

    @Column(name = "NOTIFIED_AT")
    private Instant notifiedAt;

    /** When the store was told that the charge failed or could not be made (sent once). */
    @Column(name = "FAILURE_NOTIFIED_AT")
    private Instant failureNotifiedAt;

    @Column(name = "CHARGE_ATTEMPTS", nullable = false)
    private int chargeAttempts;

    @Column(name = "FAILURE", length = 300)
    private String failure;

    @Column(name = "PAID_AT")
    private Instant paidAt;

    /** Card: the payment attempt; manual: the reference staff recorded (bank transfer, receipt no.). */
    @Column(name = "PAYMENT_REFERENCE", length = 100)
    private String paymentReference;

    @Column(name = "PAID_BY", length = 100)
    private String paidBy;

    @Version
    private long version;

    /** Of the counts, messages of earlier months known delivered only after those were billed (NB-CYC-1). */
    @Column(name = "CARRIED_COUNT", nullable = false, updatable = false)
    private long carriedCount;

    protected UsageBill() {
    }

    public UsageBill(long storeId, String usageMonth, UsageRating.Rated rated, Instant collectedAt) {
        this.storeId = storeId;
        this.usageMonth = usageMonth;
        this.alimtalkCount = rated.line(MessageType.ALIMTALK).count();
        this.alimtalkAmount = rated.line(MessageType.ALIMTALK).amount();
        this.smsCount = rated.line(MessageType.SMS).count();
        this.smsAmount = rated.line(MessageType.SMS).amount();
        this.lmsCount = rated.line(MessageType.LMS).count();
        this.lmsAmount = rated.line(MessageType.LMS).amount();
        this.supply = rated.supply();
        this.vat = rated.vat();
        this.total = rated.total();
        this.carriedCount = rated.carried();
        this.collectedAt = collectedAt;
        this.status = UsageBillStatus.OPEN;
    }

    public long getCarriedCount() {
        return carriedCount;
    }

    /** The billed count of one message type. */
    public long count(MessageType type) {
        return switch (type) {
            case ALIMTALK -> alimtalkCount;
            case SMS -> smsCount;
            case LMS -> lmsCount;
            case MMS -> 0; // never a store's usage
        };
    }

    /** The billed amount (won, VAT excluded) of one message type. */
    public long amount(MessageType type) {
        return switch (type) {
            case ALIMTALK -> alimtalkAmount;
            case SMS -> smsAmount;
            case LMS -> lmsAmount;
            case MMS -> 0;
        };
    }

    public void notified(Instant at) {
        if (notifiedAt == null) {
            notifiedAt = at;
        }
    }

    /** A card charge starts (the 5th, or a staff retry of a failed one). */
    public void charging() {
        move(UsageBillStatus.CHARGING);
        chargeAttempts++;
        failureNotifiedAt = null; // a new failure is told again
    }

    public void paidByCard(String attemptReference, Instant at) {
        move(UsageBillStatus.PAID);
        paymentReference = attemptReference;
        paidBy = "card";
        paidAt = at;
        failure = null;
    }

    public void chargeFailed(String why) {
        move(UsageBillStatus.CHARGE_FAILED);
        failure = why == null ? null : why.substring(0, Math.min(300, why.length()));
    }

    public void noCard() {
        move(UsageBillStatus.NO_CARD);
        failure = "no registered card";
    }

    public void failureNotified(Instant at) {
        failureNotifiedAt = at;
    }

    /** Staff record a payment made by hand (NB-CYC-1: "staff can mark it paid"). */
    public void paidManually(String reference, String staff, Instant at) {
        move(UsageBillStatus.PAID_MANUALLY);
        paymentReference = reference;
        paidBy = staff;
        paidAt = at;
    }

    /** Issue 15 §3: the only place the status changes; refuses what {@link UsageBillStatus#canBecome} does not allow. */
    private void move(UsageBillStatus target) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException("NB-CYC-1: bill " + id + " is " + status + ", cannot become " + target);
        }
        status = target;
    }

    public Long getId() {
        return id;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getUsageMonth() {
        return usageMonth;
    }

    public long getAlimtalkCount() {
        return alimtalkCount;
    }

    public long getAlimtalkAmount() {
        return alimtalkAmount;
    }

    public long getSmsCount() {
        return smsCount;
    }

    public long getSmsAmount() {
        return smsAmount;
    }

    public long getLmsCount() {
        return lmsCount;
    }

    public long getLmsAmount() {
        return lmsAmount;
    }

    public long getCount() {
        return alimtalkCount + smsCount + lmsCount;
    }

    public long getSupply() {
        return supply;
    }

    public long getVat() {
        return vat;
    }

    public long getTotal() {
        return total;
    }

    public UsageBillStatus getStatus() {
        return status;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public Instant getFailureNotifiedAt() {
        return failureNotifiedAt;
    }

    public int getChargeAttempts() {
        return chargeAttempts;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getPaidBy() {
        return paidBy;
    }
}
