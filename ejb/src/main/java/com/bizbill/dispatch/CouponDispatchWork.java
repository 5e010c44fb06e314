package com.bizbill.dispatch;

import com.bizbill.shared.jobs.ChunkWork;
import com.bizbill.shared.jobs.Chunks;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Issue 21 §1: the job {@code coupon-dispatch} of one order (period = the order's number), a chunk step partitioned by
 * recipient: items are the recipients not yet handed to the message gateway, by id; a chunk is issued and sent
 * together (one ledger entry and one refund line per chunk). A re-run after a crash or a pause reads only what is left
 * and settles what was left unanswered by look-ups, so nothing is issued or sent twice.
 */
@Dependent
@Named("couponDispatchWork")
public class CouponDispatchWork implements ChunkWork<Long> {

    static final int PAGE = 500;

    @Inject
    DispatchQueries queries;

    @Inject
    Dispatcher dispatcher;

    @Override
    public Iterator<Long> items(String period, JobPartition partition, Serializable after) {
        return Chunks.paged(Chunks.longKey(after), PAGE, (last, max) -> queries.toDispatch(period, partition, last, max));
    }

    @Override
    public Serializable keyOf(Long id) {
        return id;
    }

    @Override
    public ItemCounts process(String period, List<Long> ids) {
        try {
            return dispatcher.dispatch(period, ids);
        } catch (DispatchPaused e) {
            // issue 21 §2: the order pauses (the run ends with these in error); the next tick takes it up again
            return new ItemCounts(0, 0, 0, ids.size(), 0, "paused: " + e.getMessage());
        }
    }

    @Override
    public void finished(String period, JobPartition partition) {
        dispatcher.finishIfSettled(period);
    }
}
