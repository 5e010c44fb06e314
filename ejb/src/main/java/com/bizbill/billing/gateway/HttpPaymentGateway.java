package com.bizbill.billing.gateway;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * The real gateway adapter, speaking a Toss-Payments-style billing API:
 * <ul>
 * <li>{@code POST /v1/billing/authorizations/issue} {authKey, customerKey} → billingKey, card</li>
 * <li>{@code POST /v1/billing/{billingKey}} {customerKey, amount, orderId, orderName} with
 *     {@code Idempotency-Key} → payment (status DONE) or 4xx {code, message} (declined)</li>
 * <li>{@code POST /v1/payments/{paymentKey}/cancel} {cancelReason, cancelAmount?} with {@code Idempotency-Key}
 *     (our cancel attempt's key, issue 13)</li>
 * <li>{@code GET /v1/payments/orders/{orderId}} → payment, or 404</li>
 * <li>{@code POST /v1/payments/confirm} {paymentKey, orderId, amount} with {@code Idempotency-Key}
 *     → payment (status DONE) or 4xx {code, message} (declined)</li>
 * <li>{@code POST /v1/virtual-accounts} {amount, orderId, orderName, customerName, bank, validHours} with
 *     {@code Idempotency-Key} → payment with virtualAccount {accountNumber, bankCode, customerName, dueDate}</li>
 * </ul>
 * Authentication: HTTP Basic with the secret key and an empty password. Only the billing key,
 * brand and last 4 digits of a card are read from answers.
 */
public class HttpPaymentGateway implements PaymentGateway {

    /** Bank of the virtual accounts we ask for (88: Shinhan) and how long they stay open. */
    private static final String VIRTUAL_ACCOUNT_BANK = "88";
    private static final int VIRTUAL_ACCOUNT_HOURS = 72;

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Duration timeout;

    public HttpPaymentGateway(String baseUrl, String secretKey, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    @Override
    public BillingKey issueBillingKey(String authKey, String customerKey) {
        HttpResponse<String> r = send(post("/v1/billing/authorizations/issue", Json.createObjectBuilder()
                .add("authKey", authKey).add("customerKey", customerKey), null), false);
        JsonObject body = json(r);
        if (r.statusCode() != 200) {
            throw new BizbillException(ErrorCode.PAYMENT_DECLINED, code(body) + ": " + message(body));
        }
        JsonObject card = body.getJsonObject("card");
        String number = card == null ? "" : card.getString("number", "");
        String last4 = number.length() >= 4 ? number.substring(number.length() - 4) : "";
        return new BillingKey(body.getString("billingKey"), card == null ? null : card.getString("issuerCode", null),
                last4);
    }

    @Override
    public ChargeResult charge(ChargeRequest c) {
        HttpResponse<String> r = send(post("/v1/billing/" + enc(c.billingKey()), Json.createObjectBuilder()
                .add("customerKey", c.customerKey()).add("amount", c.amount()).add("orderId", c.orderId())
                .add("orderName", c.orderName()), c.idempotencyKey()), true);
        JsonObject body = json(r);
        if (r.statusCode() == 200) {
            return payment(body);
        }
        // a 4xx is a definite refusal (declined card, insufficient funds, invalid key)
        return new ChargeResult(ChargeResult.Status.DECLINED, null, c.orderId(), c.amount(), code(body),
                message(body));
    }

    @Override
    public CancelResult cancel(String paymentKey, Long amount, String reason, String idempotencyKey) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("cancelReason", reason);
        if (amount != null) {
            b.add("cancelAmount", amount);
        }
        HttpResponse<String> r = send(post("/v1/payments/" + enc(paymentKey) + "/cancel", b, idempotencyKey), true);
        JsonObject body = json(r);
        if (r.statusCode() != 200) {
            return new CancelResult(false, 0, code(body), message(body));
        }
        long cancelled = body.containsKey("cancels") && !body.getJsonArray("cancels").isEmpty()
                ? body.getJsonArray("cancels").getJsonObject(body.getJsonArray("cancels").size() - 1)
                .getJsonNumber("cancelAmount").longValueExact()
                : amount == null ? body.getJsonNumber("totalAmount").longValueExact() : amount;
        return new CancelResult(true, cancelled, null, null);
    }

    /**
     * Toss keeps the first answer to an {@code Idempotency-Key} and never performs that request twice, so the
     * outcome of a cancel whose answer was lost is read by asking again with the same key: a cancel already
     * done answers its first result without a second refund. (The payment's {@code cancels} list carries no
     * key of ours to match on.) An answer lost again stays UNKNOWN.
     */
    @Override
    public Optional<CancelResult> lookupCancel(String paymentKey, Long amount, String reason, String idempotencyKey) {
        if (idempotencyKey == null) {
            throw new IllegalArgumentException("a cancel is looked up by its idempotency key");
        }
        return Optional.of(cancel(paymentKey, amount, reason, idempotencyKey));
    }

    @Override
    public Optional<ChargeResult> lookup(String orderId) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v1/payments/orders/" + enc(orderId)))
                .timeout(timeout).header("Authorization", authorization).GET().build();
        HttpResponse<String> r = send(req, true);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(payment(json(r)));
    }

    @Override
    public ChargeResult confirm(String paymentKey, String orderId, long amount, String idempotencyKey) {
        HttpResponse<String> r = send(post("/v1/payments/confirm", Json.createObjectBuilder()
                .add("paymentKey", paymentKey).add("orderId", orderId).add("amount", amount), idempotencyKey), true);
        JsonObject body = json(r);
        if (r.statusCode() == 200) {
            return payment(body);
        }
        // a 4xx is a definite refusal (declined card, amount mismatch, expired payment key)
        return new ChargeResult(ChargeResult.Status.DECLINED, paymentKey, orderId, amount, code(body),
                message(body));
    }

    @Override
    public VirtualAccount issueVirtualAccount(VirtualAccountRequest v) {
        // money-moving: an account may have been issued for the order even if the answer was lost
        HttpResponse<String> r = send(post("/v1/virtual-accounts", Json.createObjectBuilder()
                .add("amount", v.amount()).add("orderId", v.orderId()).add("orderName", v.orderName())
                .add("customerName", v.customerName()).add("bank", VIRTUAL_ACCOUNT_BANK)
                .add("validHours", VIRTUAL_ACCOUNT_HOURS), v.idempotencyKey()), true);
        JsonObject body = json(r);
        if (r.statusCode() != 200) {
            throw new BizbillException(ErrorCode.PAYMENT_DECLINED, code(body) + ": " + message(body));
        }
        JsonObject account = body.getJsonObject("virtualAccount");
        if (account == null) {
            throw new GatewayOutcomeUnknown("virtual account answer without virtualAccount", null);
        }
        String due = account.getString("dueDate", null);
        Instant dueAt = due == null ? null : OffsetDateTime.parse(due).toInstant();
        return new VirtualAccount(body.getString("paymentKey", null), body.getString("orderId", v.orderId()),
                account.getString("bankCode", null), account.getString("accountNumber"),
                body.containsKey("totalAmount") ? body.getJsonNumber("totalAmount").longValueExact() : v.amount(),
                dueAt);
    }

    private static ChargeResult payment(JsonObject p) {
        ChargeResult.Status status = switch (p.getString("status", "")) {
            case "DONE" -> ChargeResult.Status.DONE;
            case "CANCELED" -> ChargeResult.Status.CANCELED;
            case "PARTIAL_CANCELED" -> ChargeResult.Status.PARTIAL_CANCELED;
            default -> ChargeResult.Status.DECLINED;
        };
        return new ChargeResult(status, p.getString("paymentKey", null), p.getString("orderId", null),
                p.getJsonNumber("totalAmount").longValueExact(), null, null);
    }

    private HttpRequest post(String path, JsonObjectBuilder body, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return b.build();
    }

    /**
     * Sends; a lost answer (timeout, I/O error) or a 5xx is UNKNOWN for calls that may move money
     * ({@code moneyMoving}), and a plain unavailability otherwise.
     */
    private HttpResponse<String> send(HttpRequest req, boolean moneyMoving) {
        HttpResponse<String> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure(moneyMoving, "no answer from the gateway: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(moneyMoving, "interrupted", e);
        }
        if (r.statusCode() >= 500) {
            throw failure(moneyMoving, "gateway answered " + r.statusCode(), null);
        }
        return r;
    }

    private static BizbillException failure(boolean moneyMoving, String detail, Throwable cause) {
        return moneyMoving ? new GatewayOutcomeUnknown(detail, cause)
                : new BizbillException(ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE, detail, cause);
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body() == null || r.body().isBlank() ? "{}"
                : r.body()))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException e) {
            return Json.createObjectBuilder().add("code", "UNREADABLE").add("message", "unreadable answer").build();
        }
    }

    private static String code(JsonObject body) {
        return body.getString("code", "UNKNOWN_ERROR");
    }

    private static String message(JsonObject body) {
        return body.getString("message", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
