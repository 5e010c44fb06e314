package com.bizbill.shared.jobs;

import java.util.List;

/**
 * A business context's periodic jobs (issue 16 §1): one CDI bean per context ({@code BillingJobs} …) that declares
 * them as constants and lists them here, found by {@link PeriodicJobs}.
 */
public interface JobCatalog {

    List<PeriodicJob> jobs();
}
