package com.bizbill.shared.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import liquibase.database.Database;
import liquibase.database.core.OracleDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 16 §3, changelog 029: the string references of invoice payments and attempts become foreign keys. */
class InvoicePaymentAttemptKeysTest {

    private MigrationDatabase db;

    @BeforeEach
    void schema() throws SQLException {
        db = new MigrationDatabase("attemptkeys",
                "CREATE TABLE INVOICE (ID BIGINT PRIMARY KEY)",
                "CREATE TABLE PAYMENT_ATTEMPT (ID BIGINT PRIMARY KEY, PURPOSE VARCHAR(30) NOT NULL, "
                        + "REFERENCE VARCHAR(100) NOT NULL, INVOICE_ID BIGINT, INVOICE_PAYMENT_ID BIGINT)",
                "CREATE TABLE INVOICE_PAYMENT (ID BIGINT PRIMARY KEY, INVOICE_ID BIGINT NOT NULL, "
                        + "METHOD VARCHAR(20) NOT NULL, REFERENCE VARCHAR(100) NOT NULL, ATTEMPT_ID BIGINT)",
                "INSERT INTO INVOICE VALUES (7), (8)",
                // 100: invoice 7 charged (paid as payment 1), 101: its cancel (row 2), 102: a failed charge of 8,
                // 103: a wallet charge whose reference looks like an invoice id, 104: a charge of a missing invoice
                "INSERT INTO PAYMENT_ATTEMPT (ID, PURPOSE, REFERENCE) VALUES (100, 'INVOICE', '7'), "
                        + "(101, 'INVOICE_CARD_CANCEL', '1'), (102, 'INVOICE', '8'), (103, 'WALLET_CHARGE', '7'), "
                        + "(104, 'INVOICE', '99')",
                "INSERT INTO INVOICE_PAYMENT VALUES (1, 7, 'CARD', 'attempt-100', NULL), "
                        + "(2, 7, 'CARD', 'cancel-1-attempt-101', NULL), (3, 8, 'TRANSFER', 'deposit-B-1', NULL)");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void issue16EveryInvoiceAttemptAndCardPaymentGetsItsForeignKeys() throws Exception {
        db.migrate(new InvoicePaymentAttemptKeys());

        assertThat(db.rows("SELECT ID, INVOICE_ID, INVOICE_PAYMENT_ID FROM PAYMENT_ATTEMPT ORDER BY ID")).containsExactly(
                "100/7/null", "101/7/1", "102/8/null", "103/null/null", "104/null/null");
        assertThat(db.rows("SELECT ID, ATTEMPT_ID, INVOICE_ID FROM INVOICE_PAYMENT ORDER BY ID")).containsExactly(
                "1/100/7", "2/101/7", "3/null/8");
    }

    @Test
    void issue16OfflineThereIsNothingToReadAndTheUpdatesRenderForPostgresqlAndOracle() throws Exception {
        assertThat(new InvoicePaymentAttemptKeys().generateStatements(new PostgresDatabase())).isEmpty();
        for (Database database : List.of(new PostgresDatabase(), new OracleDatabase())) {
            var updates = InvoicePaymentAttemptKeys.updates(database,
                    List.of(new InvoicePaymentAttemptKeys.Attempt(5, "INVOICE", "3")),
                    List.of(new InvoicePaymentAttemptKeys.Payment(9, 3, "attempt-5")), Set.of(3L));
            assertThat(updates).hasSize(2);
            Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(updates.get(1), database);
            assertThat(sql[0].toSql()).startsWith("UPDATE").contains("INVOICE_PAYMENT").contains("ATTEMPT_ID = 5")
                    .contains("ID = 9");
        }
    }

    @Test
    void issue16OldReferencesAreReadStrictly() {
        assertThat(InvoicePaymentAttemptKeys.attemptOf("attempt-42")).contains(42L);
        assertThat(InvoicePaymentAttemptKeys.attemptOf("cancel-7-attempt-43")).contains(43L);
        assertThat(InvoicePaymentAttemptKeys.attemptOf("deposit-attempt-1")).isEmpty();
        assertThat(InvoicePaymentAttemptKeys.attemptOf("attempt-")).isEmpty();
        assertThat(InvoicePaymentAttemptKeys.attemptOf(null)).isEmpty();
        assertThat(InvoicePaymentAttemptKeys.number("12x")).isEqualTo(Optional.empty());
    }
}
