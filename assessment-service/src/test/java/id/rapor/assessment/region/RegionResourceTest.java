package id.rapor.assessment.region;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class RegionResourceTest {

    @Test
    void shouldLoadTheWholeKemendagriRegisterForAnonymousReaders() {
        given().queryParam("level", "province")
                .queryParam("size", 1)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("total", equalTo(38));
        given().queryParam("level", "regency")
                .queryParam("size", 1)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("total", equalTo(514));
        given().queryParam("level", "district")
                .queryParam("size", 1)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("total", equalTo(7285));
    }

    @Test
    void shouldFilterByParentAndPage() {
        // Sulawesi Selatan has 21 kabupaten and 3 kota.
        List<String> codes = given().queryParam("level", "regency")
                .queryParam("parent", "73")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("total", equalTo(24))
                .extract()
                .path("items.code");
        assertThat(codes)
                .hasSize(24)
                .allMatch(c -> c.startsWith("73."))
                .contains("73.06", "73.71")
                .isSorted();

        given().queryParam("parent", "73")
                .queryParam("page", 1)
                .queryParam("size", 10)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(10))
                .body("items[0].code", equalTo("73.11"));
    }

    @Test
    void shouldReadOneRegionWithItsParent() {
        given().when()
                .get("/api/v1/regions/73.06")
                .then()
                .statusCode(200)
                .body("name", equalTo("Kabupaten Gowa"))
                .body("level", equalTo("REGENCY"))
                .body("parentCode", equalTo("73"));
        given().when()
                .get("/api/v1/regions/73.06.01")
                .then()
                .statusCode(200)
                .body("level", equalTo("DISTRICT"))
                .body("parentCode", equalTo("73.06"));
        given().when().get("/api/v1/regions/99.99").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("level", "village")
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
