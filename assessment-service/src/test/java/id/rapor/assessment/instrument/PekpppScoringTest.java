package id.rapor.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.assessment.instrument.InstrumentDtos.AspectDef;
import id.rapor.assessment.instrument.InstrumentDtos.Definition;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IPP of whole PEKPPP assessments under the seeded 2023 version (REFERENCE.md 3.3, 3.4, 3.6, 3.7), against
 * values computed by hand. Each indicator's effective weight is aspect weight × weight in aspect, e.g.
 * indicator 1: 24% × 17% = 0.0408; the 30 effective weights sum to 1, so all indicators at level x give IPP x.
 */
class PekpppScoringTest {

    private static Definition pekppp2023;
    private static List<String> codes;

    /** The definitions of the seed migration, in the order of its rows. */
    static List<Definition> seededDefinitions() throws IOException {
        String sql;
        try (InputStream in = PekpppScoringTest.class.getResourceAsStream("/db/migration/V4__instrument_seeds.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\$json\\$(.*?)\\$json\\$", Pattern.DOTALL).matcher(sql);
        List<Definition> definitions = new ArrayList<>();
        while (m.find()) {
            definitions.add(new ObjectMapper().readValue(m.group(1), Definition.class));
        }
        return definitions;
    }

    @BeforeAll
    static void loadSeed() throws IOException {
        // Second seeded row: PEKPPP version 2 (PermenPANRB 29/2022 jo. 4/2023).
        pekppp2023 = seededDefinitions().get(1);
        codes = pekppp2023.aspects().stream()
                .filter(a -> a.weight().signum() > 0)
                .flatMap(a -> a.indicators().stream())
                .map(IndicatorDef::code)
                .toList();
    }

    private static Scoring scoring() {
        return new Scoring(pekppp2023, BigDecimal.valueOf(5));
    }

    /** Answers: every scored indicator at {@code base}, then indicator number n (1..30) moved by delta. */
    private static Map<String, BigDecimal> answers(int base, int[][] changes) {
        int[] levels = new int[30];
        java.util.Arrays.fill(levels, base);
        for (int[] change : changes) {
            levels[change[0] - 1] += change[1];
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            values.put(codes.get(i), BigDecimal.valueOf(levels[i]));
        }
        return values;
    }

    // x.51 from base x: raise indicators 1-4 (24% × (17+14+7+14)% = 0.1248), 11-14 (25% × 90% = 0.225) and 15-19
    // (18% × (15+23+20+20+11)% = 0.1602): 0.1248 + 0.225 + 0.1602 = 0.51.
    private static final int[][] PLUS_051 = {
        {1, 1}, {2, 1}, {3, 1}, {4, 1}, {11, 1}, {12, 1}, {13, 1}, {14, 1}, {15, 1}, {16, 1}, {17, 1}, {18, 1}, {19, 1}
    };
    // x.50 from base x: raise 1,2,3,5,6 (24% × 65% = 0.156), 10,11,12,14 (25% × 80% = 0.2) and 15,16,17,19,20
    // (18% × 80% = 0.144): 0.156 + 0.2 + 0.144 = 0.5.
    private static final int[][] PLUS_050 = {
        {1, 1}, {2, 1}, {3, 1}, {5, 1}, {6, 1}, {10, 1}, {11, 1}, {12, 1}, {14, 1}, {15, 1}, {16, 1}, {17, 1}, {19, 1},
        {20, 1}
    };
    // x.01 from base x: raise 2,3,4 (24% × 35% = 0.084), lower 5 (24% × 10% = 0.024) and 11 (25% × 20% = 0.05):
    // 0.084 - 0.024 - 0.05 = 0.01.
    private static final int[][] PLUS_001 = {{2, 1}, {3, 1}, {4, 1}, {5, -1}, {11, -1}};

    @Test
    void shouldPlaceEveryIppBandBoundaryInItsBand() {
        record Case(int base, int[][] changes, String total, String band, String zone) {}
        List<Case> cases = List.of(
                new Case(5, new int[0][], "5", "A", "HIJAU"),
                new Case(4, PLUS_051, "4.51", "A", "HIJAU"),
                new Case(4, PLUS_050, "4.5", "A-", "HIJAU"),
                new Case(4, PLUS_001, "4.01", "A-", "HIJAU"),
                new Case(4, new int[0][], "4", "B", "HIJAU"),
                new Case(3, PLUS_051, "3.51", "B", "HIJAU"),
                new Case(3, PLUS_050, "3.5", "B-", "KUNING"),
                new Case(3, PLUS_001, "3.01", "B-", "KUNING"),
                new Case(3, new int[0][], "3", "C", "KUNING"),
                new Case(2, PLUS_051, "2.51", "C", "KUNING"),
                new Case(2, PLUS_050, "2.5", "C-", "KUNING"),
                new Case(2, PLUS_001, "2.01", "C-", "KUNING"),
                new Case(2, new int[0][], "2", "D", "MERAH"),
                new Case(1, PLUS_051, "1.51", "D", "MERAH"),
                new Case(1, PLUS_050, "1.5", "E", "MERAH"),
                new Case(1, PLUS_001, "1.01", "E", "MERAH"),
                new Case(1, new int[0][], "1", "F", "MERAH"),
                new Case(0, new int[0][], "0", "F", "MERAH"));
        SoftAssertions soft = new SoftAssertions();
        for (Case c : cases) {
            Scoring.Result result = scoring().score(answers(c.base(), c.changes()));
            soft.assertThat(result.total()).as("total for " + c.total()).isEqualByComparingTo(c.total());
            soft.assertThat(result.bandCode()).as("band for " + c.total()).isEqualTo(c.band());
            soft.assertThat(result.zone()).as("zone for " + c.total()).isEqualTo(c.zone());
        }
        soft.assertAll();
    }

    @Test
    void shouldComputeAspectScoresAndIppOfAMixedAssessment() {
        // a: .17×5 + .14×4 + .07×3 + .14×4 + .10×5 + .17×3 + .07×2 + .07×4 + .07×3 = 3.82
        // b: .10×4 + .20×4 + .20×3 + .20×5 + .30×4 = 4.0;  c: .15×3 + .23×4 + .20×5 + .20×2 + .11×3 + .11×4 = 3.54
        // d: .30×4 + .20×3 + .20×3 + .30×5 = 3.9;  e: .20×5 + .25×4 + .25×4 + .30×3 = 3.9;  f: .5×2 + .5×3 = 2.5
        // IPP = .24×3.82 + .25×4 + .18×3.54 + .11×3.9 + .10×3.9 + .12×2.5
        //     = 0.9168 + 1 + 0.6372 + 0.429 + 0.39 + 0.3 = 3.673 → B (3.51 ≤ 3.673 < 4.01), hijau
        Scoring.Result result = scoring().score(mixed());
        assertThat(result.aspects())
                .extracting(Scoring.AspectResult::score)
                .map(BigDecimal::toPlainString)
                .containsExactly("3.82", "4", "3.54", "3.9", "3.9", "2.5", "0");
        assertThat(result.total()).isEqualByComparingTo("3.673");
        assertThat(result.bandCode()).isEqualTo("B");
        assertThat(result.bandLabel()).isEqualTo("Baik");
        assertThat(result.aspects().get(0).indicators().get(0).weight()).isEqualByComparingTo("17");
    }

    /** The mixed answers worked out in {@link #shouldComputeAspectScoresAndIppOfAMixedAssessment}. */
    static Map<String, BigDecimal> mixed() {
        int[] levels = {5, 4, 3, 4, 5, 3, 2, 4, 3, 4, 4, 3, 5, 4, 3, 4, 5, 2, 3, 4, 4, 3, 3, 5, 5, 4, 4, 3, 2, 3};
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            values.put(codes.get(i), BigDecimal.valueOf(levels[i]));
        }
        return values;
    }

