package com.bizbill.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A login: staff or a customer's member. The login id never changes (BP-ON-2). */
@Entity
@Table(name = "MEMBER")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LOGIN_ID", nullable = false, unique = true, length = 100, updatable = false)
    private String loginId;

    /** PBKDF2 hash in the Jakarta Security format (algorithm:iterations:salt:hash); never the password. */
    @Column(name = "PASSWORD_HASH", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false)
    private boolean enabled = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MemberStatus status = MemberStatus.ACTIVE;

    @Column(length = 320)
    private String email;

    @Column(length = 20)
    private String mobile;

    /** The master a sub-member belongs to (CB-MEM-1). */
    @ManyToOne
    @JoinColumn(name = "MASTER_ID", updatable = false)
    private Member master;

    @Column(name = "LAST_LOGIN_AT")
    private Instant lastLoginAt;

    /** Consecutive password failures; reset by a successful login. */
    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    /** CB-MEM-6: the monthly purchase limit in won; null = none granted yet (cannot order). */
    @Column(name = "MONTHLY_LIMIT")
    private Long monthlyLimit;

    @Column(name = "LIMIT_UNLIMITED", nullable = false)
    private boolean limitUnlimited;

    /** Evidence files of a withdrawal request (CB-MEM-5), keys in the file store, comma-separated. */
    @Column(name = "WITHDRAWAL_EVIDENCE", length = 700)
    private String withdrawalEvidence;

    /** When a PENDING sub-member was invited (purged 14 days later if not accepted, CB-MEM-5). */
    @Column(name = "INVITED_AT")
    private Instant invitedAt;

    /** CB-MEM-3: the SMS second step; on by default, the member may switch it off. */
    @Column(name = "TWO_STEP", nullable = false)
    private boolean twoStep = true;

    /**
     * Issue 14: raised whenever the member's open sessions must end (suspended, withdrawn, rejected,
     * password reset by link); a session remembers the value it logged in with and a filter ends it
     * once they differ. In the database, so every node of a cluster sees it.
     */
    @Column(name = "SESSION_EPOCH", nullable = false)
    private long sessionEpoch;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Member() {
    }

    public Member(String loginId, String passwordHash, String displayName, Role role, Organisation organisation,
                  Instant createdAt) {
        this.loginId = loginId;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organisation = organisation;
        this.createdAt = createdAt;
    }

    public void setContact(String email, String mobile) {
        this.email = email;
        this.mobile = mobile;
    }

    public void changeStatus(MemberStatus newStatus) {
        if (status.mayLogIn() && !newStatus.mayLogIn()) {
            endSessions(); // issue 14: a suspended or withdrawn member keeps no open session
        }
        this.status = newStatus;
    }

    /** Ends every open session of the member at its next request (issue 14). */
    public void endSessions() {
        sessionEpoch++;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    /** Whether the account is locked at {@code now} after repeated failures. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed password; locks for {@code lockFor} once {@code maxFailures} is reached. */
    public void loginFailed(Instant now, int maxFailures, java.time.Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    public void loggedIn(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Coupon-service members log in with a second step unless they switched it off (CB-MEM-3). */
    public boolean needsSecondStep() {
        return twoStep && (role == Role.MASTER || role == Role.SUB_MEMBER);
    }

    public boolean isTwoStep() {
        return twoStep;
    }

    public void setTwoStep(boolean twoStep) {
        this.twoStep = twoStep;
    }

    public MonthlyPurchaseLimit getMonthlyPurchaseLimit() {
        return limitUnlimited ? MonthlyPurchaseLimit.unlimited()
                : monthlyLimit == null ? MonthlyPurchaseLimit.none() : MonthlyPurchaseLimit.of(monthlyLimit);
    }

    public void setMonthlyPurchaseLimit(MonthlyPurchaseLimit limit) {
        this.limitUnlimited = limit.isUnlimited();
        this.monthlyLimit = limit.isUnlimited() || limit.isNone() ? null : limit.won();
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public void setInvitedAt(Instant invitedAt) {
        this.invitedAt = invitedAt;
    }

    public String getWithdrawalEvidence() {
        return withdrawalEvidence;
    }

    public void setWithdrawalEvidence(String keys) {
        this.withdrawalEvidence = keys;
    }

    public void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public Member getMaster() {
        return master;
    }

    public void setMaster(Member master) {
        this.master = master;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Long getId() {
        return id;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
