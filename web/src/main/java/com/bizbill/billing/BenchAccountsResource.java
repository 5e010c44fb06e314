package com.bizbill.billing;

import com.bizbill.shared.api.Problem;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.setup.BenchAccounts;
import com.bizbill.shared.setup.BenchData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The invoice benchmark's billing accounts ({@code BENCH-0001}…), so that it can address invoices to
 * them. Exists only while the app runs with {@code bizbill.bench.accounts} set (demo mode); otherwise 404.
 * Only the operator's API keys, like the invoice import.
 */
@Path("billing/bench-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "billing", description = "Invoices from the operator's billing system")
public class BenchAccountsResource {

    @Inject
    BenchData benchData;

    @Inject
    BenchAccounts bench;

    @Inject
    CallContext context;

    @GET
    @Operation(summary = "The benchmark's card-auto billing accounts (only when bizbill.bench.accounts is set)")
    @APIResponse(responseCode = "200", description = "the accounts, BENCH-0001 first")
    @APIResponse(responseCode = "403", description = "the caller is not one of the operator's systems",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "the app runs without the bench data set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountsView list() {
        context.requireOperator("only the operator's systems list the bench accounts"); // issue 15 §1
        if (!benchData.enabled()) {
            throw new BizbillException(ErrorCode.BENCH_ACCOUNTS_NOT_ENABLED, "no bench data (" + BenchData.ACCOUNTS_KEY + " is not set)");
        }
        List<BenchAccounts.BenchAccount> all = bench.list();
        return new AccountsView(all.size(), all);
    }

    public record AccountsView(int count, List<BenchAccounts.BenchAccount> accounts) {
    }
}
