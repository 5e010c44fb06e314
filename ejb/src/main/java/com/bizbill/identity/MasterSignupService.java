package com.bizbill.identity;

import com.bizbill.identity.registry.BusinessRegistry;
import com.bizbill.identity.registry.BusinessStatus;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Coupon-service master sign-up and staff approval (CB-MEM-1, CB-MEM-2). The business number is
 * checked for format, check digit and registry status at step 1 and again at submission; the
 * account waits for staff approval; the applicant is told the outcome by mail.
 */
@Stateless
public class MasterSignupService {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessRegistry registry;

    @Inject
    IdentityService identity;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailSender mail;

    @Inject
    PasswordHashing passwords;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    AccountLinks links;

    @Inject
    Clock clock;

    /** Step 1: the number is well-formed, its check digit right, and the registry says it is open. */
    public BusinessNumber checkBusinessNumber(String text) {
        BusinessNumber.check(text).ifPresent(p -> {
            throw IdentityException.field(ErrorCode.VALIDATION_FAILED, "businessNumber",
                    p == BusinessNumber.Problem.FORMAT ? "business.format" : "business.checkDigit");
        });
        BusinessNumber number = BusinessNumber.parse(text);
        BusinessStatus status = registry.statusOf(number);
        if (!status.mayRegister()) {
            throw IdentityException.field(ErrorCode.BUSINESS_NOT_OPEN, "businessNumber",
                    "business.status." + status.name());
        }
        return number;
    }

    /** Mails a 6-digit code to a new e-mail ID (refused when the address is already a login). */
    public void sendEmailCode(String email) {
        if (!LoginIds.isEmail(email)) {
            throw IdentityException.field(ErrorCode.VALIDATION_FAILED, "email", "field.email");
        }
        String address = email.trim().toLowerCase();
        if (identity.isLoginTaken(address)) {
            throw IdentityException.field(ErrorCode.LOGIN_ID_TAKEN, "email", "field.loginIdTaken");
        }
        String code = tokens.issueCode(TokenPurpose.EMAIL_VERIFICATION, address);
        mail.send(new MailMessage(address, "[Bizbill] 이메일 인증 코드 / Verification code",
                "인증 코드 / Code: " + code + "\n\n10분 안에 입력하세요. / Valid for 10 minutes."));
    }

    /**
     * Checks the code; returns the ticket the final sign-up redeems, or empty when the code is
     * wrong or spent (not an exception: the counted attempt must commit).
     */
    public java.util.Optional<String> verifyEmailCode(String email, String code) {
        String address = email == null ? "" : email.trim().toLowerCase();
        if (!tokens.useCode(TokenPurpose.EMAIL_VERIFICATION, address, code)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(tokens.issueLink(TokenPurpose.EMAIL_VERIFIED, address));
    }

    /** Steps 1–3 submitted: the company and its master, waiting for staff approval. */
    public Organisation signUp(MasterSignup s, byte[] licence) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (s.companyName() == null || s.companyName().isBlank() || s.companyName().length() > 200) {
            errors.add(new BizbillException.FieldError("companyName", "field.length200"));
        }
        if (s.representative() == null || s.representative().isBlank() || s.representative().length() > 100) {
            errors.add(new BizbillException.FieldError("representative", "field.length100"));
        }
        if (!MobileNumber.isValid(s.mobile())) {
            errors.add(new BizbillException.FieldError("mobile", MobileNumber.FIELD_ERROR));
        }
        if (!s.agreedTerms()) {
            errors.add(new BizbillException.FieldError("agreedTerms", "field.agreement"));
        }
        if (!s.agreedPrivacy()) {
            errors.add(new BizbillException.FieldError("agreedPrivacy", "field.agreement"));
        }
        if (s.paymentType() == null) {
            errors.add(new BizbillException.FieldError("paymentType", "field.required"));
        }
        String email = s.email() == null ? "" : s.email().trim().toLowerCase();
        PasswordPolicy.problem(s.password(), email)
                .ifPresent(p -> errors.add(new BizbillException.FieldError("password", p)));
        if (!errors.isEmpty()) {
            throw new IdentityException(ErrorCode.VALIDATION_FAILED, "sign-up refused", errors);
        }
        BusinessNumber number = checkBusinessNumber(s.businessNumber());
        OneTimeToken ticket = tokens.useLink(TokenPurpose.EMAIL_VERIFIED, s.emailTicket());
        if (!ticket.getSubject().equals(email) || identity.isLoginTaken(email)) {
            throw IdentityException.field(ErrorCode.EMAIL_NOT_VERIFIED, "email", "email.notVerified");
        }
        FileStore.Stored stored = files.store(licence, "licence");

        Organisation org = Organisation.couponCompany(s.companyName().trim(), number, s.representative().trim(),
                s.paymentType(), clock.instant());
        org.attachLicence(stored.key(), stored.kind().contentType());
        em.persist(org);
        Member master = Member.signedUpMaster(email, passwords.hash(s.password()), s.representative().trim(), org,
                MobileNumber.parse(s.mobile()).digits(), clock.instant());
        em.persist(master);
        em.flush();
        audit.recordAs(com.bizbill.shared.context.Actor.identified(email), "MASTER_SIGNED_UP", "ORGANISATION", org.getId(), org.getId(), null,
                "business=" + number + ", payment=" + s.paymentType());
        mail.send(new MailMessage(email, "[Bizbill] 가입 신청 접수 / Sign-up received",
                org.getName() + ": 운영자 승인 후 이용할 수 있습니다. 결과는 메일로 알려 드립니다."
                        + (s.paymentType() == PaymentType.POSTPAID ? "\n후불은 별도 계약이 필요합니다." : "")
                        + "\nYou can log in once staff approve the sign-up; we will e-mail you."));
        return org;
    }

