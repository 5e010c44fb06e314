package com.bizbill.shared.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeWithColumns;
import liquibase.change.DbmsTargetedChange;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.DatabaseList;
import liquibase.database.OfflineConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §6 "Portable schema now": Liquibase writes the update SQL of the whole changelog offline (no server, no
 * JDBC driver) for PostgreSQL 16 and Oracle 19c, so a changelog that cannot be generated for them fails here,
 * before the coupon tables and the rest are built on it. Running the SQL on those servers is a later issue; the
 * files are left in target/portable-sql/ for an engineer to read.
 * <p>
 * Here rather than in the persistence module, which holds the changelogs: changelog 020's {@link SeededSequence}
 * custom change lives in this module, and Liquibase must load it to parse the changelog. It reads
 * {@link Migrations#CHANGELOG}, the master the application applies, so every changelog it includes is covered.
 */
class PortableSchemaTest {

    private static final Path OUT = Path.of("target", "portable-sql");
    /** Held so the level stays: Liquibase logs every change it writes, a few hundred lines per database. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    @BeforeAll
    static void quietLiquibase() {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private static final Set<String> ORACLE_RESERVED = Set.of((
            "ACCESS ADD ALL ALTER AND ANY AS ASC AUDIT BETWEEN BY CHAR CHECK CLUSTER COLUMN COMMENT COMPRESS"
            + " CONNECT CREATE CURRENT DATE DECIMAL DEFAULT DELETE DESC DISTINCT DROP ELSE EXCLUSIVE EXISTS FILE"
            + " FLOAT FOR FROM GRANT GROUP HAVING IDENTIFIED IMMEDIATE IN INCREMENT INDEX INITIAL INSERT INTEGER"
            + " INTERSECT INTO IS LEVEL LIKE LOCK LONG MAXEXTENTS MINUS MLSLABEL MODE MODIFY NOAUDIT NOCOMPRESS"
            + " NOT NOWAIT NULL NUMBER OF OFFLINE ON ONLINE OPTION OR ORDER PCTFREE PRIOR PRIVILEGES PUBLIC RAW"
            + " RENAME RESOURCE REVOKE ROW ROWID ROWNUM ROWS SELECT SESSION SET SHARE SIZE SMALLINT START"
            + " SUCCESSFUL SYNONYM SYSDATE TABLE THEN TO TRIGGER UID UNION UNIQUE UPDATE USER VALIDATE VALUES"
            + " VARCHAR VARCHAR2 VIEW WHENEVER WHERE WITH").split(" "));

    // reserved and "reserved (can be function or type)": neither can name a column unquoted
    private static final Set<String> POSTGRESQL_RESERVED = Set.of((
            "ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST CHECK"
            + " COLLATE COLLATION COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG CURRENT_DATE"
            + " CURRENT_ROLE CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DESC"
            + " DISTINCT DO ELSE END EXCEPT FALSE FETCH FOR FOREIGN FREEZE FROM FULL GRANT GROUP HAVING ILIKE IN"
            + " INITIALLY INNER INTERSECT INTO IS ISNULL JOIN LATERAL LEADING LEFT LIKE LIMIT LOCALTIME"
            + " LOCALTIMESTAMP NATURAL NOT NOTNULL NULL OFFSET ON ONLY OR ORDER OUTER OVERLAPS PLACING PRIMARY"
            + " REFERENCES RETURNING RIGHT SELECT SESSION_USER SIMILAR SOME SYMMETRIC SYSTEM_USER TABLE"
            + " TABLESAMPLE THEN TO TRAILING TRUE UNION UNIQUE USER USING VARIADIC VERBOSE WHEN WHERE WINDOW"
            + " WITH").split(" "));

    @Test
    void issue16TheChangelogGeneratesForPostgresql16() throws Exception {
        String sql = statements(generate("postgresql", 16));
        assertCommon(sql);
        // PostgreSQL has no CLOB type (Liquibase writes TEXT)
        assertThat(sql).doesNotContainPattern("(?i)\\bCLOB\\b");
    }

    @Test
    void issue16TheChangelogGeneratesForOracle19c() throws Exception {
        String sql = statements(generate("oracle", 19));
        assertCommon(sql);
        // Oracle 19c has neither BOOLEAN nor BIGINT columns nor TRUE/FALSE literals (BOOLEAN came with 23ai)
        assertThat(sql).doesNotContainPattern("(?i)\\bBOOLEAN\\b")
                .doesNotContainPattern("(?i)\\bBIGINT\\b")
                .doesNotContainPattern("(?i)DEFAULT\\s+(TRUE|FALSE)\\b");
    }

    /**
     * A change restricted to some databases (changeset {@code dbms}, or {@code dbms} on a sql change) must have a
     * variant for PostgreSQL and Oracle in the same file: the same kind of change to the same table. Otherwise
     * their schema or data would silently lack it (changelog 023's order-id backfill has one per database family).
     */
    @Test
    void issue16EveryDbmsRestrictedChangeHasAVariantForPostgresqlAndOracle() throws Exception {
        List<String> missing = new ArrayList<>();
        List<ChangeSet> changeSets = allChangeSets();
        for (String dbms : List.of("postgresql", "oracle")) {
            for (ChangeSet changeSet : changeSets) {
                for (Change change : changeSet.getChanges()) {
                    if (applies(changeSet, change, dbms)) {
                        continue;
                    }
                    boolean variant = changeSets.stream()
                            .filter(other -> other.getFilePath().equals(changeSet.getFilePath()))
                            .anyMatch(other -> other.getChanges().stream().anyMatch(
                                    c -> applies(other, c, dbms) && shape(c).equals(shape(change))));
                    if (!variant) {
                        missing.add(dbms + ": " + changeSet + " (" + shape(change) + ")");
                    }
                }
            }
        }
        assertThat(missing).as("dbms-restricted changes without a variant for that database").isEmpty();
    }

    /**
     * Liquibase leaves these names unquoted on Oracle (and quotes some on PostgreSQL, which then makes them
     * case-sensitive), while EclipseLink writes them unquoted: a table or column with such a name fails on that
     * database. The words are the reserved ones of Oracle 19c (SQL Language Reference, "Oracle SQL Reserved Words")
     * and PostgreSQL 16 (Appendix C, "reserved" in PostgreSQL); CODE, TYPE, STATUS and the like are not among them.
     */
    @Test
    void issue16NoTableOrColumnIsNamedWithAReservedWordOfOracleOrPostgresql() throws Exception {
        List<String> reserved = new ArrayList<>();
        for (ChangeSet changeSet : allChangeSets()) {
            for (Change change : changeSet.getChanges()) {
                for (String name : namesCreatedBy(change)) {
                    String word = name.toUpperCase(Locale.ROOT);
                    if (ORACLE_RESERVED.contains(word) || POSTGRESQL_RESERVED.contains(word)) {
                        reserved.add(changeSet + ": " + name);
                    }
                }
            }
        }
        assertThat(reserved).as("names reserved in Oracle 19c or PostgreSQL 16").isEmpty();
    }

    private static List<String> namesCreatedBy(Change change) {
        List<String> names = new ArrayList<>();
        if (change instanceof CreateTableChange create) {
            names.add(create.getTableName());
        }
        if (change instanceof CreateTableChange || change instanceof AddColumnChange) {
            ((ChangeWithColumns<?>) change).getColumns().forEach(column -> names.add(column.getName()));
        }
        if (change instanceof RenameColumnChange rename) {
            names.add(rename.getNewColumnName());
        }
        if (change instanceof RenameTableChange rename) {
            names.add(rename.getNewTableName());
        }
        return names;
    }

    /**
     * Every changeset of the changelog, whatever its dbms: parsed without a database, since Liquibase leaves out at
     * parse time the changesets whose dbms does not match the database it parses for.
     */
    private static List<ChangeSet> allChangeSets() throws Exception {
        ClassLoaderResourceAccessor resources = resources();
        return ChangeLogParserFactory.getInstance().getParser(Migrations.CHANGELOG, resources)
                .parse(Migrations.CHANGELOG, new ChangeLogParameters(), resources).getChangeSets();
    }

    private static boolean applies(ChangeSet changeSet, Change change, String dbms) {
        boolean changeSetApplies = DatabaseList.definitionMatches(changeSet.getDbmsSet(), dbms, true);
        if (change instanceof DbmsTargetedChange targeted) {
            return changeSetApplies && DatabaseList.definitionMatches(targeted.getDbms(), dbms, true);
        }
        return changeSetApplies;
    }

    /** The kind of change and the table it touches, e.g. "update PAYMENT_ATTEMPT"; raw SQL is just "sql". */
    private static String shape(Change change) {
        String name = Scope.getCurrentScope().getSingleton(ChangeFactory.class).getChangeMetaData(change).getName();
        Object table = change.getSerializableFields().contains("tableName")
                ? change.getSerializableFieldValue("tableName") : null;
        return table == null ? name : name + " " + table;
    }

    /** All statements Liquibase would run on an empty database of that kind; fails naming the changeset. */
    private static String generate(String dbms, int version) throws Exception {
        Files.createDirectories(OUT);
        Path history = OUT.resolve(dbms + "-databasechangelog.csv");
        Files.deleteIfExists(history); // offline mode records what it wrote there and would skip it next time
        Database database = offline(dbms, version, history);
        StringWriter sql = new StringWriter();
        try {
            Scope.child(Map.of("liquibase.analytics.enabled", false), () ->
                    liquibase(database).update(new Contexts(), new LabelExpression(), sql));
        } catch (Exception e) {
            StringBuilder causes = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                causes.append("\n  ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            }
            fail("the changelog cannot be generated for " + dbms + " " + version + ":" + causes, e);
        }
        Files.writeString(OUT.resolve(dbms + ".sql"), sql.toString());
        return sql.toString();
    }

    private static Database offline(String dbms, int version, Path history) throws Exception {
        String url = "offline:" + dbms + "?version=" + version + "&changeLogFile=" + history.toAbsolutePath();
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new OfflineConnection(url, resources()));
    }

    private static Liquibase liquibase(Database database) {
        return new Liquibase(Migrations.CHANGELOG, resources(), database);
    }

    private static ClassLoaderResourceAccessor resources() {
        return new ClassLoaderResourceAccessor(PortableSchemaTest.class.getClassLoader());
    }

    /** The schema's own statements: not the comments nor the DATABASECHANGELOG rows (which quote the changesets). */
    private static String statements(String sql) {
        return sql.lines().filter(line -> !line.startsWith("--") && !line.startsWith("INSERT INTO DATABASECHANGELOG"))
                .collect(Collectors.joining("\n"));
    }

    private static void assertCommon(String sql) {
        assertThat(sql).contains("CREATE TABLE ORGANISATION", "CREATE TABLE PAYMENT_ATTEMPT",
                "CREATE TABLE IDEMPOTENCY_ITEM",
                // changelog 020's sequences (the custom change), and 023's backfill for "the rest"
                "CREATE SEQUENCE WALLET_CHARGE_SEQ START WITH 1000 INCREMENT BY 50",
                "UPDATE PAYMENT_ATTEMPT SET ORDER_ID = 'BZ' || CAST(ID AS VARCHAR(20)) WHERE ORDER_ID IS NULL");
        // neither Derby's sequence type nor its identity options with a comma (both databases want spaces)
        assertThat(sql).doesNotContain("AS BIGINT START WITH", "TRIM(CAST(ID AS CHAR(20)))", "CONCAT('BZ'")
                .doesNotContainPattern("(?i)AS IDENTITY\\s*\\([^)]*,");
    }
}
