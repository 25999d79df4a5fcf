package id.rapor.survey.export;

import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.export.Column;
import id.rapor.platform.export.ExportFormat;
import id.rapor.platform.export.TableExport;
import id.rapor.platform.security.Caller;
import id.rapor.survey.feed.ResponseFeedDtos.Personal;
import id.rapor.survey.feed.ResponseFeedDtos.ResponseItem;
import id.rapor.survey.feed.ResponseFeedService;
import id.rapor.survey.feed.ResponseFilter;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireRepository;
import id.rapor.survey.result.ResultDtos.ItemResult;
import id.rapor.survey.result.ResultDtos.ResultView;
import id.rapor.survey.result.ResultService;
import id.rapor.survey.unit.UnitReplica;
import id.rapor.survey.unit.UnitReplicaRepository;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Survey exports for warehouses and spreadsheets: a campaign's responses (streamed from the database, consent and
 * the privacy rules as in the feed) and results per unit and period for one unit or every unit of a region.
 */
@ApplicationScoped
public class SurveyExportService {

    /** The fixed columns of a response export; one column per item code (its answer) follows. */
    public static final List<Column> RESPONSE_COLUMNS = List.of(
            Column.integer("id", "Rapor's id of the stored row (also the saran id)"),
            Column.text("response_id", "The client's response id"),
            Column.text("namespace", "Channel and caller the response id belongs to, e.g. WEB/public"),
            Column.text("campaign_id", "The campaign"),
            Column.text("unit_id", "The service unit"),
            Column.text("period", "The campaign's period, e.g. 2026-S1"),
            Column.text("channel", "WEB, BATCH or CSV"),
            Column.timestamp("submitted_at", "When the response arrived (UTC)"),
            Column.timestamp("updated_at", "When the row last changed (UTC); the updatedSince key"),
            Column.bool("consent", "Whether the respondent consented to the demographics and suggestion"),
            Column.text("personal_fields", "SHOWN, NO_CONSENT or NOT_PERMITTED: why the next seven are empty"),
            Column.text("gender", "L or P"),
            Column.integer("age", "Age in years"),
            Column.text("age_band", "e.g. 30-39"),
            Column.text("education", "Pendidikan"),
            Column.text("occupation", "Pekerjaan"),
            Column.text("service_used", "Jenis layanan"),
            Column.text("suggestion", "Saran/kritik as written"),
            Column.text("quality_flags", "Quality flags separated by ';'"),
            Column.text("review_state", "COUNTED, FLAGGED, ACCEPTED or EXCLUDED"),
            Column.bool("voided", "Whether the response was voided"),
            Column.text("void_reason", "Why"),
            Column.timestamp("voided_at", "When (UTC)"),
            Column.text("batch_reference", "The paper batch of a CSV import"));

    /** The columns of a results export: one row per unit and item, the unit's values repeated on each. */
    public static final List<Column> RESULT_COLUMNS = List.of(
            Column.text("unit_id", "The service unit"),
            Column.text("unit_name", "Its name"),
            Column.text("region_code", "Its Kemendagri region code"),
            Column.text("period", "The period asked for (a year pools its semesters and quarters)"),
            Column.text("questionnaire_code", "e.g. SKM"),
            Column.integer("questionnaire_version", "Its version"),
            Column.text("regulation", "e.g. PERMENPANRB_14_2017"),
            Column.integer("respondents", "Respondents counted"),
            Column.text("item_code", "Unsur code, e.g. U1"),
            Column.text("item_name", "Unsur name"),
            Column.text("item_weight", "Its weight as a fraction, e.g. 1/9"),
            Column.integer("item_sum", "Sum of its answers"),
            Column.integer("item_count", "Answers to it"),
            Column.decimal("nrr", "NRR = sum / count, 2 decimals"),
            Column.decimal("nrr_weighted", "NRR tertimbang = NRR x weight, 4 decimals"),
            Column.decimal("ikm", "IKM on the 1-4 scale, 4 decimals"),
            Column.decimal("ikm_konversi", "IKM on the 25-100 scale, 2 decimals"),
            Column.text("mutu", "A, B, C or D"),
            Column.text("mutu_label", "e.g. Sangat Baik"),
            Column.text("zone", "HIJAU, KUNING or MERAH"),
            Column.text("data_quality", "OK, REVIEW_PENDING or LOW"),
            Column.bool("confirmed", "Whether questionnaire, weights and bands are confirmed by the sources"),
            Column.timestamp(
                    "published_at", "For readers who are not the unit's managers: when the snapshot was published"),
            Column.decimal(
                    "ikm_interval_lower", "Lower bound of ikm_konversi's 95 % interval; empty below 2 respondents"),
            Column.decimal("ikm_interval_upper", "Upper bound of the 95 % interval"),
            Column.text(
                    "ikm_interval_method", "STUDENT_T_SRS, or STUDENT_T_SRS_FPC with the finite-population correction"),
            Column.integer(
                    "additional_respondents", "Respondents more that would narrow the interval to the target width"));

    @Inject
    ResponseFeedService feed;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    ResultService results;

    @Inject
    UnitReplicaRepository units;

    @Inject
    Caller caller;

    @Inject
    AgroalDataSource dataSource;

    /** Response header carrying the cursor of the next increment. */
    public static final String NEXT_CURSOR = "Rapor-Next-Cursor";

