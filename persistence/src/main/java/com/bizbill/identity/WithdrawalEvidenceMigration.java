package com.bizbill.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Changelog 024 (issue 15 §3): copies the comma-joined evidence keys of MEMBER.WITHDRAWAL_EVIDENCE into
 * WITHDRAWAL_EVIDENCE rows, one per key in their order, as each member's request 1. Plain JDBC, so it runs the same on Derby,
 * PostgreSQL and MySQL. Members that already have rows are skipped, so a rerun adds nothing. The old
 * files' names and sizes were never kept: those columns stay empty; the content type follows the key's
 * extension (the file store names keys by the detected kind).
 */
public class WithdrawalEvidenceMigration implements CustomTaskChange {

    private int migrated;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            migrated = migrate(((JdbcConnection) database.getConnection()).getUnderlyingConnection(), Instant.now());
        } catch (SQLException e) {
            throw new CustomChangeException("could not move withdrawal evidence into rows", e);
        }
    }

    /** Moves every member's keys into rows stamped {@code requestedAt}; returns the number of rows written. */
    static int migrate(Connection c, Instant requestedAt) throws SQLException {
        List<Object[]> members = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT ID, WITHDRAWAL_EVIDENCE FROM MEMBER "
                + "WHERE WITHDRAWAL_EVIDENCE IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM WITHDRAWAL_EVIDENCE E WHERE E.MEMBER_ID = MEMBER.ID) ORDER BY ID");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                members.add(new Object[] {rs.getLong(1), rs.getString(2)});
            }
        }
        int rows = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO WITHDRAWAL_EVIDENCE "
                + "(MEMBER_ID, REQUEST_NO, REQUESTED_AT, FILE_INDEX, FILE_KEY, CONTENT_TYPE) VALUES (?, 1, ?, ?, ?, ?)")) {
            for (Object[] m : members) {
                List<String> keys = keys((String) m[1]);
                for (int i = 0; i < keys.size(); i++) {
                    insert.setLong(1, (Long) m[0]);
                    insert.setTimestamp(2, Timestamp.from(requestedAt));
                    insert.setInt(3, i);
                    insert.setString(4, keys.get(i));
                    insert.setString(5, contentType(keys.get(i)));
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
        return rows;
    }

    /** The keys of the old column in their order; blanks (",," or a trailing comma) are dropped. */
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

    /** The file store ends each key with the detected kind's extension (CB-MEM-5: jpg/jpeg/pdf/png). */
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
        return "withdrawal evidence: " + migrated + " file keys moved into rows";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
