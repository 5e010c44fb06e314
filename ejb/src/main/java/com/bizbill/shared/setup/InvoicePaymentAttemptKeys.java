package com.bizbill.shared.setup;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.UpdateStatement;

/**
 * Issue 16 §3, a Liquibase change (used by {@code 029-invoice-payment-attempt-keys.xml}): the string references
 * between invoice payments and their payment attempts become the new foreign-key columns, once.
 * <ul>
 * <li>an INVOICE charge attempt's reference is the invoice id: PAYMENT_ATTEMPT.INVOICE_ID;</li>
 * <li>an INVOICE_CARD_CANCEL attempt's reference is the cancelled card payment's id: INVOICE_PAYMENT_ID, and
 * INVOICE_ID that payment's invoice;</li>
 * <li>a card payment's reference is {@code attempt-<id>}, a cancel's negative row {@code cancel-<payment>-attempt-<id>}:
 * INVOICE_PAYMENT.ATTEMPT_ID.</li>
 * </ul>
 * A reference naming a row that does not exist is left null (the constraints added after this change would refuse
 * it). Parsing strings has no portable SQL, so this reads the rows and writes plain updates, which Liquibase renders
 * for each database; offline (SQL generated without a server) there is nothing to read.
 */
public class InvoicePaymentAttemptKeys extends DataMigration {

    static final String CHARGE_PURPOSE = "INVOICE";
    static final String CANCEL_PURPOSE = "INVOICE_CARD_CANCEL";

    private int rows;

    /** An attempt as stored before: id, purpose and reference. */
    record Attempt(long id, String purpose, String reference) {
    }

    /** An invoice card payment as stored before: id, invoice and reference. */
    record Payment(long id, long invoiceId, String reference) {
    }

    @Override
    public SqlStatement[] generateStatements(Database database) throws CustomChangeException {
        List<SqlStatement> updates = new ArrayList<>();
        if (database.getConnection() instanceof JdbcConnection jdbc) {
            try (Statement st = jdbc.createStatement()) {
                List<Attempt> attempts = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT ID, PURPOSE, REFERENCE FROM PAYMENT_ATTEMPT WHERE PURPOSE IN ('"
                        + CHARGE_PURPOSE + "', '" + CANCEL_PURPOSE + "') ORDER BY ID")) {
                    while (rs.next()) {
                        attempts.add(new Attempt(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                List<Payment> payments = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT ID, INVOICE_ID, REFERENCE FROM INVOICE_PAYMENT "
                        + "WHERE METHOD = 'CARD' ORDER BY ID")) {
                    while (rs.next()) {
                        payments.add(new Payment(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                    }
                }
                List<Long> invoices = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT ID FROM INVOICE")) {
                    while (rs.next()) {
                        invoices.add(rs.getLong(1));
                    }
                }
                updates.addAll(updates(database, attempts, payments, new HashSet<>(invoices)));
            } catch (Exception e) {
                throw new CustomChangeException("cannot read the invoice payment references", e);
            }
        }
        rows = updates.size();
        return updates.toArray(SqlStatement[]::new);
    }

    /** The updates for the rows read. */
    static List<UpdateStatement> updates(Database database, List<Attempt> attempts, List<Payment> payments,
                                         Set<Long> invoices) {
        Map<Long, Payment> paymentById = new HashMap<>();
        payments.forEach(p -> paymentById.put(p.id(), p));
        Set<Long> attemptIds = new HashSet<>();
        attempts.forEach(a -> attemptIds.add(a.id()));
        List<UpdateStatement> updates = new ArrayList<>();
        for (Attempt a : attempts) {
            Optional<Long> ref = number(a.reference());
            if (ref.isEmpty()) {
                continue;
            }
            if (CHARGE_PURPOSE.equals(a.purpose()) && invoices.contains(ref.get())) {
                updates.add(update(database, "PAYMENT_ATTEMPT", a.id()).addNewColumnValue("INVOICE_ID", ref.get()));
            } else if (CANCEL_PURPOSE.equals(a.purpose()) && paymentById.containsKey(ref.get())) {
                updates.add(update(database, "PAYMENT_ATTEMPT", a.id())
                        .addNewColumnValue("INVOICE_ID", paymentById.get(ref.get()).invoiceId())
                        .addNewColumnValue("INVOICE_PAYMENT_ID", ref.get()));
            }
        }
        for (Payment p : payments) {
            attemptOf(p.reference()).filter(attemptIds::contains).ifPresent(id ->
                    updates.add(update(database, "INVOICE_PAYMENT", p.id()).addNewColumnValue("ATTEMPT_ID", id)));
        }
        return updates;
    }

    private static UpdateStatement update(Database database, String table, long id) {
        return new UpdateStatement(database.getDefaultCatalogName(), database.getDefaultSchemaName(), table)
                .setWhereClause("ID = " + id);
    }

    /** The attempt id of a card payment's old reference: {@code attempt-<id>} or {@code cancel-<payment>-attempt-<id>}. */
    static Optional<Long> attemptOf(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.startsWith("attempt-")) {
            return number(reference.substring("attempt-".length()));
        }
        int at = reference.indexOf("-attempt-");
        return reference.startsWith("cancel-") && at > 0 ? number(reference.substring(at + "-attempt-".length()))
                : Optional.empty();
    }

    /** A whole positive number, or empty. */
    static Optional<Long> number(String s) {
        if (s == null || s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s));
    }

    @Override
    public String getConfirmationMessage() {
        return "invoice payment attempt keys: " + rows + " rows linked";
    }
}
