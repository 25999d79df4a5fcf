package id.rapor.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/** A closed-loop HTTP load: a fixed number of workers send requests back to back for a duration. */
public final class Load {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Load() {}

    /** Latency percentiles and throughput of one run. */
    public record Result(
            long requests,
            long errors,
            double seconds,
            double p50Millis,
            double p95Millis,
            double p99Millis,
            double maxMillis) {

        public double perSecond() {
            return requests / seconds;
        }
    }

    /**
     * Runs {@code workers} loops for {@code duration}; {@code request} builds the i-th request. A response outside
     * 2xx counts as an error.
     */
    public static Result run(int workers, Duration duration, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        AtomicLong counter = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    int i = (int) counter.getAndIncrement();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response =
                                HTTP.send(request.apply(i), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() >= 300) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return summarize(all, errors.get(), seconds);
    }

    /** Percentiles of latencies given in nanoseconds. */
    public static Result summarize(long[] latenciesNanos, long errors, double seconds) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new Result(
                sorted.length,
                errors,
                seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** The p-th percentile (nearest rank) in milliseconds. */
    public static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
