package com.bizbill.billing;

import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.billing.sandbox.SandboxCall;
import com.bizbill.billing.sandbox.SandboxPayment;
import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Staff: payment attempts (charges and cancels) and their states, reconciliation of open (INITIATED or
 * UNKNOWN) outcomes (by asking the gateway, or closing by hand after checking), attempts flagged for staff,
 * overpayments with their refund through the gateway (issue 13), and the sandbox gateway's call log and waiting virtual accounts.
 */
@Named
@ViewScoped
public class PaymentsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentAttempts attempts;

    @Inject
    Payments payments;

    @Inject
    SandboxPaymentGateway sandbox;

    @Inject
    CurrentMember member;

    @Inject
    Overpayments overpayments;

    @Inject
    PaymentPayers payers;

    /** Issue 17 §2: the company of each attempt shown, loaded once for the page of attempts. */
    private transient java.util.Map<Long, String> payerNames;

    private PaymentStatus status;
    private final Pager pager = new Pager(20);
    private final Pager callPager = new Pager(20);

    public Page<PaymentAttempt> getAttempts() {
        return attempts.list(status, pager.page(), pager.size());
    }

    /** The company an attempt is for ("" when none is known). */
    public String payer(PaymentAttempt a) {
        if (payerNames == null || !payerNames.containsKey(a.getId())) {
            payerNames = new java.util.HashMap<>(payers.of(getAttempts().items()));
            getAttempts().items().forEach(shown -> payerNames.putIfAbsent(shown.getId(), ""));
            payerNames.putIfAbsent(a.getId(), "");
        }
        return payerNames.get(a.getId());
    }

    /** A gateway call's outcome in words; the gateway's own code (a card brand, a failure code) stays after it. */
    public String outcome(SandboxCall c) {
        String o = c.getOutcome() == null ? "" : c.getOutcome();
        int space = o.indexOf(' ');
        String first = space < 0 ? o : o.substring(0, space);
        String label = Messages.labels().find("GatewayOutcome", first);
        return label == null ? o : label + (space < 0 ? "" : " (" + o.substring(space + 1) + ")");
    }

    public Page<SandboxCall> getCalls() {
        return sandbox.calls(callPager.page(), callPager.size());
    }

    public List<SandboxPayment> getWaitingDeposits() {
        return sandbox.waitingDeposits();
    }

    public void reconcileAll() {
        int[] r = payments.reconcileAll();
        Messages.info("payments.reconciledFlagged", r[0], r[1], r[2]);
    }

    /** Asks the gateway about one open attempt, INITIATED or UNKNOWN, charge or cancel (issue 13). */
    public void reconcile(long attemptId) {
        PaymentAttempt a = payments.reconcile(attemptId);
        Messages.info("payments.reconciledOne", a.orderId(), Messages.labels().of(a.getStatus())
                + (a.isNeedsStaff() ? " — " + a.getStaffReason() : ""));
    }

    /** Issue 13: confirmed payments that could not be applied, held until refunded through the gateway. */
    public List<Overpayment> getOverpayments() {
        return overpayments.held();
    }

    /** The confirmation names the amount and the payment (order id, gateway payment key) refunded to. */
    public String refundConfirmation(Overpayment o) {
        return Messages.get("payments.overpayment.refund.confirm", Messages.formats().won(o.getAmount()), o.getOrderId(),
                o.getPaymentKey());
    }

    public void refund(long overpaymentId) {
        PaymentAttempt a = overpayments.refund(overpaymentId);
        if (a.getStatus() == PaymentStatus.SUCCEEDED) {
            Messages.info("payments.overpayment.refunded", Messages.formats().won(a.getAmount()));
        } else {
            Messages.info("payments.overpayment.refundPending", a.getStatus().name());
        }
    }

    public void failByHand(long attemptId) {
        attempts.failByHand(attemptId, "closed by " + member.actor() + " after checking with the gateway");
        Messages.info("payments.closed");
    }

    public void deposit(String orderId) {
        sandbox.deposit(orderId);
        Messages.info("payments.deposited", orderId);
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getAttempts().total());
    }

    public void previous() {
        pager.previous();
    }

    public void nextCalls() {
        callPager.next(getCalls().total());
    }

    public void previousCalls() {
        callPager.previous();
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus status) {
        this.status = status;
    }

    public Pager getPager() {
        return pager;
    }

    public Pager getCallPager() {
        return callPager;
    }
}
