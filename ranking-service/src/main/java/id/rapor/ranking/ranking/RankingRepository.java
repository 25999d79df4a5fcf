package id.rapor.ranking.ranking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.Basis;
import id.rapor.events.Period;
import id.rapor.events.RegionCodes;
import id.rapor.platform.web.PageView;
import id.rapor.ranking.config.RankingConfig;
import id.rapor.ranking.index.Precision;
import id.rapor.ranking.index.UnitResult;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The unit results as rankings read them: ranked pages of units and the counts behind a unit's ranks. */
@ApplicationScoped
public class RankingRepository {

    /** The subject kind a ranking covers unless asked for another. */
    public static final String UNIT = "UNIT";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    RankingConfig config;

    /**
     * One page of the active units' results of {@code index} in {@code period}, ranked over the whole scope (inside
     * {@code region}, of {@code unitType}, adequate samples only when asked) before {@code zoneFilter} and the page
     * are applied; with the filtered total.
     */
    public PageView<UnitRankingRow> rankedUnits(
            String index,
            Period period,
            String region,
            String unitType,
            String zoneFilter,
            boolean adequateOnly,
            int page,
            int size) {
        return rankedUnits(index, period, region, unitType, UNIT, null, null, zoneFilter, adequateOnly, page, size);
    }

