package com.bizbill.shared.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.shared.context.RequestIds;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 15 §1: every log line of a request carries its id, in the plain and in the JSON format. */
class RequestIdLoggingTest {

    @AfterEach
    void clear() {
        RequestIds.clear();
    }

    private static LogRecord record(String message, Object... params) {
        LogRecord r = new LogRecord(Level.INFO, message);
        r.setLoggerName("com.bizbill.test");
        r.setParameters(params.length == 0 ? null : params);
        return r;
    }

    @Test
    void issue15_aRecordInARequestIsTaggedOnceAndOneOutsideIsNot() {
        RequestIdLogFilter filter = new RequestIdLogFilter(null);
        LogRecord outside = record("started");
        assertTrue(filter.isLoggable(outside));
        assertEquals("started", outside.getMessage());

        RequestIds.set("req-42");
        LogRecord inside = record("charged {0}", 1000);
        assertTrue(filter.isLoggable(inside));
        assertTrue(filter.isLoggable(inside), "a second handler does not tag it again");
        assertEquals("[req=req-42] charged {0}", inside.getMessage());
    }

    @Test
    void issue15_theHandlersOwnFilterStillDecides() {
        RequestIds.set("req-1");
        RequestIdLogFilter filter = new RequestIdLogFilter(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        assertFalse(filter.isLoggable(record("fine detail")));
    }

    @Test
    void issue15_theJsonLineHasTheRequestIdAsAFieldAndTheFormattedMessage() {
        RequestIds.set("req-7");
        LogRecord r = record("charged \"{0}\" won", 1000);
        new RequestIdLogFilter(null).isLoggable(r);
        String line = new JsonLogFormatter().format(r);
        assertTrue(line.endsWith("}\n"));
        assertTrue(line.contains("\"requestId\":\"req-7\""), line);
        assertTrue(line.contains("\"message\":\"charged \\\"1,000\\\" won\""), line);
        assertTrue(line.contains("\"level\":\"INFO\""));
        assertTrue(line.contains("\"logger\":\"com.bizbill.test\""));
        assertEquals("[req=req-7] charged \"{0}\" won", r.getMessage(), "the record itself is left as it was");
    }

    @Test
    void issue15_aJsonLineOutsideARequestHasNoRequestId() {
        String line = new JsonLogFormatter().format(record("tick"));
        assertFalse(line.contains("requestId"));
        assertTrue(line.contains("\"message\":\"tick\""));
    }
}
