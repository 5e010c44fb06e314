package com.bizbill.identity.registry;

import com.bizbill.identity.BusinessNumber;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The real registry adapter, in the style of the Korean tax office's business-status API:
 * {@code POST {base}/api/nts-businessman/v1/status?serviceKey=…} with {@code {"b_no":["##########"]}};
 * the answer's {@code data[0].b_stt_cd} is 01 (open), 02 (suspended) or 03 (closed), and an
 * empty code means the number is not registered. Timeouts and 5xx are REGISTRY_UNAVAILABLE.
 */
public class HttpBusinessRegistry implements BusinessRegistry {

    private final HttpClient http;
    private final URI endpoint;
    private final Duration timeout;

    public HttpBusinessRegistry(String baseUrl, String serviceKey, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.endpoint = URI.create(base + "/api/nts-businessman/v1/status?serviceKey="
                + URLEncoder.encode(serviceKey, StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    @Override
    public BusinessStatus statusOf(BusinessNumber number) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"b_no\":[\"" + number.digits() + "\"]}"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BizbillException(ErrorCode.REGISTRY_UNAVAILABLE, "registry unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BizbillException(ErrorCode.REGISTRY_UNAVAILABLE, "interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new BizbillException(ErrorCode.REGISTRY_UNAVAILABLE, "registry answered " + response.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject body = reader.readObject();
            JsonArray data = body.getJsonArray("data");
            if (data == null || data.isEmpty()) {
                throw new BizbillException(ErrorCode.REGISTRY_UNAVAILABLE, "registry answer without data");
            }
            String code = data.getJsonObject(0).getString("b_stt_cd", "");
            return switch (code) {
                case "01" -> BusinessStatus.OPEN;
                case "02" -> BusinessStatus.SUSPENDED;
                case "03" -> BusinessStatus.CLOSED;
                default -> BusinessStatus.UNKNOWN;
            };
        } catch (jakarta.json.JsonException | ClassCastException e) {
            throw new BizbillException(ErrorCode.REGISTRY_UNAVAILABLE, "unreadable registry answer", e);
        }
    }
}
