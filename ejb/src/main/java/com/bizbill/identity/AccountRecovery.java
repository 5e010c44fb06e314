package com.bizbill.identity;

import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * ID lookup, password reset by e-mailed one-time link, and password change (BP-ON-3, BP-ME-1).
 * Requests about an address never say whether the address is known.
 */
@Stateless
public class AccountRecovery {

    @PersistenceContext
    EntityManager em;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailSender mail;

    @Inject
    PasswordHashing passwords;

    @Inject
    AccountLinks links;

    @Inject
    AuditLog audit;

    /** Mails the login ids whose contact or member e-mail is {@code email}; silent when there are none. */
    public void mailLoginIds(String email) {
        if (!LoginIds.isEmail(email)) {
            return;
        }
        List<String> ids = loginIdsFor(email.trim());
        if (!ids.isEmpty()) {
            mail.send(new MailMessage(email.trim(), "[Bizbill] 아이디 안내 / Your login ID",
                    "요청하신 아이디입니다 / Your login ID(s):\n\n" + String.join("\n", ids)
                            + "\n\n로그인 / Log in: " + links.of("/login.xhtml")));
        }
    }

    /** Mails a reset link when login id and e-mail belong together; silent otherwise. */
    public void requestPasswordReset(String loginId, String email) {
        if (loginId == null || !LoginIds.isEmail(email)) {
            return;
        }
        Member m = findByLoginId(loginId.trim());
        if (m == null || !loginIdsFor(email.trim()).contains(m.getLoginId())) {
            return;
        }
        String token = tokens.issueLink(TokenPurpose.PASSWORD_RESET, String.valueOf(m.getId()));
        mail.send(new MailMessage(email.trim(), "[Bizbill] 비밀번호 재설정 / Password reset",
                "아래 링크에서 1시간 안에 새 비밀번호를 정하세요 (한 번만 쓸 수 있습니다).\n"
                        + "Set a new password within one hour with this one-time link:\n\n"
                        + links.of("/reset-password.xhtml?token=" + token)));
    }

    @jakarta.inject.Inject
    LoginAttempts attempts;

    public boolean isResetLinkValid(String token) {
        return tokens.peekLink(TokenPurpose.PASSWORD_RESET, token).isPresent();
    }

    public void resetPassword(String token, String newPassword) {
        OneTimeToken t = tokens.useLink(TokenPurpose.PASSWORD_RESET, token);
        Member m = em.find(Member.class, Long.valueOf(t.getSubject()));
        setPassword(m, newPassword, true);
        m.unlock();
        attempts.locks().clearAccount(m.getLoginId());
        m.endSessions(); // issue 14: whoever held a session before the reset is logged out
    }

    /** BP-ME-1: the member changes the password, knowing the current one. */
    public void changePassword(long memberId, String current, String newPassword) {
        Member m = em.find(Member.class, memberId);
        if (m == null || !passwords.verify(current == null ? "" : current, m.getPasswordHash())) {
            throw IdentityException.field(ErrorCode.VALIDATION_FAILED, "currentPassword",
                    "field.currentPassword");
        }
        setPassword(m, newPassword, false);
    }

    /** {@code byLink}: the member proved itself by a reset link, before any login (issue 15 §1). */
    private void setPassword(Member m, String newPassword, boolean byLink) {
        PasswordPolicy.problem(newPassword, m.getLoginId()).ifPresent(p -> {
            throw IdentityException.field(ErrorCode.VALIDATION_FAILED, "newPassword", p);
        });
        m.changePasswordHash(passwords.hash(newPassword));
        if (byLink) {
            audit.recordAs(com.bizbill.shared.context.Actor.identified("self:reset-link"), "PASSWORD_CHANGED", "MEMBER", m.getId(), m.getOrganisation().getId(),
                    null, null);
        } else {
            audit.record("PASSWORD_CHANGED", "MEMBER", m.getId(), m.getOrganisation().getId(), null, null);
        }

    }

    private Member findByLoginId(String loginId) {
        return em.createQuery("select m from Member m where m.loginId = :id", Member.class)
                .setParameter("id", loginId).getResultStream().findFirst().orElse(null);
    }

    private List<String> loginIdsFor(String email) {
        List<String> ids = new java.util.ArrayList<>(em.createQuery(
                        "select b.member.loginId from BillingAccount b where lower(b.contactEmail) = :e "
                                + "and b.member is not null", String.class)
                .setParameter("e", email.toLowerCase()).getResultList());
        ids.addAll(em.createQuery("select m.loginId from Member m where lower(m.email) = :e", String.class)
                .setParameter("e", email.toLowerCase()).getResultList());
        return ids.stream().distinct().sorted().toList();
    }
}
