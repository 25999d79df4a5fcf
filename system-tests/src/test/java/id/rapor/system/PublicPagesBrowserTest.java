package id.rapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.local.Stack;
import id.rapor.testsupport.DevTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The public SKM form and results pages in a real browser: the Debian Chromium, headless, driven by playwright-core
 * ({@code web/src/test/browser/pages.test.mjs}, run with Node's test runner) against the running stack through the
 * gateway. Two units of one kab/kota in a far-future period: the first is answered by mouse, online and then
 * offline, the second by keyboard alone; then the results pages of the unit and of the kab/kota. Screenshots at
 * 360 and 1280 px are kept in {@code target/browser-artifacts}.
 */
class PublicPagesBrowserTest {

    /** A kab/kota no other system test registers units in (Kota Gorontalo's neighbour, Kabupaten Gorontalo). */
    private static final String REGION = "75.01";

    @Test
    void shouldFillSubmitQueueOfflineAndShowResultsInChromium() throws IOException, InterruptedException {
        Path chromium = Chromium.require();
        Path root = Stack.findRoot();
        Path script = root.resolve("web/src/test/browser/pages.test.mjs");
        assertThat(root.resolve("web/node_modules/playwright-core"))
                .as("playwright-core, installed by the web module's build")
                .exists();
        SystemStack.get();

        String period = String.valueOf(ThreadLocalRandom.current().nextInt(2600, 2999));
        String unit = Api.unit("Puskesmas Kiosk " + Api.uniq(), "PUSKESMAS", REGION);
        String keyboardUnit = Api.unit("Kantor Layanan Papan Ketik " + Api.uniq(), "OTHER", REGION);
        String campaign = Api.campaign(unit, period, 300L);
        String keyboardCampaign = Api.campaign(keyboardUnit, period, 300L);

        Path artifacts = root.resolve("system-tests/target/browser-artifacts");
        Path log = Files.createTempFile("rapor-browser", ".log");
        ProcessBuilder node = new ProcessBuilder(List.of("node", "--test", "--test-concurrency=1", script.toString()))
                .directory(root.resolve("web").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment()
                .putAll(Map.of(
                        "RAPOR_GATEWAY_URL",
                        SystemStack.get().gatewayUrl(),
                        "RAPOR_CHROMIUM",
                        chromium.toString(),
                        "RAPOR_ADMIN_TOKEN",
                        DevTokens.admin(),
                        "RAPOR_FORM_TOKEN",
                        formToken(campaign),
                        "RAPOR_CAMPAIGN_ID",
                        campaign,
                        "RAPOR_KEYBOARD_FORM_TOKEN",
                        formToken(keyboardCampaign),
                        "RAPOR_KEYBOARD_CAMPAIGN_ID",
                        keyboardCampaign,
                        "RAPOR_UNIT_ID",
                        unit,
                        "RAPOR_REGION",
                        REGION,
                        "RAPOR_PERIOD",
                        period));
        node.environment().put("RAPOR_ARTIFACTS", artifacts.toString());
        Process process = node.start();
        boolean finished = process.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("browser test finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("# pass 4").contains("# fail 0");
        // The form token is a credential for anonymous submissions: the access log names it, never writes it.
        String surveyLog = Files.readString(SystemStack.get().service("survey").log());
        assertThat(surveyLog).contains("GET /api/v1/survey/forms/{formToken} HTTP/1.1\" 200");
        assertThat(surveyLog).doesNotContain(formToken(campaign)).doesNotContain(formToken(keyboardCampaign));
        for (String shot : List.of(
                "form-360.png",
                "form-1280.png",
                "results-unit-360.png",
                "results-unit-1280.png",
                "results-region-360.png",
                "results-region-1280.png")) {
            assertThat(artifacts.resolve(shot)).as("screenshot").isNotEmptyFile();
        }
    }

    private static String formToken(String campaignId) {
        return SystemStack.gateway()
                .auth()
                .oauth2(Api.admin())
                .get("/api/v1/survey/campaigns/" + campaignId)
                .then()
                .statusCode(200)
                .extract()
                .path("formToken");
    }

    /** Where the browser is: RAPOR_CHROMIUM, else the Debian package's /usr/bin/chromium, else on the PATH. */
    static final class Chromium {

        private Chromium() {}

        static Path require() {
            String configured = System.getenv("RAPOR_CHROMIUM");
            if (configured != null && !configured.isBlank()) {
                Path path = Path.of(configured);
                if (Files.isExecutable(path)) {
                    return path;
                }
                throw new AssertionError("RAPOR_CHROMIUM=" + configured + " is not an executable browser");
            }
            for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    return Path.of(candidate);
                }
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path path = Path.of(dir, "chromium");
                if (!dir.isBlank() && Files.isExecutable(path)) {
                    return path;
                }
            }
            throw new AssertionError("The browser test of the public pages needs Chromium, which is not installed. "
                    + "Install it (Debian/Ubuntu: apt-get install -y chromium; CI: .ci/run does it through "
                    + "bin/chromium.sh) or point RAPOR_CHROMIUM at a Chromium or Chrome binary.");
        }
    }
}
