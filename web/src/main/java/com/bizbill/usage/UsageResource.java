package com.bizbill.usage;

import com.bizbill.identity.ApiCallerHolder;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.messaging.MessageType;
import com.bizbill.messaging.UsageImport;
import com.bizbill.shared.Page;
import com.bizbill.shared.api.PageQuery;
import com.bizbill.shared.api.Problem;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Message usage through the partner API: a store reads its daily usage (NB-USE-1) and its monthly bills
 * (NB-PAY-1); the operator's own system imports usage of messages sent elsewhere (idempotent by message id).
 */
@Path("usage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "usage", description = "Message usage and monthly usage bills of a partner store")
public class UsageResource {

    @Inject
    UsageQueries queries;

    @Inject
    UsageImport usageImport;

    @Inject
    ApiCallerHolder caller;

    @Inject
    Validator validator;

    @Inject
    CallContext context;

    @GET
    @Path("daily")
    @Operation(summary = "The store's usage per day of a month (NB-USE-1): delivered Alimtalk/SMS/LMS and failed")
    @APIResponse(responseCode = "400", description = "month is not yyyy-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DailyView daily(@QueryParam("month") String month) {
        YearMonth m = month(month);
        List<UsageQueries.DailyUsage> days = queries.dailyUsage(store(), m);
        return new DailyView(m.toString(), days, UsageQueries.total(days));
    }

    @GET
    @Path("bills")
    @Operation(summary = "The store's monthly usage bills (NB-PAY-1), newest first, paged")
    public BillsView bills(@QueryParam("page") @DefaultValue("0") Integer page,
                           @QueryParam("size") @DefaultValue("12") Integer size) {
        PageQuery q = PageQuery.of(validator, page, size);
        Page<UsageBill> p = queries.billsOf(store(), null, null, q.page(), q.size());
        return new BillsView(p.page(), p.size(), p.total(), p.items().stream().map(BillView::of).toList());
    }

    @POST
    @Path("records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import usage of messages sent elsewhere (operator only; idempotent by messageId)",
            description = "Each record: storeId, messageId (the provider's id), type, sentAt (ISO-8601), delivered. "
                    + "Answer per record: CREATED, DUPLICATE (already there, nothing changed) or REJECTED with fields.")
    @APIResponse(responseCode = "403", description = "the caller is not the operator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportView importRecords(ImportBody body) {
        context.requireOperator("only the operator imports usage"); // issue 15 §1
        List<UsageImport.Imported> records = body == null || body.records == null ? List.of()
                : body.records.stream().map(RecordIn::toImported).toList();
        List<UsageImport.Result> results = usageImport.importAll(records);
        return new ImportView(results.size(),
                (int) results.stream().filter(r -> r.outcome() == UsageImport.Outcome.CREATED).count(), results);
    }

    private long store() {
        context.requireOrganisationKind(OrganisationKind.PARTNER_STORE, "usage is a partner store's");
        return caller.get().organisationId();
    }

    static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BizbillException(ErrorCode.VALIDATION_FAILED, "month must be yyyy-MM",
                    List.of(new BizbillException.FieldError("month", "field.month")));
        }
    }

    public record DailyView(String month, List<UsageQueries.DailyUsage> days, UsageQueries.DailyUsage total) {
    }

    /** {@code carriedCount}: of the counts, earlier months' messages known delivered only after those were billed. */
    public record BillView(long id, String usageMonth, long alimtalkCount, long smsCount, long lmsCount,
                           long carriedCount, long supply, long vat, long total, String status, Instant paidAt) {
        static BillView of(UsageBill b) {
            return new BillView(b.getId(), b.getUsageMonth(), b.getAlimtalkCount(), b.getSmsCount(), b.getLmsCount(),
                    b.getCarriedCount(), b.getSupply(), b.getVat(), b.getTotal(), b.getStatus().name(), b.getPaidAt());
        }
    }

    public record BillsView(int page, int size, long total, List<BillView> items) {
    }

    public static class ImportBody {
        public List<RecordIn> records;
    }

    public static class RecordIn {
        public Long storeId;
        public String messageId;
        @Schema(description = "ALIMTALK, SMS or LMS")
        public String type;
        @Schema(description = "ISO-8601 instant", example = "2026-10-15T01:00:00Z")
        public String sentAt;
        public Boolean delivered;

        UsageImport.Imported toImported() {
            MessageType t = null;
            Instant at = null;
            try {
                t = type == null ? null : MessageType.valueOf(type);
            } catch (IllegalArgumentException e) {
                // reported as a problem of "type"
            }
            try {
                at = sentAt == null ? null : Instant.parse(sentAt);
            } catch (DateTimeParseException e) {
                // reported as a problem of "sentAt"
            }
            return new UsageImport.Imported(storeId, messageId, t, at, delivered);
        }
    }

    public record ImportView(int count, int created, List<UsageImport.Result> results) {
    }
}