    @Test
    void shouldSeedTheReferenceStructure() {
        assertThat(pekppp2023.aspects())
                .extracting(AspectDef::weight)
                .map(BigDecimal::toPlainString)
                .containsExactly("24", "25", "18", "11", "10", "12", "0");
        assertThat(pekppp2023.aspects()).extracting(a -> a.indicators().size()).containsExactly(9, 5, 6, 4, 4, 2, 1);
        assertThat(codes).hasSize(30).startsWith("1.a.Ak", "2.a.P").endsWith("30.f.B");
        IndicatorDef first = pekppp2023.aspects().get(0).indicators().get(0);
        assertThat(first.levels()).hasSize(6);
        assertThat(first.levels().get(0).text()).isEqualTo("Tidak tersedia SP");
        assertThat(pekppp2023.bands())
                .extracting(InstrumentDtos.BandDef::code)
                .containsExactly("A", "A-", "B", "B-", "C", "C-", "D", "E", "F");
    }

    @Test
    void shouldRejectValuesOutsideTheRubricAndIgnoreTheUnweightedQueueItem() {
        Scoring scoring = scoring();
        IndicatorDef first = scoring.indicator("1.a.Ak").orElseThrow();
        assertThatThrownBy(() -> scoring.scoreOf(first, BigDecimal.valueOf(6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rubric");
        assertThatThrownBy(() -> scoring.scoreOf(first, new BigDecimal("2.5")))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, BigDecimal> values = answers(3, new int[0][]);
        values.put("31.g.antrian", BigDecimal.ONE);
        assertThat(scoring.score(values).total()).isEqualByComparingTo("3");
        assertThat(scoring.weightedIndicators()).doesNotContain("31.g.antrian");
    }
}
