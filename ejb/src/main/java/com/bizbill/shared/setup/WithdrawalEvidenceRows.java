package com.bizbill.shared.setup;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.InsertStatement;

/**
 * Issue 15 §3, a Liquibase change (used by {@code 024-withdrawal-evidence-rows.xml}): each comma-joined key of
 * MEMBER.WITHDRAWAL_EVIDENCE becomes a WITHDRAWAL_EVIDENCE row, in its order, as the member's request 1.
 * Splitting a string has no portable SQL (Derby has neither a split nor a regular-expression function), so
 * the change reads the column and writes one plain insert per key, which Liquibase renders for each
 * database. Offline (SQL generated without a server) there is nothing to read and nothing to insert. The
 * old files' names and sizes were never kept; the content type follows the key's extension (the file store
 * names a key by the kind it detected). Beside {@link SeededSequence}: this module brings Liquibase.
 */
public class WithdrawalEvidenceRows extends DataMigration {

    private int rows;

    @Override
    public SqlStatement[] generateStatements(Database database) throws CustomChangeException {
        List<SqlStatement> inserts = new ArrayList<>();
        if (database.getConnection() instanceof JdbcConnection jdbc) {
            try (Statement st = jdbc.createStatement();
                 ResultSet rs = st.executeQuery("SELECT ID, WITHDRAWAL_EVIDENCE FROM MEMBER "
                         + "WHERE WITHDRAWAL_EVIDENCE IS NOT NULL ORDER BY ID")) {
                while (rs.next()) {
                    inserts.addAll(inserts(database, rs.getLong(1), rs.getString(2)));
                }
            } catch (Exception e) {
                throw new CustomChangeException("cannot read MEMBER.WITHDRAWAL_EVIDENCE", e);
            }
        }
        rows = inserts.size();
        return inserts.toArray(SqlStatement[]::new);
    }

    /** The rows of one member's old column. */
    static List<InsertStatement> inserts(Database database, long memberId, String joined) {
        List<InsertStatement> inserts = new ArrayList<>();
        List<String> keys = keys(joined);
        for (int i = 0; i < keys.size(); i++) {
            inserts.add(new InsertStatement(database.getDefaultCatalogName(), database.getDefaultSchemaName(),
                    "WITHDRAWAL_EVIDENCE")
                    .addColumnValue("MEMBER_ID", memberId)
                    .addColumnValue("REQUEST_NO", 1)
                    .addColumnValue("REQUESTED_AT", new DatabaseFunction("CURRENT_TIMESTAMP"))
                    .addColumnValue("FILE_INDEX", i)
                    .addColumnValue("FILE_KEY", keys.get(i))
                    .addColumnValue("CONTENT_TYPE", contentType(keys.get(i))));
        }
        return inserts;
    }

    /** The keys of the old column in their order; blanks ({@code ",,"}, a trailing comma) are dropped. */
    static List<String> keys(String joined) {
        List<String> keys = new ArrayList<>();
        if (joined != null) {
            for (String k : joined.split(",")) {
                if (!k.isBlank()) {
                    keys.add(k.trim());
                }
            }
        }
        return keys;
    }

    /** CB-MEM-5 evidence is jpg/jpeg/pdf/png; the key ends with the extension of the kind detected on upload. */
    static String contentType(String key) {
        String ext = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            default -> null;
        };
    }

    @Override
    public String getConfirmationMessage() {
        return "withdrawal evidence: " + rows + " file keys copied into rows";
    }
}
