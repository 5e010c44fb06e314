package com.bizbill.shared.error;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Retries a whole transaction that the database refused for a passing reason: a lock it could not
 * get in time, a deadlock victim, or Derby's identity generator under contention (SQL states
 * {@code 40XL1}, {@code 40XL2}, {@code 40001}). Only for calls that are safe to repeat (they are
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
                    Thread.sleep(5L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether a database lock timeout, deadlock or generator contention is somewhere in the cause chain. */
    public static boolean isTransient(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
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
