package com.bizbill.shared.error;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Retries a whole transaction that the database refused for a passing reason: a lock it could not
 * get in time, a deadlock victim, Derby's identity generator under contention (SQL states
 * {@code 40XL1}, {@code 40XL2}, {@code 40001}), or a version conflict found at commit (another
 * payment of the same customer moved the same ledger account first; the retry reads it afresh). Only for calls that are safe to repeat (they are
 * idempotent by a business key), and only a few times: a refusal that persists is the caller's.
 */
public final class TransientFailures {

    public static final int ATTEMPTS = 4;

    private TransientFailures() {
    }

    public static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(5L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextLong(10)); // jitter: racers do not meet again
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether a lock timeout, deadlock, generator contention or version conflict is somewhere in the cause chain. */
    public static boolean isTransient(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            if (c instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if ("40XL1".equals(state) || "40XL2".equals(state) || "40001".equals(state)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
