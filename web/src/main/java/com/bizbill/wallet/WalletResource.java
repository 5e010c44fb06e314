package com.bizbill.wallet;

import com.bizbill.identity.ApiCallerHolder;
import com.bizbill.shared.Page;
import com.bizbill.shared.api.IdempotentCall;
import com.bizbill.shared.api.PageQuery;
import com.bizbill.shared.api.Problem;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
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
 * The caller organisation's prepaid wallet (CB-WAL-1/2): balance, paged history, and charging it with
 * the organisation's registered card. Every charge needs an {@code Idempotency-Key}: the same key
 * with the same body answers the first result again (no second charge); with another body, 422.
 */
@Path("wallet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "wallet", description = "The caller's prepaid wallet")
public class WalletResource {

    static final String CHARGE_ENDPOINT = "POST /wallet/charges";

    @Inject
    WalletService wallets;

    @Inject
    WalletCharging charging;

    @Inject
    IdempotentCall idempotent;

    @Inject
    ApiCallerHolder caller;

    @Inject
    Validator validator;

    @GET
    @Operation(summary = "Balance of the caller's wallet, with the ledger's figure and pending deposits")
    @APIResponse(responseCode = "200", description = "the wallet")
    @APIResponse(responseCode = "403", description = "the caller has no prepaid wallet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WalletView wallet() {
        long org = org();
        return new WalletView(org, "KRW", wallets.balance(org), wallets.ledgerBalance(org),
                wallets.pendingDeposits(org).stream().map(ChargeView::of).toList());
    }

    @GET
    @Path("history")
    @Operation(summary = "Wallet history (CB-WAL-2), newest first, paged; optional kind and period [from, to)")
    @APIResponse(responseCode = "400", description = "bad paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HistoryView history(@QueryParam("page") @DefaultValue("0") Integer page,
                               @QueryParam("size") @DefaultValue("20") Integer size,
                               @QueryParam("kind") String kind,
                               @Parameter(description = "ISO-8601 instant") @QueryParam("from") String from,
                               @Parameter(description = "ISO-8601 instant") @QueryParam("to") String to) {
        PageQuery q = PageQuery.of(validator, page, size);
        WalletService.HistoryFilter filter;
        try {
            filter = new WalletService.HistoryFilter(from == null ? null : Instant.parse(from),
                    to == null ? null : Instant.parse(to), kind == null ? null : WalletTransactionKind.valueOf(kind));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new BizbillException(ErrorCode.VALIDATION_FAILED, "bad filter",
                    List.of(new BizbillException.FieldError("filter", "field.historyFilter",
                            List.of(java.util.Arrays.toString(WalletTransactionKind.values())))));
        }
        long org = org();
        Page<WalletTransaction> p = wallets.history(org, filter, q.page(), q.size());
        return new HistoryView(p.page(), p.size(), p.total(), p.items().stream().map(LineView::of).toList());
    }

    @POST
    @Path("charges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Charge the wallet with the organisation's registered card",
            description = "Requires an Idempotency-Key header (1-200 characters). The same key with the same body "
                    + "returns the first result (header Idempotent-Replayed: true) and charges nothing again; "
                    + "the same key with a different body is refused with 422. Keys are kept 48 hours. "
                    + "A declined card gives 201 with status FAILED; an unknown gateway outcome gives status "
                    + "PENDING, settled later by reconciliation.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "201", description = "the charge (COMPLETED, FAILED or PENDING); balance is the "
            + "wallet balance right after this charge (null unless COMPLETED)",
            content = @Content(schema = @Schema(implementation = ChargeView.class)))
    @APIResponse(responseCode = "400", description = "missing Idempotency-Key or bad amount (minimum 1,000 won)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the first request with this key is still running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "key reused with another body, or no registered card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response charge(@HeaderParam("Idempotency-Key") String key, ChargeBody body) {
        long org = org();
        if (body == null || body.amount == null) {
            throw new BizbillException(ErrorCode.VALIDATION_FAILED, "amount is required",
                    List.of(new BizbillException.FieldError("amount", "field.chargeAmount", List.of(1000))));
        }
        // the idempotency key is also the charge's request key: a second guard in the database
        return idempotent.once("org:" + org, CHARGE_ENDPOINT, key, "amount=" + body.amount, 201, () -> {
            WalletCharge c = charging.chargeCard(org, body.amount, "api:" + key);
            return ChargeView.of(c, wallets.balanceAfterCharge(org, c.getId()));
        });
    }

    private long org() {
        long org = caller.get().organisationId();
        wallets.requirePrepaid(org);
        return org;
    }

    /** The body of a charge request. */
    public static class ChargeBody {
        @Schema(description = "whole won, at least 1,000", example = "10000", required = true)
        public Long amount;
    }

    public record WalletView(long organisationId, String currency, long balance, long ledgerBalance,
                             List<ChargeView> pendingDeposits) {
    }

    public record ChargeView(long chargeId, String status, String method, long amount, Long balance, String bank,
                             String accountNumber, Instant createdAt, String failure) {
        static ChargeView of(WalletCharge c) {
            return of(c, null);
        }

        static ChargeView of(WalletCharge c, Long balance) {
            return new ChargeView(c.getId(), c.getStatus().name(), c.getMethod().name(), c.getAmount(), balance,
                    c.getBank(), c.getAccountNumber(), c.getCreatedAt(), c.getFailureMessage());
        }
    }

    public record HistoryView(int page, int size, long total, List<LineView> items) {
    }

    public record LineView(long id, Instant occurredAt, String kind, long amount, long balanceAfter, String reference,
                           String description) {
        static LineView of(WalletTransaction t) {
            return new LineView(t.getId(), t.getOccurredAt(), t.getKind().name(), t.getAmount(), t.getBalanceAfter(),
                    t.getReference(), t.getDescription());
        }
    }
}
