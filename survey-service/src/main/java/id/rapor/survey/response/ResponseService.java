package id.rapor.survey.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.idempotency.IdempotencyKeys;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireService;
import id.rapor.survey.response.ResponseDtos.BatchResult;
import id.rapor.survey.response.ResponseDtos.ResponseReceipt;
import id.rapor.survey.response.ResponseDtos.ResponseRequest;
import id.rapor.survey.response.ResponseDtos.VoidResult;
import id.rapor.survey.tally.CampaignTally;
import id.rapor.survey.tally.TallyDelta;
import id.rapor.survey.tally.TallyService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Accepts survey responses: one, a JSON batch or a CSV file, each all-or-nothing. A client response id makes a
 * response count once (same id, same answers: replayed; same id, other answers: 409). Accepted rows are inserted
 * with COPY and the campaign's tally is updated once per request, in the same transaction, behind the tally's
 * row lock.
 */
@ApplicationScoped
public class ResponseService {

    private static final int MAX_ERRORS = 100;

    @Inject
    CampaignService campaigns;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    TallyService tallies;

    @Inject
    ResponseWriter writer;

    @Inject
    Validator validator;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    IngestionConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    /** The receipt of a single submission and whether it replayed an earlier one. */
    public record Submitted(ResponseReceipt receipt, boolean replayed) {
    }

