package id.rapor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheRunAndLatestAndCompareKeyByKey() throws Exception {
        Results before = new Results();
        before.metric("ingestion.api.rowsPerSecond", 10_000);
        before.metric("single.p99Ms", 40);
        before.metric("freshness.p50Ms", 500);
        before.metric("gone.metric", 1);
        Path file = before.write(dir, "results", true);

        Results now = new Results();
        now.metric("ingestion.api.rowsPerSecond", 8_000);
        now.metric("single.p99Ms", 30);
        now.metric("freshness.p50Ms", 510);
        String compared = now.compare(Results.read(dir.resolve("latest.json")));

        assertThat(file).exists();
        assertThat(Files.readString(dir.resolve("latest.json"))).isEqualTo(Files.readString(file));
        // 8,000 / 10,000 - 1 = -20.0 %: fewer rows per second is worse
        assertThat(line(compared, "ingestion.api.rowsPerSecond"))
                .contains("-20.0%")
                .endsWith("worse");
        // 30 / 40 - 1 = -25.0 %: a lower p99 is better
        assertThat(line(compared, "single.p99Ms")).contains("-25.0%").endsWith("better");
        // 510 / 500 - 1 = +2.0 %: under 5 %, not judged
        assertThat(line(compared, "freshness.p50Ms")).contains("+2.0%").doesNotContain("better", "worse");
        assertThat(compared).doesNotContain("gone.metric");
    }

    @Test
    void shouldShowADashForAStepTheEarlierRunDidNotHave() throws Exception {
        Results before = new Results();
        before.metric("ingestion.api.rowsPerSecond", 10_000);
        before.write(dir, "results", true);

        Results now = new Results();
        now.metric("ingestion.api.rowsPerSecond", 10_000);
        now.metric("export.csv.rowsPerSecond", 250_000);
        String compared = now.compare(Results.read(dir.resolve("latest.json")));

        // before "—", now 250,000, no change and no verdict
        assertThat(line(compared, "export.csv.rowsPerSecond").split("\\s+"))
                .containsExactly("export.csv.rowsPerSecond", "—", "250,000");
        assertThat(line(compared, "ingestion.api.rowsPerSecond")).contains("+0.0%");
    }

    @Test
    void shouldPrintOneLinePerRowWithTheSectionOnce() {
        Results r = new Results();
        r.row("single response", "req/s", "100", "GET 400", "0.25");
        r.row("single response", "p99 ms", "12.0", "3.0", "4.0");
        r.failed("freshness", "batch 3 not in the ranking 60 s after it was accepted");

        String[] lines = r.table().split("\n");

        assertThat(lines).hasSize(5);
        assertThat(lines[2]).startsWith("single response").endsWith("0.25");
        assertThat(lines[3]).startsWith(" ").contains("p99 ms");
        assertThat(lines[4]).contains("FAILED", "batch 3");
        assertThat(r.failures()).hasSize(1);
    }

    private static String line(String text, String key) {
        return text.lines()
                .filter(l -> l.startsWith(key + " "))
                .findFirst()
                .orElseThrow()
                .strip();
    }
}
