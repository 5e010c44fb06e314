package com.bizbill.identity;

import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Notification-billing partner stores (NB-*): organisations with a main phone number (where bill
 * notices go) and one admin login, created by staff; the admin sets a password by mailed link.
 */
@Stateless
public class PartnerStoreService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    IdentityService identity;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailSender mail;

    @Inject
    AccountLinks links;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Organisation register(String name, String mainPhone, String adminLoginId, String adminEmail) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        String phone = com.bizbill.shared.PhoneNumber.of(mainPhone).map(com.bizbill.shared.PhoneNumber::digits)
                .orElse(null); // issue 15 §4: read as every other number, stored as digits
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(new BizbillException.FieldError("name", "field.length200"));
        }
        if (phone == null) {
            errors.add(new BizbillException.FieldError("mainPhone", com.bizbill.shared.PhoneNumber.FIELD_ERROR));
        }
        if (!LoginIds.isValid(adminLoginId)) {
            errors.add(new BizbillException.FieldError("adminLoginId", "field.loginId"));
        } else if (identity.isLoginTaken(adminLoginId)) {
            errors.add(new BizbillException.FieldError("adminLoginId", "field.loginIdTaken"));
        }
        if (!LoginIds.isEmail(adminEmail)) {
            errors.add(new BizbillException.FieldError("adminEmail", "field.email"));
        }
        if (!errors.isEmpty()) {
            throw new IdentityException(ErrorCode.VALIDATION_FAILED, "invalid partner store", errors);
        }
        Organisation store = new Organisation(name.trim(), OrganisationKind.PARTNER_STORE, clock.instant());
        store.setMainPhone(phone);
        em.persist(store);
        Member admin = new Member(adminLoginId.trim(), passwords.unusableHash(),
                name.trim() + " 관리자", Role.PARTNER_ADMIN, store, clock.instant());
        admin.setContact(adminEmail.trim(), null);
        em.persist(admin);
        em.flush();
        String token = tokens.issueLink(TokenPurpose.PASSWORD_RESET, String.valueOf(admin.getId()));
        mail.send(new MailMessage(adminEmail.trim(), "[Bizbill] 알림 사용 요금 관리자 계정 / Store admin account",
                store.getName() + ": 아이디 " + admin.getLoginId() + "\n아래 링크에서 1시간 안에 비밀번호를 정하세요 "
                        + "(만료되면 로그인 화면의 비밀번호 재설정을 이용하세요).\n"
                        + "Set your password within one hour:\n\n" + links.of("/reset-password.xhtml?token=" + token)));
        audit.record("PARTNER_STORE_REGISTERED", "ORGANISATION", store.getId(), store.getId(), null,
                "phone=" + phone + ", admin=" + admin.getLoginId());
        return store;
    }

    public List<Organisation> stores() {
        return em.createQuery("select o from Organisation o where o.kind = :k order by o.name", Organisation.class)
                .setParameter("k", OrganisationKind.PARTNER_STORE).getResultList();
    }
}
