package id.rapor.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server the tests and the local run use: {@code RAPOR_PG_HOST}, {@code RAPOR_PG_PORT},
 * {@code RAPOR_PG_USER}, {@code RAPOR_PG_PASSWORD} (defaults 127.0.0.1, 5432, postgres, postgres).
 */
public final class PostgresServer {

    private PostgresServer() {}

    public static String host() {
        return env("RAPOR_PG_HOST", "127.0.0.1");
    }

    public static int port() {
        return Integer.parseInt(env("RAPOR_PG_PORT", "5432"));
    }

    public static String user() {
        return env("RAPOR_PG_USER", "postgres");
    }

    public static String password() {
        return env("RAPOR_PG_PASSWORD", "postgres");
    }

    /** JDBC URL of {@code database} on this server. */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists. */
    public static void createDatabaseIfMissing(String database) throws SQLException {
        try (Connection c = connect("postgres");
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                s.execute("create database " + quote(database));
            }
        }
    }

    /** Drops {@code database}, disconnecting whoever still uses it. */
    public static void dropDatabase(String database) throws SQLException {
        try (Connection c = connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + quote(database) + " with (force)");
        }
    }

    /** Whether the server accepts our login. */
    public static boolean reachable() {
        try (Connection c = connect("postgres")) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A direct connection (no DriverManager, so no class-loader surprises inside Quarkus tests). */
    public static Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.setProperty("password", password());
        props.setProperty("connectTimeout", "5");
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), props);
        if (connection == null) {
            throw new SQLException("driver refused URL " + jdbcUrl(database));
        }
        return connection;
    }

    private static String quote(String identifier) {
        if (!identifier.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unsafe database name: " + identifier);
        }
        return "\"" + identifier + "\"";
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
