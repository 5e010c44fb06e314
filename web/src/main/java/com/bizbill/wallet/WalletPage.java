package com.bizbill.wallet;

import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentCard;
import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * CB-WAL-1..3 for a prepaid master: balance, charge (card, real-time transfer, virtual account),
 * pending deposits, history with running balance, charge cancel. The form carries a request key made
 * when the view opens, so a double click or a resubmit charges once.
 */
@Named
@ViewScoped
public class WalletPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    com.bizbill.shared.limits.BusinessLimits limits;

    @Inject
    WalletService wallets;

    @Inject
    WalletCharging charging;

    @Inject
    CardService cards;

    @Inject
    com.bizbill.billing.gateway.SandboxPaymentGateway sandboxPg;

    @Inject
    com.bizbill.billing.PaymentAttempts attempts;

    @Inject
    CurrentMember member;

    private ChargeMethod method = ChargeMethod.CARD;
    private Long amount;
    private String requestKey;
    private LocalDate from;
    private LocalDate to;
    private WalletTransactionKind kind;
    private final Pager pager = new Pager(15);
    private Long cancelChargeId;
    private Long cancelAmount;
    private WalletService.CancelQuote cancelQuote;

    @PostConstruct
    void init() {
        requestKey = UUID.randomUUID().toString();
    }

    private long org() {
        return member.get().organisationId();
    }

    /** Prepaid, or a balance left after a switch to postpaid (issue 24 §4: it stays refundable). */
    public boolean isAvailable() {
        return wallets.isRefundable(org());
    }

    /** Charging is for prepaid companies only. */
    public boolean isChargeable() {
        return wallets.isPrepaid(org());
    }

    public long getBalance() {
        return wallets.balance(org());
    }

    public PaymentCard getCard() {
        return cards.activeCard(org()).orElse(null);
    }

    public List<WalletCharge> getPendingDeposits() {
        return wallets.pendingDeposits(org());
    }

    public List<WalletCharge> getRecentCharges() {
        return wallets.charges(org(), 0, 10).items();
    }

    public Page<WalletTransaction> getHistory() {
        return wallets.history(org(), filter(), pager.page(), pager.size());
    }

    WalletService.HistoryFilter filter() {
        return wallets.filter(from, to, kind);
    }

    /** The Excel link carries the same filter as the table. */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder();
        if (from != null) {
            q.append("from=").append(from).append('&');
        }
        if (to != null) {
            q.append("to=").append(to).append('&');
        }
        if (kind != null) {
            q.append("kind=").append(kind.name());
        }
        return q.toString();
    }

    /**
     * Issue 18 §1: the first click only checks and asks: the question names the amount, how it is paid (the card's
     * brand and last 4) and the fees; the charge runs when the customer confirms it ({@link #charge}).
     */
    public void review() {
        if (amount == null || amount <= 0) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "chargeForm:amount",
                    "wallet.charge.minimum");
            return;
        }
        if (method == ChargeMethod.CARD && getCard() == null) {
            Messages.error("wallet.noCard");
            return;
        }
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("reviewed", true);
    }

    public String getChargeConfirmation() {
        if (amount == null) {
            return "";
        }
        PaymentCard card = getCard();
        String how = method == ChargeMethod.CARD && card != null ? card.getBrand() + " ****" + card.getLast4()
                : Messages.labels().of(method);
        return Messages.get("wallet.charge.confirm", Messages.formats().won(amount), Messages.particles(how, "toward"));
    }

    public void charge() throws IOException {
        if (amount == null) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "chargeForm:amount",
                    "wallet.charge.minimum");
            return;
        }
        switch (method) {
            case CARD -> {
                WalletCharge c = charging.chargeCard(org(), amount, requestKey);
                switch (c.getStatus()) {
                    case COMPLETED -> Messages.info("wallet.charged", Messages.formats().won(c.getAmount()));
                    case FAILED -> Messages.error("wallet.chargeFailed", c.getFailureMessage());
                    default -> Messages.info("wallet.chargePending");
                }
                newRequest();
            }
            case TRANSFER -> {
                WalletCharge c = charging.startTransfer(org(), amount, requestKey);
                ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
                // issue 14 §2: the window is opened for this attempt's order id and amount only
                String window = sandboxPg.openPaymentWindow(attempts.find(c.getPaymentAttemptId()).orderId(),
                        c.getAmount());
                ext.redirect(ext.getRequestContextPath() + "/sandbox-pg/pay.xhtml?method=TRANSFER&token="
                        + enc(window) + "&successUrl="
                        + enc("/portal/coupon/wallet/confirm.xhtml") + "&failUrl="
                        + enc("/portal/coupon/wallet/index.xhtml"));
            }
            case VIRTUAL_ACCOUNT -> {
                WalletCharge c = charging.startVirtualAccount(org(), amount, requestKey,
                        member.get().organisationName());
                Messages.info("wallet.virtualAccountIssued", Messages.labels().code("Bank", c.getBank()), c.getAccountNumber(),
                        Messages.formats().won(c.getAmount()));
                newRequest();
            }
        }
    }

    public void prepareCancel(WalletCharge c) {
        cancelChargeId = c.getId();
        cancelAmount = Math.min(c.cancellable(), getBalance());
        cancelQuote = null;
    }

    /**
     * Issue 18 §1: step one of a cancel: the amount is checked (CB-WAL-3) and the fee and the net refund are
     * shown; nothing moves until the customer confirms ({@link #cancelCharge}).
     */
    public void quoteCancel() {
        if (cancelChargeId == null || cancelAmount == null || cancelAmount <= 0) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "cancelForm:amount", "wallet.cancel.amount");
            return;
        }
        cancelQuote = wallets.quoteCancel(org(), cancelChargeId, cancelAmount);
    }

    /** Back to the amount. */
    public void editCancel() {
        cancelQuote = null;
    }

    public String getCancelConfirmation() {
        WalletService.CancelQuote q = cancelQuote;
        if (q == null) {
            return "";
        }
        return Messages.get(q.fee() == 0 ? "wallet.cancel.confirmFree" : "wallet.cancel.confirmFee",
                Messages.formats().won(q.amount()), Messages.formats().won(q.fee()), Messages.formats().won(q.refund()),
                Messages.particles(Messages.labels().of(q.method()), "toward"));
    }

    public void cancelCharge() {
        if (cancelChargeId == null || cancelQuote == null) {
            return;
        }
        // the amount confirmed is the one quoted; the service checks it again under the wallet lock
        wallets.cancelCharge(org(), cancelChargeId, cancelQuote.amount());
        Messages.info("wallet.cancelled", Messages.formats().won(cancelQuote.amount()),
                Messages.formats().won(cancelQuote.fee()), Messages.formats().won(cancelQuote.refund()));
        cancelChargeId = null;
        cancelQuote = null;
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("cancelled", true);
    }

    public WalletService.CancelQuote getCancelQuote() {
        return cancelQuote;
    }

    public boolean cancellable(WalletCharge c) {
        return c.getMethod().isCancellable() && c.cancellable() > 0;
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getHistory().total());
    }

    public void previous() {
        pager.previous();
    }

    private void newRequest() {
        requestKey = UUID.randomUUID().toString();
        amount = null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public ChargeMethod[] getMethods() {
        return ChargeMethod.values();
    }

    public WalletTransactionKind[] getKinds() {
        return WalletTransactionKind.values();
    }

    public Pager getPager() {
        return pager;
    }

    public ChargeMethod getMethod() {
        return method;
    }

    public void setMethod(ChargeMethod method) {
        this.method = method;
    }

    /** The largest one charge (bizbill.limits.wallet-charge, issue 13): the field refuses more as it is typed. */
    public long getMaxCharge() {
        return limits.walletCharge();
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public WalletTransactionKind getKind() {
        return kind;
    }

    public void setKind(WalletTransactionKind kind) {
        this.kind = kind;
    }

    public Long getCancelChargeId() {
        return cancelChargeId;
    }

    public Long getCancelAmount() {
        return cancelAmount;
    }

    public void setCancelAmount(Long cancelAmount) {
        this.cancelAmount = cancelAmount;
    }
}
