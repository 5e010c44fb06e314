package com.bizbill.identity;

import com.bizbill.messaging.MessageGateway;
import com.bizbill.shared.MobileNumber;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CB-MEM-3 second login step: a 6-digit SMS code (3 minutes, 5 attempts), then a one-minute
 * ticket that the identity store redeems to authenticate the session. Wrong codes count against
 * the account like wrong passwords. Security settings: the step on/off and trusted IPs.
 */
@Stateless
public class TwoStepLogin {

    @PersistenceContext
    EntityManager em;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MessageGateway messages;

    @Inject
    IdentityService identity;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "bizbill.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "bizbill.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** Sends the code to the member's mobile; returns the number masked for the page (010-****-5678). */
    public String sendCode(long memberId) {
        Member m = member(memberId);
        if (m.getMobile() == null) {
            throw new IdentityException(ErrorCode.LOGIN_NO_MOBILE, "no mobile number on file");
        }
        String code = tokens.issueCode(TokenPurpose.LOGIN_CODE, String.valueOf(memberId));
        messages.sendSms(m.getMobile(), "[Bizbill] 로그인 인증번호 " + code + " (3분 이내 입력)");
        return MobileNumber.mask(m.getMobile());
    }

    /**
     * Checks the code; on success the result carries the ticket for the identity store and, when
     * asked, {@code ip} is trusted for later logins. A failure is a result, not an exception, so
     * that the counted attempt commits.
     */
    public CodeCheck verifyCode(long memberId, String code, String ip, boolean trustIp) {
        Member m = member(memberId);
        if (m.isLocked(clock.instant())) {
            return CodeCheck.failed("login.locked");
        }
        if (!tokens.useCode(TokenPurpose.LOGIN_CODE, String.valueOf(memberId), code)) {
            m.loginFailed(clock.instant(), maxFailures, Duration.ofMinutes(lockMinutes));
            return CodeCheck.failed(m.isLocked(clock.instant()) ? "login.locked" : "twostep.wrong");
        }
        if (trustIp && ip != null && !identity.isTrusted(memberId, ip)) {
            em.persist(new TrustedIp(memberId, ip, clock.instant()));
            audit.recordAs(com.bizbill.shared.context.Actor.identified(m.getLoginId()), "TRUSTED_IP_ADDED", "MEMBER", memberId, m.getOrganisation().getId(), null,
                    ip);
        }
        return new CodeCheck(tokens.issueLink(TokenPurpose.LOGIN_TICKET, String.valueOf(memberId)), null);
    }

    /** The outcome of a code: a ticket, or the bundle key of why not. */
    public record CodeCheck(String ticket, String failure) {
        static CodeCheck failed(String key) {
            return new CodeCheck(null, key);
        }

        public boolean ok() {
            return ticket != null;
        }
    }

    /** The identity store's side: the member behind a fresh login ticket (used up). */
    public AuthenticatedMember redeem(String ticket) {
        OneTimeToken t = tokens.useLink(TokenPurpose.LOGIN_TICKET, ticket);
        Member m = member(Long.parseLong(t.getSubject()));
        if (!m.getStatus().mayLogIn() || m.isLocked(clock.instant())) {
            throw new IdentityException(ErrorCode.MEMBER_LOGIN_NOT_ALLOWED, "member may not log in");
        }
        if (m.getStatus() == MemberStatus.DORMANT) {
            // CB-MEM-5: a dormant member lifts dormancy personally, by logging in
            m.liftDormancy();
            audit.recordAs(com.bizbill.shared.context.Actor.identified(m.getLoginId()), "DORMANCY_LIFTED", "MEMBER", m.getId(), m.getOrganisation().getId(),
                    "DORMANT", "ACTIVE");
        }
        m.loggedIn(clock.instant());
        return AuthenticatedMember.of(m);
    }

    public void setTwoStep(long memberId, boolean on) {
        Member m = member(memberId);
        boolean before = m.isTwoStep();
        m.setTwoStep(on);
        audit.record("TWO_STEP_CHANGED", "MEMBER", memberId, m.getOrganisation().getId(),
                String.valueOf(before), String.valueOf(on));
    }

    public boolean isTwoStep(long memberId) {
        return member(memberId).isTwoStep();
    }

    public List<TrustedIp> trustedIps(long memberId) {
        return em.createQuery("select t from TrustedIp t where t.memberId = :m order by t.id", TrustedIp.class)
                .setParameter("m", memberId).getResultList();
    }

    public void removeTrustedIp(long memberId, long trustedIpId) {
        TrustedIp t = em.find(TrustedIp.class, trustedIpId);
        if (t == null || t.getMemberId() != memberId) {
            throw new IdentityException(ErrorCode.TRUSTED_IP_NOT_FOUND, "no such trusted IP");
        }
        em.remove(t);
        Member m = member(memberId);
        audit.record("TRUSTED_IP_REMOVED", "MEMBER", memberId, m.getOrganisation().getId(), t.getIp(),
                null);
    }

    private Member member(long id) {
        Member m = em.find(Member.class, id);
        if (m == null) {
            throw new IdentityException(ErrorCode.MEMBER_NOT_FOUND, "no member " + id);
        }
        return m;
    }
}