    /**
     * Accepts one response while the campaign is open, from anyone (kiosks and QR forms are anonymous). The
     * client id comes from the body or the {@code Idempotency-Key} header.
     */
    @Transactional
    public Submitted submitOne(UUID campaignId, ResponseRequest request, String idempotencyKey) {
        String clientId = request.clientResponseId();
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            if (clientId != null && !clientId.equals(idempotencyKey)) {
                throw ProblemException.badRequest("Idempotency-Key", "must equal clientResponseId when both are given");
            }
            if (!idempotencyKey.matches(ResponseDtos.CLIENT_ID)) {
                throw ProblemException.badRequest("Idempotency-Key",
                        "must be 1 to 100 letters, digits, '.', '_', ':' or '-'");
            }
            clientId = idempotencyKey;
        }
        if (clientId == null) {
            clientId = UUID.randomUUID().toString();
        }
        ResponseRequest withId = new ResponseRequest(clientId, request.answers(), request.gender(), request.age(),
                request.ageBand(), request.education(), request.occupation(), request.serviceUsed(),
                request.suggestion(), request.consent());
        Campaign campaign = campaigns.find(campaignId);
        BatchResult result = ingest(campaign, List.of(withId), "WEB", (row, field) -> field);
        Instant submittedAt = writer.findForUpdate(campaignId, clientId).orElseThrow().submittedAt();
        return new Submitted(new ResponseReceipt(clientId, campaignId, submittedAt), result.accepted() == 0);
    }

    /** Accepts a JSON batch for a unit the caller manages; with an Idempotency-Key a replay returns the first result. */
    @Transactional
    public BatchResult submitBatch(UUID campaignId, List<ResponseRequest> rows, String idempotencyKey) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        if (rows == null) {
            throw ProblemException.badRequest("body", "must be a JSON array of responses");
        }
        return once(campaignId, idempotencyKey, rows,
                () -> ingest(campaign, rows, "BATCH", (row, field) -> "[" + row + "]." + field));
    }

    /** Accepts a CSV file of paper forms for a unit the caller manages; errors name the row and column. */
    @Transactional
    public BatchResult submitCsv(UUID campaignId, String csv, String idempotencyKey) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        requireOpen(campaign);
        Questionnaire questionnaire = questionnaires.find(campaign.questionnaireId);
        CsvResponses.Parsed parsed = CsvResponses.parse(csv, questionnaire, config.maxBatchRows());
        return once(campaignId, idempotencyKey, idempotency.hashText(csv == null ? "" : csv),
                () -> ingest(campaign, parsed.requests(), "CSV", parsed::name));
    }

    /** Voids a response: kept and flagged with the reason, removed from the tally; voiding twice changes nothing. */
    @Transactional
    public VoidResult voidResponse(UUID campaignId, String responseId, String reason) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        CampaignTally tally = tallies.lock(campaignId);
        ResponseWriter.StoredResponse stored = writer.findForUpdate(campaignId, responseId)
                .orElseThrow(() -> ProblemException.notFound("Response", responseId));
        if (stored.voided()) {
            return new VoidResult(responseId, campaignId, true, stored.voidReason(), stored.voidedAt(),
                    tally.respondents, tally.tallyVersion);
        }
        Instant now = Instant.now();
        writer.markVoided(campaignId, responseId, reason.trim(), caller.name(), now);
        TallyDelta delta = new TallyDelta();
        delta.add(readAnswers(stored.answersJson()), stored.demographics(), -1);
        tally = tallies.apply(tally, delta, campaign, questionnaires.find(campaign.questionnaireId));
        Log.infof("campaign %s: response voided, %d respondents remain", campaignId, tally.respondents);
        return new VoidResult(responseId, campaignId, true, reason.trim(), now, tally.respondents,
                tally.tallyVersion);
    }

    private BatchResult once(UUID campaignId, String key, Object request,
            Supplier<BatchResult> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        return idempotency.once("survey-batch:" + campaignId, key, request, BatchResult.class, action).body();
    }

    private BatchResult ingest(Campaign campaign, List<ResponseRequest> rows, String channel,
            BiFunction<Integer, String, String> naming) {
        requireOpen(campaign);
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("body", "contains no responses");
        }
        if (rows.size() > config.maxBatchRows()) {
            throw ProblemException.badRequest("body", "at most " + config.maxBatchRows() + " responses per request");
        }
        Questionnaire questionnaire = questionnaires.find(campaign.questionnaireId);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size() && errors.size() < MAX_ERRORS; i++) {
            validate(rows.get(i), questionnaire, i, naming, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, PreparedResponse> fresh = new LinkedHashMap<>();
        int duplicates = 0;
        for (int i = 0; i < rows.size(); i++) {
            PreparedResponse prepared = prepare(i, rows.get(i));
            PreparedResponse earlier = fresh.putIfAbsent(prepared.clientId(), prepared);
            if (earlier != null) {
                if (!earlier.requestHash().equals(prepared.requestHash())) {
                    throw conflict(naming.apply(i, "clientResponseId"), "response id " + prepared.clientId()
                            + " appears twice in this request with different content");
                }
                duplicates++;
            }
        }
        CampaignTally tally = tallies.lock(campaign.id);
        // Re-read under the lock: a close that committed meanwhile wins.
        campaigns.refresh(campaign);
        requireOpen(campaign);
        Map<String, String> stored = writer.existingHashes(campaign.id, fresh.keySet());
        for (Map.Entry<String, String> existing : stored.entrySet()) {
            PreparedResponse prepared = fresh.remove(existing.getKey());
            if (!existing.getValue().equals(prepared.requestHash())) {
                throw conflict(naming.apply(prepared.row(), "clientResponseId"), "response id "
                        + prepared.clientId() + " was already submitted with different content");
            }
            duplicates++;
        }
        if (!fresh.isEmpty()) {
            writer.copy(campaign.id, fresh.values(), channel, Instant.now());
            TallyDelta delta = new TallyDelta();
            for (PreparedResponse r : fresh.values()) {
                delta.add(r.answers(), r.demographics(), 1);
            }
            tally = tallies.apply(tally, delta, campaign, questionnaire);
        }
        Log.infof("campaign %s: %d responses received, %d accepted, %d duplicates", campaign.id, rows.size(),
                fresh.size(), duplicates);
        return new BatchResult(campaign.id, rows.size(), fresh.size(), duplicates, tally.respondents,
                tally.tallyVersion);
    }

    private void validate(ResponseRequest row, Questionnaire questionnaire, int index,
            BiFunction<Integer, String, String> naming, List<Problem.FieldError> errors) {
        if (row == null) {
            errors.add(new Problem.FieldError(naming.apply(index, "response"), "must not be null"));
            return;
        }
        for (ConstraintViolation<ResponseRequest> v : validator.validate(row)) {
            errors.add(new Problem.FieldError(naming.apply(index, v.getPropertyPath().toString()), v.getMessage()));
        }
        if (row.answers() == null) {
            return;
        }
        for (Map.Entry<String, Integer> answer : row.answers().entrySet()) {
            String field = "answers." + answer.getKey();
            if (questionnaire.item(answer.getKey()).isEmpty()) {
                errors.add(new Problem.FieldError(naming.apply(index, field), "is not an item of questionnaire "
                        + questionnaire.code + " v" + questionnaire.version));
            } else if (answer.getValue() == null || answer.getValue() < questionnaire.scaleMin
                    || answer.getValue() > questionnaire.scaleMax) {
                errors.add(new Problem.FieldError(naming.apply(index, field), "must be between "
                        + questionnaire.scaleMin + " and " + questionnaire.scaleMax));
            }
        }
    }

    private PreparedResponse prepare(int index, ResponseRequest r) {
        Map<String, Integer> answers = new TreeMap<>(r.answers());
        StringBuilder json = new StringBuilder(answers.size() * 8).append('{');
        for (Map.Entry<String, Integer> a : answers.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            // item codes are checked against the questionnaire, whose codes are letters, digits and . _ -
            json.append('"').append(a.getKey()).append("\":").append(a.getValue());
        }
        json.append('}');
        String hash = hash(json, r);
        String clientId = r.clientResponseId() != null ? r.clientResponseId() : UUID.randomUUID().toString();
        boolean consent = Boolean.TRUE.equals(r.consent());
        // Without consent only the answers are kept (UU PDP: no personal data without a basis to process it).
        String ageBand = r.ageBand() != null ? r.ageBand() : r.age() == null ? null : decade(r.age());
        return new PreparedResponse(index, clientId, hash, answers, json.toString(),
                consent ? r.gender() : null, consent ? r.age() : null, consent ? ageBand : null,
                consent ? blankToNull(r.education()) : null, consent ? blankToNull(r.occupation()) : null,
                consent ? blankToNull(r.serviceUsed()) : null, consent ? blankToNull(r.suggestion()) : null,
                consent);
    }

    /** SHA-256 of everything a response says except its id: what a client id must always stand for. */
    private static String hash(CharSequence answersJson, ResponseRequest r) {
        StringBuilder canonical = new StringBuilder(answersJson);
        for (Object field : new Object[] {r.gender(), r.age(), r.ageBand(), r.education(), r.occupation(),
                r.serviceUsed(), r.suggestion(), r.consent()}) {
            canonical.append('\u0001').append(field == null ? "\u0002" : field.toString());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decade(int age) {
        int from = age / 10 * 10;
        return from + "-" + (from + 9);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void requireOpen(Campaign campaign) {
        if (!campaign.isOpen()) {
            throw ProblemException.conflict("Campaign " + campaign.id + " is closed and accepts no responses");
        }
    }

    private static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of(new Problem.FieldError(field, detail)));
    }

    private Map<String, Integer> readAnswers(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not readable", e);
        }
    }
}
