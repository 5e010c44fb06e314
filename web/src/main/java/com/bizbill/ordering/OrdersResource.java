package com.bizbill.ordering;

import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.ApiCallerHolder;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.shared.Page;
import com.bizbill.shared.api.IdempotentCall;
import com.bizbill.shared.api.PageQuery;
import com.bizbill.shared.api.Problem;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issue 20 §5: a coupon company's system orders coupons with the same rules as the order form (CB-ORD-1..11): one
 * call, up to 10,000 recipients, paid at once from the wallet or the credit line; {@code Idempotency-Key} required so
 * a retried call places one order. Orders and recipients are read back by the order's number; a reserved order is
 * cancelled with a full refund (CB-DSP-2). Another organisation's order is answered as not found.
 */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "orders", description = "Coupon orders of the caller (a coupon company)")
public class OrdersResource {

    static final String PLACE = "POST /orders";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries queries;

    @Inject
    com.bizbill.dispatch.Dispatcher dispatcher;

    @Inject
    IdempotentCall idempotent;

    @Inject
    ApiCallerHolder caller;

    @Inject
    Validator validator;

    @Inject
    com.bizbill.dispatch.DispatchQueries dispatch;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place and pay a coupon order (CB-ORD-1..11)",
            description = "Requires Idempotency-Key: the same key with the same body answers the first order again "
                    + "(header Idempotent-Replayed: true) and pays nothing twice. The amount is taken at once from "
                    + "the wallet (prepaid) or this month's credit (postpaid) and must fit the cashable limit. Any "
                    + "refusal places nothing; field errors name the row of a refused recipient. reservedAt is a "
                    + "Korean local time (yyyy-MM-ddTHH:mm) up to 23:59 of the 30th day; omit it to send at once.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "201", description = "the paid order (status RESERVED until its dispatch starts)",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "bad fields (VALIDATION_FAILED with one error per field or "
            + "recipient row) or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "CASHABLE_NOT_PERMITTED, or the caller does not order coupons",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "WALLET_INSUFFICIENT_BALANCE, CREDIT_LIMIT_EXCEEDED, "
            + "CASHABLE_LIMIT_EXCEEDED or PRODUCT_NOT_ON_SALE (the error says by how much / which product), or a "
            + "key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response place(@HeaderParam("Idempotency-Key") String key, OrderBody body) {
        long org = org();
        OrderBody b = body == null ? new OrderBody() : body;
        return idempotent.once("org:" + org, PLACE, key, JSON.toJson(b), 201,
                () -> view(placement.placeForOrganisation(org, b.toCommand("api:" + key))));
    }

    @GET
    @Operation(summary = "The caller's orders, newest first, paged; optional status")
    public PageView<OrderView> list(@QueryParam("page") @DefaultValue("0") Integer page,
                                    @QueryParam("size") @DefaultValue("20") Integer size,
                                    @QueryParam("status") String status) {
        PageQuery q = PageQuery.of(validator, page, size);
        OrderStatus s = null;
        if (status != null) {
            try {
                s = OrderStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw bad("status", "field.oneOf", java.util.Arrays.toString(OrderStatus.values()));
            }
        }
        Page<CouponOrder> p = queries.search(new OrderQueries.Filter(org(), null, s, null, null, null), q.page(),
                q.size());
        return new PageView<>(p.page(), p.size(), p.total(), p.items().stream().map(this::view).toList());
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One order of the caller by its number (CB…C…)")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also another organisation's order)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderView order(@PathParam("number") String number) {
        return view(queries.byNumber(org(), number));
    }

    @GET
    @Path("{number}/recipients")
    @Operation(summary = "The order's recipients in their order, paged")
    public PageView<RecipientView> recipients(@PathParam("number") String number,
                                              @QueryParam("page") @DefaultValue("0") Integer page,
                                              @QueryParam("size") @DefaultValue("100") Integer size) {
        PageQuery q = PageQuery.of(validator, page, size);
        CouponOrder o = queries.byNumber(org(), number);
        Page<OrderRecipient> p = queries.recipients(o.getId(), q.page(), q.size());
        return new PageView<>(p.page(), p.size(), p.total(), p.items().stream().map(r -> new RecipientView(r.getId(),
                r.getSeq(), r.getMobile(), r.getName(), r.getCompany(), r.getTitle(),
                r.getSendStatus() == null ? "WAITING" : r.getSendStatus().name(), r.getResendCount())).toList());
    }

