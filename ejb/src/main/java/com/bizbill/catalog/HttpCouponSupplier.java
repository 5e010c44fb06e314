package com.bizbill.catalog;

import com.bizbill.shared.error.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The real coupon supplier, in the style of KT alpha's Giftishow Biz API: form-encoded {@code POST}s to
 * {@code {url}/bizApi/<call>} with {@code api_code}, {@code custom_auth_code} and {@code custom_auth_token}, answered
 * with JSON {@code {code, message, result}} where {@code code "0000"} is success. The goods list is
 * {@code api_code=0101} with {@code start} (1-based) and {@code size}, answering
 * {@code result:{listNum, goodsList:[{goodsCode, goodsName, brandCode, brandName, category1Seq, category1Name,
 * salePrice (face value), limitDay (validity days), goodsImgB, goodsStateCd ("SALE" when on sale)}]}}.
 * <p>
 * A timeout, a reset or a 5xx is {@link SupplierOutcomeUnknown}; any other refusal is
 * {@code COUPON_SUPPLIER_REFUSED} with the supplier's code and message. Issuing (0204), look-up (0201), cancel
 * (0202) and balance (0301) serve dispatch (issue 21).
 */
public class HttpCouponSupplier implements CouponSupplier {

    static final String GOODS = "0101";
    static final String LOOKUP = "0201";
    static final String CANCEL = "0202";
    static final String ISSUE = "0204";
    static final String BALANCE = "0301";
    static final String DAY_LIST = "0203";
    /** The supplier's answer code for a transaction id it does not know. */
    static final String NOT_FOUND = "E0010";

    private final HttpClient http;
    private final String baseUrl;
    private final String authCode;
    private final String authToken;
    private final Duration timeout;

    public HttpCouponSupplier(String baseUrl, String authCode, String authToken, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authCode = authCode;
        this.authToken = authToken;
        this.timeout = timeout;
    }

