package com.bizbill.shared.logging;

import com.bizbill.shared.context.RequestIds;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Issue 15 §1: tags every log record written in a request or job with its request id, as
 * {@code [req=<id>] message}. A filter, not a formatter, because it runs on the logging thread: the
 * server's handlers may format later on another thread, where the request's id is gone. Keeps the
 * handler's own filter in front. Tags a record once, however many handlers it passes.
 */
public final class RequestIdLogFilter implements Filter {

    static final String PREFIX = "[req=";

    private final Filter previous;

    public RequestIdLogFilter(Filter previous) {
        this.previous = previous;
    }

    Filter previous() {
        return previous;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (previous != null && !previous.isLoggable(record)) {
            return false;
        }
        tag(record, RequestIds.current());
        return true;
    }

    static void tag(LogRecord record, String requestId) {
        if (requestId == null) {
            return;
        }
        String message = record.getMessage();
        if (message != null && message.startsWith(PREFIX)) {
            return;
        }
        record.setMessage(PREFIX + requestId + "] " + (message == null ? "" : message));
    }

    /** The request id a record was tagged with, or null. */
    static String requestIdOf(String message) {
        if (message == null || !message.startsWith(PREFIX)) {
            return null;
        }
        int end = message.indexOf("] ", PREFIX.length());
        return end < 0 ? null : message.substring(PREFIX.length(), end);
    }

    /** The message without its tag. */
    static String untagged(String message) {
        String id = requestIdOf(message);
        return id == null ? message : message.substring(PREFIX.length() + id.length() + 2);
    }
}
