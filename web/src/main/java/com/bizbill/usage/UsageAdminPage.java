package com.bizbill.usage;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.jobs.JobRun;
import com.bizbill.shared.jobs.JobRunService;
import com.bizbill.shared.jobs.PeriodicJob;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Staff: the cycle dashboard of a usage month (NB-CYC-1: collected, notified, charged, failed, paid by
 * hand, amounts), its bills filtered by status and store, card retry and manual payment with a reference.
 */
@Named
@ViewScoped
public class UsageAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageJobs usageJobs;

    @Inject
    UsageQueries queries;

    @Inject
    UsageBills bills;

    @Inject
    UsageMonths months;

    @Inject
    JobRunService jobs;

    @Inject
    CurrentMember member;

    private final Pager pager = new Pager(20);
    private String month;
    private UsageBillStatus status;
    private String store;
    private Long payingId;
    private String reference;

    public UsageQueries.Dashboard getDashboard() {
        return queries.dashboard(usageMonth());
    }

    public Page<UsageQueries.BillRow> getBills() {
        return queries.bills(usageMonth(), status, store, pager.page(), pager.size());
    }

    public List<UsageBillStatus> getStatuses() {
        return List.of(UsageBillStatus.values());
    }

    private YearMonth usageMonth() {
        return months.parse(getMonth(), months.current().minusMonths(1));
    }

    public void find() {
        pager.first();
    }

    public void next() {
        pager.next(getBills().total());
    }

    public void previous() {
        pager.previous();
    }

    public int getPage() {
        return pager.page();
    }

    /**
     * Staff start a cycle step (NB-CYC-1) for the selected month as its batch job; the order is kept by
     * the jobs themselves (notify needs the collection, charge the notification).
     */
    public void run(String step) {
        PeriodicJob job = usageJobs.jobs().stream().filter(j -> j.jobXmlName().equals(step)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a usage cycle step: " + step));
        JobRun r = jobs.start(job, usageMonth().toString());
        Messages.info("jobs.started", job.jobXmlName(), r.getPeriod(), r.getId());
    }

    public void retry(long billId) {
        UsageBill b = bills.retry(billId);
        Messages.info("usage.retried", Messages.labels().of(b.getStatus()));
    }

    public void startPay(long billId) {
        payingId = billId;
        reference = null;
    }

    public void markPaid() {
        bills.markPaid(payingId, reference);
        Messages.info("usage.markedPaid");
        org.primefaces.PrimeFaces.current().executeScript("PF('payDialog').hide()");
    }

    public String getMonth() {
        if (month == null) {
            month = months.current().minusMonths(1).toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public UsageBillStatus getStatus() {
        return status;
    }

    public void setStatus(UsageBillStatus status) {
        this.status = status;
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        this.store = store;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getPayingId() {
        return payingId;
    }

    /**
     * Issue 17 §2: how a bill was paid, in words: a card payment's reference names its attempt ("attempt-22"),
     * which staff read as "카드 자동결제 (결제 시도 22)"; a manual payment's reference is what staff typed.
     */
    public String reference(com.bizbill.usage.UsageBill bill) {
        String ref = bill.getPaymentReference();
        if (ref != null && ref.startsWith("attempt-")) {
            return Messages.get("usage.reference.card", ref.substring("attempt-".length()));
        }
        return ref == null ? "" : ref;
    }
}
