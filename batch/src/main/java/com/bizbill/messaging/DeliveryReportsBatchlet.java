package com.bizbill.messaging;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Applies the message gateway's delivery reports since the last poll to the usage records. */
@Dependent
@Named("messageDeliveryReports")
public class DeliveryReportsBatchlet extends AbstractBatchlet {

    @Inject
    DeliveryReports reports;

    @Inject
    JobContext job;

    @Override
    public String process() {
        String result = reports.poll().toString();
        job.setExitStatus(result);
        return result;
    }
}