    @POST
    @Path("{number}/recipients/{id}/resend")
    @Operation(summary = "Send a recipient's message again (CB-DSP-5): the same coupons and link, at most 3 times",
            description = "Only after SUCCESS or FAILURE; Idempotency-Key required, so a retried call sends once. "
                    + "The recipient is IN_PROGRESS until the gateway's report.")
    @APIResponse(responseCode = "409", description = "RESEND_NOT_ALLOWED: still in progress, an error, or 3 resends",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND: no such order or recipient of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resend(@HeaderParam("Idempotency-Key") String key, @PathParam("number") String number,
                           @PathParam("id") long recipientId) {
        long org = org();
        return idempotent.once("org:" + org, "POST /orders/{number}/recipients/{id}/resend", key,
                number + "/" + recipientId, 202, () -> {
                    dispatcher.resend(org, null, number, recipientId, "api:" + key);
                    OrderRecipient r = queries.recipient(queries.byNumber(org, number).getId(), recipientId);
                    return new RecipientView(r.getId(), r.getSeq(), r.getMobile(), r.getName(), r.getCompany(),
                            r.getTitle(), r.getSendStatus().name(), r.getResendCount());
                });
    }

    @POST
    @Path("{number}/cancel")
    @Operation(summary = "Cancel a reserved order (CB-DSP-2): the whole amount goes back, the month's limits too",
            description = "Only while RESERVED; a second cancel answers 409 ORDER_NOT_CANCELLABLE and refunds nothing.")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_CANCELLABLE: the dispatch has started or it was "
            + "cancelled already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderView cancel(@PathParam("number") String number) {
        return view(placement.cancel(org(), null, number));
    }

    private long org() {
        var c = caller.get();
        if (c.organisationKind() != OrganisationKind.COUPON_COMPANY) {
            throw new BizbillException(ErrorCode.FORBIDDEN, "only coupon companies order coupons");
        }
        return c.organisationId();
    }

    private OrderView view(CouponOrder o) {
        OrderProgress p = dispatch.progress(o.getNumber());
        return new OrderView(o.getNumber(), o.getStatus().name(), o.getName(), o.getType().name(), o.getSendTitle(),
                o.getReservedAt(), o.getDueAt(), o.getRecipientCount(), o.getFaceTotal(), o.getDiscount(),
                o.getFinalAmount(), o.getPaymentType().name(), o.getPlacedAt(), o.getCancelledAt(),
                new ProgressView(p.done(), p.success(), p.inProgress() + p.waiting(), p.failure(), p.error()),
                queries.items(o.getId()).stream().map(i -> new ItemView(i.getProductId(), i.getBrandName(),
                        i.getProductName(), i.getValidityDays(), i.getFaceValue(), i.getSalePrice(), i.isCashable(),
                        i.isDesignated())).toList());
    }

    private static BizbillException bad(String field, String key, Object arg) {
        return new BizbillException(ErrorCode.VALIDATION_FAILED, "bad " + field,
                List.of(new BizbillException.FieldError(field, key, List.of(arg))));
    }

