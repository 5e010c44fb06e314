package com.bizbill.catalog;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The catalog's periodic jobs (issue 19 §2). */
@ApplicationScoped
public class CatalogJobs implements JobCatalog {

    /** Daily: the catalog refreshed from the supplier's goods list (period = the day). */
    public static final PeriodicJob CATALOG_REFRESH = PeriodicJob.of("catalog-refresh", JobPeriod.DAY);

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(CATALOG_REFRESH);
    }
}
