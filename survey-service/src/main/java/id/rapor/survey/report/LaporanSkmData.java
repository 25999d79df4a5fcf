package id.rapor.survey.report;

import id.rapor.survey.result.ResultDtos.ResultView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a Laporan SKM prints, gathered by {@link ReportService}: the unit, the period, the result exactly as
 * the API gives it to the caller, the questionnaire's unsur and bands, and the trend over earlier periods and
 * the follow-up plans (RTL) made for the period.
 */
record LaporanSkmData(
        String unitName,
        String unitType,
        String regionCode,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        String questionnaireName,
        ResultView result,
        List<Unsur> unsur,
        List<BandLine> bands,
        Map<String, Long> channels,
        List<ServiceLine> services,
        boolean servicesPerUnsur,
        List<TrendPoint> trend,
        Signatory signatory,
        LocalDate printedOn,
        int minimumGroupSize,
        List<PlanLine> plans) {

    /** One follow-up plan (RTL) of the period: unsur, action, due date, owner and status. */
    record PlanLine(String unsur, String action, LocalDate dueDate, String owner, String status) {}

    /** One unsur of the questionnaire: code, name, standard question. */
    record Unsur(String code, String name, String question) {}

    /** One grade band: lower bound on 25–100, mutu code, label. */
    record BandLine(java.math.BigDecimal lowerBound, String code, String label) {}

    /**
     * One jenis layanan: respondents, NRR per unsur (2 dp, by unsur code; empty when not shown) and its IKM.
     */
    record ServiceLine(
            String name, long respondents, Map<String, java.math.BigDecimal> nrr, java.math.BigDecimal ikmKonversi) {}

    /** One period of the trend: its IKM on 25–100 and mutu, or null when it has none yet. */
    record TrendPoint(String period, java.math.BigDecimal ikmKonversi, String mutu, long respondents) {}
}
