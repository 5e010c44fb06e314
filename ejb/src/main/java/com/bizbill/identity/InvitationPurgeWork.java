package com.bizbill.identity;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * CB-MEM-5, the first step of the daily job {@code member-housekeeping}: invitations not accepted within 14 days are
 * deleted, each in its own transaction (and audited); one accepted meanwhile is skipped.
 */
@Dependent
@Named("invitationPurgeWork")
public class InvitationPurgeWork extends IdWork {

    @Inject
    SubMemberService members;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return members.expiredInvitations(after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return doneOrSkipped(members.purgeInvitation(id));
    }
}
