package id.rapor.ranking.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.AssessmentScored;
import id.rapor.events.Period;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.SurveyTallyChanged.ItemTally;
import id.rapor.platform.messaging.IdempotentConsumer.PoisonEventException;
import id.rapor.scoring.Rational;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;

/**
 * Stores the facts the indices are computed from (latest tally per campaign, latest state per assessment, both
 * version-guarded) and recomputes the affected unit-periods in the same transaction. Facts about units not yet
 * known are kept; the region is resolved through the unit replica when it is read.
 */
@ApplicationScoped
public class FactService {

    @Inject
    EntityManager em;

    @Inject
    ResultService results;

    @Inject
    ObjectMapper json;

    /** Applies a campaign's tally unless a tally of the same or a higher version is held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyTally(SurveyTallyChanged event) {
        Period period = validate(event);
        results.lockUnit(event.unitId());
        SurveyTally tally = em.find(SurveyTally.class, event.campaignId());
        if (tally != null && tally.tallyVersion >= event.tallyVersion()) {
            return false;
        }
        Period previous = null;
        boolean fresh = tally == null;
        if (fresh) {
            tally = new SurveyTally();
            tally.campaignId = event.campaignId();
        } else if (!tally.period.equals(period.text()) || !tally.unitId.equals(event.unitId())) {
            previous = Period.parse(tally.period).orElse(null);
            if (!tally.unitId.equals(event.unitId())) {
                results.lockUnit(tally.unitId);
            }
        }
        java.util.UUID previousUnit = fresh ? null : tally.unitId;
        tally.tallyVersion = event.tallyVersion();
        tally.unitId = event.unitId();
        tally.period = period.text();
        tally.questionnaireCode = event.questionnaireCode();
        tally.questionnaireVersion = event.questionnaireVersion();
        tally.regulation = event.regulation();
        tally.campaignStatus = event.campaignStatus();
        tally.population = event.population();
        tally.respondents = event.respondents();
        tally.flagged = event.flagged() == null ? 0 : event.flagged();
        tally.excluded = event.excluded() == null ? 0 : event.excluded();
        tally.items = write(event.items());
        tally.scale = event.scale() == null ? null : write(event.scale());
        tally.basis = event.basis() == null ? null : write(event.basis());
        tally.scoreCount = event.scores() == null ? null : event.scores().count();
        tally.scoreSum = event.scores() == null ? null : event.scores().sum();
        tally.scoreSquareSum = event.scores() == null ? null : event.scores().sumOfSquares();
        tally.eventId = event.eventId();
        tally.occurredAt = event.occurredAt();
        if (fresh) {
            em.persist(tally);
        }
        em.flush();
        results.recompute(event.unitId(), period);
        if (previous != null) {
            results.recompute(previousUnit, previous);
        }
        return true;
    }

    /** Applies an assessment's state unless the same or a newer version of the assessment is held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyAssessment(AssessmentScored event) {
        Period period = validate(event);
        results.lockUnit(event.unitId());
        AssessmentFact fact = em.find(AssessmentFact.class, event.assessmentId());
        if (fact != null && fact.version >= event.version()) {
            return false;
        }
        boolean fresh = fact == null;
        Period previous = null;
        java.util.UUID previousUnit = null;
        if (fresh) {
            fact = new AssessmentFact();
            fact.assessmentId = event.assessmentId();
        } else if (!fact.period.equals(period.text()) || !fact.unitId.equals(event.unitId())) {
            previous = Period.parse(fact.period).orElse(null);
            previousUnit = fact.unitId;
            if (!fact.unitId.equals(event.unitId())) {
                results.lockUnit(fact.unitId);
            }
        }
        fact.version = event.version();
        fact.eventType = event.type();
        fact.unitId = event.unitId();
        fact.indexCode = event.indexCode();
        fact.period = period.text();
        fact.tier = event.tier();
        fact.instrumentCode = event.instrumentCode();
        fact.instrumentVersion = event.instrumentVersion();
        fact.total = event.total();
        fact.scaleMax = event.scaleMax();
        fact.aspects = event.aspects() == null ? null : write(event.aspects());
        fact.bandCode = event.bandCode();
        fact.value = event.value();
        fact.scale = event.scale() == null ? null : write(event.scale());
        fact.basis = event.basis() == null ? null : write(event.basis());
        fact.eventId = event.eventId();
        fact.occurredAt = event.occurredAt();
        if (fresh) {
            em.persist(fact);
        }
        em.flush();
        results.recompute(event.unitId(), period);
        if (previous != null) {
            results.recompute(previousUnit, previous);
        }
        return true;
    }

    private static Period validate(SurveyTallyChanged e) {
        if (e.unitId() == null) {
            throw new PoisonEventException("SurveyTallyChanged " + e.eventId() + " without unitId");
        }
        Period period = Period.parse(e.period())
                .orElseThrow(() -> new PoisonEventException(
                        "SurveyTallyChanged " + e.eventId() + " has an unknown period format: " + e.period()));
        if (e.items() == null || e.respondents() < 0) {
            throw new PoisonEventException(
                    "SurveyTallyChanged " + e.eventId() + " without items or with negative " + "respondents");
        }
        Set<String> codes = new HashSet<>();
        for (ItemTally item : e.items()) {
            if (item == null || item.code() == null || !codes.add(item.code())) {
                throw new PoisonEventException(
                        "SurveyTallyChanged " + e.eventId() + " has a missing or repeated " + "item code");
            }
            if (item.sum() < 0 || item.count() < 0) {
                throw new PoisonEventException(
                        "SurveyTallyChanged " + e.eventId() + " item " + item.code() + " has a negative sum or count");
            }
            try {
                Rational w = Rational.parse(item.weight());
                if (w.signum() < 0) {
                    throw new NumberFormatException("negative");
                }
            } catch (RuntimeException ex) {
                throw new PoisonEventException("SurveyTallyChanged " + e.eventId() + " item " + item.code()
                        + " has an invalid weight: " + item.weight());
            }
        }
        return period;
    }

    private static Period validate(AssessmentScored e) {
        if (e.unitId() == null || e.indexCode() == null || e.indexCode().isBlank()) {
            throw new PoisonEventException(e.type() + " " + e.eventId() + " without unitId or indexCode");
        }
        String text = e.period() != null ? e.period() : e.year() > 0 ? String.valueOf(e.year()) : null;
        Period period = Period.parse(text)
                .orElseThrow(() -> new PoisonEventException(
                        e.type() + " " + e.eventId() + " has an unknown period format: " + e.period()));
        if (AssessmentScored.VERIFIED.equals(e.type()) && e.total() == null) {
            throw new PoisonEventException(e.type() + " " + e.eventId() + " without a total");
        }
        return period;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event facts", e);
        }
    }
}
