package id.rapor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GradeScaleTest {

    private static final GradeScale OPINI = new GradeScale(
            "OMBUDSMAN_OPINI/v1",
            2,
            false,
            List.of(
                    new GradeScale.BandRow(new BigDecimal("88"), "A", "Kualitas Tertinggi", "HIJAU"),
                    new GradeScale.BandRow(new BigDecimal("78"), "B", "Kualitas Tinggi", "HIJAU"),
                    new GradeScale.BandRow(new BigDecimal("57"), "C", "Kualitas Sedang", "KUNING"),
                    new GradeScale.BandRow(new BigDecimal("37"), "D", "Kualitas Rendah", "MERAH"),
                    new GradeScale.BandRow(BigDecimal.ZERO, "E", "Kualitas Terendah", "MERAH")));

    @Test
    void shouldCarryTheProducersGradingThroughTheCodec() {
        AssessmentScored event = new AssessmentScored(
                UUID.randomUUID(),
                AssessmentScored.VERIFIED,
                AssessmentScored.SCHEMA_VERSION,
                Instant.parse("2026-03-04T05:06:07Z"),
                UUID.randomUUID(),
                4,
                UUID.randomUUID(),
                2024,
                "2024",
                UUID.randomUUID(),
                "73.06",
                "OMBUDSMAN_OPINI",
                1,
                "OPINI_OMBUDSMAN",
                "PROVINSI",
                new BigDecimal("77.9955"),
                new BigDecimal("100"),
                List.of(),
                "B",
                "Kualitas Tinggi",
                "HIJAU",
                new BigDecimal("78.00"),
                OPINI,
                Basis.of(List.of("opini cut-offs")));

        AssessmentScored read = (AssessmentScored) EventCodec.read(EventCodec.write(event));

        assertThat(read).isEqualTo(event);
        // the consumer's grading of the exact total equals the producer's value and band
        assertThat(read.scale().grading().grade(read.total()).value()).isEqualByComparingTo(read.value());
        assertThat(read.scale().grading().grade(read.total()).code()).isEqualTo(read.bandCode());
        assertThat(read.basis().confirmed()).isFalse();
    }

    @Test
    void shouldReadSchemaOneEventsWithoutScaleOrBasis() {
        String v1 = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"SurveyTallyChanged\",\"schemaVersion\":1,"
                + "\"occurredAt\":\"2026-01-01T00:00:00Z\",\"campaignId\":\"" + UUID.randomUUID() + "\","
                + "\"tallyVersion\":1,\"unitId\":\"" + UUID.randomUUID() + "\",\"period\":\"2026-S1\","
                + "\"questionnaireCode\":\"SKM_2017\",\"questionnaireVersion\":1,\"regulation\":\"PERMENPANRB_14_2017\","
                + "\"campaignStatus\":\"OPEN\",\"respondents\":0,\"items\":[]}";

        SurveyTallyChanged read = (SurveyTallyChanged) EventCodec.read(v1);

        assertThat(read.schemaVersion()).isEqualTo(1);
        assertThat(read.scale()).isNull();
        assertThat(read.basis()).isNull();
    }

    @Test
    void shouldPublishRoundedValueWithoutBandWhenTheScaleHasNoBands() {
        GradeScale none = new GradeScale("PERMENPANRB_29_2022", 2, false, List.of());
        assertThat(none.grading().grade(new BigDecimal("3.14159")).value()).isEqualByComparingTo("3.14");
        assertThat(none.grading().grade(new BigDecimal("3.14159")).band()).isNull();
    }

    @Test
    void shouldMergeBasesAndNameEveryUnconfirmedPartOnce() {
        Basis merged = Basis.CONFIRMED.and(Basis.of(List.of("b", "a"))).and(Basis.of(List.of("a")));
        assertThat(merged.confirmed()).isFalse();
        assertThat(merged.reasons()).containsExactly("a", "b");
        assertThat(Basis.CONFIRMED.and(Basis.CONFIRMED).confirmed()).isTrue();
    }
}
