package id.rapor.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.testsupport.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Year;
import java.util.List;

/** A small demo data set for the local run, loaded through the gateway like any client would. */
final class DemoData {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The seeded SKM questionnaire (PermenPANRB 14/2017). */
    private static final String SKM_2017 = "00000000-0000-0000-0000-000000002017";

    private DemoData() {}

    static void load(String gateway) {
        String token = DevTokens.admin();
        if (!get(gateway + "/api/v1/units?region=73&size=1", token).contains("\"total\":0")) {
            System.out.println("Demo data already present.");
            return;
        }
        String[][] units = {
            {"Puskesmas Somba Opu", "PUSKESMAS", "73.06"},
            {"Disdukcapil Kabupaten Gowa", "DISDUKCAPIL", "73.06"},
            {"DPMPTSP Kota Makassar", "DPMPTSP", "73.71"},
            {"RSUD Haji Makassar", "RSUD", "73.71"}
        };
        for (String[] unit : units) {
            String body = "{\"name\":\"" + unit[0] + "\",\"type\":\"" + unit[1] + "\",\"regionCode\":\"" + unit[2]
                    + "\",\"parentOrganisation\":\"Pemerintah Daerah\"}";
            post(gateway + "/api/v1/units", token, body);
        }
        System.out.println("Loaded demo units in Sulawesi Selatan (73).");
    }

    /**
     * The public pages of the demo data: opens this year's SKM campaign of the demo Puskesmas when it has none, and
     * returns the lines to print (its form link, its results page and its kab/kota's); none without the demo unit.
     */
    static List<String> publicPages(String gateway) {
        String token = DevTokens.admin();
        ObjectMapper json = new ObjectMapper();
        String unitId = null;
        try {
            for (JsonNode unit : json.readTree(get(gateway + "/api/v1/units?region=73.06&size=100", token))
                    .path("items")) {
                if ("Puskesmas Somba Opu".equals(unit.path("name").asText())) {
                    unitId = unit.path("id").asText();
                }
            }
            if (unitId == null) {
                return List.of();
            }
            awaitSurveyReplica(gateway, token, unitId);
            String year = String.valueOf(Year.now().getValue());
            String formToken = null;
            for (JsonNode campaign : json.readTree(
                    get(gateway + "/api/v1/survey/campaigns?unitId=" + unitId + "&period=" + year, token))) {
                if ("OPEN".equals(campaign.path("status").asText()) && campaign.hasNonNull("formToken")) {
                    formToken = campaign.path("formToken").asText();
                }
            }
            if (formToken == null) {
                String created = post(
                        gateway + "/api/v1/survey/campaigns",
                        token,
                        "{\"unitId\":\"" + unitId + "\",\"questionnaireId\":\"" + SKM_2017 + "\",\"period\":\"" + year
                                + "\",\"population\":1000,\"title\":\"SKM " + year + "\"}");
                formToken = json.readTree(created).path("formToken").asText();
            }
            return List.of(
                    "  SKM form:    " + gateway + "/f/" + formToken + "  (Puskesmas Somba Opu, " + year + ")",
                    "  Results:     " + gateway + "/hasil/unit/" + unitId + "?periode=" + year,
                    "               " + gateway + "/hasil/wilayah/73.06?periode=" + year + "  (Kabupaten Gowa)",
                    "               " + gateway + "/hasil/wilayah/73?periode=" + year + "  (Sulawesi Selatan)");
        } catch (IOException e) {
            throw new IllegalStateException("demo campaign not opened: " + e.getMessage(), e);
        }
    }

    private static void awaitSurveyReplica(String gateway, String token, String unitId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                get(gateway + "/api/v1/survey/units/" + unitId, token);
                return;
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                // The survey service learns the unit from the register's event; a local run waits for it.
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static String get(String url, String token) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String post(String url, String token, String json) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        "POST " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("POST " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
