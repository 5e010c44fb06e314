package com.bizbill.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The endpoints the invoice benchmark calls with the operator's billing-system key: the batch import and the
 * job runs. Thread-safe (a connection per thread).
 */
final class InvoiceApi implements AutoCloseable {

    /** One import call's answer: outcome per invoice number ({@code httpStatus} 0 = no answer). */
    record ImportAnswer(int httpStatus, Map<String, String> outcomes, Map<String, String> problems, String error) {
    }

    /**
     * A job run as GET /api/v1/jobs/runs/{id} shows it: since issue 16 §1 its counts are fields of their own (items
     * done, skipped, failed, in error, and the won moved), no longer numbers inside the message.
     */
    record Run(long runId, String status, int attempts, String message, long written, long skipped, long failed,
               long inError, long amount) {

        boolean running() {
            return "RUNNING".equals(status);
        }

        /**
         * The counts under the names the benchmarks check: an automatic charge's {@code charged} (done), {@code unknown}
         * (skipped: a lost answer, or charged before), {@code amount}; a collection's {@code billed} (done),
         * {@code alreadyBilled} (skipped), {@code stores} (both) and {@code total} (the won billed).
         */
        Map<String, Long> summary() {
            Map<String, Long> values = new LinkedHashMap<>();
            if (skipped < 0) {
                return fromMessage(); // a build from before issue 16 (to measure before and after one change)
            }
            values.put("due", written + skipped + failed + inError);
            values.put("charged", written);
            values.put("billed", written);
            values.put("failed", failed);
            values.put("inError", inError);
            values.put("unknown", skipped);
            values.put("alreadyBilled", skipped);
            values.put("stores", written + skipped);
            values.put("amount", amount);
            values.put("total", amount);
            return values;
        }

        /** The counts as builds before issue 16 wrote them into the message ("charged=…, amount=…"). */
        private Map<String, Long> fromMessage() {
            Map<String, Long> values = new LinkedHashMap<>();
            for (String part : message == null ? new String[0] : message.split(",")) {
                String[] kv = part.trim().split("=", 2);
                if (kv.length == 2) {
                    try {
                        values.put(kv[0].trim(), Long.parseLong(kv[1].trim()));
                    } catch (NumberFormatException notANumber) {
                        // not a count
                    }
                }
            }
            return values;
        }
    }

    /** The answer to a job start: the run (202) or the refusal (status, problem code). */
    record Start(int httpStatus, Run run, String code, String detail) {
    }

    private final String apiKey;
    private final List<Http> connections = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Http> connection;

    InvoiceApi(String base, String apiKey) {
        this.apiKey = apiKey;
        this.connection = ThreadLocal.withInitial(() -> {
            Http http = new Http(base);
            connections.add(http);
            return http;
        });
    }

    /** POST /api/v1/billing/invoices with a prepared {"invoices": […]} body. */
    ImportAnswer importBatch(String body) {
        Http.Response response;
        try {
            response = connection.get().post("/api/v1/billing/invoices", headers(), body);
        } catch (IOException | RuntimeException e) {
            return new ImportAnswer(0, Map.of(), Map.of(), e.toString());
        }
        if (response.status() != 200) {
            return new ImportAnswer(response.status(), Map.of(), Map.of(), WalletApi.shorten(response.body()));
        }
        try {
            JsonObject json = parse(response.body());
            Map<String, String> outcomes = new HashMap<>();
            Map<String, String> problems = new HashMap<>();
            for (JsonValue v : json.getJsonArray("results")) {
                JsonObject r = v.asJsonObject();
                String number = r.containsKey("number") && !r.isNull("number") ? r.getString("number") : "?";
                outcomes.put(number, r.getString("outcome"));
                if (r.containsKey("problems") && !r.isNull("problems") && !r.getJsonArray("problems").isEmpty()) {
                    problems.put(number, r.getJsonArray("problems").toString());
                }
            }
            return new ImportAnswer(200, outcomes, problems, null);
        } catch (RuntimeException e) {
            return new ImportAnswer(200, Map.of(), Map.of(), "unreadable answer: " + WalletApi.shorten(response.body()));
        }
    }

    /** POST /api/v1/jobs/{job}/runs?period=… */
    Start startJob(String job, String period) throws IOException {
        Http.Response response = connection.get().post("/api/v1/jobs/" + job + "/runs?period=" + period, headers(), "");
        if (response.status() == 202) {
            return new Start(202, run(parse(response.body())), null, null);
        }
        String code = null;
        String detail = WalletApi.shorten(response.body());
        try {
            JsonObject problem = parse(response.body());
            code = problem.containsKey("code") && !problem.isNull("code") ? problem.getString("code") : null;
            detail = problem.containsKey("detail") && !problem.isNull("detail") ? problem.getString("detail") : detail;
        } catch (RuntimeException notJson) {
            // keep the raw body
        }
        return new Start(response.status(), null, code, detail);
    }

    /** GET /api/v1/jobs/runs/{id} */
    Run run(long runId) throws IOException {
        Http.Response response = connection.get().get("/api/v1/jobs/runs/" + runId, headers());
        if (response.status() != 200) {
            throw new IOException("GET /api/v1/jobs/runs/" + runId + " answered " + response.status() + ": "
                    + WalletApi.shorten(response.body()));
        }
        return run(parse(response.body()));
    }

    private static Run run(JsonObject json) {
        return new Run(json.getJsonNumber("runId").longValue(), json.getString("status"), json.getInt("attempts"),
                json.containsKey("message") && !json.isNull("message") ? json.getString("message") : null,
                count(json, "itemsWritten"), count(json, "itemsSkipped"), count(json, "itemsFailed"),
                count(json, "itemsInError"), count(json, "amount"));
    }

    private static long count(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? json.getJsonNumber(name).longValue() : -1;
    }

    private Map<String, String> headers() {
        return Map.of("X-API-Key", apiKey, "Accept", "application/json");
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new IllegalStateException("not JSON: " + WalletApi.shorten(body), e);
        }
    }

    @Override
    public void close() {
        connections.forEach(Http::close);
    }
}