    /**
     * Streams a campaign's responses in the feed's commit order, after {@code cursor} when given and up to the
     * horizon (the oldest transaction still running), whose cursor goes out in {@link #NEXT_CURSOR}; scope checked
     * before the first byte.
     */
    public Response responses(
            UUID campaignId, ResponseFilter filter, ResponseFeedService.Cursor cursor, ExportFormat format) {
        ResponseFeedService.Access access = feed.access(campaignId);
        ResponseFeedService.Cursor horizon = feed.horizon();
        Questionnaire questionnaire = questionnaires.findById(access.campaign().questionnaireId);
        List<String> items = questionnaire.items.stream()
                .sorted(Comparator.comparingInt(i -> i.position))
                .map(i -> i.code)
                .toList();
        List<Column> columns = new ArrayList<>(RESPONSE_COLUMNS);
        for (Questionnaire.Item item : questionnaire.items.stream()
                .sorted(Comparator.comparingInt(i -> i.position))
                .toList()) {
            columns.add(Column.integer(item.code, "Answer to " + item.code + " (" + item.name + ")"));
        }
        String sql = "select " + ResponseFeedService.COLUMNS + " from survey_response r where " + filter.where()
                + ResponseFeedService.BEFORE + (cursor == null ? "" : ResponseFeedService.AFTER)
                + ResponseFeedService.ORDER;
        String unitId = access.campaign().unitId.toString();
        String period = access.campaign().period;
        boolean personal = access.personal();
        Response export = TableExport.fromQuery(
                dataSource,
                format,
                "responses-" + campaignId,
                columns,
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    int next = horizon.bindBefore(statement, filter.bind(statement, campaignId));
                    if (cursor != null) {
                        cursor.bind(statement, next);
                    }
                    return statement;
                },
                rs -> {
                    ResponseItem r = feed.item(rs, personal);
                    Personal p = r.personal();
                    Object[] row = new Object[columns.size()];
                    int i = 0;
                    row[i++] = r.id();
                    row[i++] = r.responseId();
                    row[i++] = r.namespace();
                    row[i++] = campaignId.toString();
                    row[i++] = unitId;
                    row[i++] = period;
                    row[i++] = r.channel();
                    row[i++] = r.submittedAt();
                    row[i++] = r.updatedAt();
                    row[i++] = r.consent();
                    row[i++] = r.personalFields().name();
                    row[i++] = p == null ? null : p.gender();
                    row[i++] = p == null ? null : p.age();
                    row[i++] = p == null ? null : p.ageBand();
                    row[i++] = p == null ? null : p.education();
                    row[i++] = p == null ? null : p.occupation();
                    row[i++] = p == null ? null : p.serviceUsed();
                    row[i++] = p == null ? null : p.suggestion();
                    row[i++] = r.qualityFlags().isEmpty() ? null : String.join(";", r.qualityFlags());
                    row[i++] = r.reviewState();
                    row[i++] = r.voided();
                    row[i++] = r.voidReason();
                    row[i++] = r.voidedAt();
                    row[i++] = r.batchReference();
                    for (String code : items) {
                        row[i++] = r.answers().get(code);
                    }
                    return row;
                });
        return Response.fromResponse(export).header(NEXT_CURSOR, horizon.text()).build();
    }

    /**
     * Results of a period for one unit or every unit of a region (units without a campaign in the period are left
     * out): live for the unit's managers, the published snapshot for everyone else (units not published yet left out),
     * as the result reads.
     */
    public Response results(String period, UUID unitId, String region, ExportFormat format) {
        if ((unitId == null) == (region == null || region.isBlank())) {
            throw ProblemException.badRequest("region", "give either region or unitId");
        }
        if (period == null || period.isBlank()) {
            throw ProblemException.badRequest("period", "is required, e.g. 2026 or 2026-S1");
        }
        List<UnitReplica> chosen;
        if (unitId != null) {
            chosen = units.findByIdOptional(unitId)
                    .map(List::of)
                    .orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        } else {
            if (!RegionCodes.isValid(region)) {
                throw ProblemException.badRequest("region", "must be a region code such as 73 or 73.15");
            }
            chosen = units.list(
                    "regionCode = ?1 or regionCode like ?2 order by regionCode, name",
                    region,
                    RegionCodes.likeInside(region));
        }
        List<Object[]> rows = new ArrayList<>();
        for (UnitReplica unit : chosen) {
            ResultView result;
            try {
                result = results.unit(unit.id, period, false);
            } catch (ProblemException e) {
                if (e.status() == 404 || (unitId == null && e.status() == 422)) {
                    continue;
                }
                throw e;
            }
            for (ItemResult item : result.items()) {
                rows.add(new Object[] {
                    unit.id.toString(),
                    unit.name,
                    unit.regionCode,
                    result.period(),
                    result.questionnaireCode(),
                    result.questionnaireVersion(),
                    result.regulation(),
                    result.respondents(),
                    item.code(),
                    item.name(),
                    item.weight(),
                    item.sum(),
                    item.count(),
                    item.nrr(),
                    item.weightedNrr(),
                    result.ikm(),
                    result.ikmKonversi(),
                    result.mutu(),
                    result.mutuLabel(),
                    result.zone(),
                    result.dataQuality(),
                    result.basis() == null || result.basis().confirmed(),
                    result.publication() == null ? null : result.publication().publishedAt(),
                    result.interval() == null ? null : result.interval().lower(),
                    result.interval() == null ? null : result.interval().upper(),
                    result.interval() == null ? null : result.interval().method(),
                    result.interval() == null ? null : result.interval().additionalRespondents()
                });
            }
        }
        String name = "survey-results-" + period + "-" + (unitId != null ? unitId : region);
        return TableExport.fromRows(format, name, RESULT_COLUMNS, rows);
    }
}