    /**
     * As {@link #rankedUnits(String, Period, String, String, String, boolean, int, int)} over the subjects of one
     * kind ({@code UNIT}, {@code PEMDA}, {@code INSTANSI}) and, when {@code instansi} is given, over the units of
     * that instansi only (a BUMN's branch offices among each other); with {@code level}, over the Pemda of that
     * level only (ranks, rank ranges and totals all within the level).
     */
    @SuppressWarnings("unchecked")
    public PageView<UnitRankingRow> rankedUnits(
            String index,
            Period period,
            String region,
            String unitType,
            String subjectKind,
            PemdaLevel level,
            UUID instansi,
            String zoneFilter,
            boolean adequateOnly,
            int page,
            int size) {
        StringBuilder scope = new StringBuilder(
                "r.index_code = :index and r.period = :period and u.active and u.subject_kind = :subjectKind");
        if (instansi != null) {
            scope.append(" and u.instansi_id = :instansi");
        }
        if (level != null) {
            scope.append(" and ").append(level.sql());
        }
        if (region != null) {
            scope.append(" and (u.region_code = :region or u.region_code like :regionPrefix)");
        }
        if (unitType != null) {
            scope.append(" and u.unit_type = :unitType");
        }
        if (adequateOnly) {
            // a unit whose respondents are below its Krejcie-Morgan minimum is left out of the ranking entirely
            scope.append(" and r.sample_adequate is not false");
        }
        String ranked = "with ranked as (select r.unit_id, u.name, u.unit_type, u.region_code, r.state, r.value, "
                + "r.band_code, r.band_label, r.zone, r.respondents, r.definition_version, "
                + "case when r.value is null then null else rank() over (order by r.value desc nulls last) end rnk, "
                + "r.basis, r.sample_adequate, r.minimum_sample, r.population, q.counted, q.flagged, q.excluded, "
                + "coalesce(r.ci_lower, r.value) lo, coalesce(r.ci_upper, r.value) hi, r.precision "
                + "from unit_result r join unit_projection u on u.id = r.unit_id "
                + "left join (select unit_id, sum(respondents) counted, sum(flagged) flagged, sum(excluded) excluded "
                + "from survey_tally where period in (:surveyPeriods) group by unit_id) q on q.unit_id = r.unit_id "
                + "where " + scope + ") ";
        List<String> surveyPeriods = surveyPeriodsInside(period);
        String filter = zoneFilter == null ? "" : " where zone = :zone";
        Query select = em.createNativeQuery(ranked + "select * from ranked" + filter
                + " order by value desc nulls last, name, unit_id limit :limit offset :offset");
        Query count = em.createNativeQuery(ranked + "select count(*) from ranked" + filter);
        Query bounds = em.createNativeQuery(ranked + "select lo, hi from ranked where value is not null");
        for (Query q : List.of(select, count, bounds)) {
            q.setParameter("index", index)
                    .setParameter("period", period.text())
                    .setParameter("surveyPeriods", surveyPeriods)
                    .setParameter("subjectKind", subjectKind);
            if (instansi != null) {
                q.setParameter("instansi", instansi);
            }
            if (region != null) {
                q.setParameter("region", region).setParameter("regionPrefix", RegionCodes.likeInside(region));
            }
            if (unitType != null) {
                q.setParameter("unitType", unitType);
            }
            if (zoneFilter != null && q != bounds) {
                q.setParameter("zone", zoneFilter);
            }
        }
        RankRanges ranges = RankRanges.of((List<Object[]>) bounds.getResultList());
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<UnitRankingRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) select.getResultList()) {
            Precision precision = precision((String) r[21]);
            rows.add(new UnitRankingRow(
                    r[11] == null ? null : ((Number) r[11]).intValue(),
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (BigDecimal) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    r[9] == null ? null : ((Number) r[9]).longValue(),
                    ((Number) r[10]).intValue(),
                    basis((String) r[12]),
                    (Boolean) r[13],
                    r[14] == null ? null : ((Number) r[14]).longValue(),
                    r[15] == null ? null : ((Number) r[15]).longValue(),
                    r[17] == null ? null : ((Number) r[17]).longValue(),
                    r[18] == null ? null : ((Number) r[18]).longValue(),
                    dataQuality(r[16], r[17], r[18]),
                    precision == null ? null : precision.interval(),
                    r[5] == null ? null : ranges.range((BigDecimal) r[19], (BigDecimal) r[20]),
                    precision == null ? null : precision.zoneUncertain(),
                    precision == null ? null : precision.possibleZones()));
        }
        return new PageView<>(rows, page, size, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * The campaign periods whose tallies a result of {@code period} pools (the period itself and, for a year, its
     * semesters, quarters, months and ranges), so the data-quality counts cover the same campaigns as the value.
     */
    @SuppressWarnings("unchecked")
    private List<String> surveyPeriodsInside(Period period) {
        List<String> candidates = em.createNativeQuery("select distinct period from survey_tally "
                        + "where substr(period, 1, 4) between :from and :to")
                .setParameter("from", String.valueOf(period.start().getYear()))
                .setParameter("to", String.valueOf(period.end().getYear()))
                .getResultList();
        List<String> inside = new ArrayList<>(List.of(period.text()));
        for (String candidate : candidates) {
            if (!candidate.equals(period.text())
                    && Period.parse(candidate).map(period::contains).orElse(false)) {
                inside.add(candidate);
            }
        }
        return inside;
    }

    private Precision precision(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Precision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored precision is not valid JSON", e);
        }
    }

    /** OK, REVIEW_PENDING or LOW from a unit's survey counts of the period; null without survey data. */
    private String dataQuality(Object counted, Object flagged, Object excluded) {
        if (counted == null) {
            return null;
        }
        long held = ((Number) flagged).longValue() + ((Number) excluded).longValue();
        long all = ((Number) counted).longValue() + held;
        if (all > 0 && (double) held / all > config.surveyQualityThreshold()) {
            return "LOW";
        }
        return ((Number) flagged).longValue() > 0 ? "REVIEW_PENDING" : "OK";
    }

    /** The (index, period) pairs the active units inside {@code region} have results for, in order. */
    @SuppressWarnings("unchecked")
    public List<String[]> indexPeriodsOfUnitsIn(String region) {
        List<Object[]> rows = em.createNativeQuery("select distinct r.index_code, r.period from unit_result r "
                        + "join unit_projection u on u.id = r.unit_id where u.active and u.subject_kind = 'UNIT' "
                        + "and (u.region_code = :region or u.region_code like :regionPrefix) order by 1, 2")
                .setParameter("region", region)
                .setParameter("regionPrefix", RegionCodes.likeInside(region))
                .getResultList();
        return rows.stream()
                .map(r -> new String[] {(String) r[0], (String) r[1]})
                .toList();
    }

    /** Every result of the unit, by index then period. */
    public List<UnitResult> resultsOfUnit(UUID unitId) {
        return em.createQuery(
                        "from UnitResult where unitId = ?1 order by indexCode, " + "periodStart, period",
                        UnitResult.class)
                .setParameter(1, unitId)
                .getResultList();
    }

    /** Active units (in {@code province} when given) with a value above {@code r}'s for its index and period. */
    public long unitsRankedAbove(UnitResult r, String province) {
        return count("r.value > :value", r, UNIT, null, province, null);
    }

    /** Active units (in {@code province} when given) with a value for {@code r}'s index and period. */
    public long unitsRanked(UnitResult r, String province) {
        return count("r.value is not null", r, UNIT, null, province, null);
    }

    /**
     * Active peers of a subject with a value above {@code r}'s: subjects of {@code subjectKind}, Pemda of
     * {@code level}, in {@code province} and of {@code instansi} when given.
     */
    public long peersRankedAbove(UnitResult r, String subjectKind, PemdaLevel level, String province, UUID instansi) {
        return count("r.value > :value", r, subjectKind, level, province, instansi);
    }

    /** Active peers of a subject with a value for {@code r}'s index and period (as {@link #peersRankedAbove}). */
    public long peersRanked(UnitResult r, String subjectKind, PemdaLevel level, String province, UUID instansi) {
        return count("r.value is not null", r, subjectKind, level, province, instansi);
    }

    private long count(
            String condition, UnitResult r, String subjectKind, PemdaLevel level, String province, UUID instansi) {
        Query q = em.createNativeQuery("select count(*) from unit_result r join unit_projection u on u.id = r.unit_id "
                        + "where r.index_code = :index and r.period = :period and u.active "
                        + "and u.subject_kind = :subjectKind and " + condition
                        + (level == null ? "" : " and " + level.sql())
                        + (province == null ? "" : " and u.province_code = :province")
                        + (instansi == null ? "" : " and u.instansi_id = :instansi"))
                .setParameter("index", r.indexCode)
                .setParameter("period", r.period)
                .setParameter("subjectKind", subjectKind);
        if (condition.contains(":value")) {
            q.setParameter("value", r.value);
        }
        if (province != null) {
            q.setParameter("province", province);
        }
        if (instansi != null) {
            q.setParameter("instansi", instansi);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private Basis basis(String text) {
        if (text == null) {
            return Basis.CONFIRMED;
        }
        try {
            return json.readValue(text, Basis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored basis is not valid JSON", e);
        }
    }
}
