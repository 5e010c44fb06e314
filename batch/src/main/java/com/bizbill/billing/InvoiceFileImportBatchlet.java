package com.bizbill.billing;

import com.bizbill.shared.jobs.JobRunListener;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** BP-INV-2: imports one invoice file (job parameter "period" = the file's short hash), all or nothing. */
@Dependent
@Named("invoiceFileImport")
public class InvoiceFileImportBatchlet extends AbstractBatchlet {

    @Inject
    InvoiceFiles files;

    @Inject
    InvoiceFileImport importer;

    @Inject
    JobContext job;

    @Inject
    com.bizbill.shared.jobs.JobClaims claims;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String period;

    @Override
    public String process() throws Exception {
        ImportRun run = importer.importFile(files.content(period), files.name(period), "FILE");
        // issue 16 §1: the file's invoices in the run's counts (all or nothing: a refused file imports none)
        claims.counted(Long.parseLong(runId), new com.bizbill.shared.jobs.ItemCounts(run.getCreated() + run.getUpdated(),
                run.getUnchanged(), run.getReported(), 0, 0, null));
        // issue 17 §4: a refused file is a failed run (its rows' reasons are in the import report)
        String outcome = "REFUSED".equals(run.getStatus()) ? JobRunListener.REFUSED : "COMPLETED";
        job.setExitStatus(outcome);
        return outcome;
    }
}
