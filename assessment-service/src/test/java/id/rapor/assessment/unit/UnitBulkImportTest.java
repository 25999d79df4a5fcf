package id.rapor.assessment.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.rapor.events.EventCodec;
import id.rapor.events.Topics;
import id.rapor.events.UnitChanged;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class UnitBulkImportTest {

    private static Map<String, Object> unit(String name, String type, String region) {
        return Map.of("name", name, "type", type, "regionCode", region, "parentOrganisation", "Pemerintah Daerah");
    }

    private static long unitsNamed(String token, String prefix) {
        List<String> names = given().auth()
                .oauth2(token)
                .queryParam("size", 500)
                .when()
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        return names.stream().filter(n -> n.startsWith(prefix)).count();
    }

    @Test
    void shouldImportJsonArrayAndPublishOneEventPerUnit() {
        String tag = "BulkJson-" + UUID.randomUUID();
        List<String> ids = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(List.of(
                        unit(tag + " Disdukcapil Gowa", "DISDUKCAPIL", "73.06"),
                        unit(tag + " Puskesmas Bontonompo", "PUSKESMAS", "73.06.01"),
                        unit(tag + " Samsat Makassar", "SAMSAT", "73.71")))
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(201)
                .body("created", equalTo(3))
                .body("units[1].provinceCode", equalTo("73"))
                .extract()
                .path("units.id");

        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.UNITS,
                r -> ids.contains(r.key()),
                3,
                Duration.ofSeconds(20));
        assertThat(records.stream()
                        .map(r -> ((UnitChanged) EventCodec.read(r.value()))
                                .unitId()
                                .toString()))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void shouldImportCsvAndReplayTheSameIdempotencyKeyWithoutNewUnits() {
        String tag = "BulkCsv-" + UUID.randomUUID();
        String csv = "name,type,regionCode,parentOrganisation\n"
                + tag + " RSUD Syekh Yusuf,rsud,73.06,Dinas Kesehatan\n"
                + "\"" + tag + " Kecamatan Bontonompo, Gowa\",KECAMATAN,73.06.01,\n";
        String key = UUID.randomUUID().toString();
        List<String> first = given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv)
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(201)
                .body("created", equalTo(2))
                .body("units[0].type", equalTo("RSUD"))
                .body("units[1].name", equalTo(tag + " Kecamatan Bontonompo, Gowa"))
                .body("units[1].parentOrganisation", equalTo(null))
                .extract()
                .path("units.id");

        List<String> replay = given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv)
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(200)
                .extract()
                .path("units.id");
        assertThat(replay).isEqualTo(first);
        assertThat(unitsNamed(DevTokens.admin(), tag)).isEqualTo(2);

        given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv + tag + " Samsat,SAMSAT,73.71,\n")
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(unitsNamed(DevTokens.admin(), tag)).isEqualTo(2);
    }

    @Test
    void shouldRejectWholeCsvNamingLineAndColumnAndWriteNothing() {
        String tag = "BulkBad-" + UUID.randomUUID();
        String csv = "name,type,regionCode,parentOrganisation\n"
                + tag + " Puskesmas A,PUSKESMAS,73.06,\n"
                + tag + " Puskesmas B,PUSKESMAS,Gowa,\n"
                + ",PUSKESMAS,73.06,\n";
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .body(csv)
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("line 3.regionCode"))
                .body("errors.field", hasItem("line 4.name"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .body("name,type,regionCode\n" + tag + " X,SPACESHIP,73.06\n")
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("line 2.type"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .body("nama,jenis\nA,B\n")
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("header"));
        assertThat(unitsNamed(DevTokens.admin(), tag)).isZero();
    }

    @Test
    void shouldRejectWholeJsonArrayWhenOneRowNamesAnUnknownRegionOrLiesOutsideScope() {
        String tag = "BulkAll-" + UUID.randomUUID();
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(List.of(unit(tag + " A", "OTHER", "73.06"), unit(tag + " B", "OTHER", "73.99")))
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("[1].regionCode"));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(List.of(unit(tag + " A", "OTHER", "73.06"), unit(tag + " C", "OTHER", "64.71")))
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.viewer())
                .contentType(ContentType.JSON)
                .body(List.of(unit(tag + " A", "OTHER", "73.06")))
                .when()
                .post("/api/v1/units/bulk")
                .then()
                .statusCode(403);
        assertThat(unitsNamed(DevTokens.admin(), tag)).isZero();
    }
}
