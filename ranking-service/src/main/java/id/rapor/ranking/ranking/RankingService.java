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
import id.rapor.ranking.definition.DefinitionDtos;
import id.rapor.ranking.definition.DefinitionService;
import id.rapor.ranking.index.Precision;
import id.rapor.ranking.index.UnitResult;
import id.rapor.ranking.ranking.RankingDtos.EntityResult;
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
    RankingRepository rankings;

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
    public PageView<UnitRankingRow> units(
            String index,
            String periodText,
            String region,
            String unitType,
            String zone,
            boolean adequateOnly,
            int page,
            int size) {
        return units(index, periodText, region, unitType, null, null, zone, adequateOnly, page, size);
    }

    /**
     * Subjects of one kind ({@code UNIT} by default, {@code PEMDA}, {@code INSTANSI}) ranked by one index and
     * period, best first; with {@code instansi}, the units of that instansi among each other. Pemda rank at their
     * level's default ({@link PemdaLevel#require}).
     */
    public PageView<UnitRankingRow> units(
            String index,
            String periodText,
            String region,
            String unitType,
            String subjectKind,
            UUID instansi,
            String zone,
            boolean adequateOnly,
            int page,
            int size) {
        return units(index, periodText, region, unitType, subjectKind, null, instansi, zone, adequateOnly, page, size);
    }

    /**
     * As {@link #units(String, String, String, String, String, UUID, String, boolean, int, int)}; Pemda rank among
     * the Pemda of one {@code level} (PROVINSI or KABKOTA, by default KABKOTA inside a region and PROVINSI
     * nationally), never province and kab/kota governments in one list.
     */
    public PageView<UnitRankingRow> units(
            String index,
            String periodText,
            String region,
            String unitType,
            String subjectKind,
            String level,
            UUID instansi,
            String zone,
            boolean adequateOnly,
            int page,
            int size) {
        requireIndex(index);
        Period period = requirePeriod(periodText);
        if (region != null && !RegionCodes.isValid(region)) {
            throw ProblemException.badRequest("region", "must be a Kemendagri region code such as 73 or 73.06");
        }
        String kind = subjectKind == null ? RankingRepository.UNIT : subjectKind;
        if (!SUBJECT_KINDS.contains(kind)) {
            throw ProblemException.badRequest("subjectKind", "must be one of " + SUBJECT_KINDS);
        }
        if (instansi != null && !RankingRepository.UNIT.equals(kind)) {
            throw ProblemException.badRequest("instansi", "ranks the units of an instansi; subjectKind must be UNIT");
        }
        PemdaLevel pemdaLevel = PemdaLevel.require(kind, level, region);
        return rankings.rankedUnits(
                index, period, region, unitType, kind, pemdaLevel, instansi, zone(zone), adequateOnly, page, size);
    }

    /** The subject kinds a ranking may cover. */
    public static final List<String> SUBJECT_KINDS = List.of("UNIT", "PEMDA", "INSTANSI");

    /** Regional roll-ups of one index and period, best first; regions without data last, unranked. */
    public PageView<RegionRankingRow> regions(
            String index,
            String periodText,
            String levelText,
            String parent,
            String unitType,
            String zone,
            int page,
            int size) {
        Level level = requireRegionQuery(index, periodText, levelText, parent);
        Period period = requirePeriod(periodText);
        String zoneFilter = zone(zone);
        Definition def = definitions
                .inForce(index, period)
                .orElseThrow(() -> ProblemException.badRequest(
                        "period", "no definition of " + index + " is in force for " + period.text()));
        List<RegionRankingRow> ranked = rankedRollups(def, period, level, parent, unitType);
        List<RegionRankingRow> filtered = zoneFilter == null
                ? ranked
                : ranked.stream().filter(r -> zoneFilter.equals(r.zone())).toList();
        int from = (int) Math.min((long) page * size, filtered.size());
        int to = Math.min(from + size, filtered.size());
        return new PageView<>(filtered.subList(from, to), page, size, filtered.size());
    }

    /** The roll-ups of the regions of one level (inside {@code parent}), best first, ranked. */
    private List<RegionRankingRow> rankedRollups(
            Definition def, Period period, Level level, String parent, String unitType) {
        List<RegionRankingRow> all = new ArrayList<>(rollups.rollups(def, period, level, parent, unitType));
        all.sort(Comparator.comparing(RegionRankingRow::value, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RegionRankingRow::regionCode));
        return rankRegions(all);
    }

    /**
     * Validates a region ranking's index, period, level and parent as {@link #regions} does (400 naming the field)
     * and gives the level.
     */
    public Level requireRegionQuery(String index, String periodText, String levelText, String parent) {
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
        if (definitions.inForce(index, period).isEmpty()) {
            throw ProblemException.badRequest(
                    "period", "no definition of " + index + " is in force for " + period.text());
        }
        return level;
    }

    /** Competition ranks and rank ranges of region rows in ranking order (the one rule of a region ranking). */
    public static List<RegionRankingRow> rankRegions(List<RegionRankingRow> ordered) {
        return RankRanges.rank(
                ordered,
                RegionRankingRow::value,
                r -> r.interval() == null ? null : r.interval().lower(),
                r -> r.interval() == null ? null : r.interval().upper(),
                (row, rank) -> range -> row.ranked(rank, range));
    }

    /**
     * A unit's scorecard: for each index every period, its ranks, the change from the previous period of the
     * same kind, and flags when IKM fell by more than the configured points or an item's NRR by more than the
     * configured amount.
     */
    public Scorecard scorecard(UUID unitId) {
        UnitView unit = units.get(unitId);
        return new Scorecard(unit, histories(unit, null), entity(unit));
    }

    /**
     * The scorecard entries of one period (every index the unit has a result of in {@code period}), computed as
     * the scorecard computes them: what a publication keeps of a unit's scorecard.
     */
    public List<IndexHistory> scorecardEntries(UUID unitId, String period) {
        return histories(units.get(unitId), period);
    }

    private List<IndexHistory> histories(UnitView unit, String onlyPeriod) {
        List<UnitResult> results = rankings.resultsOfUnit(unit.id());
        Map<String, List<UnitResult>> byIndex = new LinkedHashMap<>();
        results.forEach(r ->
                byIndex.computeIfAbsent(r.indexCode, k -> new ArrayList<>()).add(r));
        List<IndexHistory> histories = new ArrayList<>();
        byIndex.forEach((code, list) -> {
            Map<Period.Kind, UnitResult> lastOfKind = new HashMap<>();
            List<PeriodEntry> entries = new ArrayList<>();
            for (UnitResult r : list) {
                Period.Kind kind = Period.parse(r.period).map(Period::kind).orElse(Period.Kind.RANGE);
                UnitResult previous = lastOfKind.get(kind);
                if (onlyPeriod == null || onlyPeriod.equals(r.period)) {
                    entries.add(entry(unit, r, previous));
                }
                if (UnitResult.OK.equals(r.state)) {
                    lastOfKind.put(kind, r);
                }
            }
            if (!entries.isEmpty()) {
                histories.add(new IndexHistory(code, entries));
            }
        });
        return histories;
    }

    /**
     * A Pemda's entity results: for every index and period its region's units have results for, the roll-up of the
     * region (an assessment index: the mean of the units' exact results, as Ombudsman's 2013-2021 kepatuhan of a
     * Pemda is the mean of its produk layanan scores; a survey index: the pooled tallies), ranked among the entity
     * results of the Pemda of its level (the kab/kota of its province, or the provinces) as the region ranking ranks
     * them. Empty for other subjects.
     */
    private List<EntityResult> entity(UnitView unit) {
        if (!"PEMDA".equals(unit.subjectKind()) || unit.regionCode() == null) {
            return List.of();
        }
        Level level = RegionCodes.level(unit.regionCode()) == 1 ? Level.PROVINCE : Level.REGENCY;
        String parent = level == Level.REGENCY ? unit.provinceCode() : null;
        List<EntityResult> results = new ArrayList<>();
        for (String[] indexPeriod : rankings.indexPeriodsOfUnitsIn(unit.regionCode())) {
            Period period = Period.parse(indexPeriod[1]).orElse(null);
            Definition def = period == null
                    ? null
                    : definitions.inForce(indexPeriod[0], period).orElse(null);
            if (def == null) {
                continue;
            }
            rankedRollups(def, period, level, parent, null).stream()
                    .filter(row -> unit.regionCode().equals(row.regionCode()))
                    .findFirst()
                    .ifPresent(row -> results.add(new EntityResult(
                            indexPeriod[0],
                            indexPeriod[1],
                            def.source() == DefinitionDtos.Source.SURVEY_TALLY
                                    ? "POOLED_TALLIES: the item tallies of the region's units summed"
                                    : "MEAN_OF_UNITS: the mean of the exact results of the region's units",
                            row)));
        }
        return results;
    }

    private PeriodEntry entry(UnitView unit, UnitResult r, UnitResult previous) {
        JsonNode inputs = parse(r.inputs);
        Precision precision = precision(r.precision);
        BigDecimal change = null;
        List<String> flags = new ArrayList<>();
        List<ItemChange> items = new ArrayList<>();
        Map<String, BigDecimal> previousNrr = previous == null ? Map.of() : nrrs(parse(previous.inputs));
        if (previous != null && r.value != null && previous.value != null) {
            change = r.value.subtract(previous.value);
            if ("IKM".equals(r.indexCode)
                    && change.negate().compareTo(config.scorecard().ikmDropPoints()) > 0) {
                flags.add("IKM_DROP");
            }
        }
        boolean nrrDrop = false;
        for (Map.Entry<String, BigDecimal> item : nrrs(inputs).entrySet()) {
            BigDecimal before = previousNrr.get(item.getKey());
            BigDecimal itemChange = before == null || item.getValue() == null
                    ? null
                    : item.getValue().subtract(before);
            if (itemChange != null
                    && itemChange.negate().compareTo(config.scorecard().nrrDrop()) > 0) {
                nrrDrop = true;
            }
            items.add(new ItemChange(item.getKey(), item.getValue(), itemChange));
        }
        if (nrrDrop) {
            flags.add("NRR_DROP");
        }
        // a subject ranks among its peers: subjects of its own kind (units, Pemda, instansi); a Pemda among the
        // Pemda of its level, a province nationally among the provinces, a kab/kota among the kab/kota of its
        // province (as the Pemda ranking ranks them)
        String kind = unit.subjectKind();
        PemdaLevel level = "PEMDA".equals(kind) && unit.regionCode() != null ? PemdaLevel.of(unit.regionCode()) : null;
        String province = level == PemdaLevel.PROVINSI ? null : unit.provinceCode();
        boolean inProvince = unit.provinceCode() != null;
        Integer rankNational = null;
        Integer rankProvince = null;
        Integer rankInstansi = null;
        long rankedNational = rankings.peersRanked(r, kind, level, null, null);
        long rankedProvince = inProvince ? rankings.peersRanked(r, kind, level, province, null) : 0;
        long rankedInstansi =
                unit.instansiId() == null ? 0 : rankings.peersRanked(r, kind, level, null, unit.instansiId());
        if (r.value != null && unit.active()) {
            rankNational = (int) rankings.peersRankedAbove(r, kind, level, null, null) + 1;
            rankProvince = inProvince ? (int) rankings.peersRankedAbove(r, kind, level, province, null) + 1 : null;
            rankInstansi = unit.instansiId() == null
                    ? null
                    : (int) rankings.peersRankedAbove(r, kind, level, null, unit.instansiId()) + 1;
        }
        return new PeriodEntry(
                r.period,
                r.state,
                r.reason,
                r.value,
                r.bandCode,
                r.bandLabel,
                r.zone,
                r.definitionVersion,
                r.respondents,
                rankNational,
                rankedNational,
                rankProvince,
                rankedProvince,
                rankInstansi,
                rankedInstansi,
                previous == null ? null : previous.period,
                change,
                flags,
                items,
                inputs,
                basis(r.basis),
                precision == null ? null : precision.interval(),
                precision == null ? null : precision.zoneUncertain());
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

    /** 400 unless {@code index} names a defined index. */
    public void requireIndex(String index) {
        if (index == null || index.isBlank()) {
            throw ProblemException.badRequest("index", "is required (e.g. IKM, IPP, KEPATUHAN, OPINI_OMBUDSMAN)");
        }
        if (!definitions.exists(index)) {
            throw ProblemException.badRequest("index", "unknown index " + index);
        }
    }

    /** The parsed period; 400 when missing or malformed. */
    public static Period requirePeriod(String period) {
        if (period == null || period.isBlank()) {
            throw ProblemException.badRequest("period", "is required (e.g. 2026, 2026-S1, 2026-Q3)");
        }
        return Period.parse(period)
                .orElseThrow(
                        () -> ProblemException.badRequest(
                                "period",
                                "must be a year (2026), semester (2026-S1), quarter (2026-Q3), month (2026-07) or a date range"));
    }

    /** The zone filter in upper case, or null; 400 when not a zone. */
    public static String zone(String zone) {
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
