package com.bizbill.shared.idempotency;

/**
 * Issue 13 §4: whether a call has already done something that a failure cannot take back (a row
 * committed in a transaction of its own, a call to an outside party). Services say so with
 * {@link #happened()} just before such a step; {@code IdempotentCall} frees a key only when its call
 * failed before any. Per thread: a local EJB call runs in its caller's thread.
 */
public final class SideEffects {

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private SideEffects() {
    }

    /** Starts watching the current thread; close the scope when the call is over. Scopes nest. */
    public static Scope open() {
        Scope s = new Scope(CURRENT.get());
        CURRENT.set(s);
        return s;
    }

    /** Something that cannot be taken back is about to happen (or has happened) in the current call. */
    public static void happened() {
        for (Scope s = CURRENT.get(); s != null; s = s.outer) {
            s.count++;
        }
    }

    /**
     * The step announced by {@link #happened()} was refused cleanly by the other party (nothing left our
     * hands): it does not count. Other steps of the call still do.
     */
    public static void refused() {
        for (Scope s = CURRENT.get(); s != null; s = s.outer) {
            s.count = Math.max(0, s.count - 1);
        }
    }

    public static final class Scope implements AutoCloseable {
        private final Scope outer;
        private int count;

        private Scope(Scope outer) {
            this.outer = outer;
        }

        /** Whether anything happened since the scope was opened. */
        public boolean any() {
            return count > 0;
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
