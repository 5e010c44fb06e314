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

    /**
     * CB-MEM-5: the state a withdrawal request started from, where a rejected request returns (a suspended
     * sub-member stays suspended, a dormant one dormant). Null outside a request, and for requests made
     * before it was kept (those return to ACTIVE, as they always did).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS_BEFORE_WITHDRAWAL", length = 30)
    private MemberStatus statusBeforeWithdrawal;

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

    /**
     * CB-MEM-4: a sub-member invited by {@code master}, PENDING until accepted (purged after 14 days,
     * CB-MEM-5). The login id is the e-mail; the password is unusable until acceptance sets one.
     */
    public static Member invite(Member master, String email, String mobile, String displayName,
                                String unusablePasswordHash, Instant invitedAt) {
        Member sub = new Member(email, unusablePasswordHash, displayName, Role.SUB_MEMBER, master.getOrganisation(),
                invitedAt);
        sub.setContact(email, mobile);
        sub.master = master;
        sub.status = MemberStatus.PENDING;
        sub.invitedAt = invitedAt;
        return sub;
    }

    /** CB-MEM-2: a master that signed up and waits for staff approval. */
    public static Member signedUpMaster(String loginId, String passwordHash, String displayName,
                                        Organisation organisation, String mobile, Instant createdAt) {
        Member master = new Member(loginId, passwordHash, displayName, Role.MASTER, organisation, createdAt);
        master.setContact(loginId, mobile);
        master.status = MemberStatus.AWAITING_APPROVAL;
        return master;
    }

    /** CB-MEM-4: the invitee proved the invited mobile and chose a password. */
    public void accept(String passwordHash) {
        move(MemberTransition.ACCEPT);
        this.passwordHash = passwordHash;
        this.invitedAt = null;
    }

    /** CB-MEM-2: staff approved the master's sign-up. */
    public void approve() {
        move(MemberTransition.APPROVE);
    }

    /** CB-MEM-2: staff rejected the master's sign-up. */
    public void reject() {
        move(MemberTransition.REJECT);
    }

    /** CB-MEM-5: the master suspends an active sub-member. */
    public void suspend() {
        move(MemberTransition.SUSPEND);
    }

    /** CB-MEM-5: the master lets a suspended sub-member back in. */
    public void reactivate() {
        move(MemberTransition.REACTIVATE);
    }

    /** CB-MEM-5: no login for the configured period. */
    public void makeDormant() {
        move(MemberTransition.MAKE_DORMANT);
    }

    /** CB-MEM-5: the dormant member logged in personally. */
    public void liftDormancy() {
        move(MemberTransition.LIFT_DORMANCY);
    }

    /** CB-MEM-5: the master asked for the withdrawal (the evidence rows are {@link WithdrawalEvidence}). */
    public void requestWithdrawal() {
        MemberStatus before = status;
        move(MemberTransition.REQUEST_WITHDRAWAL);
        statusBeforeWithdrawal = before;
    }

    /** CB-MEM-5: staff approved the withdrawal; withdrawn at once. */
    public void withdraw() {
        move(MemberTransition.WITHDRAW);
    }

    /** Staff turned the withdrawal request down; the sub-member is back in the state the request started from. */
    public void rejectWithdrawal() {
        MemberStatus back = statusBeforeWithdrawal == null ? MemberStatus.ACTIVE : statusBeforeWithdrawal;
        move(MemberTransition.REJECT_WITHDRAWAL, back);
        statusBeforeWithdrawal = null;
    }

    /** Issue 15 §3: the only place the status changes; refuses what {@link MemberTransition} does not allow. */
    private void move(MemberTransition transition) {
        move(transition, transition.to());
    }

    private void move(MemberTransition transition, MemberStatus newStatus) {
        if (!transition.allowedFrom(status) || !transition.targets().contains(newStatus)) {
            throw new MemberStateException(id, status, transition);
        }
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
