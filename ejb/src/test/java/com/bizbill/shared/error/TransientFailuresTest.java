package com.bizbill.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Lock timeouts and Derby's generator contention are retried a few times; anything else is not. */
class TransientFailuresTest {

    @Test
    void aLockTimeoutIsRetriedUntilTheTransactionGoesThrough() {
        AtomicInteger calls = new AtomicInteger();
        String result = TransientFailures.retry(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new RuntimeException("wrapped", new SQLTransactionRollbackException("lock", "40XL1"));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aVersionConflictAtCommitIsRetriedToo() {
        // two payments of one customer's invoices race on the customer's receivable account (BP-PAY-5)
        AtomicInteger calls = new AtomicInteger();
        String result = TransientFailures.retry(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new RuntimeException("rolled back", new jakarta.persistence.OptimisticLockException("version"));
            }
            return "booked";
        });
        assertThat(result).isEqualTo("booked");
        assertThat(calls).hasValue(2);
    }

    @Test
    void otherFailuresAndPersistentOnesAreTheCallers() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailures.retry(() -> {
            calls.incrementAndGet();
            throw new BizbillException(ErrorCode.WALLET_INSUFFICIENT_BALANCE, "short");
        })).isInstanceOf(BizbillException.class);
        assertThat(calls).hasValue(1);

        AtomicInteger locked = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailures.retry(() -> {
            locked.incrementAndGet();
            throw new RuntimeException(new SQLTransactionRollbackException("deadlock", "40001"));
        })).isInstanceOf(RuntimeException.class);
        assertThat(locked).hasValue(TransientFailures.ATTEMPTS);
    }
}
