package id.rapor.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Uploads a generated CSV body through the gateway and watches, at the stub service, how much has arrived. */
final class UploadClient {

    /** The outcome of one upload. */
    record Result(int status, long bytesCountedByService, long serviceReceivedBeforeClientFinished) {}

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private UploadClient() {}

    /**
     * Streams {@code size} bytes (chunked). After 80 % of them the body pauses until the service reports having
     * received at least 1 MB (at most 10 s): a gateway that buffered the body would never let that happen.
     */
    static Result upload(URL gateway, long size) throws Exception {
        String upload = UUID.randomUUID().toString();
        long[] seenMidway = {-1};
        InputStream body = new InputStream() {
            private long sent;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent >= size) {
                    return -1;
                }
                if (seenMidway[0] < 0 && sent >= size * 8 / 10) {
                    seenMidway[0] = awaitReceived(upload, 1024 * 1024);
                }
                int n = (int) Math.min(length, size - sent);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) (((sent + i) % 64 == 63) ? '\n' : 'a' + (sent + i) % 26);
                }
                sent += n;
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(gateway.toURI().resolve("/api/v1/survey/uploads?upload=" + upload))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long counted =
                response.statusCode() == 200 ? Long.parseLong(response.body().replaceAll("[^0-9]", "")) : -1;
        return new Result(response.statusCode(), counted, seenMidway[0]);
    }

    /** Bytes of an upload the stub service has received so far. */
    static long receivedByStub(String upload) {
        String stub = ConfigProvider.getConfig().getValue("rapor.gateway.survey-url", String.class);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stub + "/stats/uploads/" + upload))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return Long.parseLong(response.body().trim());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long awaitReceived(String upload, long atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long received = receivedByStub(upload);
        while (received < atLeast && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = receivedByStub(upload);
        }
        return received;
    }
}
