package com.bizbill.shared.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §3, changelog 029 on Derby as the application applies it: a database at the changesets before 029, with
 * invoice payments and attempts written the old way, is brought up to date; the string references become foreign
 * keys and the constraints then hold.
 */
class InvoicePaymentAttemptKeysChangelogTest {

    private static final String FILE = "029-invoice-payment-attempt-keys.xml";
    /** Held so the level stays: Liquibase logs every change it applies. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private MigrationDatabase db;
    private Connection c;

    @BeforeAll
    static void quietLiquibase() {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void issue16OldRowsAreLinkedByForeignKeyAndTheConstraintsHold() throws Exception {
        db = new MigrationDatabase("changelog029");
        c = db.connection;
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        ((DerbyDatabase) database).setShutdownEmbeddedDerby(false);
        Liquibase liquibase = new Liquibase(Migrations.CHANGELOG,
                new ClassLoaderResourceAccessor(getClass().getClassLoader()), database);
        Scope.child(Map.of("liquibase.analytics.enabled", false), () -> {
            liquibase.update(before029(liquibase), new Contexts(), new LabelExpression());
            assertThat(columns("INVOICE_PAYMENT")).doesNotContain("ATTEMPT_ID");
            oldRows();
            liquibase.update(new Contexts(), new LabelExpression());
        });

        assertThat(db.rows("SELECT ID, INVOICE_ID, INVOICE_PAYMENT_ID FROM PAYMENT_ATTEMPT ORDER BY ID"))
                .containsExactly("100/10/null", "101/10/1", "102/11/null");
        assertThat(db.rows("SELECT ID, ATTEMPT_ID, METHOD FROM INVOICE_PAYMENT ORDER BY ID"))
                .containsExactly("1/100/CARD", "2/101/CARD", "3/null/TRANSFER", "4/null/TRANSFER");
        try (Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE INVOICE_PAYMENT SET ATTEMPT_ID = 100 WHERE ID = 2"))
                    .as("an attempt is booked once").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("UPDATE PAYMENT_ATTEMPT SET INVOICE_ID = 999 WHERE ID = 102"))
                    .as("no attempt of a missing invoice").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("UPDATE INVOICE_PAYMENT SET ATTEMPT_ID = 999 WHERE ID = 3"))
                    .as("no payment of a missing attempt").isInstanceOf(SQLException.class);
        }
    }

    /** How many changesets the database applies before the first of changelog 029. */
    private static int before029(Liquibase liquibase) throws Exception {
        List<ChangeSet> all = liquibase.getDatabaseChangeLog().getChangeSets();
        int n = 0;
        for (ChangeSet cs : all) {
            if (cs.getFilePath().endsWith(FILE)) {
                return n;
            }
            if (cs.getDbmsSet() == null || cs.getDbmsSet().isEmpty() || cs.getDbmsSet().contains("derby")) {
                n++;
            }
        }
        throw new AssertionError(FILE + " is not in the changelog");
    }

    /** Two invoices, a card payment with its partial cancel, a failed charge, transfers: written as before 029. */
    private void oldRows() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO ORGANISATION (ID, NAME, KIND, CREATED_AT) VALUES (1, 'o', 'BILLING_CUSTOMER', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO BILLING_ACCOUNT (ID, ORGANISATION_ID, NAME, PAYMENT_METHOD, CONTACT_EMAIL, CREATED_AT) "
                    + "VALUES (1, 1, 'a', 'CARD_IMMEDIATE', 'a@example.com', CURRENT_TIMESTAMP)");
            for (int id : new int[] {10, 11}) {
                s.execute("INSERT INTO INVOICE (ID, BILLING_ACCOUNT_ID, BILLING_MONTH, INVOICE_NUMBER, ISSUE_DATE, "
                        + "DUE_DATE, SUPPLY, VAT, TOTAL, STATUS, IMPORTED_AT) VALUES (" + id + ", 1, '2026-11', 'N-" + id
                        + "', DATE('2026-11-05'), DATE('2026-11-30'), 10000, 1000, 11000, 'UNPAID', CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO PAYMENT_ATTEMPT (ID, PURPOSE, REFERENCE, ATTEMPT_NO, AMOUNT, STATUS, CREATED_AT, "
                    + "ORDER_ID, KIND) VALUES (100, 'INVOICE', '10', 1, 11000, 'SUCCEEDED', CURRENT_TIMESTAMP, 'BZ100', 'CHARGE'), "
                    + "(101, 'INVOICE_CARD_CANCEL', '1', 1, 1000, 'SUCCEEDED', CURRENT_TIMESTAMP, 'BZ101', 'CANCEL'), "
                    + "(102, 'INVOICE', '11', 1, 11000, 'FAILED', CURRENT_TIMESTAMP, 'BZ102', 'CHARGE')");
            s.execute("INSERT INTO INVOICE_PAYMENT (ID, INVOICE_ID, METHOD, AMOUNT, REFERENCE, PAID_AT) VALUES "
                    + "(1, 10, 'CARD', 11000, 'attempt-100', CURRENT_TIMESTAMP), "
                    + "(2, 10, 'CARD', -1000, 'cancel-1-attempt-101', CURRENT_TIMESTAMP), "
                    + "(3, 10, 'TRANSFER', 1000, 'deposit-B-1', CURRENT_TIMESTAMP), "
                    + "(4, 11, 'TRANSFER', 500, 'deposit-B-2', CURRENT_TIMESTAMP)");
        }
    }

    private List<String> columns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }
}
