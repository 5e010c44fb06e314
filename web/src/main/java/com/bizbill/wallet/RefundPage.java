package com.bizbill.wallet;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.files.FileKind;
import com.bizbill.shared.files.FileStore;
import com.bizbill.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * CB-WAL-4/5 for a prepaid master: the expected amount before submitting, the request with bank
 * account and documents, "load previous account", the own requests with their states and cancel.
 */
@Named
@ViewScoped
public class RefundPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> BANKS = List.of("KB국민은행", "신한은행", "우리은행", "하나은행", "NH농협은행", "IBK기업은행",
            "카카오뱅크", "토스뱅크", "SC제일은행", "부산은행", "대구은행", "우체국");

    @Inject
    RefundService refunds;

    @Inject
    FileStore files;

    @Inject
    CurrentMember member;

    private Long amount;
    private String bank;
    private String accountNumber;
    private String holder;
    private String reason;
    @Inject
    com.bizbill.shared.web.Uploads uploads;

    private transient Part bankbook;
    private transient Part holderDocument;
    private String requestKey;

    @PostConstruct
    void init() {
        requestKey = UUID.randomUUID().toString();
    }

    private long org() {
        return member.get().organisationId();
    }

    public RefundService.RefundPreview getPreview() {
        return refunds.preview(org(), amount == null ? 0 : amount);
    }

    public Page<RefundRequest> getRequests() {
        return refunds.list(org(), null, 0, 20);
    }

    public void loadPrevious() {
        refunds.previousAccount(org()).ifPresentOrElse(a -> {
            bank = a.bank();
            accountNumber = a.accountNumber();
            holder = a.holder();
        }, () -> Messages.info("refund.noPrevious"));
    }

    /**
     * Issue 18 §5: a file chosen once is kept (stored, its name shown) when the request is refused for another
     * field, so the customer does not pick it again; a new file replaces it.
     */
    public void submit() {
        try {
            String newBankbook = store(bankbook, "bankbook", FileKind.DOCUMENTS);
            if (newBankbook != null) {
                bankbookKey = newBankbook;
                bankbookName = bankbook.getSubmittedFileName();
            }
            String newDocument = store(holderDocument, "holderDocument", EnumSet.of(FileKind.JPEG, FileKind.PNG,
                    FileKind.PDF, FileKind.ZIP));
            if (newDocument != null) {
                holderDocumentKey = newDocument;
                holderDocumentName = holderDocument.getSubmittedFileName();
            }
            RefundRequest r = refunds.request(new RefundService.RefundCommand(org(), member.get().id(),
                    amount == null ? 0 : amount, new BankAccount(bank, accountNumber, holder), bankbookKey,
                    holderDocumentKey, reason == null ? "" : reason, requestKey));
            Messages.info("refund.requested", Messages.formats().won(r.getAmount()), Messages.formats().won(r.payout()));
            requestKey = UUID.randomUUID().toString();
            amount = null;
            reason = null;
            bankbookKey = null;
            bankbookName = null;
            holderDocumentKey = null;
            holderDocumentName = null;
        } catch (IOException e) {
            Messages.error("file.unreadable");
        }
    }

    private String bankbookKey;
    private String bankbookName;
    private String holderDocumentKey;
    private String holderDocumentName;

    /** The bank-book copy already attached (kept across a refused submit), or null. */
    public String getBankbookName() {
        return bankbookName;
    }

    public String getHolderDocumentName() {
        return holderDocumentName;
    }

    public void cancel(long refundId) {
        refunds.cancel(org(), refundId);
        Messages.info("refund.cancelled");
    }

    private String store(Part part, String field, java.util.Set<FileKind> allowed) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        // issue 14: the file's size is checked while reading (limit + 1 byte at most)
        return files.store(uploads.read(part, com.bizbill.shared.web.Uploads.Kind.DOCUMENT, field), field, allowed).key();
    }

    /** The reason's length in UTF-8 bytes, as CB-WAL-4 counts it (100 at most). */
    public int getReasonBytes() {
        return reason == null ? 0 : reason.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    public List<String> getBanks() {
        return BANKS;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getBankbook() {
        return bankbook;
    }

    public void setBankbook(Part bankbook) {
        this.bankbook = bankbook;
    }

    public Part getHolderDocument() {
        return holderDocument;
    }

    public void setHolderDocument(Part holderDocument) {
        this.holderDocument = holderDocument;
    }
}
