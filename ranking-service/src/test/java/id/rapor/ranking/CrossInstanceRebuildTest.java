package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.ranking.messaging.ProjectionGate;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The rebuild is coordinated through the database the instances share, not inside one process: a session of its
 * own stands in for another instance of the service (its rebuild holding the projection lock exclusively, or its
 * live consumer holding it shared), and this instance must wait for it.
 */
@QuarkusTest
@RaporQuarkusTest
class CrossInstanceRebuildTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldHoldLiveConsumersWhileAnotherInstanceRebuilds() throws Exception {
        String p = Fixtures.freshProvince();
        UUID held = UUID.randomUUID();
        try (Connection otherInstance = dataSource.getConnection()) {
            advisory(otherInstance, "select pg_advisory_lock(?)");

            publish(unit(held, "Menunggu rebuild", p + ".01"));
            await().atMost(Duration.ofSeconds(60)).until(() -> waiting("ShareLock") > 0);
            assertThat(unitStatus(held))
                    .as("applied while another instance rebuilds")
                    .isEqualTo(404);

            advisory(otherInstance, "select pg_advisory_unlock(?)");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> unitStatus(held) == 200);
    }

    @Test
    void shouldStartARebuildOnlyAfterAnotherInstancesLiveUpdateFinished() throws Exception {
        CompletableFuture<Integer> rebuild;
        try (Connection otherInstance = dataSource.getConnection()) {
            advisory(otherInstance, "select pg_advisory_lock_shared(?)");

            rebuild = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .post("/api/v1/ranking/admin/rebuild")
                    .then()
                    .extract()
                    .statusCode());
            await().atMost(Duration.ofSeconds(30)).until(() -> waiting("ExclusiveLock") > 0);
            assertThat(rebuild)
                    .as("rebuild started under another instance's live update")
                    .isNotDone();

            advisory(otherInstance, "select pg_advisory_unlock_shared(?)");
        }
        assertThat(rebuild.get(60, TimeUnit.SECONDS)).isEqualTo(200);
    }

    @Test
    void shouldRunOneRebuildAtATimeAcrossInstances() throws Exception {
        CompletableFuture<Integer> rebuild;
        try (Connection otherInstance = dataSource.getConnection()) {
            advisory(otherInstance, "select pg_advisory_lock(?)");

            rebuild = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .post("/api/v1/ranking/admin/rebuild")
                    .then()
                    .extract()
                    .statusCode());
            await().atMost(Duration.ofSeconds(30)).until(() -> waiting("ExclusiveLock") > 0);
            assertThat(rebuild).as("two rebuilds at once").isNotDone();

            advisory(otherInstance, "select pg_advisory_unlock(?)");
        }
        assertThat(rebuild.get(60, TimeUnit.SECONDS)).isEqualTo(200);
    }

    private static int unitStatus(UUID id) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units/" + id)
                .statusCode();
    }

    private static void advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, ProjectionGate.LOCK_KEY);
            statement.execute();
        }
    }

    /** Sessions waiting for the projection lock in that mode (a bigint key: high and low 32 bits). */
    private int waiting(String mode) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from pg_locks "
                        + "where locktype = 'advisory' and not granted and mode = ? and classid::bigint = ? "
                        + "and objid::bigint = ? and objsubid = 1")) {
            statement.setString(1, mode);
            statement.setLong(2, ProjectionGate.LOCK_KEY >>> 32);
            statement.setLong(3, ProjectionGate.LOCK_KEY & 0xffffffffL);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
