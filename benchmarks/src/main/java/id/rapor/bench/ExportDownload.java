package id.rapor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downloads a campaign's response export through the gateway, reading the body as it arrives and dropping it (never
 * held), while the survey service's heap use ({@code jvm_memory_used_bytes{area="heap"}} of its own
 * {@code /q/metrics}, summed over the pools) and its process's RSS are sampled every 200 ms.
 */
final class ExportDownload {

    static final Duration SAMPLE_EVERY = Duration.ofMillis(200);

    /**
     * One download: rows are the CSV's records after the header (-1 for XLSX, not parsed), peaks -1 when no
     * sample could be read; the heap before is one reading just before the request.
     */
    record Result(
            String format,
            long rows,
            long bytes,
            double seconds,
            double firstByteSeconds,
            long heapBeforeBytes,
            long peakHeapBytes,
            long peakRssMib,
            int samples) {}

    private ExportDownload() {}

    static Result run(GatewayClient gateway, UUID campaign, String format, String surveyUrl, long surveyPid)
            throws Exception {
        String path = "/api/v1/survey/campaigns/" + campaign + "/responses/export?format=" + format;
        HttpClient metricsClient = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        HttpRequest metrics = HttpRequest.newBuilder(URI.create(surveyUrl + "/q/metrics"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long heapBefore = heapUsed(metricsClient, metrics).orElse(-1);
        AtomicLong peakHeap = new AtomicLong(heapBefore);
        AtomicLong peakRss = new AtomicLong(ProcessMemory.rssMib(surveyPid).orElse(-1));
        AtomicLong samples = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "export-memory-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(
                () -> {
                    heapUsed(metricsClient, metrics).ifPresent(h -> peakHeap.accumulateAndGet(h, Math::max));
                    ProcessMemory.rssMib(surveyPid).ifPresent(m -> peakRss.accumulateAndGet(m, Math::max));
                    samples.incrementAndGet();
                },
                0,
                SAMPLE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            CsvRecords csv = "csv".equals(format) ? new CsvRecords() : null;
            long bytes = 0;
            long firstByte = -1;
            long start = System.nanoTime();
            HttpResponse<InputStream> response = gateway.stream(path, Duration.ofMinutes(30));
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    String text = new String(body.readNBytes(2000), StandardCharsets.UTF_8);
                    throw new GatewayClient.CallFailed(
                            "GET " + path + " answered " + response.statusCode() + ": "
                                    + GatewayClient.abbreviate(text),
                            response.statusCode());
                }
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = body.read(buffer)) >= 0; ) {
                    if (n > 0 && firstByte < 0) {
                        firstByte = System.nanoTime();
                    }
                    bytes += n;
                    if (csv != null) {
                        csv.accept(buffer, 0, n);
                    }
                }
            }
            long end = System.nanoTime();
            return new Result(
                    format,
                    csv == null ? -1 : csv.rows(),
                    bytes,
                    (end - start) / 1e9,
                    firstByte < 0 ? Double.NaN : (firstByte - start) / 1e9,
                    heapBefore,
                    peakHeap.get(),
                    peakRss.get(),
                    (int) samples.get());
        } finally {
            sampler.shutdownNow();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** The heap in use now, summed over its pools; empty when the metrics do not answer. */
    private static OptionalLong heapUsed(HttpClient client, HttpRequest metrics) {
        try {
            HttpResponse<String> r = client.send(metrics, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return OptionalLong.empty();
            }
            OptionalDouble heap = PrometheusText.sum(r.body(), "jvm_memory_used_bytes", Map.of("area", "heap"));
            return heap.isPresent() ? OptionalLong.of(Math.round(heap.getAsDouble())) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
