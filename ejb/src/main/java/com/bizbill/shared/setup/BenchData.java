package com.bizbill.shared.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The invoice benchmark's data set, created at start-up (after the migrations and the demo data) only
 * when {@code bizbill.bench.accounts=N} is set and the app runs in demo mode: N card-auto billing accounts
 * {@code BENCH-0001}…, each with an organisation, no login and an approved sandbox card
 * ({@link BenchAccounts}). Missing ones are created on every start, so a restart adds nothing twice. The
 * accounts are listed to the operator's key at {@code GET /api/v1/billing/bench-accounts}.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "DemoData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchData {

    public static final String ACCOUNTS_KEY = "bizbill.bench.accounts";
    private static final Logger LOG = Logger.getLogger(BenchData.class.getName());
    private static final int PER_TRANSACTION = 100;

    @Inject
    @ConfigProperty(name = ACCOUNTS_KEY, defaultValue = "0")
    int accounts;

    @Inject
    @ConfigProperty(name = "bizbill.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "bizbill.pg.adapter", defaultValue = "sandbox")
    String pgAdapter;

    @Inject
    BenchAccounts bench;

    @PostConstruct
    void load() {
        if (accounts <= 0) {
            return;
        }
        if (!demo || !"sandbox".equals(pgAdapter)) {
            LOG.warning(ACCOUNTS_KEY + "=" + accounts + " ignored: bench accounts only in demo mode with the sandbox"
                    + " payment gateway (bizbill.demo=" + demo + ", bizbill.pg.adapter=" + pgAdapter + ")");
            return;
        }
        long start = System.nanoTime();
        Set<String> existing = bench.existingNames();
        int created = 0;
        for (int from = 1; from <= accounts; from += PER_TRANSACTION) {
            created += bench.create(from, Math.min(accounts, from + PER_TRANSACTION - 1), existing);
        }
        List<BenchAccounts.BenchAccount> all = bench.list();
        long ms = (System.nanoTime() - start) / 1_000_000;
        int made = created;
        LOG.info(() -> "bench data: " + all.size() + " card-auto billing accounts " + BenchAccounts.nameOf(1) + ".."
                + BenchAccounts.nameOf(accounts) + " (" + made + " created now in " + ms + " ms), billing account ids "
                + (all.isEmpty() ? "-" : all.get(0).billingAccountId() + ".." + all.get(all.size() - 1).billingAccountId())
                + "; listed at GET /api/v1/billing/bench-accounts (operator key)");
    }

    /** Whether the bench data set is configured (the listing answers 404 otherwise). */
    @Lock(LockType.READ)
    public boolean enabled() {
        return accounts > 0 && demo && "sandbox".equals(pgAdapter);
    }
}
