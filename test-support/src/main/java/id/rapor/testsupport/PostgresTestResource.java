package id.rapor.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/** A fresh PostgreSQL database for one test run, created on start and dropped at the end. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public Map<String, String> start() {
        database = "t_rapor_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            PostgresServer.createDatabaseIfMissing(database);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot create test database on " + PostgresServer.host() + ":"
                            + PostgresServer.port() + " as " + PostgresServer.user()
                            + " (start PostgreSQL or set RAPOR_PG_HOST/PORT/USER/PASSWORD): " + e.getMessage(),
                    e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", PostgresServer.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.user(),
                "quarkus.datasource.password", PostgresServer.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                PostgresServer.dropDatabase(database);
            } catch (Exception e) {
                System.err.println("could not drop test database " + database + ": " + e.getMessage());
            }
        }
    }
}
