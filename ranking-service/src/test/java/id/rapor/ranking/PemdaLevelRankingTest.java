package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.verified;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.events.UnitChanged;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pemda rank among the Pemda of their level: province governments among the provinces, kab/kota governments among
 * the kab/kota of the region read; never one list of both.
 */
@QuarkusTest
@RaporQuarkusTest
class PemdaLevelRankingTest {

    private static UnitChanged pemda(UUID id, String name, String region) {
        return UnitChanged.of(id, 1, name, "PEMDA", region, null, true, UnitChanged.PEMDA, null, Instant.now());
    }

    private static JsonPath spm(String query) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?index=SPM&period=2024&subjectKind=PEMDA&size=1000" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> row(JsonPath ranking, UUID id) {
        List<Map<String, Object>> rows = ranking.getList("items");
        return rows.stream()
                .filter(r -> id.toString().equals(r.get("unitId")))
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Object> entry(UUID id) {
        return Api.scorecard(id).getMap("indices.find { it.indexCode == 'SPM' }.periods.find { it.period == '2024' }");
    }

    @Test
    void shouldRankProvincesAmongProvincesAndKabKotaAmongTheKabKotaOfTheirProvince() {
        String p = Fixtures.freshProvince();
        String other = Fixtures.freshProvince();
        UUID province = UUID.randomUUID();
        UUID otherProvince = UUID.randomUUID();
        UUID kab = UUID.randomUUID();
        UUID kota = UUID.randomUUID();
        UUID otherKab = UUID.randomUUID();
        // mixed in one list the province (80) would sit between its kabupaten (90) and its kota (70)
        publish(
                pemda(province, "Pemerintah Provinsi " + p, p),
                pemda(otherProvince, "Pemerintah Provinsi " + other, other),
                pemda(kab, "Pemerintah Kabupaten " + p, p + ".01"),
                pemda(kota, "Pemerintah Kota " + p, p + ".71"),
                pemda(otherKab, "Pemerintah Kabupaten " + other, other + ".01"),
                verified(province, "SPM", "2024", "80.00"),
                verified(otherProvince, "SPM", "2024", "95.00"),
                verified(kab, "SPM", "2024", "90.00"),
                verified(kota, "SPM", "2024", "70.00"),
                verified(otherKab, "SPM", "2024", "99.00"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(row(spm("&level=PROVINSI"), province)).isNotNull();
            assertThat(row(spm("&level=PROVINSI"), otherProvince)).isNotNull();
            assertThat(spm("&region=" + p).getList("items")).hasSize(2);
            assertThat(row(spm("&region=" + other), otherKab)).isNotNull();
        });

        // a province's region read: its kab/kota governments ranked 1..n among themselves, the province left out
        JsonPath kabKota = spm("&region=" + p);
        assertThat(kabKota.getList("items.unitId", String.class)).containsExactly(kab.toString(), kota.toString());
        assertThat(kabKota.getList("items.rank", Integer.class)).containsExactly(1, 2);
        assertThat(kabKota.getLong("total")).isEqualTo(2);
        assertThat(kabKota.getInt("items[1].rankRange.best")).isEqualTo(2);
        assertThat(kabKota.getInt("items[1].rankRange.worst")).isEqualTo(2);
        // the same as asking for the level
        assertThat(spm("&region=" + p + "&level=KABKOTA").getList("items.unitId", String.class))
                .containsExactly(kab.toString(), kota.toString());
        // the province itself at its level inside its own code
        JsonPath own = spm("&region=" + p + "&level=PROVINSI");
        assertThat(own.getList("items.unitId", String.class)).containsExactly(province.toString());
        assertThat(own.getList("items.rank", Integer.class)).containsExactly(1);

        // nationally by default: the provinces among themselves, no kab/kota
        JsonPath national = spm("");
        assertThat(national.getList("items.regionCode", String.class)).allMatch(code -> !code.contains("."));
        assertThat(national.getList("items.unitId", String.class))
                .doesNotContain(kab.toString(), kota.toString(), otherKab.toString());
        JsonPath provinces = spm("&level=PROVINSI");
        assertThat(provinces.getList("items.unitId")).isEqualTo(national.getList("items.unitId"));
        assertThat(provinces.getList("items.regionCode", String.class)).allMatch(code -> !code.contains("."));
        List<String> mine = provinces.getList("items.unitId", String.class).stream()
                .filter(id -> id.equals(province.toString()) || id.equals(otherProvince.toString()))
                .toList();
        assertThat(mine).containsExactly(otherProvince.toString(), province.toString());
        // every province's rank counts the provinces above it only: the kab/kota (99, 90) are not in front of it
        List<Map<String, Object>> rows = provinces.getList("items");
        for (Map<String, Object> r : rows) {
            if (r.get("value") == null) {
                continue;
            }
            BigDecimal value = (BigDecimal) r.get("value");
            long above = rows.stream()
                    .filter(o -> o.get("value") != null && ((BigDecimal) o.get("value")).compareTo(value) > 0)
                    .count();
            assertThat(((Number) r.get("rank")).longValue())
                    .as("rank of " + r.get("regionCode"))
                    .isEqualTo(above + 1);
        }
        int provinceRank = ((Number) row(provinces, province).get("rank")).intValue();
        int otherRank = ((Number) row(provinces, otherProvince).get("rank")).intValue();
        assertThat(otherRank).isLessThan(provinceRank);
        long rankedProvinces = rows.stream().filter(r -> r.get("value") != null).count();

        // the scorecard ranks as the lists do
        Map<String, Object> provinceCard = entry(province);
        assertThat(((Number) provinceCard.get("rankInProvince")).intValue()).isEqualTo(provinceRank);
        assertThat(((Number) provinceCard.get("rankedInProvince")).longValue()).isEqualTo(rankedProvinces);
        assertThat(((Number) provinceCard.get("rankNational")).intValue()).isEqualTo(provinceRank);
        assertThat(((Number) provinceCard.get("rankedNational")).longValue()).isEqualTo(rankedProvinces);
        Map<String, Object> kotaCard = entry(kota);
        assertThat(((Number) kotaCard.get("rankInProvince")).intValue()).isEqualTo(2);
        assertThat(((Number) kotaCard.get("rankedInProvince")).longValue()).isEqualTo(2);
        Map<String, Object> kabCard = entry(kab);
        assertThat(((Number) kabCard.get("rankInProvince")).intValue()).isEqualTo(1);
        // nationally among the kab/kota: the other province's kabupaten (99) is ahead, no province is
        Map<String, Object> otherKabCard = entry(otherKab);
        assertThat(((Number) otherKabCard.get("rankInProvince")).intValue()).isEqualTo(1);
        assertThat(((Number) otherKabCard.get("rankedInProvince")).longValue()).isEqualTo(1);
        assertThat(((Number) kabCard.get("rankNational")).intValue())
                .isGreaterThan(((Number) otherKabCard.get("rankNational")).intValue());
    }

    @Test
    void shouldRefuseALevelThatIsNotPemdaLevelOrForAnotherSubjectKind() {
        for (String query : List.of(
                "subjectKind=PEMDA&level=DESA",
                "subjectKind=PEMDA&level=regency",
                "level=PROVINSI",
                "subjectKind=UNIT&level=KABKOTA",
                "subjectKind=INSTANSI&level=PROVINSI")) {
            given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .get("/api/v1/ranking/units?index=SPM&period=2024&" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("level"));
            // anonymous readers get the same 400, never a not-published 404
            given().when()
                    .get("/api/v1/ranking/units?index=SPM&period=2024&region=11&" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("level"));
        }
    }
}
