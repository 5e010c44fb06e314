package com.bizbill.identity;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * CB-MEM-5, the second step of the daily job {@code member-housekeeping}: active sub-members without a login for the
 * configured period become DORMANT, each in its own transaction (and audited); one who logged in meanwhile is skipped.
 */
@Dependent
@Named("dormancyWork")
public class DormancyWork extends IdWork {

    @Inject
    SubMemberService members;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return members.idleSubMembers(after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return doneOrSkipped(members.makeDormant(id));
    }
}