    @Override
    public GoodsPage goods(int start, int size) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("start", String.valueOf(start));
        form.put("size", String.valueOf(size));
        JsonObject result = call("goods", GOODS, form);
        JsonArray list = result.containsKey("goodsList") && result.get("goodsList") instanceof JsonArray a ? a
                : JsonValue.EMPTY_JSON_ARRAY;
        List<Goods> goods = new ArrayList<>();
        for (JsonValue v : list) {
            if (v instanceof JsonObject g) {
                goods.add(goods(g));
            }
        }
        return new GoodsPage(goods, start, number(result, "listNum", goods.size()));
    }

    private static Goods goods(JsonObject g) {
        String category = text(g, "category1Name");
        int days = number(g, "limitDay", 0);
        return new Goods(text(g, "goodsCode"), text(g, "goodsName"), text(g, "brandCode"), text(g, "brandName"),
                text(g, "category1Seq"), category, number(g, "salePrice", 0), days > 0 ? List.of(days) : List.of(),
                text(g, "goodsImgB"), category.contains("상품권") || category.contains("페이"),
                "SALE".equals(text(g, "goodsStateCd")));
    }

    /**
     * Issue 21 §2: one coupon (0204) keyed by our transaction id ({@code tr_id}), PIN only ({@code gubun=Y}: we send
     * our own Alimtalk); the answer's {@code result:{orderNo, pinNo, couponImgUrl, validPrdEndDt}}. A refusal of a
     * {@code tr_id} already used is the supplier's duplicate code: the caller settles it by {@link #lookup}.
     */
    @Override
    public IssuedCoupon issue(IssueRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("goods_code", request.goodsCode());
        form.put("tr_id", request.transactionId());
        form.put("gubun", "Y");
        form.put("limit_day", String.valueOf(request.validityDays()));
        JsonObject r = call("send", ISSUE, form);
        return new IssuedCoupon(request.transactionId(), text(r, "orderNo"), text(r, "pinNo"),
                blankToNull(text(r, "couponImgUrl")), day(text(r, "validPrdEndDt")));
    }

    /**
     * The coupon issued under our transaction id (0201): {@code result:{couponInfoList:[{orderNo, pinNo,
     * validPrdEndDt, pinStatusCd}]}}; the supplier's "no such transaction" code ({@value #NOT_FOUND}) is empty.
     * Status codes: 01 issued, 02 used, 07/04/05 discarded (cancelled, withdrawn, refunded), 08 expired.
     */
    @Override
    public Optional<CouponStatus> lookup(String transactionId) {
        JsonObject r;
        try {
            r = call("coupons", LOOKUP, Map.of("tr_id", transactionId));
        } catch (CatalogException e) {
            if (e.getMessage() != null && e.getMessage().contains(": " + NOT_FOUND + " ")) {
                return Optional.empty();
            }
            throw e;
        }
        if (!(r.get("couponInfoList") instanceof JsonArray list) || list.isEmpty()
                || !(list.get(0) instanceof JsonObject c)) {
            return Optional.empty();
        }
        IssuedCoupon coupon = new IssuedCoupon(transactionId, text(c, "orderNo"), text(c, "pinNo"), null,
                day(text(c, "validPrdEndDt")));
        return Optional.of(new CouponStatus(coupon, state(text(c, "pinStatusCd"))));
    }

    /** Discards the coupon of our transaction id (0202). */
    @Override
    public void cancel(String transactionId) {
        call("cancel", CANCEL, Map.of("tr_id", transactionId));
    }

    /** The operator's business money at the supplier (0301): {@code result:{balance}} in won. */
    @Override
    public long balance() {
        JsonObject r = call("bizmoney", BALANCE, Map.of());
        try {
            return Long.parseLong(text(r, "balance").trim());
        } catch (NumberFormatException e) {
            throw new SupplierOutcomeUnknown("the coupon supplier's balance is not a number: " + text(r, "balance"), e);
        }
    }

    /**
     * Issue 21 §5: the day's issued coupons (0203, {@code send_date=yyyyMMdd}): {@code result:{couponList:[{tr_id,
     * goodsCode, salePrice, pinStatusCd}]}}.
     */
    @Override
    public List<IssuedRecord> issuedOn(LocalDate day) {
        JsonObject r = call("coupons/day", DAY_LIST, Map.of("send_date",
                day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
        List<IssuedRecord> out = new ArrayList<>();
        if (r.get("couponList") instanceof JsonArray list) {
            for (JsonValue v : list) {
                if (v instanceof JsonObject c && !text(c, "tr_id").isBlank()) {
                    out.add(new IssuedRecord(text(c, "tr_id"), text(c, "goodsCode"), number(c, "salePrice", 0),
                            state(text(c, "pinStatusCd"))));
                }
            }
        }
        return out;
    }

    private static CouponState state(String code) {
        return switch (code) {
            case "02" -> CouponState.USED;
            case "04", "05", "07" -> CouponState.DISCARDED;
            case "08" -> CouponState.EXPIRED;
            default -> CouponState.ISSUED;
        };
    }

    private static LocalDate day(String text) {
        String t = text == null ? "" : text.replaceAll("[^0-9]", "");
        if (t.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(t.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One call: the form with the credentials, the answer's {@code result} when its code is 0000. */
    private JsonObject call(String path, String apiCode, Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_code", apiCode);
        form.put("custom_auth_code", authCode);
        form.put("custom_auth_token", authToken);
        form.put("dev_yn", "N");
        form.putAll(params);
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/bizApi/" + path)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
            // no connection was made: the request never reached the supplier (issue 21 §2: pause, ask again later)
            throw new SupplierUnavailable("the coupon supplier cannot be reached: " + e.getClass().getSimpleName(), e);
        } catch (IOException e) {
            throw new SupplierOutcomeUnknown("no answer from the coupon supplier: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SupplierOutcomeUnknown("interrupted while calling the coupon supplier", e);
        }
        if (r.statusCode() >= 500) {
            throw new SupplierOutcomeUnknown("the coupon supplier answered " + r.statusCode(), null);
        }
        JsonObject answer;
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            answer = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new SupplierOutcomeUnknown("unreadable answer from the coupon supplier (HTTP " + r.statusCode() + ")",
                    e);
        }
        String code = text(answer, "code");
        if (r.statusCode() / 100 != 2 || !"0000".equals(code)) {
            throw new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, "the coupon supplier refused " + apiCode
                    + ": " + code + " " + text(answer, "message") + " (HTTP " + r.statusCode() + ")");
        }
        return answer.get("result") instanceof JsonObject result ? result : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v == null || v == JsonValue.NULL ? "" : v.toString();
    }

    /** A number the supplier may send as a number or as a string ("30"); {@code otherwise} when absent or not one. */
    private static int number(JsonObject o, String key, int otherwise) {
        JsonValue v = o.get(key);
        try {
            if (v instanceof JsonNumber n) {
                return n.intValueExact();
            }
            if (v instanceof JsonString s) {
                return Integer.parseInt(s.getString().trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return otherwise;
        }
        return otherwise;
    }
}
