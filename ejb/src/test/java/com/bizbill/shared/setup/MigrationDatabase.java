package com.bizbill.shared.setup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.executor.ExecutorService;
import liquibase.statement.SqlStatement;

/** A Derby in memory with the old rows a data migration's test sets up, and the migration's statements run on it. */
final class MigrationDatabase implements AutoCloseable {

    final Connection connection;

    /** A new empty database with {@code setup} run on it. */
    MigrationDatabase(String name, String... setup) throws SQLException {
        connection = DriverManager.getConnection("jdbc:derby:memory:" + name + System.nanoTime() + ";create=true");
        try (Statement s = connection.createStatement()) {
            for (String sql : setup) {
                s.execute(sql);
            }
        }
    }

    /** Runs the migration as Liquibase would: its statements generated for this database, then executed. */
    void migrate(DataMigration change) throws Exception {
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        for (SqlStatement statement : change.generateStatements(db)) {
            Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", db).execute(statement);
        }
    }

    /** Each row of {@code sql} as its columns joined by "/" (null as "null"). */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "/" : "").append(rs.getObject(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback(); // Liquibase's connection wrapper turned auto-commit off
        }
        connection.close();
    }
}
