package com.bizbill.shared.setup;

import com.bizbill.shared.IdBlocks;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Pattern;
import liquibase.change.custom.CustomSqlChange;
import liquibase.change.custom.CustomSqlRollback;
import liquibase.database.Database;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;

/**
 * Issue 13 §6, a Liquibase change (used by {@code 020-id-generators-and-idempotency.xml}): creates the
 * id sequence of a table that so far had an identity column, starting above the table's highest id
 * ({@code COALESCE(MAX(ID), 0) + 1000}), so an existing database goes on without a clash. A sequence's
 * start must be a literal in Derby and Oracle, hence a change that reads the table first rather than
 * plain SQL. Increments by {@link IdBlocks#SIZE}, the entities' allocation size: EclipseLink takes each
 * value as the last id of a block of that many. The SQL is the same on Derby, PostgreSQL and Oracle
 * except for Derby's {@code AS BIGINT} (its sequences are INTEGER by default).
 */
public class SeededSequence implements CustomSqlChange, CustomSqlRollback {

    /** Headroom above the highest id (ids of the first block start 1000 − 50 + 1 above it). */
    public static final long HEADROOM = 1000;
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private String table;
    private String sequence;

    public void setTable(String table) {
        this.table = table;
    }

    public void setSequence(String sequence) {
        this.sequence = sequence;
    }

    @Override
    public SqlStatement[] generateStatements(Database database) throws CustomChangeException {
        long max = 0;
        if (database.getConnection() instanceof JdbcConnection jdbc) {
            try (Statement st = jdbc.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM " + table)) {
                rs.next();
                max = rs.getLong(1);
            } catch (Exception e) {
                throw new CustomChangeException("cannot read the highest id of " + table, e);
            }
        }
        return new SqlStatement[] {new RawSqlStatement(createSql(database instanceof DerbyDatabase, sequence,
                max + HEADROOM))};
    }

    static String createSql(boolean derby, String sequence, long start) {
        return "CREATE SEQUENCE " + sequence + (derby ? " AS BIGINT" : "") + " START WITH " + start
                + " INCREMENT BY " + IdBlocks.SIZE; // no CYCLE is the default on all three
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) {
        return new SqlStatement[] {new RawSqlStatement("DROP SEQUENCE " + sequence
                + (database instanceof DerbyDatabase ? " RESTRICT" : ""))};
    }

    @Override
    public String getConfirmationMessage() {
        return "sequence " + sequence + " created above the ids of " + table;
    }

    @Override
    public void setUp() throws SetupException {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        if (table == null || !NAME.matcher(table).matches()) {
            errors.addError("table must be an upper-case table name, not " + table);
        }
        if (sequence == null || !NAME.matcher(sequence).matches()) {
            errors.addError("sequence must be an upper-case name of at most 30 characters, not " + sequence);
        }
        return errors;
    }
}
