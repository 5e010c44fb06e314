package com.bizbill.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 16 §2: a claim's owner and heartbeat decide whether another node may take it over. */
class JobRunHeartbeatTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration STALE = Duration.ofSeconds(90);

    @Test
    void issue16AFreshHeartbeatKeepsARunAliveAndAStaleOneLetsItBeTakenOver() {
        JobRun run = new JobRun("job", "2026-12-04", "staff", T0);
        run.ownedBy("node-a#1-aa", T0);
        assertTrue(run.heartbeatFresh(T0.plusSeconds(89), STALE));
        assertFalse(run.heartbeatFresh(T0.plusSeconds(90), STALE), "stale after 90 s without a beat");
        run.beat(T0.plusSeconds(60));
        assertTrue(run.heartbeatFresh(T0.plusSeconds(140), STALE), "a beat renews it");
    }

    @Test
    void issue16ABeatNeverMovesBackAndAnEndedRunIsNeverFresh() {
        JobRun run = new JobRun("job", "2026-12-04", "staff", T0);
        run.ownedBy("node-a#1-aa", T0.plusSeconds(30));
        run.beat(T0); // a late beat from an older reading
        assertEquals(T0.plusSeconds(30), run.getHeartbeatAt());
        run.completed("done", T0.plusSeconds(31));
        run.beat(T0.plusSeconds(40));
        assertEquals(T0.plusSeconds(30), run.getHeartbeatAt(), "an ended run takes no beats");
        assertFalse(run.heartbeatFresh(T0.plusSeconds(31), STALE), "only a running claim can be alive");
        assertThrows(IllegalStateException.class, () -> run.ownedBy("node-b#2-bb", T0.plusSeconds(41)));
    }

    @Test
    void issue16ARunWithoutAHeartbeatIsStaleAndARestartClearsTheOldOwner() {
        JobRun run = new JobRun("job", "2026-12-04", "staff", T0); // as rows claimed before owners were kept
        assertFalse(run.heartbeatFresh(T0, STALE));
        run.ownedBy("node-a#1-aa", T0);
        run.restart("node b", T0.plusSeconds(200));
        assertNull(run.getOwnerNode());
        assertNull(run.getHeartbeatAt());
        run.ownedBy("node-b#2-bb", T0.plusSeconds(200));
        assertEquals("node-b#2-bb", run.getOwnerNode());
        assertEquals(2, run.getAttempts());
    }
}
