package com.bizbill.billing.taxinvoice;

import com.bizbill.identity.BusinessNumber;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.pdf.OperatorDetails;
import jakarta.json.Json;
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
import java.time.format.DateTimeFormatter;
import java.util.OptionalLong;

/**
 * The real e-tax-invoice adapter (BP-PAY-2), speaking a "register and issue" API in the style of the
 * Korean e-tax-invoice ASPs (Popbill, Barobill):
 * <ul>
 * <li>{@code POST /taxinvoices} with {@code Idempotency-Key: <our invoice number>} and body
 *     {writeDate (yyyyMMdd), issueType 정발행, taxType 과세, purposeType 청구, chargeDirection 정과금,
 *     invoicerCorpNum, invoicerCorpName, invoicerCEOName, invoicerMgtKey (= our invoice number),
 *     invoiceeType 사업자, invoiceeCorpNum, invoiceeCorpName, supplyCostTotal, taxTotal, totalAmount,
 *     detailList [{serialNum, purchaseDT, itemName, supplyCost, tax}]}
 *     → 200/201 {invoicerMgtKey, ntsConfirmNum}, or 409 when that management key was issued before,
 *     or 4xx {code, message} (refused)</li>
 * <li>{@code GET /taxinvoices/{invoicerMgtKey}} → {invoicerMgtKey, ntsConfirmNum, supplyCostTotal, taxTotal},
 *     or 404</li>
 * </ul>
 * Authentication: {@code Authorization: Bearer <secret key>}. Business numbers travel as 10 digits.
 */
public class HttpTaxInvoiceGateway implements TaxInvoiceGateway {

    /** The national tax service's approval number (국세청 승인번호) is 24 characters. */
    static final int APPROVAL_NUMBER_LENGTH = 24;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Duration timeout;
    private final String invoicerNumber;
    private final OperatorDetails invoicer;

