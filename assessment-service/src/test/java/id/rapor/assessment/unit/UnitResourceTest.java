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
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class UnitResourceTest {

    private static Map<String, Object> unit(String name, String region) {
        return Map.of("name", name, "type", "PUSKESMAS", "regionCode", region, "parentOrganisation", "Dinas Kesehatan");
    }

    @Test
    void shouldRegisterUnitAndPublishItsStateThroughTheOutbox() {
        String id = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(unit("Puskesmas Sungguminasa", "73.06"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/units/"))
                .body("provinceCode", equalTo("73"))
                .body("revision", equalTo(1))
                .extract()
                .path("id");

        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(unit("Puskesmas Sungguminasa II", "73.06"))
                .when()
                .put("/api/v1/units/" + id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));

        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(), Topics.UNITS, r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        List<UnitChanged> events = records.stream()
                .map(r -> (UnitChanged) EventCodec.read(r.value()))
                .toList();
        assertThat(events).extracting(UnitChanged::version).containsExactly(1L, 2L);
        assertThat(events.get(1).name()).isEqualTo("Puskesmas Sungguminasa II");
        assertThat(events.get(1).regencyCode()).isEqualTo("73.06");
    }

    @Test
    void shouldRejectInvalidUnitWithProblemNamingTheFields() {
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "", "type", "PUSKESMAS", "regionCode", "Gowa"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("regionCode"));
    }

    @Test
    void shouldRejectMalformedJsonAndUnknownEnumAsProblem() {
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "type", "SPACESHIP", "regionCode", "73"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void shouldKeepEvaluatorsInsideTheirProvince() {
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(unit("Disdukcapil Gowa", "73.06"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        String id = given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(unit("Samsat Makassar", "73.71"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .when()
                .get("/api/v1/units/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get("/api/v1/units/" + id)
                .then()
                .statusCode(200);
        given().when().get("/api/v1/units/" + id).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRejectRegionCodeThatIsNotInTheRegister() {
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(unit("Puskesmas Entah", "73.99"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("regionCode"));

        String id = given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(unit("Puskesmas Somba Opu", "73.06"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(unit("Puskesmas Somba Opu", "73.06.99"))
                .when()
                .put("/api/v1/units/" + id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("regionCode"));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/units/" + id)
                .then()
                .statusCode(200)
                .body("regionCode", equalTo("73.06"))
                .body("revision", equalTo(1));
    }

    @Test
    void shouldRejectAParameterOfTheWrongTypeWith400NotFound() {
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/units?type=SPACESHIP")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/units/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/no-such-path")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
