package com.bizbill.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.bizbill.shared.setup.DemoData;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Numbers at the boundary (issue 13), from outside over HTTP: the reproductions of the issue as
 * regression tests, and a schema-driven walk of /openapi that sends every operation bodies and
 * parameters with fractions, numbers beyond {@code long}, nulls in arrays, huge strings and wrong types.
 * Nothing may answer 5xx, and no number that is not a whole won may be accepted (2xx).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoundaryIT {

    private static final String PROBLEM = "application/problem+json";
    /**
     * The class's own coupon company (with a card), partner store and billing customer (issue 16 §5: no demo
     * organisation), made once per run through the deployment's FixtureServlet; the operator's key is the
     * operator's billing system's.
     */
    private static Map<String, String> company;
    private static Map<String, String> store;
    private static Map<String, String> customer;
    /** JSON numbers that are not a whole won inside a long: each was once bound as some other number. */
    private static final List<String> BAD_NUMBERS = List.of("1000.7", "18446744073709552616", "1e30",
            "-9223372036854775809", "9223372036854775808", "1e400000000", "0.5");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @ArquillianResource
    URL url;

    private String base;

    @BeforeEach
    void base() throws Exception {
        base = Deployments.base(url);
        if (company == null) {
            company = Deployments.fixture(base, "company?card=" + WalletIT.OK_CARD);
            store = Deployments.fixture(base, "store");
            customer = Deployments.fixture(base, "customer?method=CARD_AUTO");
        }
    }

    private static List<String> keys() {
        return List.of(company.get("apiKey"), DemoData.BILLING_SYSTEM_API_KEY, store.get("apiKey"),
                customer.get("apiKey"));
    }

    private Response charge(String body) {
        return given().header("X-API-Key", company.get("apiKey")).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post(base + "/api/v1/wallet/charges");
    }

    private long balance() {
        return given().header("X-API-Key", company.get("apiKey")).get(base + "/api/v1/wallet").then().statusCode(200)
                .extract().jsonPath().getLong("balance");
    }

    /** Issue 13's reproductions: 1000.7 charged 1,000 won, 2^64+1000 charged 1,000, 1e30 charged 5 quintillion. */
    @Test
    void aWalletChargeOfAnAmountThatIsNotAWholeWonInRangeIsRefusedAndMovesNothing() {
        long before = balance();
        for (String amount : BAD_NUMBERS) {
            charge("{\"amount\":" + amount + "}").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("amount"));
        }
        // the largest long is a whole number but far beyond one charge's maximum: a field error, not a 500
        charge("{\"amount\":9223372036854775807}").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("AMOUNT_OUT_OF_RANGE")).body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", equalTo("Enter a whole number from 1,000 to 100,000,000."));
        charge("{\"amount\":100000001}").then().statusCode(400).body("code", equalTo("AMOUNT_OUT_OF_RANGE"));
        charge("{\"amount\":\"10000\"}").then().statusCode(400).body("errors.field", hasItem("amount"));
        assertThat(balance()).isEqualTo(before);
        // the maximum itself is a charge
        charge("{\"amount\":100000000}").then().statusCode(201).body("status", equalTo("COMPLETED"));
        assertThat(balance()).isEqualTo(before + 100_000_000L);
    }

    /** Issue 13: an invoice near the largest long answered 500 after earlier invoices of the batch committed. */
    @Test
    void anInvoiceBeyondTheMaximumIsRejectedOnItsOwnAndTheBatchAnswers() {
        String number = "BND-" + System.nanoTime();
        String good = invoice(number + "-ok", "10000", "1000", "11000", "10000");
        String huge = invoice(number + "-huge", "9223372036854775000", "922337203685477500", "9223372036854775807",
                "9223372036854775000");
        String over = invoice(number + "-over", "10000000001", "1000000000", "11000000001", "10000000001");
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON)
                .body("{\"invoices\":[" + good + "," + huge + "," + over + "]}")
                .post(base + "/api/v1/billing/invoices").then().statusCode(200)
                .body("results[0].outcome", equalTo("CREATED"))
                .body("results[1].outcome", equalTo("REJECTED")).body("results[1].problems", hasItem("supply"))
                .body("results[2].outcome", equalTo("REJECTED")).body("results[2].problems", hasItem("supply"));
        // a fraction anywhere in the batch refuses the whole call before anything is imported
        String frac = invoice(number + "-frac", "10000", "1000", "11000", "9999.5");
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON)
                .body("{\"invoices\":[" + invoice(number + "-ok2", "10000", "1000", "11000", "10000") + "," + frac + "]}")
                .post(base + "/api/v1/billing/invoices").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("invoices[1].lines[0].supplyAmount"));
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON)
                .body("{\"invoices\":[" + invoice(number + "-ok2", "10000", "1000", "11000", "10000") + "]}")
                .post(base + "/api/v1/billing/invoices").then().statusCode(200)
                .body("results[0].outcome", equalTo("CREATED")); // ok2 was not imported by the refused call
    }

    private static String invoice(String number, String supply, String vat, String total, String line) {
        return "{\"billingAccountId\":" + customer.get("billingAccountId") + ",\"number\":\"" + number + "\",\"billingMonth\":\"2026-11\","
                + "\"issueDate\":\"2026-11-05\",\"dueDate\":\"2026-11-30\",\"supply\":" + supply + ",\"vat\":" + vat
                + ",\"total\":" + total + ",\"lines\":[{\"service\":\"서버\",\"usagePeriod\":\"2026-11\","
                + "\"supplyAmount\":" + line + "}]}";
    }

    @Test
    void nullsInArraysAndNonWholeQueryNumbersAreFieldErrors() {
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON)
                .body("{\"records\":[null]}").post(base + "/api/v1/usage/records").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("records[0]"));
        given().header("X-API-Key", company.get("apiKey")).get(base + "/api/v1/wallet/history?page=1.5")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("page"));
        given().header("X-API-Key", company.get("apiKey")).get(base + "/api/v1/wallet/history?size=1e30")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("size"));
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).get(base + "/api/v1/jobs/runs/99999999999999999999")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("id"));
    }

    /** Every operation in /openapi, every key, every mutation: no 5xx, and no 2xx for a number that is not whole. */
    @Test
    void theWholeApiRefusesMalformedInputWithoutA5xx() {
        String root = base.substring(0, base.indexOf('/', "http://".length()));
        Map<String, Object> doc = given().accept(ContentType.JSON).get(root + "/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (var p : paths.entrySet()) {
            for (var op : p.getValue().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                for (Mutation m : mutations(doc, operation)) {
                    String path = p.getKey().replaceAll("\\{[^}]+}", m.pathValue);
                    for (String key : keys()) {
                        var req = given().header("X-API-Key", key).header("Idempotency-Key", UUID.randomUUID().toString())
                                .urlEncodingEnabled(true);
                        m.query.forEach(req::queryParam);
                        if (m.body != null) {
                            req.contentType(ContentType.JSON).body(m.body);
                        }
                        Response r = req.request(method, base + path); // the paths start /api/v1, under the context root
                        calls++;
                        int s = r.statusCode();
                        String what = method + " " + path + " " + m.name + " as " + key.substring(0, 18) + " → " + s;
                        if (s >= 500) {
                            failures.add(what + " " + r.asString());
                        } else if (m.notAWholeNumber && s < 300) {
                            failures.add(what + " accepted a number that is not a whole won: " + r.asString());
                        } else if (s >= 400 && !String.valueOf(r.contentType()).startsWith(PROBLEM)
                                // a request line past the HTTP listener's 8 KB (two path values of 5,000 characters,
                                // e.g. /orders/{number}/recipients/{id}/resend) is refused by the listener itself,
                                // before the application sees it
                                && !(s == 400 && path.length() > 8_000)) {
                            failures.add(what + " without problem+json");
                        }
                    }
                }
            }
        }
        System.out.println("BoundaryIT: " + calls + " calls over " + paths.size() + " paths, " + failures.size()
                + " failures");
        failures.stream().limit(30).forEach(f -> System.out.println("  " + f.substring(0, Math.min(300, f.length()))));
        assertThat(calls).isGreaterThan(200);
        assertThat(failures).isEmpty();
    }

    private record Mutation(String name, String body, Map<String, String> query, String pathValue,
                            boolean notAWholeNumber) {
    }

    /** Bodies and parameters derived from the operation's schema, each broken in one way. */
    @SuppressWarnings("unchecked")
    private static List<Mutation> mutations(Map<String, Object> doc, Map<String, Object> operation) {
        List<Mutation> out = new ArrayList<>();
        List<Map<String, Object>> params = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        boolean numericPath = params.stream().anyMatch(p -> "path".equals(p.get("in")) && integral(doc, p.get("schema")));
        String okPath = numericPath ? "1" : "fuzz";
        for (Map<String, Object> p : params) {
            if (!"query".equals(p.get("in")) && !"path".equals(p.get("in"))) {
                continue;
            }
            String name = (String) p.get("name");
            boolean integral = integral(doc, p.get("schema"));
            List<String> values = integral ? List.of("1.5", "99999999999999999999", "1e30", "-1", "abc")
                    : List.of("x".repeat(5_000), "%00", "1.5");
            for (String v : values) {
                if ("path".equals(p.get("in"))) {
                    out.add(new Mutation(name + "=" + abbreviate(v), null, Map.of(), v, false));
                } else {
                    out.add(new Mutation(name + "=" + abbreviate(v), null, Map.of(name, v), okPath, false));
                }
            }
        }
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body != null) {
            Map<String, Object> content = (Map<String, Object>) body.get("content");
            Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
            Object schema = json == null ? null : json.get("schema");
            Map<String, Object> valid = schema == null ? Map.of() : (Map<String, Object>) sample(doc, schema, 0);
            for (String wrong : List.of("[]", "\"x\"", "5", "null", "{", "{\"a\":" + "[".repeat(5_000))) {
                out.add(new Mutation("body " + abbreviate(wrong), wrong, Map.of(), okPath, false));
            }
            for (Map.Entry<String, String> e : paths(doc, schema, "", 0).entrySet()) {
                String at = e.getKey();
                switch (e.getValue()) {
                    case "integer", "number" -> {
                        for (String n : BAD_NUMBERS) {
                            out.add(new Mutation(at + "=" + n, replace(valid, at, n), Map.of(), okPath, true));
                        }
                        out.add(new Mutation(at + "=\"12\"", replace(valid, at, "\"12\""), Map.of(), okPath, false));
                        out.add(new Mutation(at + "=9223372036854775807", replace(valid, at, "9223372036854775807"),
                                Map.of(), okPath, false));
                    }
                    case "string" -> {
                        out.add(new Mutation(at + "=huge", replace(valid, at, "\"" + "가".repeat(200_000) + "\""),
                                Map.of(), okPath, false));
                        out.add(new Mutation(at + "=long", replace(valid, at, "\"" + "x".repeat(5_000) + "\""),
                                Map.of(), okPath, false));
                        out.add(new Mutation(at + "=number", replace(valid, at, "12"), Map.of(), okPath, false));
                    }
                    case "array" -> {
                        out.add(new Mutation(at + "=[null]", replace(valid, at, "[null]"), Map.of(), okPath, false));
                        out.add(new Mutation(at + "=[1.5]", replace(valid, at, "[1.5]"), Map.of(), okPath, false));
                        out.add(new Mutation(at + "=\"x\"", replace(valid, at, "\"x\""), Map.of(), okPath, false));
                    }
                    default -> out.add(new Mutation(at + "=[]", replace(valid, at, "[]"), Map.of(), okPath, false));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new Mutation("as is", null, Map.of(), okPath, false));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> doc, Object schema) {
        Map<String, Object> s = (Map<String, Object>) schema;
        for (int i = 0; s != null && s.containsKey("$ref") && i < 10; i++) {
            String name = ((String) s.get("$ref")).replace("#/components/schemas/", "");
            s = ((Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components")).get("schemas")).get(name);
        }
        return s == null ? Map.of() : s;
    }

    private static boolean integral(Map<String, Object> doc, Object schema) {
        // every number of the API is a whole number (Payara documents a Long as "number")
        Object type = resolve(doc, schema).get("type");
        return "integer".equals(type) || "number".equals(type);
    }

    /** A plausible valid value for a schema (objects as maps, so one field can be replaced). */
    @SuppressWarnings("unchecked")
    private static Object sample(Map<String, Object> doc, Object schema, int depth) {
        Map<String, Object> s = resolve(doc, schema);
        String type = String.valueOf(s.get("type"));
        if (s.containsKey("enum")) {
            return "\"" + ((List<Object>) s.get("enum")).get(0) + "\"";
        }
        return switch (type) {
            case "integer", "number" -> "1000";
            case "boolean" -> "true";
            case "string" -> "\"2026-11\"";
            case "array" -> depth > 5 ? List.of() : List.of(sample(doc, s.get("items"), depth + 1));
            default -> {
                Map<String, Object> o = new LinkedHashMap<>();
                Map<String, Object> props = (Map<String, Object>) s.getOrDefault("properties", Map.of());
                if (depth <= 5) {
                    props.forEach((k, v) -> o.put(k, sample(doc, v, depth + 1)));
                }
                yield o;
            }
        };
    }

    /** Every field path of a schema ("invoices[0].lines[0].supplyAmount") with its JSON type. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> paths(Map<String, Object> doc, Object schema, String prefix, int depth) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Object> s = resolve(doc, schema);
        Map<String, Object> props = (Map<String, Object>) s.getOrDefault("properties", Map.of());
        for (var e : props.entrySet()) {
            String at = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Map<String, Object> p = resolve(doc, e.getValue());
            String type = String.valueOf(p.get("type"));
            out.put(at, type);
            if (depth < 5 && "array".equals(type)) {
                out.putAll(paths(doc, p.get("items"), at + "[0]", depth + 1));
            } else if (depth < 5 && p.containsKey("properties")) {
                out.putAll(paths(doc, p, at, depth + 1));
            }
        }
        return out;
    }

    /** The valid sample as JSON, with the value at {@code path} replaced by raw JSON. */
    private static String replace(Map<String, Object> valid, String path, String rawJson) {
        return json(valid, "", path, rawJson);
    }

    @SuppressWarnings("unchecked")
    private static String json(Object v, String at, String target, String raw) {
        if (at.equals(target)) {
            return raw;
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            for (var e : ((Map<String, Object>) m).entrySet()) {
                if (b.length() > 1) {
                    b.append(',');
                }
                String next = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
                b.append('"').append(e.getKey()).append("\":").append(json(e.getValue(), next, target, raw));
            }
            return b.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(json(l.get(i), at + "[" + i + "]", target, raw));
            }
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
    }
}