    public List<Organisation> awaitingApproval() {
        return em.createQuery("select o from Organisation o where o.status = :s order by o.createdAt",
                Organisation.class).setParameter("s", OrganisationStatus.AWAITING_APPROVAL).getResultList();
    }

    public Member masterOf(long organisationId) {
        return em.createQuery("select m from Member m where m.organisation.id = :o and m.role = :r", Member.class)
                .setParameter("o", organisationId).setParameter("r", Role.MASTER).getResultStream().findFirst()
                .orElseThrow(() -> new IdentityException(ErrorCode.MEMBER_NOT_FOUND, "no master of " + organisationId));
    }

    public void approve(long organisationId) {
        Organisation org = pending(organisationId);
        org.approve();
        Member master = masterOf(organisationId);
        MemberMoves.apply(master::approve);
        audit.record("MASTER_APPROVED", "ORGANISATION", organisationId, organisationId,
                "AWAITING_APPROVAL", "ACTIVE");
        mail.send(new MailMessage(master.getEmail(), "[Bizbill] 가입 승인 / Sign-up approved",
                org.getName() + ": 가입이 승인되었습니다. / Your sign-up was approved.\n\n" + links.of("/login.xhtml")));
    }

    public void reject(long organisationId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw IdentityException.field(ErrorCode.VALIDATION_FAILED, "reason", "field.reason");
        }
        Organisation org = pending(organisationId);
        org.reject(reason.trim());
        Member master = masterOf(organisationId);
        MemberMoves.apply(master::reject);
        audit.record("MASTER_REJECTED", "ORGANISATION", organisationId, organisationId,
                "AWAITING_APPROVAL", "REJECTED: " + reason.trim());
        mail.send(new MailMessage(master.getEmail(), "[Bizbill] 가입 반려 / Sign-up rejected",
                org.getName() + ": 가입이 반려되었습니다. / Your sign-up was rejected.\n사유 / Reason: " + reason.trim()));
    }

    /** The licence file for staff review: bytes and content type. */
    public Licence licence(long organisationId) {
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null || org.getLicenceFile() == null) {
            throw new IdentityException(ErrorCode.LICENCE_NOT_FOUND, "no licence for " + organisationId);
        }
        return new Licence(files.read(org.getLicenceFile()), org.getLicenceType());
    }

    private Organisation pending(long organisationId) {
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null) {
            throw new IdentityException(ErrorCode.ORGANISATION_NOT_FOUND, "no organisation " + organisationId);
        }
        if (org.getStatus() != OrganisationStatus.AWAITING_APPROVAL) {
            throw new IdentityException(ErrorCode.SIGNUP_ALREADY_DECIDED, "already decided: " + org.getStatus());
        }
        return org;
    }

    /** A licence file as stored. */
    public record Licence(byte[] content, String contentType) {
    }
}
