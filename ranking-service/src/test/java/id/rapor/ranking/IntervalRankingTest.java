package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import id.rapor.events.SurveyTallyChanged;
import id.rapor.scoring.ConfidenceInterval;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Intervals in unit rankings and roll-ups from the tallies' score moments: rank ranges that overlap, zones a wide
 * interval cannot settle, and the respondents a target width needs.
 */
@QuarkusTest
@RaporQuarkusTest
class IntervalRankingTest {

    /** A nine-unsur SKM tally whose respondents each answer every unsur alike: {@code counts[v-1]} answered v. */
    private static SurveyTallyChanged alike(UUID unit, long... counts) {
        long n = 0;
        long sum = 0;
        long squares = 0;
        for (int v = 1; v <= counts.length; v++) {
            n += counts[v - 1];
            sum += counts[v - 1] * v;
            squares += counts[v - 1] * v * v;
        }
        SurveyTallyChanged t = Fixtures.skm(UUID.randomUUID(), 1, unit, "2026-S1", n, Fixtures.nine(sum));
        return new SurveyTallyChanged(
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
                0L,
                0L,
                new SurveyTallyChanged.ScoreTally(n, String.valueOf(sum), String.valueOf(squares)));
    }

    @Test
    void shouldShowIntervalsAndOverlappingRankRanges() {
        String p = Fixtures.freshProvince();
        UUID wide = UUID.randomUUID();
        UUID tight = UUID.randomUUID();
        UUID low = UUID.randomUUID();
        // wide: 4 respondents 2, 3, 3, 4 → 75.00 ± 32.48 = [42.52, 100.00] (hand-computed in scoring's test)
        // tight: 240 × 3 and 60 × 4 → 80.00; s² = 48/299, h = t(0.975, 299) × √(48/299 ÷ 300) × 25 = 1.14
        // low: 180 × 2 and 120 × 3 → 60.00; s² = 72/299, h = t(0.975, 299) × √(72/299 ÷ 300) × 25 = 1.39
        publish(
                unit(wide, "Lebar", p + ".01"),
                unit(tight, "Sempit", p + ".01"),
                unit(low, "Rendah", p + ".01"),
                alike(wide, 0, 1, 2, 1),
                alike(tight, 0, 0, 240, 60),
                alike(low, 0, 180, 120, 0));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows("IKM", "2026-S1", p).size() == 3);

        JsonPath r = Api.units("IKM", "2026-S1", p, null);
        assertThat(r.getList("items.name", String.class)).containsExactly("Sempit", "Lebar", "Rendah");
        assertThat(r.getList("items.rank", Integer.class)).containsExactly(1, 2, 3);
        double t299 = ConfidenceInterval.tQuantile975(299);
        double hTight = t299 * Math.sqrt(48.0 / 299 / 300) * 25;
        double hLow = t299 * Math.sqrt(72.0 / 299 / 300) * 25;
        assertThat(r.getDouble("items[0].interval.halfWidth")).isCloseTo(hTight, within(0.005));
        assertThat(r.getDouble("items[0].interval.lower")).isCloseTo(80 - hTight, within(0.005));
        assertThat(r.getDouble("items[2].interval.halfWidth")).isCloseTo(hLow, within(0.005));
        assertThat(r.getObject("items[1].interval.lower", BigDecimal.class)).isEqualByComparingTo("42.52");
        assertThat(r.getObject("items[1].interval.upper", BigDecimal.class)).isEqualByComparingTo("100.00");
        assertThat(r.getString("items[1].interval.method")).isEqualTo(ConfidenceInterval.METHOD_T);

        // Lebar could be first or last; Sempit and Rendah are certainly apart, both overlap Lebar's range
        assertThat(r.getList("items.rankRange.label", String.class)).containsExactly("1–2", "1–3", "2–3");
        assertThat(r.getInt("items[0].rankRange.best")).isEqualTo(1);
        assertThat(r.getInt("items[0].rankRange.worst")).isEqualTo(2);

