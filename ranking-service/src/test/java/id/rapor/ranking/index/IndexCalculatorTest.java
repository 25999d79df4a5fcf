package id.rapor.ranking.index;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.events.AssessmentScored;
import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.events.SurveyTallyChanged.ItemTally;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.DefinitionDtos.BandSpec;
import id.rapor.ranking.definition.DefinitionDtos.Blend;
import id.rapor.ranking.definition.DefinitionDtos.Rules;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import id.rapor.ranking.index.IndexCalculator.AssessmentInput;
import id.rapor.ranking.index.IndexCalculator.TallyInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IndexCalculatorTest {

    private static final List<BandSpec> SKM_BANDS = List.of(
            new BandSpec(new BigDecimal("88.31"), "A", "Sangat baik", "HIJAU"),
            new BandSpec(new BigDecimal("76.61"), "B", "Baik", "HIJAU"),
            new BandSpec(new BigDecimal("65.00"), "C", "Kurang baik", "KUNING"),
            new BandSpec(new BigDecimal("25.00"), "D", "Tidak baik", "MERAH"));

    /** A definition's own tables (for facts without a producer scale): one per regulation, no fallback. */
    private static final Map<String, List<BandSpec>> SKM = Map.of("R", SKM_BANDS, "NEW", SKM_BANDS);

    private static final Map<String, List<BandSpec>> IPP = Map.of(
            "default",
            List.of(
                    new BandSpec(new BigDecimal("4.51"), "A", null, "HIJAU"),
                    new BandSpec(new BigDecimal("3.51"), "B", null, "HIJAU"),
                    new BandSpec(new BigDecimal("2.51"), "C", null, "KUNING"),
                    new BandSpec(BigDecimal.ZERO, "F", null, "MERAH")));

    private static Definition ikm(int minimumRespondents) {
        return new Definition(
                "IKM",
                1,
                Source.SURVEY_TALLY,
                BigDecimal.valueOf(25),
                BigDecimal.valueOf(100),
                2,
                SKM,
                new Rules(List.of(), minimumRespondents, null, null));
    }

    private static TallyInput tally(String regulation, long respondents, long... sums) {
        List<ItemTally> items = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            items.add(new ItemTally("U" + (i + 1), "1/" + sums.length, sums[i], respondents, 1, 4));
        }
        return new TallyInput(
                UUID.randomUUID(), 1, UUID.randomUUID(), "SKM", 1, regulation, respondents, items, null, null, null);
    }

    @Test
    void shouldSumCampaignStatisticsBeforeDividing() {
        // campaign 1: 4 respondents, U1 sum 16 U2 sum 8 (NRR 4.0, 2.0); campaign 2: 12 respondents, U1 36 U2 36
        // (NRR 3.0, 3.0). Summed: U1 52/16 = 3.25, U2 44/16 = 2.75; IKM = 25 x (3.25 + 2.75) / 2 = 75.00 (C)
        var c = IndexCalculator.survey(ikm(1), List.of(tally("R", 4, 16, 8), tally("R", 12, 36, 36)))
                .orElseThrow();
        assertThat(c.state()).isEqualTo(UnitResult.OK);
        assertThat(c.value()).isEqualByComparingTo("75.00");
        assertThat(c.band().code()).isEqualTo("C");
        assertThat(c.respondents()).isEqualTo(16);
        assertThat(c.items()).extracting(IndexCalculator.ItemSum::sum).containsExactly(52L, 44L);
    }

    @Test
    void shouldUseTheRegulationWithMostRespondentsAndCallTooFewInsufficient() {
        var c = IndexCalculator.survey(ikm(1), List.of(tally("OLD", 3, 12, 12, 12), tally("NEW", 5, 15, 15)))
                .orElseThrow();
        // NEW: 15/5 = 3.0 on both items -> 75.00; OLD (3 respondents) is left out and named
        assertThat(c.regulation()).isEqualTo("NEW");
        assertThat(c.value()).isEqualByComparingTo("75.00");
        assertThat(c.inputs().get("excludedRegulations")).isEqualTo(List.of("OLD"));

        var few = IndexCalculator.survey(ikm(30), List.of(tally("R", 29, 100, 100)))
                .orElseThrow();
        assertThat(few.state()).isEqualTo(UnitResult.INSUFFICIENT_DATA);
        assertThat(few.value()).isNull();
        assertThat(few.reason()).contains("29 respondents");
        assertThat(IndexCalculator.survey(ikm(1), List.of())).isEmpty();
    }

    @Test
    void shouldGiveNoBandRatherThanAnotherRegulationsTable() {
        // facts without a producer scale, under a regulation the definition has no table for
        var c = IndexCalculator.survey(ikm(1), List.of(tally("UNKNOWN", 4, 16, 8)))
                .orElseThrow();
        assertThat(c.state()).isEqualTo(UnitResult.OK);
        assertThat(c.value()).isEqualByComparingTo("75.00");
        assertThat(c.band()).isNull();
    }

    private static AssessmentInput verified(String tier, String total) {
        return new AssessmentInput(
                UUID.randomUUID(),
                1,
                UUID.randomUUID(),
                AssessmentScored.VERIFIED,
                tier,
                "I",
                1,
                new BigDecimal(total),
                BigDecimal.valueOf(5),
                List.of(),
                null,
                Instant.now(),
                null,
                null);
    }

    /** A verified assessment as a schema-2 producer sends it: with its instrument's grading and basis. */
    private static AssessmentInput graded(String total, GradeScale scale, Basis basis) {
        return new AssessmentInput(
                UUID.randomUUID(),
                1,
                UUID.randomUUID(),
                AssessmentScored.VERIFIED,
                "PROVINSI",
                "PEKPPP",
                2,
                new BigDecimal(total),
                BigDecimal.valueOf(5),
                List.of(),
                null,
                Instant.now(),
                scale,
                basis);
    }

    /** The producer's IPP scale: REFERENCE.md 3.7 categories, two decimals. */
    private static final GradeScale PRODUCER_IPP = new GradeScale(
            "PEKPPP/v2",
            2,
            false,
            List.of(
                    row("4.51", "A", "HIJAU"),
                    row("4.01", "A-", "HIJAU"),
                    row("3.51", "B", "HIJAU"),
                    row("3.01", "B-", "KUNING"),
                    row("2.51", "C", "KUNING"),
                    row("2.01", "C-", "KUNING"),
                    row("1.51", "D", "MERAH"),
                    row("1.01", "E", "MERAH"),
                    row("0", "F", "MERAH")));

    private static GradeScale.BandRow row(String lower, String code, String zone) {
        return new GradeScale.BandRow(new BigDecimal(lower), code, code, zone);
    }

    @Test
    void shouldGradeWithTheProducersScaleAndRoundBeforeClassifying() {
        // no table of its own: the definition grades with what the producer sent
        Definition ipp = new Definition(
                "IPP",
                1,
                Source.ASSESSMENT,
                BigDecimal.ZERO,
                BigDecimal.valueOf(5),
                2,
                Map.of(),
                new Rules(null, null, List.of("PROVINSI"), null));
        record Case(String exact, String value, String code) {}
        // 4.5074 → 4.51 (A), 3.0049 → 3.00 (C), 3.0050 → 3.01 (B-), 2.0090 → 2.01 (C-): rounded half-up, then graded
        for (Case k : List.of(
                new Case("4.5074", "4.51", "A"),
                new Case("3.0049", "3.00", "C"),
                new Case("3.0050", "3.01", "B-"),
                new Case("2.0090", "2.01", "C-"))) {
            var c = IndexCalculator.assessment(
                            ipp,
                            List.of(graded(k.exact(), PRODUCER_IPP, Basis.of(List.of("IPP zone mapping")))),
                            List.of())
                    .orElseThrow();
            assertThat(c.value()).as(k.exact()).isEqualByComparingTo(k.value());
            assertThat(c.band().code()).as(k.exact()).isEqualTo(k.code());
            assertThat(c.scale()).isEqualTo(PRODUCER_IPP);
            assertThat(c.basis().confirmed()).isFalse();
            assertThat(c.basis().reasons()).containsExactly("IPP zone mapping");
        }
    }

    @Test
    void shouldSayABlendRestsOnTheUnconfirmedF03Defaults() {
        Rules rules =
                new Rules(null, null, List.of("PROVINSI"), new Blend("F03", new BigDecimal("0.25"), 1, "ZERO", null));
        Definition ipp =
                new Definition("IPP", 3, Source.ASSESSMENT, BigDecimal.ZERO, BigDecimal.valueOf(5), 2, Map.of(), rules);
        var c = IndexCalculator.assessment(ipp, List.of(graded("4.00", PRODUCER_IPP, Basis.CONFIRMED)), List.of())
                .orElseThrow();
        // no respondents and ZERO: 0.75 × 4.00 + 0.25 × 0 = 3.00 → C under the producer's table
        assertThat(c.value()).isEqualByComparingTo("3.00");
        assertThat(c.band().code()).isEqualTo("C");
        assertThat(c.basis().confirmed()).isFalse();
        assertThat(c.basis().reasons()).containsExactly(IndexCalculator.F03_DEFAULTS);
    }

    @Test
    void shouldTakeTheMostAuthoritativeTierAndBlendOnlyWhenEnoughRespondents() {
        Rules rules = new Rules(
                null,
                null,
                List.of("PROVINSI", "KABKOTA", "MANDIRI"),
                new Blend("F03", new BigDecimal("0.25"), 10, "EVALUATOR_ONLY", null));
        Definition ipp =
                new Definition("IPP", 2, Source.ASSESSMENT, BigDecimal.ZERO, BigDecimal.valueOf(5), 2, IPP, rules);
        List<AssessmentInput> both = List.of(verified("MANDIRI", "4.90"), verified("KABKOTA", "3.60"));
        // too few survey respondents and EVALUATOR_ONLY: the evaluator's 3.60 stands (B)
        var alone = IndexCalculator.assessment(ipp, both, List.of()).orElseThrow();
        assertThat(alone.value()).isEqualByComparingTo("3.60");
        assertThat(alone.band().code()).isEqualTo("B");
        // survey on 1..4 with NRR 3.2 -> 3.2 x 5 / 4 = 4.0 on the IPP scale; 0.75 x 3.60 + 0.25 x 4.0 = 3.70
        TallyInput survey = new TallyInput(
                UUID.randomUUID(),
                1,
                UUID.randomUUID(),
                "F03",
                1,
                null,
                10,
                List.of(new ItemTally("Q1", "1", 32, 10, 1, 4)),
                null,
                null,
                null);
        var blended = IndexCalculator.assessment(ipp, both, List.of(survey)).orElseThrow();
        assertThat(blended.value()).isEqualByComparingTo("3.70");
        assertThat(blended.inputs().get("tier")).isEqualTo("KABKOTA");
    }

    @Test
    void shouldCarryTheSurveysIntervalTimesItsWeightIntoTheBlend() {
        Rules rules = new Rules(
                null, null, List.of("PROVINSI", "KABKOTA"), new Blend("F03", new BigDecimal("0.25"), 10, "ZERO", null));
        Definition ipp =
                new Definition("IPP", 2, Source.ASSESSMENT, BigDecimal.ZERO, BigDecimal.valueOf(5), 2, IPP, rules);
        // 10 respondents: eight answered 3, two answered 4 (Σ 32, Σ² 104): s² = (104 − 32²/10)/9 = 0.177778,
        // SE = √(s²/10) = 0.133333 on 1..4; the blend scales it by 0.25 × 5/4 = 0.3125:
        // h = t(0.975, 9) × 0.133333 × 0.3125 = 2.262157 × 0.041667 = 0.0943 → 3.70 ± 0.09 = [3.61, 3.79]
        TallyInput survey = new TallyInput(
                UUID.randomUUID(),
                1,
                UUID.randomUUID(),
                "F03",
                1,
                null,
                10,
                List.of(new ItemTally("Q1", "1", 32, 10, 1, 4)),
                null,
                null,
                null,
                new id.rapor.events.SurveyTallyChanged.ScoreTally(10, "32", "104"));
        var blended = IndexCalculator.assessment(ipp, List.of(verified("KABKOTA", "3.60")), List.of(survey))
                .orElseThrow();
        assertThat(blended.value()).isEqualByComparingTo("3.70");
        IndexInterval interval = blended.precision().interval();
        assertThat(interval.halfWidth()).isEqualByComparingTo("0.09");
        assertThat(interval.lower()).isEqualByComparingTo("3.61");
        assertThat(interval.upper()).isEqualByComparingTo("3.79");
        assertThat(interval.degreesOfFreedom()).isEqualTo(9);
        assertThat(blended.precision().zoneUncertain()).isFalse();
        assertThat(blended.precision().possibleZones()).containsExactly("HIJAU");

        // without survey data the evaluator's score stands alone and has no sampling error to show
        var alone = IndexCalculator.assessment(ipp, List.of(verified("KABKOTA", "3.60")), List.of())
                .orElseThrow();
        assertThat(alone.precision()).isNull();
    }
}
