package com.bizbill.shared.context;

import java.util.UUID;

/**
 * The request id of the current thread, for log lines (issue 15 §1): set by the request filter for every
 * page and API request and by the job listener for a batch thread, cleared when they end. A thread-local
 * rather than the request-scoped {@link CallContext}, because a log formatter must not need CDI.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final int MAX_LENGTH = 64;
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /**
     * The id presented by a caller if it is usable, else a new UUID. Usable: 1 to 64 printable ASCII
     * characters, without quotes, backslash or braces (they would break a log line's format or its JSON).
     */
    public static String acceptOrNew(String presented) {
        return isValid(presented) ? presented : UUID.randomUUID().toString();
    }

    static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        return id.chars().allMatch(c -> c > 0x20 && c < 0x7f && "\"'\\{}".indexOf(c) < 0);

    }

    public static void set(String id) {
        CURRENT.set(id);
    }

    /** The id of this thread's request or job, or null outside one. */
    public static String current() {
        return CURRENT.get();
    }

    public static void clear() {
        CURRENT.remove();
    }
}
