package com.bizbill.bench;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The partner API's wallet endpoints as the benchmark calls them; thread-safe (a connection per thread). */
final class WalletApi implements AutoCloseable {

    /** The answer to one charge request. {@code httpStatus} is 0 when no answer came (I/O error). */
    record ChargeAnswer(int httpStatus, Long chargeId, String status, long amount, String error) {

        boolean completed() {
            return httpStatus / 100 == 2 && chargeId != null && "COMPLETED".equals(status);
        }

        /** What the outcome table counts this answer under. */
        String outcome() {
            if (httpStatus == 0) {
                return "I/O error";
            }
            if (httpStatus / 100 == 2) {
                return "HTTP " + httpStatus + (status == null ? "" : " " + status);
            }
            return "HTTP " + httpStatus;
        }
    }

    record WalletState(long balance, long ledgerBalance) {
    }

    private final String base;
    private final String apiKey;
    private final List<Http> connections = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Http> connection;

    WalletApi(String base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
        this.connection = ThreadLocal.withInitial(() -> {
            Http http = new Http(base);
            connections.add(http);
            return http;
        });
    }

    String base() {
        return base;
    }

    ChargeAnswer charge(String idempotencyKey, long amount) {
        Http.Response response;
        try {
            response = connection.get().post("/api/v1/wallet/charges",
                    Map.of("X-API-Key", apiKey, "Idempotency-Key", idempotencyKey, "Accept", "application/json"),
                    "{\"amount\": " + amount + "}");
        } catch (IOException | RuntimeException e) {
            return new ChargeAnswer(0, null, null, 0, e.toString());
        }
        int code = response.status();
        if (code / 100 != 2) {
            return new ChargeAnswer(code, null, null, 0, shorten(response.body()));
        }
        try {
            JsonObject body = parse(response.body());
            Long chargeId = body.get("chargeId") instanceof JsonNumber n ? n.longValue() : null;
            String status = body.get("status") instanceof JsonString s ? s.getString() : null;
            long charged = body.get("amount") instanceof JsonNumber n ? n.longValue() : 0;
            return new ChargeAnswer(code, chargeId, status, charged, chargeId == null ? shorten(response.body()) : null);
        } catch (RuntimeException e) {
            return new ChargeAnswer(code, null, null, 0, "unreadable body: " + shorten(response.body()));
        }
    }

    /** GET /api/v1/wallet; throws with the status and body when it does not answer 200. */
    WalletState wallet() throws IOException {
        JsonObject body = getJson("/api/v1/wallet");
        return new WalletState(body.getJsonNumber("balance").longValue(), body.getJsonNumber("ledgerBalance").longValue());
    }

    /** The history's total row count (GET /api/v1/wallet/history?page=0&size=1). */
    long historyTotal() throws IOException {
        return getJson("/api/v1/wallet/history?page=0&size=1").getJsonNumber("total").longValue();
    }

    /** The status of a GET, 0 when nothing answered. */
    int status(String path) {
        try {
            return connection.get().get(path, headers()).status();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private JsonObject getJson(String path) throws IOException {
        Http.Response response = connection.get().get(path, headers());
        if (response.status() != 200) {
            throw new IOException("GET " + path + " answered " + response.status() + ": " + shorten(response.body()));
        }
        try {
            return parse(response.body());
        } catch (JsonParsingException e) {
            throw new IOException("GET " + path + ": not JSON: " + shorten(response.body()), e);
        }
    }

    private Map<String, String> headers() {
        return Map.of("X-API-Key", apiKey, "Accept", "application/json");
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }

    @Override
    public void close() {
        connections.forEach(Http::close);
    }
}
