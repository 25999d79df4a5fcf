package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.assessment;
import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static id.rapor.ranking.Fixtures.verified;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.events.AssessmentScored;
import id.rapor.events.RaporEvent;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class RankingTest {

    @Test
    void shouldMarkAUnitWhoseSurveyHoldsTooManyFlaggedResponses() {
        String p = Fixtures.freshProvince();
        UUID clean = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        UUID stuffed = UUID.randomUUID();
        var base = Fixtures.skm(UUID.randomUUID(), 1, clean, "2026-S1", 100, Fixtures.nine(300));
        var few = Fixtures.skm(UUID.randomUUID(), 1, pending, "2026-S1", 100, Fixtures.nine(300));
        var many = Fixtures.skm(UUID.randomUUID(), 1, stuffed, "2026-S1", 100, Fixtures.nine(300));
        publish(
                unit(clean, "Clean", p + ".01"),
                unit(pending, "Pending", p + ".01"),
                unit(stuffed, "Stuffed", p + ".01"),
                base,
                withQuality(few, 5, 0),
                withQuality(many, 200, 10),
                withQuality(Fixtures.skm(UUID.randomUUID(), 1, pending, "2026-S2", 100, Fixtures.nine(300)), 3, 1));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var page = Api.units("IKM", "2026-S1", p, null);
            assertThat(page.getList("items.name", String.class))
                    .containsExactlyInAnyOrder("Clean", "Pending", "Stuffed");
            Map<String, String> quality = new java.util.HashMap<>();
            for (int i = 0; i < 3; i++) {
                quality.put(page.getString("items[" + i + "].name"), page.getString("items[" + i + "].dataQuality"));
            }
            assertThat(quality)
                    .containsEntry("Clean", "OK")
                    .containsEntry("Pending", "REVIEW_PENDING")
                    .containsEntry("Stuffed", "LOW");
            assertThat(page.getList("items.flagged", Integer.class)).contains(200);

            // the year pools both semesters' campaigns, and so do its quality counts
            var year = Api.units("IKM", "2026", p, null);
            Map<String, List<Object>> annual = new java.util.HashMap<>();
            for (int i = 0; i < year.getList("items").size(); i++) {
                annual.put(
                        year.getString("items[" + i + "].name"),
                        List.of(
                                year.getLong("items[" + i + "].flagged"),
                                year.getLong("items[" + i + "].excluded"),
                                year.getString("items[" + i + "].dataQuality")));
            }
            assertThat(annual)
                    .containsEntry("Pending", List.of(8L, 1L, "REVIEW_PENDING"))
                    .containsEntry("Stuffed", List.of(200L, 10L, "LOW"))
                    .containsEntry("Clean", List.of(0L, 0L, "OK"));
        });
    }

    private static id.rapor.events.SurveyTallyChanged withQuality(
            id.rapor.events.SurveyTallyChanged t, long flagged, long excluded) {
        return new id.rapor.events.SurveyTallyChanged(
                t.eventId(),
                t.type(),
                t.schemaVersion(),
                t.occurredAt(),
                t.campaignId(),
                t.tallyVersion(),
                t.unitId(),
                t.period(),
                t.questionnaireCode(),
                t.questionnaireVersion(),
                t.regulation(),
                t.campaignStatus(),
                t.population(),
                t.respondents(),
                t.items(),
                t.scale(),
                t.basis(),
                flagged,
                excluded);
    }

    @Test
    void shouldRankTiesByCompetitionRankingThenFilterAndPage() {
        String p = Fixtures.freshProvince();
        String[][] units = {{"A", "90.00"}, {"B", "85.00"}, {"C", "85.00"}, {"D", "70.00"}};
        for (String[] u : units) {
            UUID id = UUID.randomUUID();
            publish(unit(id, u[0], p + ".01"), verified(id, "KEPATUHAN", "2020", u[1]));
        }
        // only submitted: not a result; verified then reopened: withdrawn
        UUID submitted = UUID.randomUUID();
        UUID reopened = UUID.randomUUID();
        UUID reopenedAssessment = UUID.randomUUID();
        publish(
                unit(submitted, "E submitted", p + ".01"),
                unit(reopened, "F reopened", p + ".01"),
                assessment(
                        UUID.randomUUID(),
                        1,
                        AssessmentScored.SUBMITTED,
                        submitted,
                        "KEPATUHAN",
                        "2020",
                        "PROVINSI",
                        "99.00"),
                assessment(
                        reopenedAssessment,
                        1,
                        AssessmentScored.VERIFIED,
                        reopened,
                        "KEPATUHAN",
                        "2020",
                        "PROVINSI",
                        "98.00"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Api.units("KEPATUHAN", "2020", p, null).getList("items.name", String.class))
                                .containsExactly("F reopened", "A", "B", "C", "D"));
        publish(assessment(
                reopenedAssessment, 2, AssessmentScored.REOPENED, reopened, "KEPATUHAN", "2020", "PROVINSI", null));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var page = Api.units("KEPATUHAN", "2020", p, null);
            assertThat(page.getList("items.name", String.class)).containsExactly("A", "B", "C", "D");
            assertThat(page.getList("items.rank", Integer.class)).containsExactly(1, 2, 2, 4);
            assertThat(page.getInt("total")).isEqualTo(4);
        });

        var kuning = Api.units("KEPATUHAN", "2020", p, "zone=KUNING");
        assertThat(kuning.getList("items.name", String.class)).containsExactly("D");
        assertThat(kuning.getList("items.rank", Integer.class)).containsExactly(4);

        var second = given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?index=KEPATUHAN&period=2020&region=" + p + "&size=2&page=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getList("items.name", String.class)).containsExactly("C", "D");
        assertThat(second.getList("items.rank", Integer.class)).containsExactly(2, 4);
        assertThat(second.getInt("total")).isEqualTo(4);
    }

    @Test
    void shouldPreferTheMinistrysNationalTierOverTheProvinces() {
        // one unit verified in a mandiri cycle (PROVINSI), then in a ministry cycle (NASIONAL, scheme nasional or
        // khusus) of the same year: the seeded definition ranks the NASIONAL result although PROVINSI scored higher
        String p = Fixtures.freshProvince();
        UUID unit = UUID.randomUUID();
        publish(
                unit(unit, "Disdukcapil", p + ".01"),
                assessment(
                        UUID.randomUUID(),
                        1,
                        AssessmentScored.VERIFIED,
                        unit,
                        "KEPATUHAN",
                        "2020",
                        "PROVINSI",
                        "91.00"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Api.units("KEPATUHAN", "2020", p, null).getList("items.value", Float.class))
                                .containsExactly(91.00f));
        publish(assessment(
                UUID.randomUUID(), 1, AssessmentScored.VERIFIED, unit, "KEPATUHAN", "2020", "NASIONAL", "62.00"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Api.units("KEPATUHAN", "2020", p, null).getList("items.value", Float.class))
                                .containsExactly(62.00f));
    }

    @Test
    void shouldRejectRankingQueriesWithoutIndexOrWithBadPeriodNamingTheField() {
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?period=2026")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("index"));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?index=IKM&period=last-year")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?index=NOPE&period=2026")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("index"));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/regions?index=IKM&period=2026&level=desa")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("level"));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?index=IKM&period=2026&zone=BIRU")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("zone"));
    }

    /** The same history of three units; ids differ per province so two copies can be compared. */
    private static List<RaporEvent> history(String region) {
        UUID u1 = UUID.randomUUID();
        UUID u2 = UUID.randomUUID();
        UUID u3 = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        return List.of(
                unit(u1, 1, "Satu", "RSUD", region + ".01", true),
                unit(u1, 2, "Satu", "PUSKESMAS", region + ".01", true),
                unit(u2, 1, "Dua", "PUSKESMAS", region + ".02", true),
                unit(u3, 1, "Tiga", "PUSKESMAS", region + ".02", true),
                Fixtures.skm(c1, 1, u1, "2026-S1", 10, Fixtures.nine(30)),
                Fixtures.skm(c1, 2, u1, "2026-S1", 20, Fixtures.nine(70)),
                Fixtures.skm(c2, 1, u1, "2026-S1", 5, Fixtures.nine(20)),
                Fixtures.skm(c3, 1, u2, "2026-S1", 40, Fixtures.nine(130)),
                Fixtures.skm(c3, 2, u2, "2026-S1", 50, Fixtures.nine(160)),
                Fixtures.skm(UUID.randomUUID(), 1, u3, "2026-S1", 8, Fixtures.nine(28)),
                assessment(a1, 1, AssessmentScored.SUBMITTED, u1, "IPP", "2026", "PROVINSI", "3.10"),
                assessment(a1, 2, AssessmentScored.VERIFIED, u1, "IPP", "2026", "PROVINSI", "3.80"),
                assessment(a2, 1, AssessmentScored.VERIFIED, u2, "IPP", "2026", "PROVINSI", "4.20"),
                assessment(a2, 2, AssessmentScored.REOPENED, u2, "IPP", "2026", "PROVINSI", null),
                assessment(a2, 3, AssessmentScored.VERIFIED, u2, "IPP", "2026", "PROVINSI", "3.80"),
                assessment(UUID.randomUUID(), 1, AssessmentScored.VERIFIED, u3, "IPP", "2026", "PROVINSI", "2.50"));
    }

    private static List<List<Object>> ranking(String index, String period, String region) {
        List<List<Object>> out = new ArrayList<>();
        List<Map<String, Object>> rows =
                Api.units(index, period, region, "unitType=PUSKESMAS").getList("items");
        for (Map<String, Object> r : rows) {
            out.add(List.of(
                    String.valueOf(r.get("rank")),
                    r.get("name"),
                    String.valueOf(r.get("value")),
                    String.valueOf(r.get("bandCode")),
                    String.valueOf(r.get("zone")),
                    String.valueOf(r.get("respondents"))));
        }
        return out;
    }

    @Test
    void shouldGiveTheSameRankingsWhenEventsArriveOutOfOrderAndDuplicated() {
        String inOrder = Fixtures.freshProvince();
        String shuffled = Fixtures.freshProvince();
        publish(history(inOrder).toArray(RaporEvent[]::new));

        List<RaporEvent> messy = new ArrayList<>(history(shuffled));
        Collections.reverse(messy);
        List<RaporEvent> duplicated = new ArrayList<>(messy);
        Collections.shuffle(duplicated, new Random(42));
        messy.addAll(duplicated);
        publish(messy.toArray(RaporEvent[]::new));

        // in order: u1 sums c1 v2 + c2 = (70 + 20) / (20 + 5) = 3.6 per unsur -> IKM 90.00; u2 160/50 = 3.2 -> 80.00;
        // u3 28/8 = 3.5 -> 87.50. IPP: u1 3.80, u2 re-verified 3.80 (tie), u3 2.50.
        List<List<Object>> expectedIkm = List.of(
                List.of("1", "Satu", "90.00", "A", "HIJAU", "25"),
                List.of("2", "Tiga", "87.50", "B", "HIJAU", "8"),
                List.of("3", "Dua", "80.00", "B", "HIJAU", "50"));
        List<List<Object>> expectedIpp = List.of(
                List.of("1", "Dua", "3.80", "B", "HIJAU", "null"),
                List.of("1", "Satu", "3.80", "B", "HIJAU", "null"),
                List.of("3", "Tiga", "2.50", "C-", "KUNING", "null"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(ranking("IKM", "2026-S1", inOrder)).isEqualTo(expectedIkm);
            assertThat(ranking("IPP", "2026", inOrder)).isEqualTo(expectedIpp);
            assertThat(ranking("IKM", "2026-S1", shuffled)).isEqualTo(expectedIkm);
            assertThat(ranking("IPP", "2026", shuffled)).isEqualTo(expectedIpp);
        });
        // stale versions were published after the newer ones: give them time to (not) take effect
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(ranking("IKM", "2026-S1", shuffled)).isEqualTo(expectedIkm);
            assertThat(ranking("IPP", "2026", shuffled)).isEqualTo(expectedIpp);
        });
    }
}
