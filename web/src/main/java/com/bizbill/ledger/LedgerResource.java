package com.bizbill.ledger;

import com.bizbill.identity.ApiCallerHolder;
import com.bizbill.shared.Page;
import com.bizbill.shared.api.PageQuery;
import com.bizbill.shared.api.Problem;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller organisation's ledger: balances and statement lines. Other organisations' accounts are 404. */
@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger", description = "The caller's ledger accounts")
public class LedgerResource {

    @Inject
    LedgerService ledger;

    @Inject
    ApiCallerHolder caller;

    @Inject
    Validator validator;

    @GET
    @Path("balance")
    @Operation(summary = "Balances of the caller's accounts")
    @APIResponse(responseCode = "200", description = "the balances")
    @APIResponse(responseCode = "401", description = "missing or invalid API key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BalanceView balance() {
        var org = caller.get();
        List<AccountBalance> accounts = ledger.accountsOf(org.organisationId());
        long total = accounts.stream().mapToLong(AccountBalance::balance).sum();
        return new BalanceView(org.organisationId(), org.organisationName(), "KRW", total,
                accounts.stream().map(AccountView::of).toList());
    }

    @GET
    @Path("accounts/{code}")
    @Operation(summary = "One of the caller's accounts")
    @APIResponse(responseCode = "404", description = "no such account of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView account(@PathParam("code") String code) {
        AccountBalance b = ledger.balance(code);
        // another organisation's account is answered exactly like a missing one
        if (!Objects.equals(b.organisationId(), caller.get().organisationId())) {
            throw new BizbillException(ErrorCode.LEDGER_ACCOUNT_NOT_FOUND, "no ledger account " + code);
        }
        return AccountView.of(b);
    }

    @GET
    @Path("entries")
    @Operation(summary = "Statement lines of the caller's accounts, newest first, paged")
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntriesView entries(@QueryParam("page") @DefaultValue("0") Integer page,
                               @QueryParam("size") @DefaultValue("20") Integer size) {
        PageQuery q = PageQuery.of(validator, page, size);
        Page<EntryLine> p = ledger.entriesOf(caller.get().organisationId(), q.page(), q.size());
        return new EntriesView(p.page(), p.size(), p.total(), p.items().stream().map(LineView::of).toList());
    }

    public record BalanceView(long organisationId, String organisationName, String currency, long total,
                              List<AccountView> accounts) {
    }

    public record AccountView(String code, String name, String type, long balance) {
        static AccountView of(AccountBalance b) {
            return new AccountView(b.code(), b.name(), b.type().name(), b.balance());
        }
    }

    public record EntriesView(int page, int size, long total, List<LineView> items) {
    }

    public record LineView(long entryId, Instant postedAt, String entryType, String description, String account,
                           long amount) {
        static LineView of(EntryLine l) {
            return new LineView(l.entryId(), l.postedAt(), l.entryType(), l.description(), l.accountCode(),
                    l.amount());
        }
    }
}
