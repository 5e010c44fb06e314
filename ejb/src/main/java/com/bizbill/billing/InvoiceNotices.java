package com.bizbill.billing;

import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * BP-PAY-3: once a card payment of an invoice is decided (and committed), the customer's contact address
 * is mailed a receipt or a failure notice. Called outside the payment's transaction on purpose: a mail
 * that cannot be sent never undoes a payment.
 */
@ApplicationScoped
public class InvoiceNotices {

    private static final Logger LOG = Logger.getLogger(InvoiceNotices.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSender mail;

    public void send(PaymentAttempt a) {
        if (!InvoiceBookings.PAYMENT_PURPOSE.equals(a.getPurpose()) || !a.getStatus().isFinal()) {
            return;
        }
        PaymentDecided d = PaymentDecided.of(a);
        try {
            Invoice inv = em.find(Invoice.class, a.getInvoiceId()); // issue 16 §3: by key
            BillingAccount account = em.find(BillingAccount.class, inv.getBillingAccountId());
            String amount = com.bizbill.shared.i18n.Formats.KOREAN.won(d.amount());
            mail.send(d.succeeded()
                    ? new MailMessage(account.getContactEmail(), "[Bizbill] 카드 결제 영수증 " + inv.getNumber(),
                    account.getName() + " 담당자님, " + inv.getBillingMonth() + " 청구서 " + inv.getNumber() + "의 "
                            + amount + "이 등록된 카드로 결제되었습니다. 주문번호 " + d.orderId() + ".")
                    : new MailMessage(account.getContactEmail(), "[Bizbill] 카드 결제 실패 안내 " + inv.getNumber(),
                    account.getName() + " 담당자님, " + inv.getBillingMonth() + " 청구서 " + inv.getNumber() + "의 "
                            + amount + " 카드 결제가 실패했습니다 (" + (d.failureMessage() == null ? d.failureCode()
                            : d.failureMessage()) + "). 카드를 확인해 주시면 말일에 다시 결제합니다."));
        } catch (RuntimeException e) { // a refused or failed mail is logged; the payment stands
            LOG.warning("invoice payment notice for attempt " + d.attemptId() + " not sent: " + e.getMessage());
        }
    }
}
