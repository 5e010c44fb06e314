package com.bizbill.identity.housekeeping;

import com.bizbill.identity.SubMemberService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * CB-MEM-5 daily housekeeping: deletes invitations not accepted within 14 days and marks idle
 * sub-members DORMANT. Both are idempotent (they select only what is still due), so a second run
 * of the same day changes nothing.
 */
@Dependent
@Named("memberHousekeeping")
public class MemberHousekeepingBatchlet extends AbstractBatchlet {

    @Inject
    SubMemberService members;

    @Inject
    JobContext job;

    @Override
    public String process() {
        int purged = members.purgeExpiredInvitations();
        int dormant = members.markDormant();
        String result = "purged=" + purged + ", dormant=" + dormant;
        job.setExitStatus(result);
        return result;
    }
}
