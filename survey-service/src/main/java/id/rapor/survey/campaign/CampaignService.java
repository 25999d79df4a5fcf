package id.rapor.survey.campaign;

import id.rapor.events.Period;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.CampaignDtos.CampaignRequest;
import id.rapor.survey.campaign.CampaignDtos.CampaignView;
import id.rapor.survey.integrity.IntegrityConfig;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireRepository;
import id.rapor.survey.tally.CampaignTally;
import id.rapor.survey.tally.TallyService;
import id.rapor.survey.unit.UnitReplica;
import id.rapor.survey.unit.UnitReplicaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Opens, closes and lists survey campaigns; the unit must be known to the local replica and active. */
@ApplicationScoped
public class CampaignService {

    @Inject
    CampaignRepository campaigns;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    UnitReplicaService units;

    @Inject
    TallyService tallies;

    @Inject
    Caller caller;

    @Inject
    IntegrityConfig integrity;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Creates an open campaign for a unit the caller manages (evaluator in region, the unit's operator, admin). */
    @Transactional
    public CampaignView create(CampaignRequest request) {
        Period period;
        try {
            period = Period.require(request.period());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("period", e.getMessage());
        }
        UnitReplica unit = units.find(request.unitId())
                .orElseThrow(() ->
                        ProblemException.businessRule("unitId", "unit " + request.unitId() + " is not registered"));
        requireManage(unit);
        requirePeriodWindow(period);
        if (!unit.active) {
            throw ProblemException.businessRule("unitId", "unit " + unit.id + " is inactive");
        }
        Questionnaire questionnaire = questionnaires
                .findByIdOptional(request.questionnaireId())
                .orElseThrow(() -> ProblemException.businessRule(
                        "questionnaireId", "questionnaire " + request.questionnaireId() + " does not exist"));
        if (questionnaire.unitId != null && !questionnaire.unitId.equals(unit.id)) {
            throw ProblemException.businessRule(
                    "questionnaireId", "questionnaire " + questionnaire.id + " belongs to another unit");
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.unitId = unit.id;
        campaign.questionnaireId = questionnaire.id;
        campaign.title = request.title();
        campaign.period = period.text();
        campaign.periodStart = period.start();
        campaign.periodEnd = period.end();
        campaign.population = request.population();
        campaign.status = Campaign.OPEN;
        campaign.createdBy = caller.name();
        campaign.createdAt = Instant.now();
        campaign.formToken = newFormToken();
        campaigns.persist(campaign);
        tallies.create(campaign.id);
        return view(campaign, questionnaire, tallies.find(campaign.id));
    }

    /** Closes a campaign (no more responses) and publishes its final tally. */
    @Transactional
    public CampaignView close(UUID id) {
        return setStatus(id, Campaign.CLOSED);
    }

    /** Reopens a closed campaign and publishes its tally with the new status. */
    @Transactional
    public CampaignView reopen(UUID id) {
        return setStatus(id, Campaign.OPEN);
    }

    /** Issues a new public form token (the old one stops working at once); for the unit's managers. */
    @Transactional
    public Campaign rotateFormToken(UUID id) {
        Campaign campaign = find(id);
        requireManage(campaign.unitId);
        campaign.formToken = newFormToken();
        return campaign;
    }

    /** Revokes the public form token: no anonymous submissions until a new one is issued. */
    @Transactional
    public Campaign revokeFormToken(UUID id) {
        Campaign campaign = find(id);
        requireManage(campaign.unitId);
        campaign.formToken = null;
        return campaign;
    }

    /** One campaign, if the caller may read its unit. */
    public CampaignView get(UUID id) {
        Campaign campaign = find(id);
        requireRead(campaign.unitId);
        return view(campaign, questionnaires.findById(campaign.questionnaireId), tallies.find(id));
    }

    /** A unit's campaigns, optionally of one period. */
    public List<CampaignView> list(UUID unitId, String period) {
        requireRead(unitId);
        return campaigns.findByUnit(unitId, period).stream()
                .map(c -> view(c, questionnaires.findById(c.questionnaireId), tallies.find(c.id)))
                .toList();
    }

    /** The campaign, or 404. */
    public Campaign find(UUID id) {
        return campaigns.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    /** Re-reads the campaign from the database (after taking its tally lock). */
    public void refresh(Campaign campaign) {
        campaigns.getEntityManager().refresh(campaign);
    }

    /**
     * Re-reads the campaign under a share lock held to the end of the transaction: writers of its responses share
     * it without waiting on each other, while a close or reopen (which updates the row) waits for them and they
     * for it, so a close that committed first wins.
     */
    public void refreshShared(Campaign campaign) {
        jakarta.persistence.EntityManager em = campaigns.getEntityManager();
        jakarta.persistence.LockModeType held = em.getLockMode(campaign);
        if (held == jakarta.persistence.LockModeType.PESSIMISTIC_READ
                || held == jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) {
            return; // read under the lock already (findShared): nothing can have changed it since
        }
        em.refresh(campaign, jakarta.persistence.LockModeType.PESSIMISTIC_READ);
    }

    /** The campaign read under the share lock of {@link #refreshShared} in one statement, or 404. */
    public Campaign findShared(UUID id) {
        return campaigns
                .findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    /** Whether the caller may manage the unit (admin, evaluator in region, its operator). */
    public boolean canManage(UUID unitId) {
        return units.find(unitId)
                .map(u -> caller.canManage(u.regionCode) || caller.ownsUnit(u.id))
                .orElse(false);
    }

    /**
     * Whether the caller may review the unit's responses (accept or exclude flagged ones, void, read raw answers):
     * an admin or an evaluator of the region, never the unit's own operator.
     */
    public boolean canReview(UUID unitId) {
        return units.find(unitId).map(u -> caller.canManage(u.regionCode)).orElse(caller.isAdmin());
    }

    /** Throws 403 unless {@link #canReview(UUID)}. */
    public void requireReview(UUID unitId) {
        if (!canReview(unitId)) {
            throw ProblemException.forbidden(
                    "Only an evaluator of the unit's region or an admin reviews its " + "responses");
        }
    }

    /** Throws 403 unless the caller may manage the campaign's unit (admin, evaluator in region, its operator). */
    public void requireManage(UUID unitId) {
        requireManage(units.find(unitId).orElseThrow(() -> ProblemException.forbidden("Unknown unit " + unitId)));
    }

    private void requireManage(UnitReplica unit) {
        if (!caller.canManage(unit.regionCode) && !caller.ownsUnit(unit.id)) {
            throw ProblemException.forbidden("This unit lies outside your region or unit");
        }
    }

    private void requireRead(UUID unitId) {
        UnitReplica unit = units.find(unitId).orElse(null);
        if (unit == null ? !caller.readsEverything() : !caller.canRead(unit.regionCode, unit.id)) {
            throw ProblemException.forbidden("This unit lies outside your region or unit");
        }
    }

    private CampaignView setStatus(UUID id, String status) {
        Campaign campaign = find(id);
        requireManage(campaign.unitId);
        CampaignTally tally = tallies.lock(id);
        Questionnaire questionnaire = questionnaires.findById(campaign.questionnaireId);
        if (!status.equals(campaign.status)) {
            campaign.status = status;
            campaign.closedAt = Campaign.CLOSED.equals(status) ? Instant.now() : null;
            tallies.publish(tally, campaign, questionnaire);
        }
        return view(campaign, questionnaire, tally);
    }

    private void requirePeriodWindow(Period period) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int days = integrity.campaignPeriodWindowDays();
        if (!caller.isAdmin()
                && (period.end().isBefore(today.minusDays(days))
                        || period.start().isAfter(today.plusDays(days)))) {
            throw new ProblemException(
                    403,
                    "forbidden",
                    "Forbidden",
                    "Only an admin opens a campaign for a " + "period more than " + days + " days away from today ("
                            + period.text() + ")",
                    List.of(new Problem.FieldError("period", "outside the window of " + days + " days around today")));
        }
    }

    private String newFormToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    CampaignView view(Campaign c, Questionnaire q, CampaignTally t) {
        // The form token is shown to the unit's managers only (a viewer could otherwise hand it out).
        return new CampaignView(
                c.id,
                c.unitId,
                c.questionnaireId,
                q.code,
                q.version,
                c.title,
                c.period,
                c.periodStart,
                c.periodEnd,
                c.population,
                c.status,
                t == null ? 0 : t.respondents,
                t == null ? 0 : t.tallyVersion,
                c.createdAt,
                c.closedAt,
                t == null ? 0 : t.flagged,
                t == null ? 0 : t.excluded,
                canManage(c.unitId) ? c.formToken : null);
    }
}
