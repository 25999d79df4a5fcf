package id.rapor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void shouldReadBothOptionForms() {
        Options o = Options.parse(new String[] {"--rows", "1,000,000", "--soak=10m", "--skip", "single,ranking"});

        assertThat(o.integer("rows", 1)).isEqualTo(1_000_000);
        assertThat(o.duration("soak", Duration.ZERO)).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.skips("single")).isTrue();
        assertThat(o.skips("freshness")).isFalse();
        assertThat(o.integer("workers", 8)).isEqualTo(8);
    }

    @Test
    void shouldParseDurationsInEveryUnit() {
        assertThat(Options.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Options.duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Options.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> Options.duration("10 minutes")).hasMessageContaining("not a duration");
    }

    @Test
    void shouldRejectUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--rowz", "5"})).hasMessageContaining("--rowz");
        assertThatThrownBy(() -> Options.parse(new String[] {"--rows"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Options.parse(new String[] {"--rows", "0"}).integer("rows", 1))
                .hasMessageContaining("positive");
    }

    @Test
    void shouldFailOnABadValueBeforeAnythingStarts() {
        assertThatThrownBy(
                        () -> Options.parse(new String[] {"--duration", "10x"}).validate())
                .hasMessageContaining("not a duration: 10x");
        assertThatThrownBy(() ->
                        Options.parse(new String[] {"--ports", "survey=abc"}).validate())
                .isInstanceOf(NumberFormatException.class);
        assertThat(Options.parse(new String[] {"--seed", "0", "--soak", "10m"})
                        .validate()
                        .has("soak"))
                .isTrue();
    }

    @Test
    void shouldSkipTheExportByNameAndRefuseAnUnknownSection() {
        Options o = Options.parse(new String[] {"--skip", "export,single"}).validate();

        assertThat(o.skips("export")).isTrue();
        assertThat(o.skips("ingestion")).isFalse();
        assertThatThrownBy(
                        () -> Options.parse(new String[] {"--skip", "exports"}).validate())
                .hasMessageContaining("unknown section exports");
    }

    @Test
    void shouldOverrideTheLocalPortsOfTheDataServices() {
        Options o = Options.parse(new String[] {"--ports", "survey=9082,r=9083"});

        assertThat(o.ports()).isEqualTo(Map.of("assessment", 8081, "survey", 9082, "ranking", 9083));
    }

    @Test
    void shouldOnlyTargetThisMachine() {
        assertThatThrownBy(() -> new GatewayClient("http://10.0.0.5:8080", "t"))
                .hasMessageContaining("only target 127.0.0.1");
        assertThat(new GatewayClient("http://127.0.0.1:8080/", "t").baseUrl()).isEqualTo("http://127.0.0.1:8080");
    }
}
