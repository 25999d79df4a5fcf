package id.rapor.local;

import id.rapor.testsupport.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small demo data set for the local run, loaded through the gateway like any client would. */
final class DemoData {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

    private static void post(String url, String token, String json) {
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
        } catch (IOException e) {
            throw new IllegalStateException("POST " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
