package id.rapor.ranking.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.Period;
import id.rapor.platform.error.ProblemException;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import id.rapor.ranking.definition.PreviewDtos.Preview;
import id.rapor.ranking.definition.PreviewDtos.PreviewRequest;
import id.rapor.ranking.definition.PreviewDtos.RegionChange;
import id.rapor.ranking.definition.PreviewDtos.Standing;
import id.rapor.ranking.definition.PreviewDtos.UnitChange;
import id.rapor.ranking.index.FactRepository;
import id.rapor.ranking.index.ResultService;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import id.rapor.ranking.ranking.RankingRepository;
import id.rapor.ranking.ranking.RankingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What-if preview: applies a definition version (as {@link DefinitionService#create} would publish it) and/or a new
 * grading of the producer's facts through the real recomputation, reads rankings and roll-ups before and after, and
 * rolls the transaction back, so the outcome is exactly what publication would give and nothing is written.
 */
@ApplicationScoped
public class PreviewService {

    private static final int ALL = 1_000_000;

    @Inject
    DefinitionService definitions;

    @Inject
    Definitions parsed;

    @Inject
    ResultService results;

    @Inject
    FactRepository facts;

    @Inject
    RankingRepository rankings;

    @Inject
    RankingService rankingService;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    @Inject
    ObjectMapper json;

    /** The units and regions whose value, band, zone or rank would change in {@code request.period()}. */
    @Transactional
    public Preview preview(String code, PreviewRequest request) {
        if (!definitions.exists(code)) {
            throw ProblemException.notFound("Index definition", code);
        }
        Period period = Period.parse(request.period())
                .orElseThrow(() -> ProblemException.badRequest(
                        "period", "must be a year (2026), semester (2026-S1), quarter (2026-Q3), month or a range"));
        if (request.definition() == null && request.scale() == null) {
            throw ProblemException.badRequest("definition", "give a definition version, a scale, or both");
        }
        try {
            Map<UUID, UnitRankingRow> unitsBefore = units(code, period);
            Map<String, RegionRankingRow> regionsBefore = regions(code, period);
            if (request.scale() != null) {
                if (request.scale().bands() == null || request.scale().bands().isEmpty()) {
                    throw ProblemException.badRequest("scale.bands", "must name at least one band");
                }
                Source source = parsed.inForce(code, period)
                        .orElseThrow(() -> ProblemException.badRequest(
                                "period", "no definition of " + code + " is in force for " + period.text()))
                        .source();
                facts.replaceScale(
                        code, source == Source.SURVEY_TALLY, request.scale().regulation(), write(request.scale()));
                em.flush();
                results.recomputeIndexIn(code, period);
            }
            if (request.definition() != null) {
                definitions.create(code, request.definition());
            }
            em.flush();
            Map<UUID, UnitRankingRow> unitsAfter = units(code, period);
            Map<String, RegionRankingRow> regionsAfter = regions(code, period);
            return new Preview(
                    code,
                    period.text(),
                    union(unitsBefore.keySet(), unitsAfter.keySet()).size(),
                    unitChanges(unitsBefore, unitsAfter),
                    union(regionsBefore.keySet(), regionsAfter.keySet()).size(),
                    regionChanges(regionsBefore, regionsAfter));
        } finally {
            try {
                transactions.setRollbackOnly();
            } catch (SystemException | IllegalStateException e) {
                throw new IllegalStateException("the preview could not be rolled back", e);
            }
        }
    }

    private Map<UUID, UnitRankingRow> units(String code, Period period) {
        Map<UUID, UnitRankingRow> rows = new LinkedHashMap<>();
        for (UnitRankingRow row : rankings.rankedUnits(code, period, null, null, null, false, 0, ALL)
                .items()) {
            rows.put(row.unitId(), row);
        }
        return rows;
    }

    private Map<String, RegionRankingRow> regions(String code, Period period) {
        Map<String, RegionRankingRow> rows = new LinkedHashMap<>();
        if (parsed.inForce(code, period).isEmpty()) {
            return rows;
        }
        for (String level : List.of("province", "regency")) {
            for (RegionRankingRow row : rankingService
                    .regions(code, period.text(), level, null, null, null, 0, ALL)
                    .items()) {
                rows.put(level + ":" + row.regionCode(), row);
            }
        }
        return rows;
    }

    private static List<UnitChange> unitChanges(Map<UUID, UnitRankingRow> before, Map<UUID, UnitRankingRow> after) {
        List<UnitChange> changes = new ArrayList<>();
        for (UUID id : union(before.keySet(), after.keySet())) {
            UnitRankingRow b = before.get(id);
            UnitRankingRow a = after.get(id);
            Standing sb = b == null ? null : new Standing(b.value(), b.bandCode(), b.zone(), b.rank());
            Standing sa = a == null ? null : new Standing(a.value(), a.bandCode(), a.zone(), a.rank());
            List<String> what = differences(sb, sa);
            if (!what.isEmpty()) {
                UnitRankingRow any = a == null ? b : a;
                changes.add(new UnitChange(id, any.name(), any.regionCode(), sb, sa, what));
            }
        }
        return changes;
    }

    private static List<RegionChange> regionChanges(
            Map<String, RegionRankingRow> before, Map<String, RegionRankingRow> after) {
        List<RegionChange> changes = new ArrayList<>();
        for (String key : union(before.keySet(), after.keySet())) {
            RegionRankingRow b = before.get(key);
            RegionRankingRow a = after.get(key);
            Standing sb = b == null ? null : new Standing(b.value(), b.bandCode(), b.zone(), b.rank());
            Standing sa = a == null ? null : new Standing(a.value(), a.bandCode(), a.zone(), a.rank());
            List<String> what = differences(sb, sa);
            if (!what.isEmpty()) {
                RegionRankingRow any = a == null ? b : a;
                changes.add(new RegionChange(any.regionCode(), any.level(), sb, sa, what));
            }
        }
        return changes;
    }

    private static List<String> differences(Standing b, Standing a) {
        List<String> what = new ArrayList<>();
        Standing none = new Standing(null, null, null, null);
        Standing x = b == null ? none : b;
        Standing y = a == null ? none : a;
        boolean sameValue = x.value() == null
                ? y.value() == null
                : y.value() != null && x.value().compareTo(y.value()) == 0;
        if (!sameValue) {
            what.add("VALUE");
        }
        if (!Objects.equals(x.bandCode(), y.bandCode())) {
            what.add("BAND");
        }
        if (!Objects.equals(x.zone(), y.zone())) {
            what.add("ZONE");
        }
        if (!Objects.equals(x.rank(), y.rank())) {
            what.add("RANK");
        }
        return what;
    }

    private static <T extends Comparable<? super T>> TreeSet<T> union(
            java.util.Collection<T> a, java.util.Collection<T> b) {
        TreeSet<T> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scale cannot be serialised", e);
        }
    }
}
