package id.rapor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    /** As Quarkus' Micrometer registry writes it for a JVM with the serial collector. */
    private static final String EXPOSITION = """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="Eden Space"} 1.2582912E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 8.4E7
            jvm_memory_used_bytes{area="heap",id="Survivor Space"} 1048576.0
            jvm_memory_used_bytes{area="heap",id="Tenured Gen"} 3.3554432E7
            jvm_memory_max_bytes{area="heap",id="Tenured Gen"} 6.7108864E7
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/q/metrics"} 12.0
            """;

    @Test
    void shouldSumTheHeapPoolsOfOneMetric() {
        // 12,582,912 + 1,048,576 + 33,554,432 = 47,185,920 bytes (45 MiB); Metaspace and the max are not heap used
        assertThat(PrometheusText.sum(EXPOSITION, "jvm_memory_used_bytes", Map.of("area", "heap")))
                .hasValue(47_185_920.0);
        assertThat(PrometheusText.sum(EXPOSITION, "jvm_memory_used_bytes", Map.of("area", "nonheap")))
                .hasValue(84_000_000.0);
        assertThat(PrometheusText.sum(EXPOSITION, "jvm_memory_committed_bytes", Map.of("area", "heap")))
                .isEmpty();
    }

    @Test
    void shouldReadLabelsInAnyOrderWithEscapesAndATimestamp() {
        PrometheusText.Sample s = PrometheusText.parse(
                "jvm_memory_used_bytes{id=\"G1 \\\"Old\\\", Gen\",area=\"heap\"} 2.5E6 1700000000");

        assertThat(s.name()).isEqualTo("jvm_memory_used_bytes");
        assertThat(s.labels()).isEqualTo(Map.of("id", "G1 \"Old\", Gen", "area", "heap"));
        assertThat(s.value()).isEqualTo(2_500_000.0);
    }

    @Test
    void shouldReadASampleWithoutLabelsAndSkipWhatIsNoSample() {
        assertThat(PrometheusText.parse("process_uptime_seconds 42.5").value()).isEqualTo(42.5);
        assertThat(PrometheusText.parse("process_uptime_seconds 42.5").labels()).isEmpty();
        assertThat(PrometheusText.parse("x{le=\"+Inf\"} +Inf").value()).isInfinite();
        assertThat(PrometheusText.parse("# TYPE x gauge")).isNull();
        assertThat(PrometheusText.parse("")).isNull();
        assertThat(PrometheusText.parse("x{area=\"heap\" 1")).isNull();
        assertThat(PrometheusText.parse("x{area=\"heap\"} not-a-number")).isNull();
    }
}
