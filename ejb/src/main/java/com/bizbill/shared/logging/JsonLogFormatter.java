package com.bizbill.shared.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Issue 15 §1: one JSON object per line ({@code bizbill.log.format=json}), for a log collector:
 * time, level, logger, thread id, requestId (when the record was written in a request or job), message,
 * and the exception's stack trace when there is one.
 */
public final class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        String raw = record.getMessage();
        String requestId = RequestIdLogFilter.requestIdOf(raw);
        String message;
        if (requestId == null) {
            message = formatMessage(record);
        } else {
            record.setMessage(RequestIdLogFilter.untagged(raw));
            try {
                message = formatMessage(record);
            } finally {
                record.setMessage(raw);
            }
        }
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "time", Instant.ofEpochMilli(record.getMillis()).toString()).append(',');
        field(json, "level", record.getLevel().getName()).append(',');
        field(json, "logger", record.getLoggerName()).append(',');
        json.append("\"thread\":").append(record.getLongThreadID()).append(',');
        if (requestId != null) {
            field(json, "requestId", requestId).append(',');
        }
        field(json, "message", message);
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            json.append(',');
            field(json, "exception", trace.toString());
        }
        return json.append("}\n").toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
