package nl.dialoog.account;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty database of the kind the current test run uses (H2, or PostgreSQL in the second run), for tests that
 * must see a first start. Dropped again on close.
 */
final class FreshDatabase implements AutoCloseable {

    final String url;
    private final String dropUrl;
    private final String dropSql;

    private FreshDatabase(String url, String dropUrl, String dropSql) {
        this.url = url;
        this.dropUrl = dropUrl;
        this.dropSql = dropSql;
    }

    static FreshDatabase create() {
        String name = "dialoog_fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!"postgresql".equals(System.getProperty("dialoog.test.database"))) {
            String url = "jdbc:h2:mem:" + name
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            return new FreshDatabase(url, url, "SHUTDOWN");
        }
        String server = System.getProperty("spring.datasource.url");
        String withoutParameters = server.contains("?") ? server.substring(0, server.indexOf('?')) : server;
        String url = withoutParameters.substring(0, withoutParameters.lastIndexOf('/') + 1) + name;
        execute(server, "CREATE DATABASE " + name);
        return new FreshDatabase(url, server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    long count(String table) {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table);
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Override
    public void close() {
        execute(dropUrl, dropSql);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "")
                : DriverManager.getConnection(url, System.getProperty("spring.datasource.username", "postgres"),
                        System.getProperty("spring.datasource.password", ""));
    }
}
