package com.bizbill.shared.setup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.executor.ExecutorService;
import liquibase.statement.SqlStatement;

/** A Derby in memory with the old rows a data migration's test sets up, and the migration's statements run on it. */
final class MigrationDatabase implements AutoCloseable {

    final Connection connection;

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

    @Override
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback(); // Liquibase's connection wrapper turned auto-commit off
        }
        connection.close();
    }
}
