package id.rapor.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.assessment.instrument.InstrumentDtos.Definition;
import id.rapor.assessment.instrument.InstrumentDtos.InstrumentRequest;
import id.rapor.assessment.register.RegisterSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The versions seeded with the generic answer types obey every rule a version published through the API obeys. */
class SeededAnswerTypeVersionsTest {

    static Definition seeded(String migration) throws IOException {
        String sql;
        try (InputStream in = SeededAnswerTypeVersionsTest.class.getResourceAsStream("/db/migration/" + migration)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\$json\\$(.*?)\\$json\\$", Pattern.DOTALL).matcher(sql);
        assertThat(m.find()).isTrue();
        return new ObjectMapper().readValue(m.group(1), Definition.class);
    }

    private static InstrumentRequest request(String code, Definition d) {
        return new InstrumentRequest(
                code,
                code,
                code,
                "seed",
                2022,
                2024,
                BigDecimal.valueOf(100),
                d.aspects(),
                d.bands(),
                2,
                false,
                null,
                null);
    }

    @Test
    void shouldSeedOmbudsmanPerIndicatorAsAValidVersion() throws IOException {
        Definition opini = seeded("V23_2__ombudsman_opini_indicators.sql");
        assertThat(InstrumentRules.violations(request("OMBUDSMAN_OPINI", opini)))
                .isEmpty();
        assertThat(opini.aspects())
                .extracting(a -> a.weight().toPlainString())
                .containsExactly("21.85", "32.37", "24.24", "21.54");
        // 6 kompetensi + 9 sarpras, 11 proses, 5 maladministrasi perceptions, 5 pengaduan items
        assertThat(opini.aspects()).extracting(a -> a.indicators().size()).containsExactly(15, 11, 5, 5);
    }

    @Test
    void shouldSeedCbanAsAValidVersionOfTwelveComponents() throws IOException {
        Definition cban = seeded("V23_3__cban.sql");
        assertThat(InstrumentRules.violations(request("CBAN", cban))).isEmpty();
        assertThat(cban.aspects()).hasSize(12);
        assertThat(cban.aspects().stream().flatMap(a -> a.indicators().stream()))
                .extracting(i -> i.answerType())
                .contains(AnswerType.CHECKLIST, AnswerType.COUNT, AnswerType.PERCENT_OF_TARGET, AnswerType.MULTI_YEAR);
    }

    @Test
    void shouldSeedTheRegisterInstrumentsAsValidVersionsWhoseIndicatorsNameARegisterSource() throws IOException {
        String sql;
        try (InputStream in = SeededAnswerTypeVersionsTest.class.getResourceAsStream(
                "/db/migration/V27_1__register_instruments.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("'([A-Z_]+)', 1, '[^']*', '[A-Z_]+'.*?\\$json\\$(.*?)\\$json\\$", Pattern.DOTALL)
                .matcher(sql);
        java.util.Map<String, Integer> indicators = new java.util.LinkedHashMap<>();
        while (m.find()) {
            Definition d = new ObjectMapper().readValue(m.group(2), Definition.class);
            assertThat(InstrumentRules.violations(request(m.group(1), d)))
                    .as(m.group(1))
                    .isEmpty();
            var all = d.aspects().stream().flatMap(a -> a.indicators().stream()).toList();
            assertThat(all)
                    .as(m.group(1) + ": every indicator is answered from a register")
                    .allMatch(i -> RegisterSource.parse(i.source()).isPresent());
            indicators.put(m.group(1), all.size());
        }
        // SOP 6 indicators; SPM the 29 kab/kota basic services; INOVASI 5
        assertThat(indicators)
                .containsExactly(
                        java.util.Map.entry("SOP_AP", 6),
                        java.util.Map.entry("SPM_KABKOTA", 29),
                        java.util.Map.entry("INOVASI", 5));
    }

    @Test
    void shouldSeedSpmProvinsiOnTheKabKotaIndexAndBandsWithTheNineProvincialServices() throws IOException {
        Definition provinsi = seeded("V31_1__spm_provinsi_instrument.sql");
        Definition kabkota = spmKabKota();
        assertThat(InstrumentRules.violations(request("SPM_PROVINSI", provinsi)))
                .isEmpty();
        var all = provinsi.aspects().stream()
                .flatMap(a -> a.indicators().stream())
                .toList();
        assertThat(all)
                .extracting(i -> i.source())
                .containsExactly(
                        "SPM:SERVED:PR-DIK-1.P",
                        "SPM:SERVED:PR-DIK-2.P",
                        "SPM:SERVED:PR-KES-1.P",
                        "SPM:SERVED:PR-KES-2.P",
                        "SPM:SERVED:PR-PU-1.P",
                        "SPM:SERVED:PR-PU-2.P",
                        "SPM:SERVED:PR-PKP-1.P",
                        "SPM:SERVED:PR-PKP-2.P",
                        "SPM:SERVED:PR-SOS-1.P");
        assertThat(all).allMatch(i -> RegisterSource.parse(i.source()).isPresent());
        assertThat(all).allMatch(i -> i.answerType() == AnswerType.PERCENT_OF_TARGET);
        // five bidang (no provincial trantibumlinmas in the catalogue) of equal weight
        assertThat(provinsi.aspects())
                .extracting(a -> a.code())
                .containsExactly("pendidikan", "kesehatan", "pekerjaan_umum", "perumahan_rakyat", "sosial");
        assertThat(provinsi.aspects()).allMatch(a -> a.weight().compareTo(BigDecimal.valueOf(20)) == 0);
        // the same category table as the kab/kota version
        assertThat(provinsi.bands()).isEqualTo(kabkota.bands());

        String sql = migration("V31_1__spm_provinsi_instrument.sql");
        assertThat(sql)
                .contains("'SPM_PROVINSI', 1, 'Capaian Standar Pelayanan Minimal pemerintah provinsi', 'SPM'")
                .contains("'[\"PEMDA\"]'")
                .contains("2, false,")
                .contains("PR-SOS-1: the provincial sosial service")
                .contains("trantibumlinmas services were not retrieved");
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = SeededAnswerTypeVersionsTest.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Definition spmKabKota() throws IOException {
        Matcher m = Pattern.compile("'SPM_KABKOTA', 1, .*?\\$json\\$(.*?)\\$json\\$", Pattern.DOTALL)
                .matcher(migration("V27_1__register_instruments.sql"));
        assertThat(m.find()).isTrue();
        return new ObjectMapper().readValue(m.group(1), Definition.class);
    }
}
