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
 * (0202) and balance (0301) come with dispatch (issue 21).
 */
public class HttpCouponSupplier implements CouponSupplier {

    static final String GOODS = "0101";

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

    @Override
    public IssuedCoupon issue(IssueRequest request) {
        throw notYet("issue");
    }

    @Override
    public Optional<CouponStatus> lookup(String transactionId) {
        throw notYet("lookup");
    }

    @Override
    public void cancel(String transactionId) {
        throw notYet("cancel");
    }

    @Override
    public long balance() {
        throw notYet("balance");
    }

    private static CatalogException notYet(String call) {
        return new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, "the supplier's " + call
                + " comes with dispatch (issue 21)");
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
