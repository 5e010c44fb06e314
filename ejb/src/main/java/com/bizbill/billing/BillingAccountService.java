package com.bizbill.billing;

import com.bizbill.identity.AccountLinks;
import com.bizbill.identity.LoginIds;
import com.bizbill.identity.Member;
import com.bizbill.identity.OneTimeToken;
import com.bizbill.identity.OneTimeTokens;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PasswordHashing;
import com.bizbill.identity.PasswordPolicy;
import com.bizbill.identity.Role;
import com.bizbill.identity.TokenPurpose;
import com.bizbill.shared.Page;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Billing-portal onboarding (BP-ON-1..3, BP-INV-4): staff register a billing account with its
 * contract terms, the contact receives a one-time sign-up link, the customer creates the one
 * login of the account. Every staff action is audited in the same transaction.
 */
@Stateless
public class BillingAccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailSender mail;

    @Inject
    PasswordHashing passwords;

    @Inject
    com.bizbill.identity.IdentityService identity;

    @Inject
    AccountLinks links;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** BP-ON-1: a new customer company and its billing account; mails the sign-up invitation. */
    public BillingAccount register(String companyName, String accountName, PaymentMethod method, String contactEmail,
                                   boolean discount) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (companyName == null || companyName.isBlank() || companyName.length() > 200) {
            errors.add(new BizbillException.FieldError("companyName", "field.length200"));
        }
        if (accountName == null || accountName.isBlank() || accountName.length() > 200) {
            errors.add(new BizbillException.FieldError("accountName", "field.length200"));
        }
        if (!LoginIds.isEmail(contactEmail)) {
            errors.add(new BizbillException.FieldError("contactEmail", "field.email"));
        }
        if (method == null) {
            errors.add(new BizbillException.FieldError("paymentMethod", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw new BillingException(ErrorCode.VALIDATION_FAILED, "invalid billing account", errors);
        }
        Organisation org = new Organisation(companyName.trim(), OrganisationKind.CUSTOMER, clock.instant());
        em.persist(org);
        BillingAccount account = new BillingAccount(org, accountName.trim(), method, contactEmail.trim(), discount,
                clock.instant());
        em.persist(account);
        em.flush();
        audit.record("BILLING_ACCOUNT_REGISTERED", "BILLING_ACCOUNT", account.getId(), org.getId(), null,
                "name=" + account.getName() + ", method=" + method + ", contact=" + account.getContactEmail()
                        + ", discount=" + discount);
        sendInvitation(account);
        return account;
    }

    /** BP-ON-3: resend the invitation to the contact e-mail on file; silent when nothing matches. */
    public void resendInvitation(String contactEmail) {
        if (!LoginIds.isEmail(contactEmail)) {
            return;
        }
        em.createQuery("select b from BillingAccount b where lower(b.contactEmail) = :e and b.member is null",
                        BillingAccount.class)
                .setParameter("e", contactEmail.trim().toLowerCase()).getResultList()
                .forEach(this::sendInvitation);
    }

    /** Staff resend from the admin screen. */
    public void resendInvitation(long accountId) {
        BillingAccount account = get(accountId);
        if (account.hasLogin()) {
            throw new BillingException(ErrorCode.BILLING_ACCOUNT_LOGIN_EXISTS, "the account already has its login");
        }
        sendInvitation(account);
        audit.record("BILLING_INVITATION_RESENT", "BILLING_ACCOUNT", accountId,
                account.getOrganisation().getId(), null, account.getContactEmail());
    }

    private void sendInvitation(BillingAccount account) {
        String token = tokens.issueLink(TokenPurpose.BILLING_SIGNUP, String.valueOf(account.getId()));
        mail.send(new MailMessage(account.getContactEmail(), "[Bizbill] 빌링포털 가입 안내 / Billing portal invitation",
                account.getOrganisation().getName() + " (" + account.getName() + ")\n\n"
                        + "아래 링크에서 7일 안에 빌링포털 아이디를 만드세요. 링크는 한 번만 쓸 수 있습니다.\n"
                        + "Create your billing-portal login within 7 days with this one-time link:\n\n"
                        + links.of("/signup.xhtml?token=" + token)));
    }

    /** The account a sign-up link opens, if the link is still good. */
    public Optional<BillingAccount> invitationFor(String token) {
        return tokens.peekLink(TokenPurpose.BILLING_SIGNUP, token)
                .map(t -> em.find(BillingAccount.class, Long.valueOf(t.getSubject())))
                .filter(a -> !a.hasLogin());
    }

    /** BP-ON-1/2: the customer agrees to the notices and creates the one login of the account. */
    public Member completeSignup(String token, String loginId, String password, boolean agreedPrivacy,
                                 boolean agreedTerms) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (!agreedPrivacy) {
            errors.add(new BizbillException.FieldError("agreedPrivacy", "field.agreement"));
        }
        if (!agreedTerms) {
            errors.add(new BizbillException.FieldError("agreedTerms", "field.agreement"));
        }
        if (!LoginIds.isValid(loginId)) {
            errors.add(new BizbillException.FieldError("loginId", "field.loginId"));
        } else if (identity.isLoginTaken(loginId)) {
            errors.add(new BizbillException.FieldError("loginId", "field.loginIdTaken"));
        }
        PasswordPolicy.problem(password, loginId)
                .ifPresent(p -> errors.add(new BizbillException.FieldError("password", p)));
        if (!errors.isEmpty()) {
            throw new BillingException(ErrorCode.VALIDATION_FAILED, "sign-up refused", errors);
        }
        OneTimeToken t = tokens.useLink(TokenPurpose.BILLING_SIGNUP, token);
        BillingAccount account = em.find(BillingAccount.class, Long.valueOf(t.getSubject()),
                LockModeType.PESSIMISTIC_WRITE);
        if (account.hasLogin()) {
            throw new BillingException(ErrorCode.BILLING_ACCOUNT_LOGIN_EXISTS, "the account already has its login");
        }
        Member member = new Member(loginId, passwords.hash(password), account.getName(), Role.CUSTOMER,
                account.getOrganisation(), clock.instant());
        member.setContact(account.getContactEmail(), null);
        em.persist(member);
        account.attachLogin(member);
        em.flush();
        audit.recordAs(com.bizbill.shared.context.Actor.identified(loginId), "BILLING_SIGNUP_COMPLETED", "BILLING_ACCOUNT", account.getId(),
                account.getOrganisation().getId(), null, "login=" + loginId);
        return member;
    }

    /** BP-INV-4: only staff change the contact e-mail. */
    public void changeContactEmail(long accountId, String newEmail) {
        if (!LoginIds.isEmail(newEmail)) {
            throw BillingException.field(ErrorCode.VALIDATION_FAILED, "contactEmail", "field.email");
        }
        BillingAccount account = get(accountId);
        String before = account.getContactEmail();
        account.changeContactEmail(newEmail.trim());
        audit.record("CONTACT_EMAIL_CHANGED", "BILLING_ACCOUNT", accountId,
                account.getOrganisation().getId(), before, newEmail.trim());
    }

    /**
     * BP-INV-3: staff give the account its own virtual account (10 to 20 digits; dashes are ignored), so
     * that deposits to it are matched whoever sends them; blank takes it away. One account per number. Issue 18
     * §2: with its bank (a Korean bank code the label source knows), so customers read "신한은행 562…".
     */
    public void assignVirtualAccount(long accountId, String bankCode, String number) {
        String digits = com.bizbill.billing.DepositMatcher.digits(number);
        if (!digits.isEmpty() && (digits.length() < 10 || digits.length() > 20)) {
            throw BillingException.field(ErrorCode.VALIDATION_FAILED, "virtualAccount", "accounts.virtualAccountFormat");
        }
        if (!digits.isEmpty() && (bankCode == null
                || com.bizbill.shared.i18n.Labels.KOREAN.find("Bank", bankCode) == null)) {
            throw BillingException.field(ErrorCode.VALIDATION_FAILED, "virtualAccountBank", "accounts.virtualAccountBank");
        }
        boolean taken = !digits.isEmpty() && em.createQuery("select count(b) from BillingAccount b "
                + "where b.virtualAccount = :v and b.id <> :id", Long.class).setParameter("v", digits)
                .setParameter("id", accountId).getSingleResult() > 0;
        if (taken) {
            throw BillingException.field(ErrorCode.VIRTUAL_ACCOUNT_TAKEN, "virtualAccount", "accounts.virtualAccountTaken");
        }
        BillingAccount account = get(accountId);
        String before = account.getVirtualAccount();
        account.assignVirtualAccount(digits.isEmpty() ? null : bankCode, digits.isEmpty() ? null : digits);
        audit.record("VIRTUAL_ACCOUNT_ASSIGNED", "BILLING_ACCOUNT", accountId,
                account.getOrganisation().getId(), before, account.getVirtualAccount() == null ? null
                        : com.bizbill.shared.i18n.Labels.KOREAN.code("Bank", bankCode) + " " + account.getVirtualAccount());
    }

    /** Staff change the contract terms (payment method, discount flag). */
    public void changeTerms(long accountId, PaymentMethod method, boolean discount) {
        BillingAccount account = get(accountId);
        String before = "method=" + account.getPaymentMethod() + ", discount=" + account.isDiscount();
        account.changeTerms(method, discount);
        audit.record("CONTRACT_TERMS_CHANGED", "BILLING_ACCOUNT", accountId,
                account.getOrganisation().getId(), before, "method=" + method + ", discount=" + discount);
    }

    public BillingAccount get(long accountId) {
        BillingAccount account = em.find(BillingAccount.class, accountId);
        if (account == null) {
            throw new BillingException(ErrorCode.BILLING_ACCOUNT_NOT_FOUND, "no billing account " + accountId);
        }
        return account;
    }

    /** The billing account whose login is {@code memberId}. */
    public Optional<BillingAccount> ofMember(long memberId) {
        return em.createQuery("select b from BillingAccount b where b.member.id = :m", BillingAccount.class)
                .setParameter("m", memberId).getResultStream().findFirst();
    }

    public Page<BillingAccount> search(String text, int page, int size) {
        String where = text == null || text.isBlank() ? "" : " where lower(b.name) like :t "
                + "or lower(b.organisation.name) like :t or lower(b.contactEmail) like :t";
        var count = em.createQuery("select count(b) from BillingAccount b" + where, Long.class);
        var items = em.createQuery("select b from BillingAccount b left join fetch b.member" + where
                + " order by b.id desc", BillingAccount.class);
        if (!where.isEmpty()) {
            String like = "%" + text.trim().toLowerCase() + "%";
            count.setParameter("t", like);
            items.setParameter("t", like);
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
