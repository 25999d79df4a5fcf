package id.rapor.ranking.ranking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.Basis;
import id.rapor.events.Period;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.web.PageView;
import id.rapor.ranking.config.RankingConfig;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.DefinitionService;
import id.rapor.ranking.index.UnitResult;
import id.rapor.ranking.ranking.RankingDtos.IndexHistory;
import id.rapor.ranking.ranking.RankingDtos.ItemChange;
import id.rapor.ranking.ranking.RankingDtos.PeriodEntry;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.Scorecard;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import id.rapor.ranking.rollup.RollupService;
import id.rapor.ranking.rollup.RollupService.Level;
import id.rapor.ranking.unit.UnitDtos.UnitView;
import id.rapor.ranking.unit.UnitProjectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Rankings of units and regions (competition ranking: equal values share a rank and the next rank skips, 1, 2,
 * 2, 4), and unit scorecards with history. Ranks are taken over the whole scope before the zone filter and the
 * page are applied, so a filtered page shows the unit's real rank.
 */
@ApplicationScoped
public class RankingService {


    @Inject
    EntityManager em;

    @Inject
    DefinitionService definitions;

    @Inject
    RollupService rollups;

    @Inject
    UnitProjectionService units;

    @Inject
    RankingConfig config;

    @Inject
    ObjectMapper json;

