package id.rapor.ranking.export;

import id.rapor.platform.export.Column;
import id.rapor.platform.export.ExportFormat;
import id.rapor.platform.export.TableExport;
import id.rapor.ranking.publication.RankingPublicationDtos.RankingPage;
import id.rapor.ranking.publication.RankingReads;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Rankings and roll-ups as CSV or XLSX: the same rows, order and ranks as the JSON reads, every page at once. A
 * ranking has one row per unit or region of the register (bounded, unlike responses), so it is read in pages of
 * {@link #PAGE} and written in one go; who sees the live ranking and who the published one is the JSON read's rule.
 */
@ApplicationScoped
public class RankingExportService {

    static final int PAGE = 1_000;

    /** The columns of a unit ranking export. */
    public static final List<Column> UNIT_COLUMNS = List.of(
            Column.integer("rank", "Competition rank (1, 2, 2, 4); empty for insufficient data"),
            Column.text("index_code", "IKM, IPP, KEPATUHAN or OPINI_OMBUDSMAN"),
            Column.text("period", "e.g. 2026-S1"),
            Column.text("unit_id", "The service unit"),
            Column.text("unit_name", "Its name"),
            Column.text("unit_type", "e.g. PUSKESMAS"),
            Column.text("region_code", "Its Kemendagri region code"),
            Column.text("state", "OK or INSUFFICIENT_DATA"),
            Column.decimal("value", "The index value"),
            Column.text("band_code", "Grade code"),
            Column.text("band_label", "Grade label"),
            Column.text("zone", "HIJAU, KUNING or MERAH"),
            Column.integer("respondents", "Survey respondents (survey indices)"),
            Column.integer("definition_version", "Version of the index definition"),
            Column.bool("confirmed", "False when the value rests on an unconfirmed part"),
            Column.bool("sample_adequate", "Whether respondents reach the Krejcie-Morgan minimum"),
            Column.integer("minimum_sample", "The Krejcie-Morgan minimum"),
            Column.integer("population", "Summed population of the campaigns"),
            Column.integer("flagged", "Survey responses held out for review"),
            Column.integer("excluded", "Survey responses excluded on review"),
            Column.text("data_quality", "OK, REVIEW_PENDING or LOW"),
            Column.decimal(
                    "interval_lower", "Lower bound of the value's 95 % interval (survey data); empty without one"),
            Column.decimal("interval_upper", "Upper bound of the 95 % interval"),
            Column.text("interval_method", "How the interval was computed, e.g. STUDENT_T_SRS_FPC"),
            Column.integer("rank_best", "The best rank the unit could hold given every ranked unit's interval"),
            Column.integer("rank_worst", "The worst rank it could hold (rank_best..rank_worst is the JSON rankRange)"),
            Column.bool("zone_uncertain", "True when the interval reaches more than one zone"),
            Column.integer("additional_respondents", "Respondents more that would narrow the interval to the target"));

    /** The columns of a regional roll-up export. */
    public static final List<Column> REGION_COLUMNS = List.of(
            Column.integer("rank", "Competition rank; empty for regions without data"),
            Column.text("index_code", "IKM, IPP, KEPATUHAN or OPINI_OMBUDSMAN"),
            Column.text("period", "e.g. 2026"),
            Column.text("region_code", "Kemendagri code of the province or kabupaten/kota"),
            Column.text("level", "province or regency"),
            Column.text("state", "OK or INSUFFICIENT_DATA"),
            Column.text("reason", "Why data is missing"),
            Column.decimal("value", "The rolled-up index value"),
            Column.text("band_code", "Grade code"),
            Column.text("band_label", "Grade label"),
            Column.text("zone", "HIJAU, KUNING or MERAH"),
            Column.integer("units_registered", "Active units of the region"),
            Column.integer("units_with_data", "Units with a value"),
            Column.decimal("coverage", "units_with_data / units_registered, 4 decimals"),
            Column.integer("units_hijau", "Units in the green zone"),
            Column.integer("units_kuning", "Units in the yellow zone"),
            Column.integer("units_merah", "Units in the red zone"),
            Column.integer("respondents", "Respondents summed over the units (survey indices)"),
            Column.text("regulation", "The regulation of the definition"),
            Column.integer("definition_version", "Version of the index definition"),
            Column.bool("confirmed", "False when a unit's value rests on an unconfirmed part"),
            Column.decimal("interval_lower", "Lower bound of the regional IKM's 95 % interval (units as strata)"),
            Column.decimal("interval_upper", "Upper bound of the 95 % interval"),
            Column.text("interval_method", "How the interval was computed, e.g. STUDENT_T_STRATIFIED"),
            Column.integer("rank_best", "The best rank the region could hold given the intervals"),
            Column.integer("rank_worst", "The worst rank it could hold"),
            Column.bool("zone_uncertain", "True when the interval reaches more than one zone"));

    @Inject
    RankingReads rankings;

    /** A unit ranking with the JSON read's filters, every row. */
    public Response units(
            String index,
            String period,
            String region,
            String unitType,
            String zone,
            boolean adequateOnly,
            ExportFormat format) {
        List<Object[]> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            RankingPage<UnitRankingRow> found =
                    rankings.units(index, period, region, unitType, null, null, null, zone, adequateOnly, page, PAGE);
            for (UnitRankingRow r : found.items()) {
                rows.add(new Object[] {
                    r.rank(),
                    index,
                    period,
                    r.unitId().toString(),
                    r.name(),
                    r.unitType(),
                    r.regionCode(),
                    r.state(),
                    r.value(),
                    r.bandCode(),
                    r.bandLabel(),
                    r.zone(),
                    r.respondents(),
                    r.definitionVersion(),
                    r.basis() == null || r.basis().confirmed(),
                    r.sampleAdequate(),
                    r.minimumSample(),
                    r.population(),
                    r.flagged(),
                    r.excluded(),
                    r.dataQuality(),
                    r.interval() == null ? null : r.interval().lower(),
                    r.interval() == null ? null : r.interval().upper(),
                    r.interval() == null ? null : r.interval().method(),
                    r.rankRange() == null ? null : r.rankRange().best(),
                    r.rankRange() == null ? null : r.rankRange().worst(),
                    r.zoneUncertain(),
                    r.interval() == null ? null : r.interval().additionalRespondents()
                });
            }
            if ((long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
        String name = "ranking-units-" + index + "-" + period + (region == null ? "" : "-" + region);
        return TableExport.fromRows(format, name, UNIT_COLUMNS, rows);
    }

    /** A regional roll-up with the JSON read's filters, every row. */
    public Response regions(
            String index,
            String period,
            String level,
            String parent,
            String unitType,
            String zone,
            ExportFormat format) {
        List<Object[]> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            RankingPage<RegionRankingRow> found =
                    rankings.regions(index, period, level, parent, unitType, zone, page, PAGE);
            for (RegionRankingRow r : found.items()) {
                rows.add(new Object[] {
                    r.rank(),
                    index,
                    period,
                    r.regionCode(),
                    r.level(),
                    r.state(),
                    r.reason(),
                    r.value(),
                    r.bandCode(),
                    r.bandLabel(),
                    r.zone(),
                    r.unitsRegistered(),
                    r.unitsWithData(),
                    r.coverage(),
                    r.zoneCounts() == null ? null : r.zoneCounts().hijau(),
                    r.zoneCounts() == null ? null : r.zoneCounts().kuning(),
                    r.zoneCounts() == null ? null : r.zoneCounts().merah(),
                    r.respondents(),
                    r.regulation(),
                    r.definitionVersion(),
                    r.basis() == null || r.basis().confirmed(),
                    r.interval() == null ? null : r.interval().lower(),
                    r.interval() == null ? null : r.interval().upper(),
                    r.interval() == null ? null : r.interval().method(),
                    r.rankRange() == null ? null : r.rankRange().best(),
                    r.rankRange() == null ? null : r.rankRange().worst(),
                    r.zoneUncertain()
                });
            }
            if ((long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
        String name = "ranking-regions-" + index + "-" + period + (parent == null ? "" : "-" + parent);
        return TableExport.fromRows(format, name, REGION_COLUMNS, rows);
    }
}
