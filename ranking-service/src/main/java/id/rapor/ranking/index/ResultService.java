package id.rapor.ranking.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.AssessmentScored;
import id.rapor.events.AssessmentScored.AspectScore;
import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.events.Period;
import id.rapor.events.SurveyTallyChanged.ItemTally;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.Definitions;
import id.rapor.ranking.index.IndexCalculator.AssessmentInput;
import id.rapor.ranking.index.IndexCalculator.Computation;
import id.rapor.ranking.index.IndexCalculator.ItemSum;
import id.rapor.ranking.index.IndexCalculator.TallyInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code unit_result} equal to what the stored facts and the definitions in force give: every fact change
 * recomputes the unit's indices for that period from scratch, so the outcome never depends on event order.
 */
@ApplicationScoped
public class ResultService {

    private static final TypeReference<List<ItemTally>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<AspectScore>> ASPECTS = new TypeReference<>() {
    };
    private static final TypeReference<GradeScale> SCALE = new TypeReference<>() {
    };
    private static final TypeReference<Basis> BASIS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    Definitions definitions;

    @Inject
    ObjectMapper json;

    /** Serialises work on one unit across consumers and instances until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockUnit(UUID unitId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
                .setParameter(1, unitId.getMostSignificantBits() ^ unitId.getLeastSignificantBits())
                .getSingleResult();
    }

    /**
     * Recomputes every index of one unit in one period and, for a part of a year (semester, quarter, month,
     * range), in the year it rolls up into: the year pools the tallies of every campaign inside it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(UUID unitId, Period period) {
        for (String code : definitions.codes()) {
            recomputeOne(unitId, period, code);
        }
        Period year = Period.year(period.year());
        if (period.kind() != Period.Kind.YEAR && year.contains(period)) {
            for (String code : definitions.codes()) {
                recomputeOne(unitId, year, code);
            }
        }
    }

    /**
     * Recomputes index {@code code} for every unit and period with facts whose period starts on or after
     * {@code from}; returns how many unit-periods were recomputed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeIndex(String code, LocalDate from) {
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("select unit_id, period from survey_tally "
                + "union select unit_id, period from assessment_fact order by 1, 2").getResultList();
        int count = 0;
        Set<String> done = new HashSet<>();
        for (Object[] pair : pairs) {
            Optional<Period> parsed = Period.parse((String) pair[1]);
            if (parsed.isEmpty()) {
                continue;
            }
            UUID unitId = (UUID) pair[0];
            Period year = Period.year(parsed.get().year());
            for (Period period : year.contains(parsed.get()) ? List.of(parsed.get(), year) : List.of(parsed.get())) {
                if (!period.start().isBefore(from) && done.add(unitId + "/" + period.text())) {
                    lockUnit(unitId);
                    recomputeOne(unitId, period, code);
                    count++;
                }
            }
        }
        return count;
    }

    private void recomputeOne(UUID unitId, Period period, String code) {
        em.createNativeQuery("delete from unit_result where unit_id = ?1 and index_code = ?2 and period = ?3")
                .setParameter(1, unitId).setParameter(2, code).setParameter(3, period.text()).executeUpdate();
        Optional<Definition> def = definitions.inForce(code, period);
        if (def.isEmpty()) {
            return;
        }
        Definition d = def.get();
        List<TallyInput> tallies = tallies(unitId, period);
        Optional<Computation> computed = switch (d.source()) {
            case SURVEY_TALLY -> IndexCalculator.survey(d, tallies.stream()
                    .filter(t -> !d.rules().excludedCodes().contains(t.questionnaireCode())).toList());
            case ASSESSMENT -> IndexCalculator.assessment(d, verified(unitId, period.text(), code),
                    d.rules().blend() == null ? List.of() : tallies.stream()
                            .filter(t -> d.rules().blend().questionnaireCode() != null
                                    && d.rules().blend().questionnaireCode().equals(t.questionnaireCode()))
                            .toList());
        };
        computed.ifPresent(c -> write(unitId, period, d, c));
    }

    private void write(UUID unitId, Period period, Definition def, Computation c) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into unit_result (id, unit_id, index_code, period, period_start, state, reason, "
                + "value, value_exact, band_code, band_label, zone, regulation, respondents, definition_version, "
                + "inputs, scale, basis, confirmed, population, minimum_sample, sample_adequate) values (?1, ?2, ?3, ?4, "
                + "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)")
                .unwrap(NativeQuery.class)
                .setParameter(1, id).setParameter(2, unitId).setParameter(3, def.code())
                .setParameter(4, period.text()).setParameter(5, period.start()).setParameter(6, c.state())
                .setParameter(7, c.reason(), String.class)
                .setParameter(8, c.value(), java.math.BigDecimal.class)
                .setParameter(9, c.valueExact(), java.math.BigDecimal.class)
                .setParameter(10, c.band() == null ? null : c.band().code(), String.class)
                .setParameter(11, c.band() == null ? null : c.band().label(), String.class)
                .setParameter(12, c.band() == null ? null : c.band().zone(), String.class)
                .setParameter(13, c.regulation(), String.class)
                .setParameter(14, c.respondents(), Long.class)
                .setParameter(15, def.version())
                .setParameter(16, write(c.inputs()))
                .setParameter(17, c.scale() == null ? null : write(c.scale()), String.class)
                .setParameter(18, write(c.basis() == null ? Basis.CONFIRMED : c.basis()))
                .setParameter(19, c.basis() == null || c.basis().confirmed())
                .setParameter(20, c.sample().population(), Long.class)
                .setParameter(21, c.sample().minimum(), Long.class)
                .setParameter(22, c.sample().adequate(), Boolean.class)
                .executeUpdate();
        if (UnitResult.OK.equals(c.state())) {
            for (ItemSum item : c.items()) {
                em.createNativeQuery("insert into unit_result_item (result_id, item_code, weight, item_sum, "
                        + "item_count) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, id).setParameter(2, item.code()).setParameter(3, item.weight().toString())
                        .setParameter(4, item.sum()).setParameter(5, item.count()).executeUpdate();
            }
        }
    }

    /** The latest tally of every campaign of the unit whose period lies inside {@code period}. */
    private List<TallyInput> tallies(UUID unitId, Period period) {
        return em.createQuery("from SurveyTally where unitId = ?1 order by campaignId",
                SurveyTally.class).setParameter(1, unitId).getResultList().stream()
                .filter(t -> Period.parse(t.period).map(period::contains).orElse(false))
                .map(t -> new TallyInput(t.campaignId, t.tallyVersion, t.eventId, t.questionnaireCode,
                        t.questionnaireVersion, t.regulation, t.respondents, read(t.items, ITEMS),
                        t.scale == null ? null : read(t.scale, SCALE), t.basis == null ? null : read(t.basis, BASIS),
                        t.population))
                .toList();
    }

    private List<AssessmentInput> verified(UUID unitId, String period, String code) {
        return em.createQuery("from AssessmentFact where unitId = ?1 and period = ?2 and indexCode = ?3 "
                + "and eventType = ?4 order by assessmentId", AssessmentFact.class)
                .setParameter(1, unitId).setParameter(2, period).setParameter(3, code)
                .setParameter(4, AssessmentScored.VERIFIED).getResultList().stream()
                .map(a -> new AssessmentInput(a.assessmentId, a.version, a.eventId, a.eventType, a.tier,
                        a.instrumentCode, a.instrumentVersion, a.total, a.scaleMax,
                        a.aspects == null ? List.of() : read(a.aspects, ASPECTS), a.bandCode, a.occurredAt,
                        a.scale == null ? null : read(a.scale, SCALE), a.basis == null ? null : read(a.basis, BASIS)))
                .toList();
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise result inputs", e);
        }
    }

    <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts are not valid JSON", e);
        }
    }
}
