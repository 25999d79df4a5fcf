package id.rapor.ranking;

import static io.restassured.RestAssured.given;

import id.rapor.testsupport.DevTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.List;
import java.util.Map;

/** Reads of the ranking API used by the tests: as an admin, so they see the live ranking. */
public final class Api {

    private static final JsonPathConfig BIG = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Api() {}

    public static JsonPath units(String index, String period, String region, String extra) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units?index=" + index + "&period=" + period + "&region=" + region + "&size=100"
                        + (extra == null ? "" : "&" + extra))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(BIG);
    }

    public static List<Map<String, Object>> unitRows(String index, String period, String region) {
        return units(index, period, region, null).getList("items");
    }

    public static JsonPath regions(String index, String period, String level, String parent) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/regions?index=" + index + "&period=" + period + "&level=" + level
                        + (parent == null ? "" : "&parent=" + parent) + "&size=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(BIG);
    }

    /** The body of a 200 response, numbers as BigDecimal like the other reads. */
    public static JsonPath json(io.restassured.response.ValidatableResponse response) {
        return response.extract().jsonPath().using(BIG);
    }

    public static JsonPath scorecard(Object unitId) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/units/" + unitId + "/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(BIG);
    }
}
