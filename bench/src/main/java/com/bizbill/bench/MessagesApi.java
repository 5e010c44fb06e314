package com.bizbill.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The partner API's message endpoints as the usage benchmark calls them with a store's key:
 * {@code POST /api/v1/messages} and {@code POST /api/v1/messages/batch}, each with an Idempotency-Key.
 * Thread-safe (a connection per thread).
 */
final class MessagesApi implements AutoCloseable {

    /** One single send's answer; {@code httpStatus} 0 = no answer (I/O error). */
    record SendAnswer(int httpStatus, String messageId, String error) {

        boolean accepted() {
            return httpStatus == 202 && messageId != null;
        }

        /** Worth sending again with the same key: no answer, a key still in progress (409) or a server error. */
        boolean retryable() {
            return httpStatus == 0 || httpStatus == 409 || httpStatus >= 500 && httpStatus != 502;
        }
    }

    /** One batch call's answer: the message id per position (null where that message was refused). */
    record BatchAnswer(int httpStatus, int accepted, List<String> messageIds, List<String> refusals, String error) {

        boolean retryable() {
            return httpStatus == 0 || httpStatus == 409 || httpStatus >= 500;
        }
    }

    private final String apiKey;
    private final List<Http> connections = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Http> connection;

    MessagesApi(String base, String apiKey) {
        this.apiKey = apiKey;
        this.connection = ThreadLocal.withInitial(() -> {
            Http http = new Http(base);
            connections.add(http);
            return http;
        });
    }

    SendAnswer send(String idempotencyKey, String json) {
        Http.Response response;
        try {
            response = connection.get().post("/api/v1/messages", headers(idempotencyKey), json);
        } catch (IOException | RuntimeException e) {
            return new SendAnswer(0, null, e.toString());
        }
        if (response.status() != 202) {
            return new SendAnswer(response.status(), null, WalletApi.shorten(response.body()));
        }
        try {
            JsonObject body = parse(response.body());
            String id = body.containsKey("messageId") && !body.isNull("messageId") ? body.getString("messageId") : null;
            return new SendAnswer(202, id, id == null ? WalletApi.shorten(response.body()) : null);
        } catch (RuntimeException e) {
            return new SendAnswer(202, null, "unreadable answer: " + WalletApi.shorten(response.body()));
        }
    }

    BatchAnswer batch(String idempotencyKey, String json) {
        Http.Response response;
        try {
            response = connection.get().post("/api/v1/messages/batch", headers(idempotencyKey), json);
        } catch (IOException | RuntimeException e) {
            return new BatchAnswer(0, 0, List.of(), List.of(), e.toString());
        }
        if (response.status() != 200) {
            return new BatchAnswer(response.status(), 0, List.of(), List.of(), WalletApi.shorten(response.body()));
        }
        try {
            JsonObject body = parse(response.body());
            List<String> ids = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (JsonValue v : body.getJsonArray("results")) {
                JsonObject r = v.asJsonObject();
                if (r.containsKey("message") && !r.isNull("message")) {
                    ids.add(r.getJsonObject("message").getString("messageId"));
                } else {
                    ids.add(null);
                    refusals.add((r.isNull("errorCode") ? "?" : r.getString("errorCode")) + ": "
                            + (r.isNull("error") ? "" : r.getString("error")));
                }
            }
            return new BatchAnswer(200, body.getInt("accepted"), ids, refusals, null);
        } catch (RuntimeException e) {
            return new BatchAnswer(200, 0, List.of(), List.of(), "unreadable answer: " + WalletApi.shorten(response.body()));
        }
    }

    private Map<String, String> headers(String idempotencyKey) {
        return Map.of("X-API-Key", apiKey, "Idempotency-Key", idempotencyKey, "Accept", "application/json");
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() {
        connections.forEach(Http::close);
    }
}
