package id.rapor.survey.form;

import id.rapor.platform.error.ProblemException;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignRepository;
import id.rapor.survey.form.PublicFormDtos.PublicForm;
import id.rapor.survey.form.PublicFormDtos.PublicItem;
import id.rapor.survey.form.PublicFormDtos.PublicQuestionnaire;
import id.rapor.survey.form.PublicFormDtos.PublicUnit;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireRepository;
import id.rapor.survey.unit.UnitReplica;
import id.rapor.survey.unit.UnitReplicaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Reads a campaign by its public form token for anonymous kiosks and QR-code pages. */
@ApplicationScoped
public class PublicFormService {

    /** What {@code CampaignService} issues: URL-safe base64 without padding. */
    static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{16,100}$");

    @Inject
    CampaignRepository campaigns;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    UnitReplicaService units;

    /**
     * The form of the campaign whose current token is {@code formToken}; 400 for a malformed token, 404 for one
     * that is unknown, rotated or revoked (the answer does not tell which).
     */
    public PublicForm byToken(String formToken) {
        if (formToken == null || !TOKEN.matcher(formToken).matches()) {
            throw ProblemException.badRequest("formToken", "must be the 16 to 100 character token of a form link");
        }
        Campaign campaign = campaigns.findByFormToken(formToken).orElseThrow(PublicFormService::unknown);
        Questionnaire q = questionnaires.findById(campaign.questionnaireId);
        UnitReplica unit = units.find(campaign.unitId).orElseThrow(PublicFormService::unknown);
        return new PublicForm(
                campaign.id,
                campaign.title,
                campaign.period,
                campaign.periodStart,
                campaign.periodEnd,
                campaign.isOpen(),
                new PublicUnit(unit.name, unit.unitType, unit.regionCode),
                new PublicQuestionnaire(
                        q.code,
                        q.version,
                        q.name,
                        q.regulation,
                        q.scaleMin,
                        q.scaleMax,
                        q.items.stream()
                                .sorted(Comparator.comparingInt(i -> i.position))
                                .map(i -> new PublicItem(i.code, i.name, i.question, i.labels))
                                .toList()));
    }

    private static ProblemException unknown() {
        // The token is a capability: the answer neither echoes it nor says whether it once existed.
        return new ProblemException(
                404,
                "not-found",
                "Not found",
                "No survey form has this link (it may have been replaced or withdrawn)",
                null);
    }
}
