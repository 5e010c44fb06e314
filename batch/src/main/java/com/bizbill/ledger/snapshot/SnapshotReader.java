package com.bizbill.ledger.snapshot;

import com.bizbill.ledger.SnapshotService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of accounts that have no snapshot for the day yet, in id order, a page at a time.
 * The checkpoint is the last id handed out (a small Long), so a restart resumes after it; and
 * because only accounts without a snapshot are selected, nothing is ever written twice.
 */
@Dependent
@Named("snapshotReader")
public class SnapshotReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    @BatchProperty
    String period;

    @Inject
    SnapshotService snapshots;

    private LocalDate day;
    private long lastId;
    private final Deque<Long> buffer = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        day = LocalDate.parse(period);
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var next = snapshots.accountsWithoutSnapshot(day, lastId, PAGE);
            exhausted = next.size() < PAGE;
            buffer.addAll(next);
        }
        Long id = buffer.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
