package com.bizbill.billing;

import com.bizbill.shared.api.Problem;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * BP-INV-2: the operator's billing system sends invoices in batches. Each invoice is imported on its
 * own and idempotently by its number: a re-sent unpaid invoice is updated, a paid one is left alone and
 * reported, a bad one is rejected with its fields. Only the operator's own API key may call it.
 */
@Path("billing/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "billing", description = "Invoices from the operator's billing system")
public class InvoiceImportResource {

    public static final int MAX_BATCH = 1_000;

    @Inject
    InvoiceService invoices;

    @Inject
    CallContext context;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a batch of invoices (idempotent by invoice number)")
    @APIResponse(responseCode = "200", description = "one result per invoice: CREATED, UPDATED, UNCHANGED, "
            + "ALREADY_PAID (re-sent after payment; nothing changed) or REJECTED (with the bad fields)")
    @APIResponse(responseCode = "403", description = "the caller is not the operator's billing system",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportView importBatch(Batch batch) {
        context.requireOperator("only the operator's billing system imports invoices"); // issue 15 §1
        if (batch == null || batch.invoices == null || batch.invoices.isEmpty() || batch.invoices.size() > MAX_BATCH) {
            throw new BizbillException(ErrorCode.VALIDATION_FAILED, "1 to " + MAX_BATCH + " invoices per call",
                    List.of(new BizbillException.FieldError("invoices", "field.invoicesCount", List.of(1, MAX_BATCH))));
        }
        List<InvoiceService.ImportResult> results = new ArrayList<>();
        for (InvoiceIn in : batch.invoices) {
            results.add(importOne(in));
        }
        return new ImportView(results.size(), results);
    }

    private InvoiceService.ImportResult importOne(InvoiceIn in) {
        if (in == null || in.billingAccountId == null) {
            return new InvoiceService.ImportResult(in == null ? null : in.number, InvoiceService.Outcome.REJECTED,
                    List.of("billingAccountId"));
        }
        InvoiceData data;
        try {
            List<InvoiceLine> lines = in.lines == null ? List.of() : in.lines.stream()
                    .map(l -> new InvoiceLine(l.service, l.usagePeriod == null ? "" : l.usagePeriod,
                            l.supplyAmount == null ? -1 : l.supplyAmount)).toList();
            data = new InvoiceData(in.billingMonth == null ? null : YearMonth.parse(in.billingMonth),
                    in.issueDate == null ? null : LocalDate.parse(in.issueDate),
                    in.dueDate == null ? null : LocalDate.parse(in.dueDate),
                    in.supply == null ? -1 : in.supply, in.vat == null ? -1 : in.vat, in.total == null ? -1 : in.total,
                    lines);
        } catch (DateTimeParseException e) {
            return new InvoiceService.ImportResult(in.number, InvoiceService.Outcome.REJECTED,
                    List.of("billingMonth/issueDate/dueDate (yyyy-MM, yyyy-MM-dd)"));
        }
        // idempotent by number: a passing refusal (Derby's identity contention, 40XL1) is retried, not a 500
        InvoiceData d = data;
        return com.bizbill.shared.error.TransientFailures.retry(
                () -> invoices.importInvoice(in.billingAccountId, in.number, d));
    }

    /** A batch of invoices. */
    public static class Batch {
        public List<InvoiceIn> invoices;
    }

    /** One invoice as the billing system sends it; amounts in whole won. */
    public static class InvoiceIn {
        public Long billingAccountId;
        @Schema(description = "the billing system's invoice number (idempotency key)", example = "INV-2026-11-0001")
        public String number;
        @Schema(example = "2026-11")
        public String billingMonth;
        @Schema(example = "2026-11-05")
        public String issueDate;
        @Schema(example = "2026-11-30")
        public String dueDate;
        public Long supply;
        public Long vat;
        public Long total;
        public List<LineIn> lines;
    }

    /** One line: service, usage period, supply amount (VAT excluded). */
    public static class LineIn {
        public String service;
        public String usagePeriod;
        public Long supplyAmount;
    }

    public record ImportView(int count, List<InvoiceService.ImportResult> results) {
    }
}
