package com.bizbill.messaging;

import com.bizbill.shared.MobileNumber;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The real message gateway, speaking NHN Cloud Notification's public APIs (Alimtalk v2.3, SMS v3.0):
 * <ul>
 * <li>{@code POST /alimtalk/v2.3/appkeys/{appKey}/raw-messages} {senderKey, templateCode,
 *     recipientList:[{recipientNo, content, resendParameter}]} → {header, message:{requestId,
 *     sendResults:[{recipientSeq, resultCode, resultMessage}]}};</li>
 * <li>{@code POST /sms/v3.0/appKeys/{appKey}/sender/sms} (SMS) or {@code .../sender/mms} (LMS, with a title)
 *     {body, sendNo, recipientList:[{recipientNo}]} → {header, body:{data:{requestId,
 *     sendResultList:[{recipientSeq, resultCode, resultMessage}]}}};</li>
 * <li>delivery reports by result-update time, paged: {@code GET /alimtalk/v2.3/appkeys/{appKey}/message-results}
 *     and {@code GET /sms/v3.0/appKeys/{appKey}/message-results} (SMS and LMS alike).</li>
 * </ul>
 * Authentication: the {@code X-Secret-Key} header, the app key in the path. A message id is
 * {@code requestId#recipientSeq}, the pair by which both result APIs name one recipient's message. Our own
 * reference of a message goes as the recipient's {@code recipientGroupingKey}, which both result APIs give
 * back: a message whose send went unanswered is still matched to its result.
 */
public class HttpMessageGateway implements MessageGateway {

    static final int PAGE_SIZE = 1000;
    /** A provider that ignored pageNum would otherwise be polled forever (1,000 pages = a million reports). */
    static final int MAX_PAGES = 1000;
    /** Alimtalk content limit of the raw-message API, in characters. */
    static final int ALIMTALK_MAX_CHARS = 1000;
    /** LMS title: 40 bytes is the carriers' standard, i.e. 20 Hangul characters. */
    static final int LMS_TITLE_CHARS = 20;
    /** The SMS result API searches at most one day per query. */
    private static final Duration SMS_SEARCH_SPAN = Duration.ofDays(1);
    private static final String SMS_DELIVERED = "1000";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** Alimtalk searches by the minute, SMS by the second (both in Korean time). */
    private static final DateTimeFormatter ALIMTALK_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SEOUL);
    private static final DateTimeFormatter SMS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(SEOUL);
    /** Result dates come as "2023-09-14 10:15:08.0", "... 10:15:08" or "... 10:15". */
    private static final DateTimeFormatter RESULT_DATE = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm").optionalStart().appendPattern(":ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd().toFormatter();

    private final HttpClient http;
    private final String alimtalkBase;
    private final String smsBase;
    private final String secretKey;
    private final String senderKey;
    private final String sendNo;
    private final Duration timeout;

    public HttpMessageGateway(String baseUrl, String appKey, String secretKey, String senderKey, String sendNo,
            Duration timeout) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String key = URLEncoder.encode(appKey, StandardCharsets.UTF_8);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.alimtalkBase = base + "/alimtalk/v2.3/appkeys/" + key;
        this.smsBase = base + "/sms/v3.0/appKeys/" + key;
        this.secretKey = secretKey;
        this.senderKey = senderKey;
        this.sendNo = sendNo;
        this.timeout = timeout;
    }

    @Override
    public String send(OutgoingMessage m) {
        String number = checked(m);
        return m.type() == MessageType.ALIMTALK ? alimtalk(number, m) : text(number, m);
    }

    /**
     * Issue 21 §3: Alimtalks of one template go in raw-messages requests of up to {@link #BULK_MAX} recipients
     * (each with its own content and reference); the answer's {@code sendResults} are matched by
     * {@code recipientSeq} (1-based, in the list's order). A request without an answer leaves all of its messages
     * unknown; other messages go one by one.
     */
    @Override
    public List<BulkResult> sendBulk(List<OutgoingMessage> messages) {
        BulkResult[] out = new BulkResult[messages.size()];
        java.util.Map<String, List<Integer>> byTemplate = new java.util.LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            OutgoingMessage m = messages.get(i);
            try {
                checked(m);
            } catch (BizbillException e) {
                out[i] = BulkResult.refused(e.getMessage());
                continue;
            }
            if (m.type() == MessageType.ALIMTALK) {
                byTemplate.computeIfAbsent(m.templateCode(), k -> new java.util.ArrayList<>()).add(i);
            } else {
                out[i] = MessageGateway.super.sendBulk(List.of(m)).get(0);
            }
        }
        for (var group : byTemplate.entrySet()) {
            List<Integer> all = group.getValue();
            for (int from = 0; from < all.size(); from += BULK_MAX) {
                List<Integer> part = all.subList(from, Math.min(all.size(), from + BULK_MAX));
                alimtalkBulk(group.getKey(), messages, part, out);
            }
        }
        return java.util.Arrays.asList(out);
    }

    private void alimtalkBulk(String templateCode, List<OutgoingMessage> messages, List<Integer> part, BulkResult[] out) {
        var list = Json.createArrayBuilder();
        for (int i : part) {
            OutgoingMessage m = messages.get(i);
            list.add(withReference(Json.createObjectBuilder().add("recipientNo", checked(m)).add("content", m.text())
                    .add("resendParameter", Json.createObjectBuilder().add("isResend", false)), m));
        }
        JsonObject message;
        try {
            message = object(post(alimtalkBase + "/raw-messages", Json.createObjectBuilder().add("senderKey", senderKey)
                    .add("templateCode", templateCode).add("recipientList", list).build()), "message");
        } catch (MessageOutcomeUnknown e) {
            part.forEach(i -> out[i] = BulkResult.UNKNOWN);
            return;
        } catch (BizbillException e) {
            part.forEach(i -> out[i] = BulkResult.refused(e.getMessage()));
            return;
        }
        String requestId = string(message, "requestId");
        JsonArray results = array(message, "sendResults");
        part.forEach(i -> out[i] = BulkResult.UNKNOWN); // a recipient the answer does not name: its report decides
        if (requestId == null || requestId.isBlank() || results == null) {
            return;
        }
        for (var v : results) {
            if (!(v instanceof JsonObject r) || string(r, "recipientSeq") == null) {
                continue;
            }
            int seq;
            try {
                seq = Integer.parseInt(string(r, "recipientSeq"));
            } catch (NumberFormatException e) {
                continue;
            }
            if (seq < 1 || seq > part.size()) {
                continue;
            }
            String code = string(r, "resultCode");
            out[part.get(seq - 1)] = code != null && !"0".equals(code)
                    ? BulkResult.refused(string(r, "resultMessage") + " (" + code + ")")
                    : BulkResult.accepted(requestId + "#" + seq);
        }
    }

    /** Refuses what the provider would refuse anyway (as the sandbox does), before spending a request on it. */
    private static String checked(OutgoingMessage m) {
        // issue 15 §4: the number and the byte limit as the whole application reads them, never a sandbox's.
        // Alimtalk, SMS and LMS reach mobiles only: a landline (a store's main phone) is refused here.
        String number = MobileNumber.of(m.to()).map(MobileNumber::digits).orElse(null);
        if (number == null) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "not a mobile number: " + m.to());
        }
        if (m.text() == null || m.text().isBlank() || m.type() == null || !m.type().fits(m.text())
                || (m.type() == MessageType.ALIMTALK && m.text().length() > ALIMTALK_MAX_CHARS)) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "text empty or too long for " + m.type());
        }
        if (m.type() == MessageType.ALIMTALK && (m.templateCode() == null || m.templateCode().isBlank())) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "an Alimtalk needs a template code");
        }
        return number;
    }

    private String alimtalk(String number, OutgoingMessage m) {
        // raw-messages takes the finished text as content (messages would want template parameters instead);
        // the text must still match the registered template. No provider-side SMS resend: the caller falls
        // back to SMS/LMS itself on a failed report, and a resend here would send (and bill) a second text.
        JsonObjectBuilder recipient = Json.createObjectBuilder().add("recipientNo", number).add("content", m.text())
                .add("resendParameter", Json.createObjectBuilder().add("isResend", false));
        withReference(recipient, m);
        JsonObject answer = post(alimtalkBase + "/raw-messages", Json.createObjectBuilder()
                .add("senderKey", senderKey).add("templateCode", m.templateCode())
                .add("recipientList", Json.createArrayBuilder().add(recipient)).build());
        JsonObject message = object(answer, "message");
        return accepted(string(message, "requestId"), array(message, "sendResults"));
    }

    private String text(String number, OutgoingMessage m) {
        // LMS and MMS (issue 21 §3) both go to the provider's mms sender with a title; SMS has none
        boolean lms = m.type() == MessageType.LMS || m.type() == MessageType.MMS;
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (lms) {
            b.add("title", titleOf(m.text()));
        }
        b.add("body", m.text()).add("sendNo", m.from() == null || m.from().isBlank() ? sendNo : m.from())
                .add("recipientList", Json.createArrayBuilder()
                        .add(withReference(Json.createObjectBuilder().add("recipientNo", number), m)));
        JsonObject answer = post(smsBase + (lms ? "/sender/mms" : "/sender/sms"), b.build());
        JsonObject data = object(object(answer, "body"), "data");
        return accepted(string(data, "requestId"), array(data, "sendResultList"));
    }

    private static JsonObjectBuilder withReference(JsonObjectBuilder recipient, OutgoingMessage m) {
        return m.reference() == null ? recipient : recipient.add("recipientGroupingKey", m.reference());
    }

    /** The LMS title: the text's first line, cut to 20 characters (40 bytes). */
    static String titleOf(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.codePointCount(0, first.length()) <= LMS_TITLE_CHARS ? first
                : first.substring(0, first.offsetByCodePoints(0, LMS_TITLE_CHARS));
    }

    /** The message id of the one recipient we send to, or the provider's refusal of that recipient. */
    private static String accepted(String requestId, JsonArray results) {
        JsonObject result = results != null && !results.isEmpty() && results.get(0) instanceof JsonObject o ? o : null;
        if (requestId == null || requestId.isBlank() || result == null || string(result, "recipientSeq") == null) {
            // a success header without a request id: it may well be queued, we just cannot name it
            throw new MessageOutcomeUnknown("message gateway answer without requestId/recipientSeq", null);
        }
        String code = string(result, "resultCode");
        if (code != null && !"0".equals(code)) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "message gateway refused the recipient: "
                    + string(result, "resultMessage") + " (" + code + ")");
        }
        return requestId + "#" + string(result, "recipientSeq");
    }

    /**
     * Posts a message. A 4xx or {@code isSuccessful=false} is a refusal (nothing accepted); no answer, a 5xx or
     * an unreadable 2xx answer is an unknown outcome, since the provider may have queued the message.
     */
    private JsonObject post(String url, JsonObject body) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("X-Secret-Key", secretKey)
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MessageOutcomeUnknown("no answer from the message gateway: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageOutcomeUnknown("interrupted while sending", e);
        }
        if (r.statusCode() >= 500) {
            throw new MessageOutcomeUnknown("message gateway answered " + r.statusCode(), null);
        }
        JsonObject answer = json(r.body());
        JsonObject header = object(answer, "header");
        if (r.statusCode() / 100 != 2) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "message gateway answered " + r.statusCode()
                    + (header == null ? "" : ": " + string(header, "resultMessage")));
        }
        if (header == null || header.get("isSuccessful") == null) {
            throw new MessageOutcomeUnknown("unreadable answer from the message gateway", null);
        }
        if (!successful(header)) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "message gateway refused: "
                    + string(header, "resultMessage") + " (" + string(header, "resultCode") + ")");
        }
        return answer;
    }

    @Override
    public List<DeliveryReport> reports(Instant from, Instant to) {
        List<DeliveryReport> reports = new ArrayList<>();
        if (!from.isBefore(to)) {
            return reports;
        }
        // Both APIs search by "result updated" time at coarser precision than Instant: widen the window to
        // whole minutes/seconds; the overlap returns a report twice at most, which the caller tolerates.
        alimtalkReports(from.truncatedTo(ChronoUnit.MINUTES), ceil(to, ChronoUnit.MINUTES), to, reports);
        for (Instant start = from.truncatedTo(ChronoUnit.SECONDS); start.isBefore(to); ) {
            Instant end = ceil(min(start.plus(SMS_SEARCH_SPAN), to), ChronoUnit.SECONDS);
            smsReports(start, end, to, reports);
            start = end;
        }
        return reports;
    }

    private void alimtalkReports(Instant start, Instant end, Instant windowEnd, List<DeliveryReport> out) {
        String query = "/message-results?startUpdateDate=" + param(ALIMTALK_DATE.format(start))
                + "&endUpdateDate=" + param(ALIMTALK_DATE.format(end));
        int seen = 0;
        for (int page = 1; ; page++) {
            JsonObject answer = get(alimtalkBase + query + "&pageNum=" + page + "&pageSize=" + PAGE_SIZE, page);
            // v2.3 lists "messages" at the top (the count is a separate call); older answers wrap them, with
            // totalCount, in messageSearchResultResponse
            JsonObject wrapped = object(answer, "messageSearchResultResponse");
            JsonObject holder = wrapped == null ? answer : wrapped;
            JsonArray items = array(holder, "messages");
            for (JsonValue v : items == null ? JsonValue.EMPTY_JSON_ARRAY : items) {
                if (v instanceof JsonObject item && id(item) != null) {
                    Boolean delivered = switch (String.valueOf(string(item, "messageStatus"))) {
                        case "COMPLETED" -> true;
                        case "FAILED", "CANCEL" -> false;
                        default -> null; // READY, SENDING…: no final word yet, a later window brings it
                    };
                    if (delivered != null) {
                        out.add(new DeliveryReport(id(item), delivered, string(item, "resultCode"),
                                reportedAt(string(item, "receiveDate"), windowEnd), string(item, "recipientGroupingKey")));
                    }
                }
            }
            seen += items == null ? 0 : items.size();
            if (lastPage(items, string(holder, "totalCount"), seen)) {
                return;
            }
        }
    }

    private void smsReports(Instant start, Instant end, Instant windowEnd, List<DeliveryReport> out) {
        String query = "/message-results?startUpdateDate=" + param(SMS_DATE.format(start))
                + "&endUpdateDate=" + param(SMS_DATE.format(end));
        int seen = 0;
        for (int page = 1; ; page++) {
            JsonObject body = object(get(smsBase + query + "&pageNum=" + page + "&pageSize=" + PAGE_SIZE, page),
                    "body");
            // the guide's example has body.data as the list, its field table body.data.resultUpdateList
            JsonArray items = array(body, "data") != null ? array(body, "data")
                    : array(object(body, "data"), "resultUpdateList");
            for (JsonValue v : items == null ? JsonValue.EMPTY_JSON_ARRAY : items) {
                if (!(v instanceof JsonObject item) || id(item) == null) {
                    continue;
                }
                // no result code yet: still with the carrier, a later window brings it
                String code = string(item, "resultCode");
                if (code != null && !code.isBlank()) {
                    String date = string(item, "resultDate") != null ? string(item, "resultDate")
                            : string(item, "receiveDate");
                    out.add(new DeliveryReport(id(item), SMS_DELIVERED.equals(code), code,
                            reportedAt(date, windowEnd), string(item, "recipientGroupingKey")));
                }
            }
            seen += items == null ? 0 : items.size();
            if (lastPage(items, string(body, "totalCount"), seen)) {
                return;
            }
        }
    }

    /** With a total count, until it is reached; without one, until a page comes back short. */
    private static boolean lastPage(JsonArray items, String totalCount, int seen) {
        if (items == null || items.isEmpty()) {
            return true;
        }
        return totalCount != null ? seen >= Long.parseLong(totalCount) : items.size() < PAGE_SIZE;
    }

    /** Reads a result page; any failure leaves the whole window for the next poll. */
    private JsonObject get(String url, int page) {
        if (page > MAX_PAGES) {
            throw new BizbillException(ErrorCode.MESSAGE_GATEWAY_UNAVAILABLE, "more than " + MAX_PAGES
                    + " result pages for one window");
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("X-Secret-Key", secretKey)
                .header("Content-Type", "application/json;charset=UTF-8").GET().build();
        HttpResponse<String> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BizbillException(ErrorCode.MESSAGE_GATEWAY_UNAVAILABLE,
                    "no answer from the message gateway: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BizbillException(ErrorCode.MESSAGE_GATEWAY_UNAVAILABLE, "interrupted while polling", e);
        }
        JsonObject answer = json(r.body());
        JsonObject header = object(answer, "header");
        if (r.statusCode() / 100 != 2 || !successful(header)) {
            throw new BizbillException(ErrorCode.MESSAGE_GATEWAY_UNAVAILABLE, "delivery results not read: HTTP "
                    + r.statusCode() + (header == null ? "" : ", " + string(header, "resultMessage")));
        }
        return answer;
    }

    private static boolean successful(JsonObject header) {
        JsonValue ok = header == null ? null : header.get("isSuccessful");
        return ok != null && ok.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static String id(JsonObject item) {
        String requestId = string(item, "requestId");
        String seq = string(item, "recipientSeq");
        return requestId == null || seq == null ? null : requestId + "#" + seq;
    }

    private static Instant reportedAt(String date, Instant windowEnd) {
        if (date == null || date.isBlank()) {
            return windowEnd;
        }
        try {
            return LocalDateTime.parse(date.trim(), RESULT_DATE).atZone(SEOUL).toInstant();
        } catch (DateTimeParseException e) {
            return windowEnd;
        }
    }

    private static Instant ceil(Instant t, ChronoUnit unit) {
        Instant floor = t.truncatedTo(unit);
        return floor.equals(t) ? t : floor.plus(1, unit);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Query value with spaces as %20, as the provider's examples send them. */
    private static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonObject json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue() instanceof JsonObject o ? o : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private static JsonObject object(JsonObject o, String key) {
        return o != null && o.get(key) instanceof JsonObject v ? v : null;
    }

    private static JsonArray array(JsonObject o, String key) {
        return o != null && o.get(key) instanceof JsonArray v ? v : null;
    }

    /** A string or number member as text (result codes and sequences come as either), null if absent. */
    private static String string(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v instanceof JsonNumber n ? n.toString() : null;
    }
}
