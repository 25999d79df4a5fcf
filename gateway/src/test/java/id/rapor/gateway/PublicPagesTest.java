package id.rapor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.gateway.web.PublicPages;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public pages the web module builds, served with their cache headers and Content-Security-Policy. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class PublicPagesTest {

    @Test
    void shouldServeTheFormForAnyTokenWithStrictPolicyAndRevalidation() {
        Response page = given().when().get("/f/Zm9ybS10b2tlbi1vZi1hLWNhbXBhaWdu");
        page.then()
                .statusCode(200)
                .contentType("text/html")
                .header("Content-Security-Policy", equalTo(PublicPages.CONTENT_SECURITY_POLICY))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<html lang=\"id\">"))
                .body(containsString("Kirim jawaban"));
        assertThat(PublicPages.CONTENT_SECURITY_POLICY)
                .contains("default-src 'none'")
                .contains("script-src 'self';")
                .contains("style-src 'self';")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(page.asString())
                .doesNotContain("<style")
                .doesNotContain("style=")
                .doesNotContain("onclick");
        given().header("If-None-Match", page.header("ETag"))
                .when()
                .get("/f/another-token-of-another-form")
                .then()
                .statusCode(304);
    }

    @Test
    void shouldServeResultsPagesAndVersionedAssetsAsImmutable() {
        String html = given().when()
                .get("/hasil/wilayah/73.09?periode=2026")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", equalTo(PublicPages.CONTENT_SECURITY_POLICY))
                .extract()
                .asString();
        given().when()
                .get("/hasil/unit/6f1c2b9e-0000-4000-8000-000000000001")
                .then()
                .statusCode(200);
        Matcher asset =
                Pattern.compile("/web/assets/results\\.js\\?v=([0-9a-f]{12})").matcher(html);
        assertThat(asset.find()).as(html).isTrue();
        given().when()
                .get(asset.group())
                .then()
                .statusCode(200)
                .contentType("text/javascript")
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("Content-Security-Policy", equalTo(PublicPages.CONTENT_SECURITY_POLICY));
        given().when()
                .get("/web/assets/rapor.css?v=older")
                .then()
                .statusCode(200)
                .contentType("text/css")
                .header("Cache-Control", equalTo("no-cache"));
        given().when().get("/web/assets/../../application.properties").then().statusCode(404);
        given().when().get("/web/assets/secret.txt").then().statusCode(404).contentType("application/problem+json");
    }
}
