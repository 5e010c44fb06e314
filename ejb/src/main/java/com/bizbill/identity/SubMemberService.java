package com.bizbill.identity;

import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.messaging.MessageGateway;
import com.bizbill.shared.MobileNumber;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.files.FileStore;
import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sub-members of a coupon-service master (CB-MEM-1, CB-MEM-4..6): invitation by rows, acceptance
 * with the invited mobile number, states, monthly purchase limits within the master's means, and
 * withdrawal reviewed by staff. A master only ever reaches its own sub-members: any other id is
 * answered as not found. Every change is audited in its transaction.
 */
@Stateless
public class SubMemberService {

    public static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

    @PersistenceContext
    EntityManager em;

    @Inject
    OneTimeTokens tokens;

    @Inject
    com.bizbill.ordering.OrderQueries orders;

    @Inject
    MailSender mail;

    @Inject
    MessageGateway messages;

    @Inject
    PasswordHashing passwords;

    @Inject
    IdentityService identity;

    @Inject
    LedgerService ledger;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    AccountLinks links;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "bizbill.members.dormant-after-days", defaultValue = "365")
    int dormantAfterDays;

    /** CB-MEM-4: invites every valid row; each bad row is reported with its reason, the others go out. */
    public List<InviteRow> invite(long masterId, List<InviteRow> rows) {
        Member master = master(masterId);
        List<InviteRow> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (InviteRow row : rows) {
            String email = row.email() == null ? "" : row.email().trim().toLowerCase();
            String mobile = MobileNumber.of(row.mobile()).map(MobileNumber::digits).orElse(null);
            String name = row.name() == null ? "" : row.name().trim();
            String problem = !LoginIds.isEmail(email) ? "field.email"
                    : name.isEmpty() || name.length() > 50 ? "invite.name"
                    : mobile == null ? MobileNumber.FIELD_ERROR
                    : !seen.add(email) ? "invite.duplicate"
                    : identity.isLoginTaken(email) ? "field.loginIdTaken" : null;
            if (problem != null) {
                results.add(row.failed(problem));
                continue;
            }
            Member sub = Member.invite(master, email, mobile, name, passwords.unusableHash(), clock.instant());
            em.persist(sub);
            em.flush();
            String token = tokens.issueLink(TokenPurpose.SUB_MEMBER_INVITATION, String.valueOf(sub.getId()));
            try {
                mail.send(new MailMessage(email, "[Bizbill] " + master.getOrganisation().getName() + " 서브회원 초대 / Invitation",
                        master.getDisplayName() + "님이 쿠폰 서비스 서브회원으로 초대했습니다. 14일 안에 수락하세요.\n"
                                + "You were invited as a sub-member; accept within 14 days:\n\n"
                                + links.of("/invitation.xhtml?token=" + token)));
            } catch (BizbillException e) {
                em.remove(sub);
                results.add(row.failed("invite.mailFailed"));
                continue;
            }
            audit.record("SUB_MEMBER_INVITED", "MEMBER", sub.getId(),
                    master.getOrganisation().getId(), null, email + " / " + mobile);
            results.add(row.ok());
        }
        return results;
    }

    /** The invitation behind a link, if it is still good. */
    public Optional<Member> invitation(String token) {
        return tokens.peekLink(TokenPurpose.SUB_MEMBER_INVITATION, token)
                .map(t -> em.find(Member.class, Long.valueOf(t.getSubject())))
                .filter(m -> m.getStatus() == MemberStatus.PENDING);
    }

    /** Sends the code to the invited mobile number (the invitee must prove that number). */
    public void sendMobileCode(String token) {
        Member sub = invitation(token).orElseThrow(
                () -> new IdentityException(ErrorCode.INVITATION_INVALID, "the invitation is invalid or expired"));
        String code = tokens.issueCode(TokenPurpose.MOBILE_VERIFICATION, String.valueOf(sub.getId()));
        messages.sendSms(sub.getMobile(), "[Bizbill] 휴대폰 인증번호 " + code + " (3분 이내 입력)");
    }

    /**
     * CB-MEM-4 acceptance: the code sent to the invited mobile, a password and consent make the
     * sub-member ACTIVE. Returns the bundle key of what is wrong, or empty on success (a wrong
     * code is a result, so its counted attempt commits).
     */
    public Optional<String> accept(String token, String mobileCode, String password, boolean agreed) {
        Member sub = invitation(token).orElse(null);
        if (sub == null) {
            return Optional.of("invite.invalidLink");
        }
        if (!agreed) {
            return Optional.of("field.agreement");
        }
        Optional<String> weak = PasswordPolicy.problem(password, sub.getLoginId());
        if (weak.isPresent()) {
            return weak;
        }
        if (!tokens.useCode(TokenPurpose.MOBILE_VERIFICATION, String.valueOf(sub.getId()), mobileCode)) {
            return Optional.of("invite.codeWrong");
        }
        tokens.useLink(TokenPurpose.SUB_MEMBER_INVITATION, token);
        MemberMoves.apply(() -> sub.accept(passwords.hash(password)));
        audit.recordAs(com.bizbill.shared.context.Actor.identified(sub.getLoginId()), "SUB_MEMBER_ACCEPTED", "MEMBER", sub.getId(), sub.getOrganisation().getId(),
                "PENDING", "ACTIVE");
        return Optional.empty();
    }

    public List<SubMemberView> subMembers(long masterId) {
        master(masterId);
        return em.createQuery("select m from Member m where m.master.id = :m and m.status <> :w order by m.id",
                        Member.class)
                .setParameter("m", masterId).setParameter("w", MemberStatus.WITHDRAWN).getResultList().stream()
                // issue 20 §4: this month's use and the accumulated order amount come from real orders
                .map(m -> new SubMemberView(m.getId(), m.getEmail(), m.getDisplayName(), m.getMobile(), m.getStatus(),
                        m.getMonthlyPurchaseLimit(), orders.memberUsed(m.getId(), java.time.YearMonth.now(clock)),
                        orders.accumulated(m.getId()), m.getLastLoginAt()))
                .toList();
    }

    /** What the master can spend: the prepaid balance, or the postpaid credit limit (CB-MEM-6). */
    public long spendable(long masterId) {
        Organisation org = master(masterId).getOrganisation();
        if (org.getPaymentType() == PaymentType.POSTPAID) {
            return org.getCreditLimit();
        }
        return ledger.findAccount(LedgerAccounts.prepaidBalance(org.getId()))
                .map(a -> ledger.balance(a.getCode()).balance()).orElse(0L);
    }

    /** CB-MEM-6: one limit for one or many sub-members at once, within the master's means. */
    public void setLimit(long masterId, List<Long> subIds, MonthlyPurchaseLimit limit) {
        Member master = master(masterId);
        if (subIds.isEmpty()) {
            throw IdentityException.field(ErrorCode.VALIDATION_FAILED, "selection", "limit.noneSelected");
        }
        long spendable = spendable(masterId);
        if (!limit.fitsWithin(spendable)) {
            throw IdentityException.field(ErrorCode.SUB_LIMIT_EXCEEDS_MEANS, "limit", "limit.exceedsMeans");
        }
        for (long id : subIds) {
            Member sub = own(masterId, id);
            MonthlyPurchaseLimit before = sub.getMonthlyPurchaseLimit();
            sub.setMonthlyPurchaseLimit(limit);
            audit.record("MONTHLY_LIMIT_CHANGED", "MEMBER", id, master.getOrganisation().getId(),
                    before.toString(), limit.toString());
        }
    }

    /** CB-MEM-5: the master suspends an active sub-member or lets a suspended one back in. */
    public void setSuspended(long masterId, long subId, boolean suspended) {
        Member master = master(masterId);
        Member sub = ownLocked(masterId, subId);
        MemberStatus from = sub.getStatus();
        MemberMoves.apply(suspended ? sub::suspend : sub::reactivate);
        audit.record("SUB_MEMBER_STATUS", "MEMBER", subId, master.getOrganisation().getId(),
                from.name(), sub.getStatus().name());
    }

    /**
     * CB-MEM-5 withdrawal request: 1–3 evidence files; refused while the sub-member has reserved or
     * sending orders (issue 20 §4: counted from real orders).
     */
    public void requestWithdrawal(long masterId, long subId, List<byte[]> evidence) {
        Member master = master(masterId);
        Member sub = ownLocked(masterId, subId);
        long open = orders.openOrders(subId);
        if (open > 0) {
            throw new IdentityException(ErrorCode.SUB_MEMBER_STATE_CONFLICT, "CB-MEM-5: " + open + " open orders",
                    List.of(new com.bizbill.shared.error.BizbillException.FieldError("withdrawal",
                            "withdrawal.openOrders", List.of(open))));
        }
        if (evidence == null || evidence.isEmpty() || evidence.size() > 3) {
            throw IdentityException.field(ErrorCode.VALIDATION_FAILED, "evidence", "withdrawal.evidenceCount");
        }
        MemberStatus before = sub.getStatus();
        MemberMoves.apply(sub::requestWithdrawal); // refused before any file is stored
        // issue 15 §3: one row per evidence file (a refused file rolls the whole request back)
        Instant requestedAt = clock.instant();
        Number last = (Number) em.createQuery("select max(e.requestNo) from WithdrawalEvidence e where e.memberId = :m")
                .setParameter("m", subId).getSingleResult();
        int requestNo = last == null ? 1 : last.intValue() + 1; // an earlier, rejected request keeps its files
        for (int i = 0; i < evidence.size(); i++) {
            byte[] file = evidence.get(i);
            FileStore.Stored stored = files.store(file, "evidence");
            em.persist(new WithdrawalEvidence(subId, requestNo, requestedAt, i, stored.key(), null,
                    stored.kind().contentType(), (long) file.length));
        }
        audit.record("WITHDRAWAL_REQUESTED", "MEMBER", subId, master.getOrganisation().getId(),
                before.name(), "WITHDRAWAL_PENDING (" + evidence.size() + " files)");
    }

    public List<Member> pendingWithdrawals() {
        return em.createQuery("select m from Member m join fetch m.organisation where m.status = :s order by m.id",
                Member.class).setParameter("s", MemberStatus.WITHDRAWAL_PENDING).getResultList();
    }

    /** Staff decide a withdrawal: approved means withdrawn at once; rejected returns the member to ACTIVE. */
    public void decideWithdrawal(long subId, boolean approve) {
        Member sub = em.find(Member.class, subId);
        if (sub == null) {
            throw new IdentityException(ErrorCode.SUB_MEMBER_STATE_CONFLICT, "no pending withdrawal for " + subId);
        }
        MemberMoves.apply(approve ? sub::withdraw : sub::rejectWithdrawal);
        audit.record(approve ? "WITHDRAWAL_APPROVED" : "WITHDRAWAL_REJECTED", "MEMBER", subId,
                sub.getOrganisation().getId(), "WITHDRAWAL_PENDING", sub.getStatus().name());
    }

    /** The evidence files of the member's latest withdrawal request, in upload order (CB-MEM-5). */
    public List<WithdrawalEvidence> evidenceFiles(long subId) {
        return em.createQuery("select e from WithdrawalEvidence e where e.memberId = :m and e.requestNo = "
                        + "(select max(l.requestNo) from WithdrawalEvidence l where l.memberId = :m) "
                        + "order by e.position", WithdrawalEvidence.class)
                .setParameter("m", subId).getResultList();
    }

    public byte[] evidence(long subId, int index) {
        List<WithdrawalEvidence> evidence = evidenceFiles(subId);
        if (index < 0 || index >= evidence.size()) {
            throw new IdentityException(ErrorCode.WITHDRAWAL_EVIDENCE_NOT_FOUND, "no evidence " + index);
        }
        return files.read(evidence.get(index).getFileKey());
    }

    /** CB-MEM-5 housekeeping: invitations not accepted within 14 days, a page of member ids after {@code afterId}. */
    public List<Long> expiredInvitations(Long afterId, int max) {
        return em.createQuery("select m.id from Member m where m.status = :p and m.invitedAt < :c and m.id > :after "
                        + "order by m.id", Long.class).setParameter("p", MemberStatus.PENDING)
                .setParameter("c", clock.instant().minus(INVITATION_LIFETIME))
                .setParameter("after", afterId == null ? 0L : afterId).setMaxResults(max).getResultList();
    }

    /** Deletes one expired invitation, in a transaction of its own; false when it was accepted or gone meanwhile. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean purgeInvitation(long memberId) {
        Member m = em.find(Member.class, memberId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.getStatus() != MemberStatus.PENDING
                || m.getInvitedAt() == null || !m.getInvitedAt().isBefore(clock.instant().minus(INVITATION_LIFETIME))) {
            return false;
        }
        audit.record("INVITATION_EXPIRED", "MEMBER", m.getId(), m.getOrganisation().getId(),
                "PENDING " + m.getEmail(), "deleted");
        em.remove(m);
        return true;
    }

    /** CB-MEM-5 housekeeping: active sub-members without a login for the configured period, a page of ids. */
    public List<Long> idleSubMembers(Long afterId, int max) {
        return em.createQuery("select m.id from Member m where m.role = :r and m.status = :a and m.id > :after and "
                        + "((m.lastLoginAt is null and m.createdAt < :c) or m.lastLoginAt < :c) order by m.id", Long.class)
                .setParameter("r", Role.SUB_MEMBER).setParameter("a", MemberStatus.ACTIVE).setParameter("c", idleBefore())
                .setParameter("after", afterId == null ? 0L : afterId).setMaxResults(max).getResultList();
    }

    /** Marks one idle sub-member DORMANT, in a transaction of its own; false when it logged in or moved meanwhile. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean makeDormant(long memberId) {
        Member m = em.find(Member.class, memberId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Instant cutoff = idleBefore();
        if (m == null || m.getStatus() != MemberStatus.ACTIVE
                || (m.getLastLoginAt() == null ? !m.getCreatedAt().isBefore(cutoff) : !m.getLastLoginAt().isBefore(cutoff))) {
            return false;
        }
        m.makeDormant();
        audit.record("SUB_MEMBER_DORMANT", "MEMBER", m.getId(), m.getOrganisation().getId(), "ACTIVE", "DORMANT");
        return true;
    }

    private Instant idleBefore() {
        return clock.instant().minus(Duration.ofDays(dormantAfterDays));
    }

    private Member master(long masterId) {
        Member m = em.find(Member.class, masterId);
        if (m == null || m.getRole() != Role.MASTER) {
            throw new IdentityException(ErrorCode.SUB_MEMBER_MASTER_ONLY, "only a master manages sub-members");
        }
        return m;
    }

    /** A sub-member of this master; anyone else's id is answered as not found (isolation). */
    private Member own(long masterId, long subId) {
        Member sub = em.find(Member.class, subId);
        if (sub == null || sub.getMaster() == null || sub.getMaster().getId() != masterId) {
            throw new IdentityException(ErrorCode.SUB_MEMBER_NOT_FOUND, "no sub-member " + subId);
        }
        return sub;
    }

    /**
     * The master's sub-member with its row locked (issue 20 review): an order being placed holds the same lock while
     * it checks the member's state, so a suspension or a withdrawal check waits for it and then sees its order.
     */
    private Member ownLocked(long masterId, long subId) {
        Member sub = own(masterId, subId);
        em.lock(sub, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        em.refresh(sub);
        return sub;
    }

}
