package com.bizbill.shared.jobs;

import java.util.List;

/** A business context's periodic jobs (issue 16 §1); one CDI bean per context, found by {@link PeriodicJobs}. */
public interface JobCatalog {

    List<? extends PeriodicJob> jobs();
}