    /** Units of one index and period, best first, inside {@code region} and of {@code unitType} when given. */
    @SuppressWarnings("unchecked")
    public PageView<UnitRankingRow> units(String index, String periodText, String region, String unitType,
            String zone, boolean adequateOnly, int page, int size) {
        requireIndex(index);
        Period period = requirePeriod(periodText);
        if (region != null && !RegionCodes.isValid(region)) {
            throw ProblemException.badRequest("region", "must be a Kemendagri region code such as 73 or 73.06");
        }
        String zoneFilter = zone(zone);
        StringBuilder scope = new StringBuilder("r.index_code = :index and r.period = :period and u.active");
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
                + "r.basis, r.sample_adequate, r.minimum_sample, r.population, q.counted, q.flagged, q.excluded "
                + "from unit_result r join unit_projection u on u.id = r.unit_id "
                + "left join (select unit_id, sum(respondents) counted, sum(flagged) flagged, sum(excluded) excluded "
                + "from survey_tally where period in (:surveyPeriods) group by unit_id) q on q.unit_id = r.unit_id "
                + "where " + scope + ") ";
        List<String> surveyPeriods = surveyPeriodsInside(period);
        String filter = zoneFilter == null ? "" : " where zone = :zone";
        Query select = em.createNativeQuery(ranked + "select * from ranked" + filter
                + " order by value desc nulls last, name, unit_id limit :limit offset :offset");
        Query count = em.createNativeQuery(ranked + "select count(*) from ranked" + filter);
        for (Query q : List.of(select, count)) {
            q.setParameter("index", index).setParameter("period", period.text())
                    .setParameter("surveyPeriods", surveyPeriods);
            if (region != null) {
                q.setParameter("region", region).setParameter("regionPrefix", RegionCodes.likeInside(region));
            }
            if (unitType != null) {
                q.setParameter("unitType", unitType);
            }
            if (zoneFilter != null) {
                q.setParameter("zone", zoneFilter);
            }
        }
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<UnitRankingRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) select.getResultList()) {
            rows.add(new UnitRankingRow(r[11] == null ? null : ((Number) r[11]).intValue(), (UUID) r[0],
                    (String) r[1], (String) r[2], (String) r[3], (String) r[4], (BigDecimal) r[5], (String) r[6],
                    (String) r[7], (String) r[8], r[9] == null ? null : ((Number) r[9]).longValue(),
                    ((Number) r[10]).intValue(), basis((String) r[12]), (Boolean) r[13],
                    r[14] == null ? null : ((Number) r[14]).longValue(),
                    r[15] == null ? null : ((Number) r[15]).longValue(),
                    r[17] == null ? null : ((Number) r[17]).longValue(),
                    r[18] == null ? null : ((Number) r[18]).longValue(), dataQuality(r[16], r[17], r[18])));
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
                .setParameter("to", String.valueOf(period.end().getYear())).getResultList();
        List<String> inside = new ArrayList<>(List.of(period.text()));
        for (String candidate : candidates) {
            if (!candidate.equals(period.text())
                    && Period.parse(candidate).map(period::contains).orElse(false)) {
                inside.add(candidate);
            }
        }
        return inside;
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

    /** Regional roll-ups of one index and period, best first; regions without data last, unranked. */
    public PageView<RegionRankingRow> regions(String index, String periodText, String levelText, String parent,
            String unitType, String zone, int page, int size) {
        requireIndex(index);
        Period period = requirePeriod(periodText);
        Level level;
        try {
            level = Level.valueOf((levelText == null ? "regency" : levelText).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("level", "must be regency or province");
        }
        if (parent != null && (level == Level.PROVINCE || !parent.matches("^\\d{2}$"))) {
            throw ProblemException.badRequest("parent", "must be a province code such as 73, for level=regency");
        }
        String zoneFilter = zone(zone);
        Definition def = definitions.inForce(index, period).orElseThrow(() -> ProblemException.badRequest("period",
                "no definition of " + index + " is in force for " + period.text()));
        List<RegionRankingRow> all = new ArrayList<>(rollups.rollups(def, period, level, parent, unitType));
        all.sort(Comparator.comparing(RegionRankingRow::value, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RegionRankingRow::regionCode));
        List<RegionRankingRow> ranked = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            RegionRankingRow row = all.get(i);
            Integer rank = null;
            if (row.value() != null) {
                // competition ranking: a tie keeps the rank of the first of its group
                rank = i > 0 && all.get(i - 1).value() != null && all.get(i - 1).value().compareTo(row.value()) == 0
                        ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new RegionRankingRow(rank, row.regionCode(), row.level(), row.state(), row.reason(),
                    row.value(), row.bandCode(), row.bandLabel(), row.zone(), row.unitsRegistered(),
                    row.unitsWithData(), row.coverage(), row.zoneCounts(), row.respondents(), row.regulation(),
                    row.definitionVersion(), row.items(), row.basis()));
        }
        List<RegionRankingRow> filtered = zoneFilter == null ? ranked
                : ranked.stream().filter(r -> zoneFilter.equals(r.zone())).toList();
        int from = (int) Math.min((long) page * size, filtered.size());
        int to = Math.min(from + size, filtered.size());
        return new PageView<>(filtered.subList(from, to), page, size, filtered.size());
    }

    /**
     * A unit's scorecard: for each index every period, its ranks, the change from the previous period of the
     * same kind, and flags when IKM fell by more than the configured points or an item's NRR by more than the
     * configured amount.
     */
    public Scorecard scorecard(UUID unitId) {
        UnitView unit = units.get(unitId);
        List<UnitResult> results = em.createQuery("from UnitResult where unitId = ?1 order by indexCode, "
                + "periodStart, period", UnitResult.class).setParameter(1, unitId).getResultList();
        Map<String, List<UnitResult>> byIndex = new LinkedHashMap<>();
        results.forEach(r -> byIndex.computeIfAbsent(r.indexCode, k -> new ArrayList<>()).add(r));
        List<IndexHistory> histories = new ArrayList<>();
        byIndex.forEach((code, list) -> {
            Map<Period.Kind, UnitResult> lastOfKind = new HashMap<>();
            List<PeriodEntry> entries = new ArrayList<>();
            for (UnitResult r : list) {
                Period.Kind kind = Period.parse(r.period).map(Period::kind).orElse(Period.Kind.RANGE);
                UnitResult previous = lastOfKind.get(kind);
                entries.add(entry(unit, r, previous));
                if (UnitResult.OK.equals(r.state)) {
                    lastOfKind.put(kind, r);
                }
            }
            histories.add(new IndexHistory(code, entries));
        });
        return new Scorecard(unit, histories);
    }

    private PeriodEntry entry(UnitView unit, UnitResult r, UnitResult previous) {
        JsonNode inputs = parse(r.inputs);
        BigDecimal change = null;
        List<String> flags = new ArrayList<>();
        List<ItemChange> items = new ArrayList<>();
        Map<String, BigDecimal> previousNrr = previous == null ? Map.of() : nrrs(parse(previous.inputs));
        if (previous != null && r.value != null && previous.value != null) {
            change = r.value.subtract(previous.value);
            if ("IKM".equals(r.indexCode) && change.negate().compareTo(config.scorecard().ikmDropPoints()) > 0) {
                flags.add("IKM_DROP");
            }
        }
        boolean nrrDrop = false;
        for (Map.Entry<String, BigDecimal> item : nrrs(inputs).entrySet()) {
            BigDecimal before = previousNrr.get(item.getKey());
            BigDecimal itemChange = before == null || item.getValue() == null ? null
                    : item.getValue().subtract(before);
            if (itemChange != null && itemChange.negate().compareTo(config.scorecard().nrrDrop()) > 0) {
                nrrDrop = true;
            }
            items.add(new ItemChange(item.getKey(), item.getValue(), itemChange));
        }
        if (nrrDrop) {
            flags.add("NRR_DROP");
        }
        Integer rankNational = null;
        Integer rankProvince = null;
        long rankedNational = ranked(r, null);
        long rankedProvince = unit.provinceCode() == null ? 0 : ranked(r, unit.provinceCode());
        if (r.value != null && unit.active()) {
            rankNational = (int) above(r, null) + 1;
            rankProvince = unit.provinceCode() == null ? null : (int) above(r, unit.provinceCode()) + 1;
        }
        return new PeriodEntry(r.period, r.state, r.reason, r.value, r.bandCode, r.bandLabel, r.zone,
                r.definitionVersion, r.respondents, rankNational, rankedNational, rankProvince, rankedProvince,
                previous == null ? null : previous.period, change, flags, items, inputs, basis(r.basis));
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

    private long above(UnitResult r, String province) {
        return count("r.value > :value", r, province);
    }

    private long ranked(UnitResult r, String province) {
        return count("r.value is not null", r, province);
    }

    private long count(String condition, UnitResult r, String province) {
        Query q = em.createNativeQuery("select count(*) from unit_result r join unit_projection u on u.id = r.unit_id "
                + "where r.index_code = :index and r.period = :period and u.active and " + condition
                + (province == null ? "" : " and u.province_code = :province"))
                .setParameter("index", r.indexCode).setParameter("period", r.period);
        if (condition.contains(":value")) {
            q.setParameter("value", r.value);
        }
        if (province != null) {
            q.setParameter("province", province);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static Map<String, BigDecimal> nrrs(JsonNode inputs) {
        Map<String, BigDecimal> nrr = new LinkedHashMap<>();
        for (JsonNode item : inputs.path("items")) {
            JsonNode value = item.get("nrr");
            nrr.put(item.path("code").asText(), value == null || value.isNull() ? null : value.decimalValue());
        }
        return nrr;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inputs are not valid JSON", e);
        }
    }

    private void requireIndex(String index) {
        if (index == null || index.isBlank()) {
            throw ProblemException.badRequest("index", "is required (e.g. IKM, IPP, KEPATUHAN, OPINI_OMBUDSMAN)");
        }
        if (!definitions.exists(index)) {
            throw ProblemException.badRequest("index", "unknown index " + index);
        }
    }

    private static Period requirePeriod(String period) {
        if (period == null || period.isBlank()) {
            throw ProblemException.badRequest("period", "is required (e.g. 2026, 2026-S1, 2026-Q3)");
        }
        return Period.parse(period).orElseThrow(() -> ProblemException.badRequest("period",
                "must be a year (2026), semester (2026-S1), quarter (2026-Q3), month (2026-07) or a date range"));
    }

    private static String zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        String z = zone.toUpperCase(Locale.ROOT);
        if (!List.of("HIJAU", "KUNING", "MERAH").contains(z)) {
            throw ProblemException.badRequest("zone", "must be HIJAU, KUNING or MERAH");
        }
        return z;
    }
}
