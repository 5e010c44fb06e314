package com.bizbill.identity;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Identity's periodic jobs (issue 16 §1). */
@ApplicationScoped
public class IdentityJobs implements JobCatalog {

    /** CB-MEM-5, daily: purge invitations older than 14 days and mark idle sub-members dormant. Period = the day. */
    public static final PeriodicJob MEMBER_HOUSEKEEPING = PeriodicJob.of("member-housekeeping", JobPeriod.DAY);

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(MEMBER_HOUSEKEEPING);
    }
}
