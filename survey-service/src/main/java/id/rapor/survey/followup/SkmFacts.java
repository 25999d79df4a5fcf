package id.rapor.survey.followup;

import id.rapor.events.Period;
import id.rapor.events.SkmFollowUpSummarized;
import id.rapor.platform.outbox.OutboxWriter;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignRepository;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireRepository;
import id.rapor.survey.result.ResultDtos.ResultView;
import id.rapor.survey.result.ResultService;
import id.rapor.survey.unit.UnitReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The facts the PEKPPP Kebijakan indicators on SKM ask for, from the unit's own data in a year, published on the
 * outbox as {@link SkmFollowUpSummarized} in the caller's transaction whenever one of them may have changed.
 */
@ApplicationScoped
public class SkmFacts {

    /** The regulation an SKM must follow to count as held per PermenPANRB. */
    static final String SKM_REGULATION = "PERMENPANRB_14_2017";

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    CampaignRepository campaigns;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    ResultService results;

    @Inject
    UnitReplicaRepository units;

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    /** Computes the unit's facts of {@code year} and appends them to the outbox with the next version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SkmFollowUpSummarized publish(UUID unitId, int year) {
        em.flush();
        SkmFollowUpSummarized facts = compute(unitId, year, nextVersion(unitId, year));
        outbox.append(facts);
        return facts;
    }

    /** The unit's facts of {@code year} as they stand, with {@code version}. */
    public SkmFollowUpSummarized compute(UUID unitId, int year, long version) {
        int held = 0;
        boolean perRegulation = true;
        boolean sampleAdequate = true;
        long respondents = 0;
        List<String> evidence = new ArrayList<>();
        for (Campaign c : campaigns.findByUnitWithin(unitId, Period.year(year))) {
            ResultView r = results.currentCampaign(c.id);
            if (r.respondents() == 0) {
                continue;
            }
            held++;
            respondents += r.respondents();
            Questionnaire q = questionnaires.findById(c.questionnaireId);
            boolean met = Boolean.TRUE.equals(r.sample().met());
            sampleAdequate &= met;
            perRegulation &= met && SKM_REGULATION.equals(q.regulation);
            evidence.add("/api/v1/survey/campaigns/" + c.id + "/result");
        }
        if (held == 0) {
            perRegulation = false;
            sampleAdequate = false;
        }
        TreeSet<String> kinds = new TreeSet<>();
        for (PublicationMedium m : PublicationMedium.<PublicationMedium>list(
                "unitId = ?1 and periodYear = ?2 order by recordedAt", unitId, year)) {
            kinds.add(m.kind);
            evidence.add(m.evidenceUrl);
        }
        if (!kinds.isEmpty()) {
            evidence.add("/api/v1/survey/units/" + unitId + "/publication-media?year=" + year);
        }
        List<FollowUpPlan> plans =
                FollowUpPlan.list("unitId = ?1 and periodYear = ?2 order by createdAt", unitId, year);
        int done = 0;
        Integer days = null;
        for (FollowUpPlan p : plans) {
            if (PlanStatus.SELESAI.name().equals(p.status)) {
                done++;
                // a plan finished before its period ended counts as day 0
                int d = Math.max(0, (int) ChronoUnit.DAYS.between(p.periodEnd, LocalDate.ofInstant(p.doneAt, JAKARTA)));
                days = days == null ? d : Math.max(days, d);
                if (p.evidenceUrl != null) {
                    evidence.add(p.evidenceUrl);
                }
            }
        }
        if (!plans.isEmpty()) {
            evidence.add("/api/v1/survey/units/" + unitId + "/follow-up/plans?year=" + year);
        }
        BigDecimal percent = plans.isEmpty()
                ? null
                : BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(plans.size()), 2, RoundingMode.HALF_UP);
        String region = units.findByIdOptional(unitId).map(u -> u.regionCode).orElse(null);
        return new SkmFollowUpSummarized(
                UUID.randomUUID(),
                SkmFollowUpSummarized.TYPE,
                SkmFollowUpSummarized.SCHEMA_VERSION,
                Instant.now(),
                unitId,
                year,
                version,
                region,
                held,
                perRegulation,
                sampleAdequate,
                respondents,
                kinds.size(),
                List.copyOf(kinds),
                plans.size(),
                done,
                percent,
                days,
                evidence);
    }

    private long nextVersion(UUID unitId, int year) {
        return ((Number)
                        em.createNativeQuery("insert into skm_fact_version (unit_id, year, version) values (?1, ?2, 1) "
                                        + "on conflict (unit_id, year) do update set version = skm_fact_version.version + 1 "
                                        + "returning version")
                                .setParameter(1, unitId)
                                .setParameter(2, year)
                                .getSingleResult())
                .longValue();
    }
}
