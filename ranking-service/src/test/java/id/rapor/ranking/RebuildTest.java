package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.assessment;
import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.events.AssessmentScored;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class RebuildTest {

    /** Everything a reader can see of one province, as JSON text. */
    private static List<String> snapshot(String p, List<UUID> units) {
        List<String> out = new ArrayList<>();
        for (String[] q :
                new String[][] {{"IKM", "2026-S1"}, {"IKM", "2026-S2"}, {"IPP", "2026"}, {"KEPATUHAN", "2019"}}) {
            out.add(given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .get("/api/v1/ranking/units?size=100&index=" + q[0] + "&period=" + q[1] + "&region=" + p)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            out.add(given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .get("/api/v1/ranking/regions?size=1000&level=regency&index=" + q[0] + "&period=" + q[1]
                            + "&parent=" + p)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        for (UUID u : units) {
            out.add(given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .get("/api/v1/ranking/units/" + u + "/scorecard")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        return out;
    }

    @Test
    void shouldRebuildFromTheTopicsToExactlyTheLiveProjection() {
        String p = Fixtures.freshProvince();
        UUID u1 = UUID.randomUUID();
        UUID u2 = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        // facts of a unit whose register event comes last; a unit that moves kab/kota; tallies superseded;
        // an assessment verified, reopened and verified again
        publish(
                Fixtures.skm(UUID.randomUUID(), 1, late, "2026-S1", 12, Fixtures.nine(40)),
                Fixtures.skm(UUID.randomUUID(), 1, late, "2026-S2", 12, Fixtures.nine(38)),
                unit(u1, "Satu", p + ".01"),
                unit(u2, "Dua", p + ".02"),
                unit(moved, 1, "Pindah", "PUSKESMAS", p + ".01", true),
                Fixtures.skm(campaign, 1, u1, "2026-S1", 10, Fixtures.nine(30)),
                Fixtures.skm(campaign, 3, u1, "2026-S1", 30, Fixtures.nine(100)),
                Fixtures.skm(campaign, 2, u1, "2026-S1", 20, Fixtures.nine(65)),
                Fixtures.skm(UUID.randomUUID(), 1, u1, "2026-S2", 25, 80, 80, 80, 80, 80, 80, 80, 80, 60),
                Fixtures.skm(UUID.randomUUID(), 1, u2, "2026-S1", 15, 50, 51, 52, 53, 54, 55, 56, 57, 45),
                Fixtures.skm(UUID.randomUUID(), 1, moved, "2026-S1", 9, Fixtures.nine(27)),
                assessment(assessment, 1, AssessmentScored.VERIFIED, u1, "IPP", "2026", "KABKOTA", "3.70"),
                assessment(assessment, 2, AssessmentScored.REOPENED, u1, "IPP", "2026", "KABKOTA", null),
                assessment(assessment, 3, AssessmentScored.VERIFIED, u1, "IPP", "2026", "KABKOTA", "3.95"),
                assessment(UUID.randomUUID(), 1, AssessmentScored.VERIFIED, u1, "IPP", "2026", "MANDIRI", "4.90"),
                Fixtures.verified(u2, "IPP", "2026", "2.75"),
                Fixtures.verified(moved, "KEPATUHAN", "2019", "64.10"),
                unit(moved, 2, "Pindah", "PUSKESMAS", p + ".02", true),
                unit(late, "Terlambat", p + ".02"));
        List<UUID> units = List.of(u1, u2, late, moved);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Api.unitRows("IKM", "2026-S1", p)).hasSize(4);
            assertThat(Api.unitRows("IKM", "2026-S2", p)).hasSize(2);
            assertThat(Api.unitRows("IPP", "2026", p)).hasSize(2);
            assertThat(Api.regions("KEPATUHAN", "2019", "regency", p).getList("items.regionCode", String.class))
                    .containsExactly(p + ".02", p + ".01");
            // u1: the provincial... only KABKOTA and MANDIRI exist; KABKOTA outranks MANDIRI -> 3.95
            assertThat(Api.scorecard(u1)
                            .getObject("indices.find { it.indexCode == 'IPP' }.periods[0].value", BigDecimal.class))
                    .isEqualByComparingTo("3.95");
            // u1 2026-S1: the highest tally version (30 respondents, 100/30 per unsur) -> IKM 83.33
            assertThat(Api.scorecard(u1)
                            .getObject(
                                    "indices.find { it.indexCode == 'IKM' }.periods.find { "
                                            + "it.period == '2026-S1' }.value",
                                    BigDecimal.class))
                    .isEqualByComparingTo("83.33");
        });
        List<String> live = snapshot(p, units);

        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .post("/api/v1/ranking/admin/rebuild")
                .then()
                .statusCode(403);
        var report = given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .post("/api/v1/ranking/admin/rebuild")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getLong("recordsRead")).isGreaterThanOrEqualTo(19);
        assertThat(report.getLong("applied")).isGreaterThan(0);

        assertThat(snapshot(p, units)).isEqualTo(live);

        // the live consumers take over after the rebuild: a new tally version is applied once
        publish(Fixtures.skm(campaign, 4, u1, "2026-S1", 40, Fixtures.nine(140)));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Api.scorecard(u1)
                                .getObject(
                                        "indices.find { it.indexCode == 'IKM' }.periods.find { it.period == '2026-S1' }.value",
                                        BigDecimal.class))
                        .isEqualByComparingTo("87.50"));
        assertThat(Api.scorecard(u1)
                        .getInt("indices.find { it.indexCode == 'IKM' }.periods.find { "
                                + "it.period == '2026-S1' }.respondents"))
                .isEqualTo(40);
    }

    @Test
    void shouldLoseNothingPublishedWhileARebuildRuns() throws Exception {
        String p = Fixtures.freshProvince();
        UUID during = UUID.randomUUID();
        var rebuild = CompletableFuture.supplyAsync(() -> given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .post("/api/v1/ranking/admin/rebuild")
                .then()
                .extract()
                .statusCode());
        // 12 respondents, every unsur 42/12 = 3.5 -> IKM 87.50
        publish(
                unit(during, "Selama rebuild", p + ".01"),
                Fixtures.skm(UUID.randomUUID(), 1, during, "2026-S1", 12, Fixtures.nine(42)));
        assertThat(rebuild.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var rows = Api.unitRows("IKM", "2026-S1", p);
            assertThat(rows).hasSize(1);
            assertThat((BigDecimal) rows.get(0).get("value")).isEqualByComparingTo("87.50");
            assertThat(rows.get(0).get("respondents")).isEqualTo(12);
        });
    }
}
