package id.rapor.ranking.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.AssessmentScored;
import id.rapor.events.Basis;
import id.rapor.events.Period;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.index.IndexCalculator.Computation;
import id.rapor.ranking.index.IndexCalculator.ItemSum;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The stored unit results ({@code unit_result} and its items) and the facts a result is computed from. */
@ApplicationScoped
public class UnitResultRepository {

    /** A unit and a period it has facts for. */
    public record UnitPeriod(UUID unitId, String period) {}

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Takes the unit's transaction-scoped advisory lock. */
    public void lockUnit(UUID unitId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
                .setParameter(1, unitId.getMostSignificantBits() ^ unitId.getLeastSignificantBits())
                .getSingleResult();
    }

    /** Every unit and period with a survey tally or an assessment fact, in unit then period text order. */
    @SuppressWarnings("unchecked")
    public List<UnitPeriod> unitPeriodsWithFacts() {
        return ((List<Object[]>) em.createNativeQuery("select unit_id, period from survey_tally "
                                + "union select unit_id, period from assessment_fact order by 1, 2")
                        .getResultList())
                .stream()
                        .map(pair -> new UnitPeriod((UUID) pair[0], (String) pair[1]))
                        .toList();
    }

    /** Removes the unit's result (and its items) of index {@code code} in {@code period}. */
    public void delete(UUID unitId, String code, Period period) {
        em.createNativeQuery("delete from unit_result where unit_id = ?1 and index_code = ?2 and period = ?3")
                .setParameter(1, unitId)
                .setParameter(2, code)
                .setParameter(3, period.text())
                .executeUpdate();
    }

    /** Stores a computed result of {@code def} for the unit and period, with its items when it is graded. */
    public void insert(UUID unitId, Period period, Definition def, Computation c) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into unit_result (id, unit_id, index_code, period, period_start, state, reason, "
                        + "value, value_exact, band_code, band_label, zone, regulation, respondents, definition_version, "
                        + "inputs, scale, basis, confirmed, population, minimum_sample, sample_adequate, ci_lower, ci_upper, "
                        + "precision) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                        + "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)")
                .unwrap(NativeQuery.class)
                .setParameter(1, id)
                .setParameter(2, unitId)
                .setParameter(3, def.code())
                .setParameter(4, period.text())
                .setParameter(5, period.start())
                .setParameter(6, c.state())
                .setParameter(7, c.reason(), String.class)
                .setParameter(8, c.value(), BigDecimal.class)
                .setParameter(9, c.valueExact(), BigDecimal.class)
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
                .setParameter(
                        23,
                        c.precision() == null ? null : c.precision().interval().lower(),
                        BigDecimal.class)
                .setParameter(
                        24,
                        c.precision() == null ? null : c.precision().interval().upper(),
                        BigDecimal.class)
                .setParameter(25, c.precision() == null ? null : write(c.precision()), String.class)
                .executeUpdate();
        if (UnitResult.OK.equals(c.state())) {
            for (ItemSum item : c.items()) {
                em.createNativeQuery("insert into unit_result_item (result_id, item_code, weight, item_sum, "
                                + "item_count) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, id)
                        .setParameter(2, item.code())
                        .setParameter(3, item.weight().toString())
                        .setParameter(4, item.sum())
                        .setParameter(5, item.count())
                        .executeUpdate();
            }
        }
    }

    /** Every stored tally of the unit, by campaign. */
    public List<SurveyTally> tallies(UUID unitId) {
        return em.createQuery("from SurveyTally where unitId = ?1 order by campaignId", SurveyTally.class)
                .setParameter(1, unitId)
                .getResultList();
    }

    /** The unit's verified assessments of index {@code code} in {@code period}, by assessment. */
    public List<AssessmentFact> verifiedAssessments(UUID unitId, String period, String code) {
        return em.createQuery(
                        "from AssessmentFact where unitId = ?1 and period = ?2 and indexCode = ?3 "
                                + "and eventType = ?4 order by assessmentId",
                        AssessmentFact.class)
                .setParameter(1, unitId)
                .setParameter(2, period)
                .setParameter(3, code)
                .setParameter(4, AssessmentScored.VERIFIED)
                .getResultList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise result inputs", e);
        }
    }
}