        // Lebar's interval reaches bands A to D: its zone is uncertain; the other two stay inside one band
        assertThat(r.getList("items.zoneUncertain", Boolean.class)).containsExactly(false, true, false);
        assertThat(r.getList("items[1].possibleZones", String.class)).containsExactly("HIJAU", "KUNING", "MERAH");
        assertThat(r.getList("items[0].possibleZones", String.class)).containsExactly("HIJAU");

        // to ±2.5 points Lebar needs 255 more respondents; Sempit is already narrower
        assertThat(r.getLong("items[1].interval.additionalRespondents")).isEqualTo(255L);
        assertThat(r.getLong("items[0].interval.additionalRespondents")).isZero();
        assertThat(r.getDouble("items[0].interval.targetHalfWidth")).isEqualTo(2.5);

        // the scorecard shows the same interval
        JsonPath card = Api.scorecard(wide);
        assertThat(card.getObject("indices[0].periods[0].interval.halfWidth", BigDecimal.class))
                .isEqualByComparingTo("32.48");
        assertThat(card.getBoolean("indices[0].periods[0].zoneUncertain")).isTrue();

        // the kabupaten's IKM pools the three units as strata: SE² = Σ n_h s_h² ÷ n², df = Σ(n_h − 1)
        JsonPath regions = Api.regions("IKM", "2026-S1", "regency", p);
        List<String> codes = regions.getList("items.regionCode", String.class);
        int i = codes.indexOf(p + ".01");
        double variance = (4 * (2.0 / 3) + 300 * (48.0 / 299) + 300 * (72.0 / 299)) / (604.0 * 604.0);
        double h = ConfidenceInterval.tQuantile975(3 + 299 + 299) * Math.sqrt(variance) * 25;
        assertThat(regions.getDouble("items[" + i + "].interval.halfWidth")).isCloseTo(h, within(0.005));
        assertThat(regions.getString("items[" + i + "].interval.method"))
                .isEqualTo(ConfidenceInterval.METHOD_STRATIFIED);
        assertThat(regions.getDouble("items[" + i + "].value")).isCloseTo(25.0 * 1692 / 604, within(0.005));
        assertThat(regions.getString("items[" + i + "].rankRange.label")).isEqualTo("1");

        // the export carries the same interval, rank range and zone uncertainty as the JSON read
        List<String> lines = io.restassured.RestAssured.given()
                .auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "IKM")
                .queryParam("period", "2026-S1")
                .queryParam("region", p)
                .get("/api/v1/ranking/units/export")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();
        List<String> header = List.of(lines.get(0).split(","));
        for (int row = 0; row < 3; row++) {
            String[] cells = lines.get(row + 1).split(",", -1);
            assertThat(cells[header.indexOf("unit_name")]).isEqualTo(r.getString("items[" + row + "].name"));
            assertThat(new BigDecimal(cells[header.indexOf("interval_lower")]))
                    .isEqualByComparingTo(r.getObject("items[" + row + "].interval.lower", BigDecimal.class));
            assertThat(new BigDecimal(cells[header.indexOf("interval_upper")]))
                    .isEqualByComparingTo(r.getObject("items[" + row + "].interval.upper", BigDecimal.class));
            assertThat(cells[header.indexOf("rank_best")] + "–" + cells[header.indexOf("rank_worst")])
                    .isEqualTo(r.getString("items[" + row + "].rankRange.label"));
            assertThat(cells[header.indexOf("zone_uncertain")])
                    .isEqualTo(r.getString("items[" + row + "].zoneUncertain"));
        }
        String regionCsv = io.restassured.RestAssured.given()
                .auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "IKM")
                .queryParam("period", "2026-S1")
                .queryParam("level", "regency")
                .queryParam("parent", p)
                .get("/api/v1/ranking/regions/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> regionHeader =
                List.of(regionCsv.lines().findFirst().orElseThrow().split(","));
        String[] region = regionCsv
                .lines()
                .filter(l -> l.contains("," + p + ".01,"))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        assertThat(region[regionHeader.indexOf("interval_method")]).isEqualTo(ConfidenceInterval.METHOD_STRATIFIED);
        assertThat(new BigDecimal(region[regionHeader.indexOf("interval_upper")]))
                .isEqualByComparingTo(regions.getObject("items[" + i + "].interval.upper", BigDecimal.class));
    }
}
