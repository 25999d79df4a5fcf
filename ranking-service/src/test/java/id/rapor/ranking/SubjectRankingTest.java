package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.verified;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.events.RaporEvent;
import id.rapor.events.UnitChanged;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class SubjectRankingTest {

    private static UnitChanged subject(UUID id, String name, String type, String region, String kind, UUID instansi) {
        return UnitChanged.of(id, 1, name, type, region, null, true, kind, instansi, Instant.now());
    }

    private static JsonPath ranking(String query) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?index=KEPATUHAN&period=2015&size=100&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldRankPemdaAmongPemdaAndBranchOfficesWithinTheirInstansi() {
        String p = Fixtures.freshProvince();
        UUID kota = UUID.randomUUID();
        UUID kab = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        UUID instansi = UUID.randomUUID();
        UUID north = UUID.randomUUID();
        UUID south = UUID.randomUUID();
        publish(
                subject(kota, "Pemerintah Kota " + p, "PEMDA", p + ".71", UnitChanged.PEMDA, null),
                subject(kab, "Pemerintah Kabupaten " + p, "PEMDA", p + ".01", UnitChanged.PEMDA, null),
                subject(unit, "Disdukcapil " + p, "DISDUKCAPIL", p + ".71", UnitChanged.UNIT, null),
                subject(instansi, "PT Kereta Api " + p, "BUMN", null, UnitChanged.INSTANSI, null),
                subject(north, "Stasiun Utara " + p, "OTHER", p + ".71", UnitChanged.UNIT, instansi),
                subject(south, "Stasiun Selatan " + p, "OTHER", p + ".01", UnitChanged.UNIT, instansi),
                verified(kota, "KEPATUHAN", "2015", "55.19"),
                verified(kab, "KEPATUHAN", "2015", "70.00"),
                verified(unit, "KEPATUHAN", "2015", "90.00"),
                verified(north, "KEPATUHAN", "2015", "60.00"),
                verified(south, "KEPATUHAN", "2015", "85.00"),
                verified(instansi, "KEPATUHAN", "2015", "75.00"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(ranking("subjectKind=PEMDA&region=" + p).getList("items"))
                    .hasSize(2);
            assertThat(ranking("region=" + p).getList("items")).hasSize(3);
            assertThat(ranking("instansi=" + instansi).getList("items")).hasSize(2);
            assertThat(Api.scorecard(instansi).getList("indices")).hasSize(1);
        });

        // the Pemda rank among Pemda: 70.00 first, Pangkalpinang's 55.19 second and kuning
        JsonPath pemda = ranking("subjectKind=PEMDA&region=" + p);
        assertThat(pemda.getList("items.unitId", String.class)).containsExactly(kab.toString(), kota.toString());
        assertThat(pemda.getList("items.rank", Integer.class)).containsExactly(1, 2);
        assertThat(pemda.getString("items[1].zone")).isEqualTo("KUNING");
        // units rank among units: no Pemda and no instansi among them
        assertThat(ranking("region=" + p).getList("items.unitId", String.class))
                .containsExactly(unit.toString(), south.toString(), north.toString());
        // the branch offices of the instansi among each other
        JsonPath branches = ranking("instansi=" + instansi);
        assertThat(branches.getList("items.unitId", String.class)).containsExactly(south.toString(), north.toString());
        assertThat(branches.getList("items.rank", Integer.class)).containsExactly(1, 2);
        // the instansi itself ranks among instansi, nationally
        assertThat(ranking("subjectKind=INSTANSI").getList("items.unitId", String.class))
                .contains(instansi.toString());

        JsonPath card = Api.scorecard(kota);
        assertThat(card.getString("unit.subjectKind")).isEqualTo("PEMDA");
        assertThat(card.getObject("indices[0].periods[0].value", BigDecimal.class))
                .isEqualByComparingTo("55.19");
        assertThat(card.getString("indices[0].periods[0].zone")).isEqualTo("KUNING");
        assertThat(card.getInt("indices[0].periods[0].rankInProvince")).isEqualTo(2);
        assertThat(card.getInt("indices[0].periods[0].rankedInProvince")).isEqualTo(2);
        JsonPath branch = Api.scorecard(north);
        assertThat(branch.getString("unit.instansiId")).isEqualTo(instansi.toString());
        assertThat(branch.getInt("indices[0].periods[0].rankInInstansi")).isEqualTo(2);
        assertThat(branch.getInt("indices[0].periods[0].rankedInInstansi")).isEqualTo(2);
        assertThat(branch.getInt("indices[0].periods[0].rankInProvince")).isEqualTo(3);
        JsonPath kai = Api.scorecard(instansi);
        assertThat(kai.getString("unit.regionCode")).isNull();
        assertThat(kai.getString("indices[0].periods[0].rankInProvince")).isNull();

        // a region's roll-up is over its units: the kota's registered units are the Disdukcapil and the station
        JsonPath regencies = Api.regions("KEPATUHAN", "2015", "regency", p);
        int at = regencies.getList("items.regionCode", String.class).indexOf(p + ".71");
        assertThat(regencies.getLong("items[" + at + "].unitsRegistered")).isEqualTo(2);

        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?index=KEPATUHAN&period=2015&subjectKind=PLANET")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAggregateThePangkalpinangEntityFromItsProductsTo5519Kuning() {
        // seed 002: Ombudsman 2015, Pemerintah Kota Pangkalpinang, 36 produk layanan of sampled satuan kerja,
        // 55.19, zona kuning. Rule 2013-2021 (A45): the entity score is the mean of the product scores. 35 products
        // at 55.00 and one at 62.00: (35 x 55 + 62) / 36 = 1987 / 36 = 55.1944.. -> 55.19, kepatuhan sedang.
        String p = Fixtures.freshProvince();
        String kotaRegion = p + ".71";
        UUID kota = UUID.randomUUID();
        List<RaporEvent> events = new ArrayList<>();
        events.add(subject(kota, "Pemerintah Kota " + p, "PEMDA", kotaRegion, UnitChanged.PEMDA, null));
        for (int i = 0; i < 36; i++) {
            UUID product = UUID.randomUUID();
            events.add(subject(product, "Produk layanan " + (i + 1), "OTHER", kotaRegion, UnitChanged.UNIT, null));
            events.add(verified(product, "KEPATUHAN", "2015", i == 0 ? "62.00" : "55.00"));
        }
        publish(events.toArray(RaporEvent[]::new));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Api.scorecard(kota).getInt("entity[0].result.unitsWithData"))
                        .isEqualTo(36));
        JsonPath card = Api.scorecard(kota);
        assertThat(card.getString("entity[0].indexCode")).isEqualTo("KEPATUHAN");
        assertThat(card.getString("entity[0].period")).isEqualTo("2015");
        assertThat(card.getString("entity[0].rule")).startsWith("MEAN_OF_UNITS");
        assertThat(card.getObject("entity[0].result.value", BigDecimal.class)).isEqualByComparingTo("55.19");
        assertThat(card.getString("entity[0].result.bandCode")).isEqualTo("KUNING");
        assertThat(card.getString("entity[0].result.bandLabel")).isEqualTo("Kepatuhan sedang");
        assertThat(card.getString("entity[0].result.zone")).isEqualTo("KUNING");
        // ranked among the Pemda of the province by their entity results: the only kab/kota with data
        assertThat(card.getInt("entity[0].result.rank")).isEqualTo(1);
        // a unit's scorecard carries no entity part
        assertThat(Api.scorecard(((UnitChanged) events.get(1)).unitId()).getList("entity"))
                .isEmpty();
    }

    @Test
    void shouldRankAVerifiedCppAssessmentWithTheInstrumentsBand() {
        String p = Fixtures.freshProvince();
        UUID prima = UUID.randomUUID();
        UUID cukup = UUID.randomUUID();
        publish(
                Fixtures.unit(prima, "Kelurahan Gunung Bahagia " + p, p + ".71"),
                Fixtures.unit(cukup, "Kecamatan Balikpapan Tengah " + p, p + ".71"),
                verified(prima, "CPP", "2012", "86.00"),
                verified(cukup, "CPP", "2012", "60.00"));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Api.unitRows("CPP", "2012", p)).hasSize(2));
        JsonPath ranking = Api.units("CPP", "2012", p, null);
        assertThat(ranking.getList("items.unitId", String.class)).containsExactly(prima.toString(), cukup.toString());
        assertThat(ranking.getString("items[0].bandCode")).isEqualTo("PRIMA");
        assertThat(ranking.getString("items[0].zone")).isEqualTo("HIJAU");
        assertThat(ranking.getString("items[1].bandCode")).isEqualTo("CUKUP");
        JsonPath card = Api.scorecard(prima);
        assertThat(card.getString("indices[0].indexCode")).isEqualTo("CPP");
        assertThat(card.getInt("indices[0].periods[0].rankInProvince")).isEqualTo(1);
    }
}
