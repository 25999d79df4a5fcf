package id.rapor.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.assessment.instrument.InstrumentDtos.Definition;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seeded Ombudsman instruments (REFERENCE.md 4.1, 4.2) scored on their 0..100 scale with their own bands. */
class OmbudsmanScoringTest {

    private static Map<String, BigDecimal> values(Object... pairs) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return values;
    }

    @Test
    void shouldWeighTheFourOpiniDimensionsAndMapTheCategoryToItsZone() throws IOException {
        // Fourth seeded row (PEKPPP v1, PEKPPP v2, kepatuhan, opini): OMBUDSMAN_OPINI.
        Definition opini = PekpppScoringTest.seededDefinitions().get(3);
        Scoring scoring = new Scoring(opini, BigDecimal.valueOf(100));
        // Input = .5×80 + .5×90 = 85; total = .2185×85 + .3237×90 + .2424×70 + .2154×100
        //       = 18.5725 + 29.133 + 16.968 + 21.54 = 86.2135 → B (78 ≤ x < 88), hijau
        Scoring.Result result = scoring.score(values("IN1", 80, "IN2", 90, "PR1", 90, "OU1", 70, "PG1", 100));
        assertThat(result.aspects().get(0).score()).isEqualByComparingTo("85");
        assertThat(result.total()).isEqualByComparingTo("86.2135");
        assertThat(result.bandCode()).isEqualTo("B");
        assertThat(result.zone()).isEqualTo("HIJAU");
        // Every dimension at 57: total 57 (weights sum to 100%) → C, kuning; at 56: D, merah.
        assertThat(scoring.score(values("IN1", 57, "IN2", 57, "PR1", 57, "OU1", 57, "PG1", 57))
                        .zone())
                .isEqualTo("KUNING");
        assertThat(scoring.score(values("IN1", 56, "IN2", 56, "PR1", 56, "OU1", 56, "PG1", 56))
                        .bandCode())
                .isEqualTo("D");
    }

    @Test
    void shouldScoreLegacyKepatuhanZonesAt81And51() throws IOException {
        Definition kepatuhan = PekpppScoringTest.seededDefinitions().get(2);
        Scoring scoring = new Scoring(kepatuhan, BigDecimal.valueOf(100));
        List<String> items = List.of("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10", "P11");
        // Yes on P01..P09 (10 each) and no on visi-misi and motto (5 each): 90 → hijau.
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        items.forEach(i -> values.put(i, BigDecimal.ONE));
        values.put("P10", BigDecimal.ZERO);
        values.put("P11", BigDecimal.ZERO);
        assertThat(scoring.score(values).total()).isEqualByComparingTo("90");
        assertThat(scoring.score(values).zone()).isEqualTo("HIJAU");
        // Yes on P01..P05 and P10: 50 + 5 = 55 → kuning (51 ≤ x < 81).
        items.forEach(i -> values.put(i, BigDecimal.ZERO));
        List.of("P01", "P02", "P03", "P04", "P05", "P10").forEach(i -> values.put(i, BigDecimal.ONE));
        assertThat(scoring.score(values).total()).isEqualByComparingTo("55");
        assertThat(scoring.score(values).bandLabel()).isEqualTo("Kepatuhan sedang");
        // Yes on P01..P05 only: 50 → merah (below 51).
        values.put("P10", BigDecimal.ZERO);
        assertThat(scoring.score(values).zone()).isEqualTo("MERAH");
        // 80.99 vs 81 on the band table itself.
        assertThat(scoring.grade(new BigDecimal("80.99")).zone()).isEqualTo("KUNING");
        assertThat(scoring.grade(new BigDecimal("81")).zone()).isEqualTo("HIJAU");
        assertThat(scoring.grade(new BigDecimal("50.99")).zone()).isEqualTo("MERAH");
    }
}