    /** An order as the partner sends it. */
    public static class OrderBody {
        @Schema(description = "≤ 50 characters, not shown to recipients; default 'yyyyMMddHHmm 주문건'")
        public String name;
        @Schema(description = "GENERAL (every recipient gets every product) or SELECTABLE (each picks one of 2-20)",
                example = "GENERAL", required = true)
        public String type;
        @Schema(required = true)
        public List<ProductChoice> products;
        @Schema(description = "SELECTABLE only: the gift sent when a recipient does not choose in 7 days; default "
                + "the most expensive")
        public Long designatedProductId;
        @Schema(description = "≤ 16 letters, digits and spaces, shown to recipients", example = "연말 감사 선물",
                required = true)
        public String sendTitle;
        @Schema(description = "Korean local time yyyy-MM-ddTHH:mm; omit to send at once", example = "2026-12-24T09:00")
        public String reservedAt;
        @Schema(description = "1 to 10,000 rows", required = true)
        public List<Recipient> recipients;
        public boolean allowDuplicates;
        @Schema(description = "an active Alimtalk template of the operator", required = true)
        public Long templateId;
        @Schema(description = "fill #{이름} and #{회사명} from each recipient")
        public boolean autoFill = true;
        @Schema(description = "the text of #{기념일}, ≤ 30 characters")
        public String anniversaryText;
        @Schema(description = "the message on the recipient's coupon page, ≤ 500 characters")
        public String couponPageMessage;
        @Schema(description = "CB-ORD-11: the purchase details were checked and the terms agreed", required = true)
        public boolean termsAccepted;
        @Schema(description = "the final amount the caller priced (e.g. from GET /catalog/products); when given and "
                + "a price changed since, the order is refused with ORDER_PRICE_CHANGED and nothing is paid")
        public Long expectedFinalAmount;

        PlaceOrder toCommand(String requestKey) {
            QuotePricing.Kind kind;
            try {
                kind = type == null ? null : QuotePricing.Kind.valueOf(type);
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null) {
                throw bad("type", "field.oneOf", "[GENERAL, SELECTABLE]");
            }
            LocalDateTime at;
            try {
                at = reservedAt == null || reservedAt.isBlank() ? null : LocalDateTime.parse(reservedAt);
            } catch (DateTimeParseException e) {
                throw bad("reservedAt", "field.localDateTime", "2026-12-24T09:00");
            }
            if (templateId == null) {
                throw bad("templateId", "order.template.required", "");
            }
            List<PlaceOrder.Choice> choices = products == null ? List.of() : products.stream().map(p -> {
                if (p == null || p.productId == null || p.validityDays == null) {
                    throw bad("products", "field.productChoice", "");
                }
                return new PlaceOrder.Choice(p.productId, p.validityDays);
            }).toList();
            List<RecipientRow> rows = recipients == null ? List.of() : recipients.stream()
                    .map(r -> r == null ? new RecipientRow("", null, null, null)
                            : new RecipientRow(r.mobile, r.name, r.company, r.title)).toList();
            return new PlaceOrder(name, kind, choices, designatedProductId, sendTitle, at, rows, allowDuplicates,
                    templateId, autoFill, anniversaryText, couponPageMessage, termsAccepted, requestKey,
                    expectedFinalAmount);
        }
    }

    public static class ProductChoice {
        @Schema(required = true)
        public Long productId;
        @Schema(description = "one of the product's validity options (30, 60, 90)", required = true, example = "90")
        public Integer validityDays;
    }

    public static class Recipient {
        @Schema(description = "digits (hyphens are dropped)", example = "01012345678", required = true)
        public String mobile;
        @Schema(description = "≤ 10 characters")
        public String name;
        @Schema(description = "≤ 20 characters")
        public String company;
        @Schema(description = "≤ 10 characters")
        public String title;
    }

    public record OrderView(String number, String status, String name, String type, String sendTitle,
                            Instant reservedAt, Instant dueAt, int recipientCount, long faceTotal, long discount,
                            long finalAmount, String paymentType, Instant placedAt, Instant cancelledAt,
                            ProgressView progress, List<ItemView> items) {
    }

    /** Issue 21 §1: recipients done, and of them successes, failures (undelivered) and errors (no coupon). */
    public record ProgressView(long done, long success, long inProgress, long failure, long error) {
    }

    public record ItemView(long productId, String brand, String product, int validityDays, long faceValue,
                           long salePrice, boolean cashable, boolean designated) {
    }

    /** {@code id}: the recipient's id for a resend; {@code resends}: how many times its message went again (of 3). */
    public record RecipientView(long id, int seq, String mobile, String name, String company, String title,
                                String sendStatus, int resends) {
    }

    public record PageView<T>(int page, int size, long total, List<T> items) {
    }
}
