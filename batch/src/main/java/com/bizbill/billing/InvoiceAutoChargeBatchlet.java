package com.bizbill.billing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * BP-PAY-3: charges the unpaid invoices of card-auto accounts on the 20th and the last day. Safe to
 * run again for the same day (a restart after a crash, a staff re-run): invoices charged since the start
 * of the day, paid ones and ones with an open attempt are skipped.
 */
@Dependent
@Named("invoiceAutoCharge")
public class InvoiceAutoChargeBatchlet extends AbstractBatchlet {

    @Inject
    InvoicePayments payments;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String period;

    @Override
    public String process() {
        String result = payments.autoCharge(LocalDate.parse(period)).toString();
        job.setExitStatus(result);
        return result;
    }
}
