package com.bizbill.billing;

import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.i18n.Labels;
import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import com.bizbill.shared.pdf.OperatorDetails;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * The invoice as a document (issue 16 §3, split from {@link InvoiceService}): its PDF (BP-INV-1, BP-PAY-1) and
 * "send me this invoice" by mail to the contact address on file.
 */
@Stateless
public class InvoiceDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceQueries queries;

    @Inject
    MailSender mail;

    @Inject
    Config config;

    /** The invoice document as PDF (BP-INV-1, BP-PAY-1: a bill), for one of the account's invoices. */
    public byte[] pdf(long billingAccountId, long invoiceId) {
        Invoice inv = queries.invoiceOf(billingAccountId, invoiceId);
        BillingAccount account = em.find(BillingAccount.class, billingAccountId);
        InvoicePdf.Recipient to = new InvoicePdf.Recipient(account.getName(),
                account.getOrganisation().getBusinessNumberFormatted(), depositAccount(account));
        return InvoicePdf.render(inv, to, queries.paymentsOf(invoiceId), OperatorDetails.fromConfig(config));
    }

    /** Issue 18 §2: where this account pays by transfer: its virtual account, or the operator's deposit account. */
    String depositAccount(BillingAccount account) {
        if (account.getVirtualAccount() != null) {
            return (Labels.KOREAN.code("Bank", account.getVirtualAccountBank()) + " " + account.getVirtualAccount())
                    .trim() + " (가상계좌)";
        }
        OperatorDepositAccount d = OperatorDepositAccount.fromConfig(config);
        return Labels.KOREAN.code("Bank", d.bankCode()) + " " + d.number() + " (예금주 " + d.holder() + ")";
    }

    /**
     * BP-INV-1 "send me this invoice": mails the PDF to the contact address on file (BP-INV-4: staff
     * change it), never to an address typed by the user. Returns the address, masked for display.
     */
    public String mailInvoice(long billingAccountId, long invoiceId) {
        Invoice inv = queries.invoiceOf(billingAccountId, invoiceId);
        BillingAccount account = em.find(BillingAccount.class, billingAccountId);
        mail.send(new MailMessage(account.getContactEmail(),
                "[Bizbill] " + month(inv) + " 청구서 " + inv.getNumber(),
                account.getName() + " 담당자님, " + month(inv) + " 청구서를 첨부해 드립니다.\n합계 "
                        + Formats.KOREAN.won(inv.getTotal()) + " (부가세 포함), 납부기한 "
                        + Formats.KOREAN.dateWithWeekday(inv.getDueDate()) + ".",
                List.of(new MailMessage.Attachment("invoice-" + inv.getNumber() + ".pdf", "application/pdf",
                        pdf(billingAccountId, invoiceId)))));
        return mask(account.getContactEmail());
    }

    /** Issue 17 §3: "2026년 12월" in the mail, not "2026-12". */
    private static String month(Invoice inv) {
        return Formats.KOREAN.month(java.time.YearMonth.parse(inv.getBillingMonth()));
    }

    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? email : email.charAt(0) + "***" + email.substring(at);
    }
}