    /** @throws IllegalArgumentException when the operator's business number is not one */
    public HttpTaxInvoiceGateway(String baseUrl, String secretKey, Duration timeout, OperatorDetails invoicer) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Bearer " + secretKey;
        this.timeout = timeout;
        this.invoicerNumber = BusinessNumber.parse(invoicer.businessNumber()).digits();
        this.invoicer = invoicer;
    }

    @Override
    public String issue(TaxInvoiceRequest r) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/taxinvoices"))
                .timeout(timeout).header("Authorization", authorization)
                .header("Content-Type", "application/json; charset=UTF-8")
                // the same key as invoicerMgtKey: a re-run after a lost answer can never issue a second invoice
                .header("Idempotency-Key", r.sourceNumber())
                .POST(HttpRequest.BodyPublishers.ofString(body(r).toString(), StandardCharsets.UTF_8)).build(), r);
        int status = answer.statusCode();
        if (status == 200 || status == 201) {
            return approvalNumber(json(answer), r);
        }
        if (status == 409) {
            // issued before under this management key (our earlier run whose answer or commit was lost)
            return lookup(r);
        }
        throw refusalOrUnknown(answer, r);
    }

    /** The tax invoice issued before for {@code r}'s number; the idempotent repeat of an issue. */
    private String lookup(TaxInvoiceRequest r) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/taxinvoices/"
                        + URLEncoder.encode(r.sourceNumber(), StandardCharsets.UTF_8)))
                .timeout(timeout).header("Authorization", authorization).GET().build(), r);
        if (answer.statusCode() == 404) {
            // "already issued" but not found: the service is inconsistent for now; the next run asks again
            throw new TaxInvoiceOutcomeUnknown(r.sourceNumber() + ": issued before but not found on lookup", null);
        }
        if (answer.statusCode() != 200) {
            throw refusalOrUnknown(answer, r);
        }
        JsonObject found = json(answer);
        // the invoice may have changed since the first issue (its commit was lost, then it was re-imported):
        // the issued tax invoice would then not match ours, which staff must settle, not a silent reuse
        OptionalLong supply = amount(found, "supplyCostTotal");
        OptionalLong tax = amount(found, "taxTotal");
        if (supply.isPresent() && supply.getAsLong() != r.supply() || tax.isPresent() && tax.getAsLong() != r.vat()) {
            throw new BizbillException(ErrorCode.TAX_INVOICE_CONFLICT, r.sourceNumber() + ": the tax invoice issued before has "
                    + "supply/tax " + found.get("supplyCostTotal") + "/" + found.get("taxTotal") + ", this invoice "
                    + r.supply() + "/" + r.vat());
        }
        return approvalNumber(found, r);
    }

    private JsonObject body(TaxInvoiceRequest r) {
        String writeDate = r.writeDate().format(DAY);
        var b = Json.createObjectBuilder()
                .add("writeDate", writeDate)
                .add("issueType", "정발행")
                .add("taxType", "과세")
                // 청구: the invoice is unpaid (BP-PAY-2 issues only for unpaid invoices), not a receipt (영수)
                .add("purposeType", "청구")
                .add("chargeDirection", "정과금")
                .add("invoicerCorpNum", invoicerNumber)
                .add("invoicerCorpName", invoicer.companyName())
                .add("invoicerCEOName", invoicer.representative())
                .add("invoicerMgtKey", r.sourceNumber())
                .add("invoiceeType", "사업자")
                .add("invoiceeCorpName", r.buyerName())
                .add("supplyCostTotal", r.supply())
                .add("taxTotal", r.vat())
                .add("totalAmount", r.supply() + r.vat())
                .add("detailList", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("serialNum", 1)
                        .add("purchaseDT", writeDate)
                        .add("itemName", r.writeDate().getYear() + "년 " + r.writeDate().getMonthValue() + "월 이용료")
                        .add("supplyCost", r.supply())
                        .add("tax", r.vat())));
        if (r.buyerBusinessNumber() != null) {
            b.add("invoiceeCorpNum", r.buyerBusinessNumber().replace("-", ""));
        }
        return b.build();
    }

    /** A 2xx answer without a well-formed approval number: issued or not, the repeat (409 → lookup) tells. */
    private static String approvalNumber(JsonObject answer, TaxInvoiceRequest r) {
        String number = answer.getString("ntsConfirmNum", null);
        if (number == null || number.length() != APPROVAL_NUMBER_LENGTH) {
            throw new TaxInvoiceOutcomeUnknown(r.sourceNumber() + ": answer without a " + APPROVAL_NUMBER_LENGTH
                    + "-character ntsConfirmNum: " + number, null);
        }
        return number;
    }

    /**
     * A 4xx is a definite refusal with the service's reason (nothing was issued; retrying the same request
     * would be refused again, so staff must act); a 5xx, 408, 429 or anything else may have issued or may
     * pass later: unknown, for the next run.
     */
    private static BizbillException refusalOrUnknown(HttpResponse<String> answer, TaxInvoiceRequest r) {
        int status = answer.statusCode();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            JsonObject body = json(answer);
            return new BizbillException(ErrorCode.TAX_INVOICE_REFUSED, "e-tax-invoice service refused " + r.sourceNumber()
                    + " (" + status + " " + code(body) + "): " + body.getString("message", ""));
        }
        return new TaxInvoiceOutcomeUnknown(r.sourceNumber() + ": e-tax-invoice service answered " + status, null);
    }

    /** Timeouts and I/O errors (refused or reset connection) leave the outcome unknown. */
    private HttpResponse<String> send(HttpRequest request, TaxInvoiceRequest r) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TaxInvoiceOutcomeUnknown(r.sourceNumber() + ": no answer from the e-tax-invoice service: "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaxInvoiceOutcomeUnknown(r.sourceNumber() + ": interrupted", e);
        }
    }

    private static JsonObject json(HttpResponse<String> r) {
        String text = r.body() == null || r.body().isBlank() ? "{}" : r.body();
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException e) {
            return Json.createObjectBuilder().add("code", "UNREADABLE").add("message", "unreadable answer").build();
        }
    }

    /** ASPs send error codes as numbers (Popbill: -11000005) or text. */
    private static String code(JsonObject body) {
        JsonValue v = body.get("code");
        return v instanceof JsonString s ? s.getString() : v == null ? "UNKNOWN" : v.toString();
    }

    /** Amounts as JSON numbers or, as some ASPs send them, numeric text. */
    private static OptionalLong amount(JsonObject body, String key) {
        JsonValue v = body.get(key);
        if (v instanceof JsonNumber n) {
            return OptionalLong.of(n.longValueExact());
        }
        if (v instanceof JsonString s && s.getString().matches("-?\\d+")) {
            return OptionalLong.of(Long.parseLong(s.getString()));
        }
        return OptionalLong.empty();
    }
}
