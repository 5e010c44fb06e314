package com.bizbill.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The invoice benchmark's billing accounts, written with plain JDBC into the stopped server's Derby database
 * (schema and demo data already there), as {@link UsageLoad} writes the usage benchmark's stores: {@code count}
 * card-auto billing accounts {@code BENCH-0001}…, each with its own customer organisation, no login, and a card
 * the sandbox gateway approves. The card is what the gateway's own page and billing-key exchange would have left
 * (a {@code SANDBOX_PG_CARD} row with its billing key, behaviour OK) and what Bizbill keeps of it (an active
 * {@code PAYMENT_CARD} with the same customer and billing key, VISA ****1111). Nothing of this is in the
 * application: benchmark fixtures never ship in the WAR or EAR.
 *
 * <p>When the charge day is still to come this month, the demo clock's persisted offset ({@code CLOCK_OFFSET}, read
 * at start-up in demo mode) is set so that the restarted server's day is the charge day: cards pay only invoices of
 * the current month (BP-PAY-2), so the benchmark cannot charge an earlier month's.
 */
final class InvoiceAccounts {

    /** Prefix of the accounts' names; the number follows, at least 4 digits. */
    static final String NAME_PREFIX = "BENCH-";
    private static final int BATCH = 500;

    private InvoiceAccounts() {
    }

    static String nameOf(int number) {
        return NAME_PREFIX + String.format("%04d", number);
    }

    /**
     * Inserts the accounts (and, when {@code clockAt} is not null, moves the demo clock so that it reads
     * {@code clockAt} now) and returns their billing account ids, BENCH-0001 first; shuts the database down
     * afterwards so the server can open it again.
     */
    static List<Long> load(Path database, int count, Instant clockAt) throws SQLException {
        List<Long> accountIds = new ArrayList<>(count);
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath())) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ORGANISATION (NAME, KIND, CREATED_AT, VERSION,"
                    + " STATUS, CREDIT_LIMIT) VALUES (?, 'CUSTOMER', ?, 0, 'ACTIVE', 0)")) {
                for (int n = 1; n <= count; n++) {
                    p.setString(1, nameOf(n) + " 벤치 주식회사");
                    p.setTimestamp(2, now);
                    p.addBatch();
                    if (n % BATCH == 0 || n == count) {
                        p.executeBatch();
                    }
                }
            }
            List<Long> organisationIds = ids(c, "SELECT ID FROM ORGANISATION WHERE KIND = 'CUSTOMER' AND NAME LIKE '"
                    + NAME_PREFIX + "%' ORDER BY ID", count, "organisations");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO BILLING_ACCOUNT (ORGANISATION_ID, NAME,"
                    + " PAYMENT_METHOD, CONTACT_EMAIL, DISCOUNT, CREATED_AT, VERSION) VALUES (?, ?, 'CARD_AUTO', ?,"
                    + " FALSE, ?, 0)")) {
                for (int n = 1; n <= count; n++) {
                    p.setLong(1, organisationIds.get(n - 1));
                    p.setString(2, nameOf(n));
                    p.setString(3, nameOf(n).toLowerCase() + "@bench.example");
                    p.setTimestamp(4, now);
                    p.addBatch();
                    if (n % BATCH == 0 || n == count) {
                        p.executeBatch();
                    }
                }
            }
            accountIds.addAll(ids(c, "SELECT ID FROM BILLING_ACCOUNT WHERE MEMBER_ID IS NULL AND NAME LIKE '"
                    + NAME_PREFIX + "%' ORDER BY ID", count, "billing accounts"));
            try (PreparedStatement gateway = c.prepareStatement("INSERT INTO SANDBOX_PG_CARD (AUTH_KEY, BILLING_KEY,"
                    + " CUSTOMER_KEY, BRAND, LAST4, BEHAVIOUR, CREATED_AT) VALUES (?, ?, ?, 'VISA', '1111', 'OK', ?)");
                 PreparedStatement card = c.prepareStatement("INSERT INTO PAYMENT_CARD (ORGANISATION_ID, CUSTOMER_KEY,"
                         + " BILLING_KEY, BRAND, LAST4, ACTIVE, REGISTERED_AT, REGISTERED_BY, VERSION)"
                         + " VALUES (?, ?, ?, 'VISA', '1111', TRUE, ?, 'bench', 0)")) {
                for (int n = 1; n <= count; n++) {
                    long organisationId = organisationIds.get(n - 1);
                    String customerKey = "BZC-" + organisationId;
                    String billingKey = "sbx_bk_bench_" + organisationId;
                    gateway.setString(1, "sbx_auth_bench_" + organisationId);
                    gateway.setString(2, billingKey);
                    gateway.setString(3, customerKey);
                    gateway.setTimestamp(4, now);
                    gateway.addBatch();
                    card.setLong(1, organisationId);
                    card.setString(2, customerKey);
                    card.setString(3, billingKey);
                    card.setTimestamp(4, now);
                    card.addBatch();
                    if (n % BATCH == 0 || n == count) {
                        gateway.executeBatch();
                        card.executeBatch();
                    }
                }
            }
            if (clockAt != null) {
                moveDemoClock(c, clockAt, now);
            }
            c.commit();
        } finally {
            UsageLoad.shutdown(database);
        }
        return accountIds;
    }

    private static void moveDemoClock(Connection c, Instant target, Timestamp now) throws SQLException {
        long offset = java.time.Duration.between(Instant.now(), target).getSeconds();
        try (PreparedStatement p = c.prepareStatement("UPDATE CLOCK_OFFSET SET OFFSET_SECONDS = ?, UPDATED_AT = ?,"
                + " UPDATED_BY = 'bench', VERSION = VERSION + 1 WHERE ID = 1")) {
            p.setLong(1, offset);
            p.setTimestamp(2, now);
            if (p.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO CLOCK_OFFSET (ID, OFFSET_SECONDS, UPDATED_AT,"
                + " UPDATED_BY, VERSION) VALUES (1, ?, ?, 'bench', 0)")) {
            p.setLong(1, offset);
            p.setTimestamp(2, now);
            p.executeUpdate();
        }
    }

    /** Ids of the rows just inserted, in insertion order (identity columns grow), so the n-th is BENCH-n. */
    private static List<Long> ids(Connection c, String sql, int expected, String what) throws SQLException {
        List<Long> ids = new ArrayList<>(expected);
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        if (ids.size() != expected) {
            throw new IllegalStateException("inserted " + expected + " " + what + ", found " + ids.size());
        }
        return ids;
    }
}
